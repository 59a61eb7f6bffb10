package io.spikewatch.bench.quality;

import io.spikewatch.model.FileEvent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A scenario's accepted remote transfers on disk, so that a sweep over model variants does not
 * simulate and parse the same fleet again: the fields {@link io.spikewatch.model.BucketSummary}
 * reads, strings written once each. A cache, not a format: versioned, and rebuilt when it does not
 * match.
 */
final class TransferCache {

    private static final int MAGIC = 0x53575443; // "SWTC"
    private static final int VERSION = 2; // 2: with sightings
    /** The strings of {@link #strings}, in that order. */
    private static final int FIELDS = 15;

    private TransferCache() {}

    static void write(Path file, List<FileEvent> events) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(events.size());
            Map<String, Integer> ids = new HashMap<>();
            for (FileEvent e : events) {
                out.writeLong(e.timestampMs());
                out.writeLong(e.fileSize());
                out.writeByte(e.signatureTrusted() == null ? 2 : e.signatureTrusted() ? 1 : 0);
                for (String s : strings(e)) {
                    if (s == null) {
                        out.writeInt(-1);
                    } else {
                        Integer id = ids.get(s);
                        if (id != null) {
                            out.writeInt(id);
                        } else {
                            out.writeInt(-2);
                            out.writeUTF(s);
                            ids.put(s, ids.size());
                        }
                    }
                }
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The events, or null when the file is not a cache of this version. */
    static List<FileEvent> read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(
                new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return null;
            }
            int n = in.readInt();
            List<FileEvent> out = new ArrayList<>(n);
            List<String> table = new ArrayList<>();
            String[] f = new String[FIELDS];
            for (int i = 0; i < n; i++) {
                long ts = in.readLong();
                long size = in.readLong();
                int trusted = in.readByte();
                for (int k = 0; k < FIELDS; k++) {
                    int id = in.readInt();
                    if (id == -1) {
                        f[k] = null;
                    } else if (id == -2) {
                        f[k] = in.readUTF();
                        table.add(f[k]);
                    } else {
                        f[k] = table.get(id);
                    }
                }
                out.add(new FileEvent(ts, new String[] {"file"}, f[0], f[1], f[2], f[3], f[4], f[5], f[6],
                        trusted == 2 ? null : trusted == 1, f[7], f[8], f[9], f[10], f[11], f[12], f[13], size, f[14]));
            }
            return out;
        }
    }

    private static String[] strings(FileEvent e) {
        return new String[] {e.eventAction(), e.eventModule(), e.hostName(), e.hostId(), e.hostIp(), e.processName(),
            e.signatureSubject(), e.userName(), e.userId(), e.userDomain(), e.fileName(), e.filePath(),
            e.fileDirectory(), e.fileExtension(), e.sourceIp()};
    }
}
