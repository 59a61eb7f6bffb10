package io.spikewatch.connectors.profile;

import io.spikewatch.model.FileEvent;
import io.spikewatch.model.FilterVerdict;
import io.spikewatch.model.RemoteTransferFilter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Sysmon and Security-5145 profiles against the real OTRF lateral-movement captures in
 * {@code ../shared/data/otrf-lateral} (skipped when absent): in each capture exactly the one remote
 * SMB write is recognised, on the right host at the right time, with the remote writer for 5145;
 * the local ETW files that System writes are not transfers.
 */
class WindowsRemoteWritesTest {

    private static final String HOST = "WORKSTATION6.theshire.local";
    private final WindowsRemoteWrites profiles = new WindowsRemoteWrites();

    private static Path capture(String name) {
        for (String prefix : List.of("../", "../../")) {
            Path p = Path.of(prefix + "shared/data/otrf-lateral/host/" + name + ".zip");
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        Assumptions.assumeTrue(false, "../shared/data/otrf-lateral is absent: skipping the capture tests");
        return null;
    }

    private List<FileEvent> transfers(Path zip, SourceProfile profile) throws IOException {
        List<FileEvent> out = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(z.getInputStream(e), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (!line.isBlank()) {
                            profiles.map(profile, line).ifPresent(out::add);
                        }
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "covenant_copy_smb_CreateRequest            | C:\\ProgramData\\GruntHTTP.exe                          | 2020-09-22T18:53:30.880Z",
        "covenant_wmi_wbemcomn_dll_hijack           | C:\\Windows\\System32\\wbem\\wbemcomn.dll               | 2020-10-09T21:34:27.028Z",
        "empire_shell_dcerpc_smb_service_dll_hijack | C:\\Windows\\System32\\wlbsctrl.dll                     | 2020-09-22T03:30:39.023Z",
        "empire_msbuild_dcerpc_wmi_smb              | C:\\Windows\\Tasks\\pshell.xml                          | 2020-09-20T21:39:23.968Z",
        "covenant_dcom_iertutil_dll_hijack          | C:\\Program Files\\Internet Explorer\\iertutil.dll      | 2020-10-09T22:30:31.633Z",
    })
    void eachCapturesRemoteWriteIsExactlyOneTransferInBothProfiles(String capture, String path, String time)
            throws IOException {
        Path zip = capture(capture);
        List<FileEvent> sysmon = transfers(zip, SourceProfile.SYSMON);
        assertThat(sysmon).singleElement().satisfies(e -> {
            assertThat(e.filePath()).isEqualTo(path);
            assertThat(e.hostName()).isEqualTo(HOST);
            assertThat(Instant.ofEpochMilli(e.timestampMs())).isEqualTo(Instant.parse(time));
            assertThat(e.processName()).isEqualTo("System");
            assertThat(e.userName()).as("Sysmon says SYSTEM; the writer is unknown").isNull();
            assertThat(RemoteTransferFilter.test(e)).isEqualTo(FilterVerdict.ACCEPTED);
        });

        List<FileEvent> share = transfers(zip, SourceProfile.WINDOWS_SECURITY_5145);
        assertThat(share).singleElement().satisfies(e -> {
            assertThat(e.filePath()).isEqualTo(path);
            assertThat(e.hostName()).isEqualTo(HOST);
            assertThat(e.userName()).isEqualTo("pgustavo");
            assertThat(e.userDomain()).isEqualTo("THESHIRE");
            assertThat(e.sourceIp()).isEqualTo("172.18.39.5");
            assertThat(e.timestampMs()).as("the share write follows the file creation within seconds")
                    .isBetween(Instant.parse(time).toEpochMilli() - 1_000, Instant.parse(time).toEpochMilli() + 5_000);
            assertThat(RemoteTransferFilter.test(e)).isEqualTo(FilterVerdict.ACCEPTED);
        });
    }

    @Test
    void localEtwFilesWrittenBySystemAreNotTransfers() throws IOException {
        Path zip = capture("covenant_dcom_iertutil_dll_hijack");
        assertThat(transfers(zip, SourceProfile.SYSMON)).extracting(FileEvent::filePath)
                .noneMatch(p -> p.contains("RtBackup"));
    }

    @Test
    void winlogbeatShapedEventsMapTheSameWay() throws IOException {
        String sysmon = "{\"@timestamp\":\"2024-03-05T10:00:01.000Z\",\"host\":{\"name\":\"fs-1\"},"
                + "\"winlog\":{\"event_id\":11,\"event_data\":{\"Image\":\"System\","
                + "\"TargetFilename\":\"C:\\\\Share\\\\a.exe\",\"UtcTime\":\"2024-03-05 10:00:00.250\"}}}";
        Optional<FileEvent> s = profiles.map(SourceProfile.SYSMON, sysmon);
        assertThat(s).get().satisfies(e -> {
            assertThat(e.hostName()).isEqualTo("fs-1");
            assertThat(e.fileName()).isEqualTo("a.exe");
            assertThat(e.fileExtension()).isEqualTo("exe");
            assertThat(e.fileDirectory()).isEqualTo("C:\\Share");
            assertThat(e.timestampMs()).isEqualTo(Instant.parse("2024-03-05T10:00:00.250Z").toEpochMilli());
        });
        String read = "{\"@timestamp\":\"2024-03-05T10:00:01Z\",\"host.name\":\"fs-1\",\"winlog.event_id\":5145,"
                + "\"winlog.event_data\":{\"AccessMask\":\"0x1\",\"RelativeTargetName\":\"a.txt\"}}";
        assertThat(profiles.map(SourceProfile.WINDOWS_SECURITY_5145, read)).isEmpty();
        String write = read.replace("0x1", "0x6");
        assertThat(profiles.map(SourceProfile.WINDOWS_SECURITY_5145, write)).get()
                .extracting(FileEvent::fileName).isEqualTo("a.txt");
    }

    @Test
    void profilesHaveConfigNames() {
        assertThat(SourceProfile.fromConfig("windows-security-5145")).isEqualTo(SourceProfile.WINDOWS_SECURITY_5145);
        assertThat(SourceProfile.SYSMON.configName()).isEqualTo("sysmon");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SourceProfile.fromConfig("winlogbeat"))
                .hasMessageContaining("source.profile");
    }
}
