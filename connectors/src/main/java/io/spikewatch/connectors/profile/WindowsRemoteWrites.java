package io.spikewatch.connectors.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikewatch.connectors.ecs.EcsTimestamps;
import io.spikewatch.model.FileEvent;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps Windows events of the {@link SourceProfile#SYSMON} and
 * {@link SourceProfile#WINDOWS_SECURITY_5145} profiles to remote file transfers. A record that is
 * not one (another event id, another process, a local ETW file, a read) maps to empty.
 */
public final class WindowsRemoteWrites {

    /** Windows access right WriteData (file) / AddFile (directory). */
    static final long WRITE_DATA = 0x2;
    /** Windows access right AppendData (file) / AddSubdirectory (directory). */
    static final long APPEND_DATA = 0x4;

    private static final String RT_BACKUP = "\\windows\\system32\\logfiles\\wmi\\rtbackup\\";
    private static final DateTimeFormatter SYSMON_UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]", Locale.ROOT);

    private final ObjectMapper json = new ObjectMapper();

    /**
     * What a record says under a profile.
     *
     * @param transfer the remote file transfer it describes, if any
     * @param recordTimeMs its {@code @timestamp}, transfer or not ({@link EcsTimestamps#INVALID} if
     *     none), so the caller's event-time guard sees the whole stream, not only the rare transfers
     */
    public record Mapped(Optional<FileEvent> transfer, long recordTimeMs) {}

    /**
     * The transfer a record describes under {@code profile}, if any.
     *
     * @throws IOException if the record is not JSON (the caller dead-letters it)
     */
    public Optional<FileEvent> map(SourceProfile profile, String line) throws IOException {
        return read(profile, line).transfer();
    }

    /**
     * The transfer a record describes under {@code profile}, if any, and the record's own time.
     *
     * @throws IOException if the record is not JSON (the caller dead-letters it)
     */
    public Mapped read(SourceProfile profile, String line) throws IOException {
        JsonNode root = json.readTree(line);
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        WindowsRecord r = new WindowsRecord(root);
        String stamp = r.first("@timestamp");
        return new Mapped(transfer(profile, r), stamp == null ? EcsTimestamps.INVALID : EcsTimestamps.parseIso(stamp));
    }

    private static Optional<FileEvent> transfer(SourceProfile profile, WindowsRecord r) {
        return switch (profile) {
            case SYSMON -> sysmonFileCreate(r);
            case WINDOWS_SECURITY_5145 -> shareWrite(r);
            case ELASTIC_DEFEND -> throw new IllegalArgumentException("elastic-defend events go to EcsEventParser");
        };
    }

    private static Optional<FileEvent> sysmonFileCreate(WindowsRecord r) {
        if (!"11".equals(r.first("winlog.event_id", "event.code", "EventID"))) {
            return Optional.empty();
        }
        String image = r.first("winlog.event_data.Image", "process.executable", "Image");
        String path = r.first("winlog.event_data.TargetFilename", "file.path", "TargetFilename");
        if (image == null || path == null || !"system".equalsIgnoreCase(image)
                || path.toLowerCase(Locale.ROOT).contains(RT_BACKUP)) {
            return Optional.empty();
        }
        long ts = sysmonTime(r);
        String host = r.first("host.name", "winlog.computer_name", "Hostname");
        if (ts == EcsTimestamps.INVALID || host == null) {
            return Optional.empty();
        }
        return Optional.of(file(path).timestampMs(ts).hostName(host).eventModule("sysmon")
                .processName("System").build());
    }

    private static Optional<FileEvent> shareWrite(WindowsRecord r) {
        if (!"5145".equals(r.first("winlog.event_id", "event.code", "EventID"))) {
            return Optional.empty();
        }
        String mask = r.first("winlog.event_data.AccessMask", "AccessMask");
        long m = parseMask(mask);
        if ((m & WRITE_DATA) == 0 || (m & ~(WRITE_DATA | APPEND_DATA)) != 0) {
            return Optional.empty();
        }
        String local = r.first("winlog.event_data.ShareLocalPath", "ShareLocalPath");
        String relative = r.first("winlog.event_data.RelativeTargetName", "RelativeTargetName");
        String host = r.first("host.name", "winlog.computer_name", "Hostname");
        String stamp = r.first("@timestamp");
        long ts = stamp == null ? EcsTimestamps.INVALID : EcsTimestamps.parseIso(stamp);
        if (relative == null || host == null || ts == EcsTimestamps.INVALID) {
            return Optional.empty();
        }
        String path = joinShare(local, relative);
        return Optional.of(file(path).timestampMs(ts).hostName(host).eventModule("security")
                .processName("System")
                .userName(r.first("winlog.event_data.SubjectUserName", "SubjectUserName"))
                .userDomain(r.first("winlog.event_data.SubjectDomainName", "SubjectDomainName"))
                .userId(r.first("winlog.event_data.SubjectUserSid", "SubjectUserSid"))
                .sourceIp(r.first("source.ip", "winlog.event_data.IpAddress", "IpAddress"))
                .build());
    }

    /** {@code \??\C:\} + {@code ProgramData\x.exe} = {@code C:\ProgramData\x.exe}. */
    static String joinShare(String localPath, String relative) {
        String base = localPath == null ? "" : localPath.replace("\\??\\", "");
        if (!base.isEmpty() && !base.endsWith("\\")) {
            base += "\\";
        }
        return base + relative;
    }

    private static FileEvent.Builder file(String path) {
        int slash = path.lastIndexOf('\\');
        String name = path.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return FileEvent.builder().eventCategory("file").eventAction("creation").filePath(path)
                .fileName(name.isEmpty() ? null : name)
                .fileDirectory(slash > 0 ? path.substring(0, slash) : null)
                .fileExtension(dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : null);
    }

    /** Sysmon's own UtcTime (when the file was created), else the record's @timestamp. */
    private static long sysmonTime(WindowsRecord r) {
        String utc = r.first("winlog.event_data.UtcTime", "UtcTime");
        if (utc != null) {
            try {
                return LocalDateTime.parse(utc, SYSMON_UTC).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (RuntimeException e) {
                // fall through to @timestamp
            }
        }
        String ts = r.first("@timestamp");
        return ts == null ? EcsTimestamps.INVALID : EcsTimestamps.parseIso(ts);
    }

    private static long parseMask(String mask) {
        if (mask == null) {
            return 0;
        }
        String m = mask.trim().toLowerCase(Locale.ROOT);
        try {
            return m.startsWith("0x") ? Long.parseLong(m.substring(2), 16) : Long.parseLong(m);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
