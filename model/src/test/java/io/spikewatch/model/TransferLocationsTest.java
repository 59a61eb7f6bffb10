package io.spikewatch.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TransferLocationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"C:\\Windows", "C:\\Windows\\Temp\\6a2801", "C:\\Windows\\Temp\\{not-a-guid}", "c:\\windows\\tasks", "C:\\Windows\\System32\\wbem",
        "C:\\ProgramData\\USOShared\\Logs", "C:\\Users\\Public\\Libraries", "C:\\PerfLogs\\lib", "D:\\Windows\\Temp",
        "C:\\Users\\bob\\AppData\\Local\\Temp\\x", "C:\\Users\\bob\\AppData\\Roaming\\Microsoft", "C:\\$Recycle.Bin", "D:\\Shares\\IT\\.cache\\lib", "/tmp",
        "/tmp/.X11-unix/.x", "/var/tmp/.cache", "/dev/shm", "/usr/local/lib/.cache", "/home/deploy/.local/bin"})
    void stagingLocations(String dir) {
        assertThat(TransferLocations.isStaging(dir)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:\\Windows\\ccmcache\\4", "C:\\Windows\\SYSVOL\\domain\\Policies",
        "C:\\ProgramData\\Package Cache\\{3DB2A3B4-53F8-4592-A377-FB3C20A3F2CD}",
        "C:\\Windows\\Temp\\{85CF5010-E13A-42A5-836C-F371B28B70D7}", "C:\\Windows\\Temp\\{85CF5010-E13A-42A5-836C-F371B28B70D7}\\x", "C:\\Windows\\SoftwareDistribution\\Download",
        "C:\\Windows\\WinSxS", "C:\\WindowsApps", "C:\\Apps\\ledger\\202403141036", "C:\\inetpub\\wwwroot\\hrms\\bin",
        "D:\\Shares\\Legal\\Q1\\Archive", "E:\\Home\\ann\\Documents", "C:\\Users\\breed\\Documents\\IT files",
        "C:\\Users\\Publications", "/opt/billing/releases/202403070939/bin", "/tmpfiles", "/srv/ftp/incoming",
        "/home/deploy/./bin", "/home/deploy/../x", "relative\\path", "", "C:"})
    void ordinaryLocations(String dir) {
        assertThat(TransferLocations.isStaging(dir)).isFalse();
    }

    @Test
    void theDirectoryOfAnEventComesFromItsPathWhenAbsent() {
        assertThat(TransferLocations.isStaging(event(null, "C:\\Windows\\Temp\\x.exe"))).isTrue();
        assertThat(TransferLocations.isStaging(event("D:\\Shares\\HR", "C:\\Windows\\Temp\\x.exe"))).isFalse();
        assertThat(TransferLocations.isStaging(event(null, "x.exe"))).isFalse();
        assertThat(TransferLocations.isStaging(event(null, null))).isFalse();
        assertThat(TransferLocations.directoryOf(event(null, "/opt/app/releases/1/x.jar"))).isEqualTo("/opt/app/releases/1");
        assertThat(TransferLocations.directoryOf(event("D:\\Shares\\HR", "C:\\x.exe"))).isEqualTo("D:\\Shares\\HR");
        assertThat(TransferLocations.directoryOf(event(null, "x.exe"))).isNull();
    }

    @Test
    void aBucketKnowsItsDirectoriesFromPathsAlone() {
        BucketSummary s = BucketSummary.empty(0);
        s.add(event(null, "C:\\Windows\\Temp\\a.exe"));
        s.add(event(null, "C:\\Windows\\Temp\\b.exe"));
        s.add(event(null, "D:\\Shares\\HR\\c.docx"));
        assertThat(s.stagedFiles).isEqualTo(2);
        assertThat(s.directories.top()).isEqualTo("C:\\Windows\\Temp");
    }

    @Test
    void aLocationIsItsFirstTwoComponentsWhateverTheCaseOrSeparator() {
        long shares = TransferLocations.rootBit("D:\\Shares");
        assertThat(Long.bitCount(shares)).isEqualTo(1);
        assertThat(TransferLocations.rootBit("d:\\SHARES\\Legal\\Q1\\Archive")).isEqualTo(shares);
        assertThat(TransferLocations.rootBit("D:/Shares/HR/Scans")).isEqualTo(shares);
        assertThat(TransferLocations.rootBit("/opt/billing/releases/1/bin"))
                .isEqualTo(TransferLocations.rootBit("/opt/billing/conf"));
        assertThat(TransferLocations.rootBit(null)).isZero();
        assertThat(TransferLocations.rootBit("\\\\")).isZero();
        assertThat(TransferLocations.rootBit("D:\\Migration")).isNotEqualTo(shares);
        assertThat(TransferLocations.rootBit("/opt/orders")).isNotEqualTo(TransferLocations.rootBit("/opt/billing"));
    }

    private static FileEvent event(String dir, String path) {
        return new FileEvent(0, new String[] {"file"}, "creation", "endpoint", "h", null, null, "System", null, null,
                "u", null, null, "x.exe", path, dir, "exe", 1, null);
    }
}
