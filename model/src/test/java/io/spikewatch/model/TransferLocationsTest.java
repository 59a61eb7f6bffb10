package io.spikewatch.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.spikewatch.model.TransferLocations.DEFAULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransferLocationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"C:\\Windows", "C:\\Windows\\Temp\\6a2801", "C:\\Windows\\Temp\\{not-a-guid}", "c:\\windows\\tasks", "C:\\Windows\\System32\\wbem",
        "C:\\ProgramData\\USOShared\\Logs", "C:\\Users\\Public\\Libraries", "C:\\PerfLogs\\lib", "D:\\Windows\\Temp",
        "C:\\Users\\bob\\AppData\\Local\\Temp\\x", "C:\\Users\\bob\\AppData\\Roaming\\Microsoft", "C:\\$Recycle.Bin", "D:\\Shares\\IT\\.cache\\lib", "/tmp",
        "/tmp/.X11-unix/.x", "/var/tmp/.cache", "/dev/shm", "/usr/local/lib/.cache", "/home/deploy/.local/bin",
        "D:\\Users\\ann\\AppData", "C:\\Users\\bob\\appdata\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup",
        "/tmp/ssh-4aQx91/x", "/tmp/ssh-dir-not-socket/lib", "/tmp/sshd", "/home/ops/.ansible/tmpx",
        "C:\\Windows\\AdminArsenalX", "C:\\Intel\\Logs", "C:\\AMD\\x", "C:\\NVIDIA",
        // the part of a profile that never roams, wherever the profile lives (a terminal server's D:\\UserData)
        "D:\\UserData\\ann\\AppData\\Local\\Microsoft\\Windows\\INetCache\\IE\\X1", "E:\\Profiles\\ann.V6\\AppData\\LocalLow",
        "D:\\UserData\\ann\\appdata\\local"})
    void stagingLocations(String dir) {
        assertThat(DEFAULT.isStaging(dir)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:\\Windows\\ccmcache\\4", "C:\\Windows\\ccmsetup", "C:\\Windows\\ccmsetup\\x64", "C:\\Windows\\SYSVOL\\domain\\Policies",
        "C:\\ProgramData\\Package Cache\\{3DB2A3B4-53F8-4592-A377-FB3C20A3F2CD}",
        "C:\\Windows\\Temp\\{85CF5010-E13A-42A5-836C-F371B28B70D7}", "C:\\Windows\\Temp\\{85CF5010-E13A-42A5-836C-F371B28B70D7}\\x", "C:\\Windows\\SoftwareDistribution\\Download",
        "C:\\Windows\\WinSxS", "C:\\WindowsApps", "C:\\Apps\\ledger\\202403141036", "C:\\inetpub\\wwwroot\\hrms\\bin",
        "D:\\Shares\\Legal\\Q1\\Archive", "E:\\Home\\ann\\Documents", "C:\\Users\\breed\\Documents\\IT files",
        "C:\\Users\\Publications", "C:\\IntelliJ", "D:\\Shares\\Intel", "/opt/billing/releases/202403070939/bin", "/tmpfiles", "/srv/ftp/incoming",
        "/home/deploy/./bin", "/home/deploy/../x", "relative\\path", "", "C:",
        // roaming profiles and folder redirection on a file server: every logoff writes there
        "E:\\Profiles\\ann.V6\\AppData\\Roaming\\Microsoft\\Signatures", "D:\\Redirected\\ann\\AppData\\Roaming",
        "C:\\Users\\AppData", "C:\\Users\\bob\\AppDataBackup", "E:\\Profiles\\ann.V6\\AppData\\LocalSettings",
        "D:\\Shares\\IT\\MyAppData\\Local", "D:\\Shares\\IT\\AppData",
        // PDQ Deploy's runner, Ansible's remote temporary folder, a forwarded ssh agent's socket
        "C:\\Windows\\AdminArsenal\\PDQDeployRunner\\service-1", "/home/ansible/.ansible/tmp/ansible-tmp-1739595616.89-81855-75",
        "/home/ansible/.ansible/tmp", "/tmp/ssh-L5sN23zFO9"})
    void ordinaryLocations(String dir) {
        assertThat(DEFAULT.isStaging(dir)).isFalse();
    }

    /** Dot folders outside any home: where tools are hidden on Linux (MITRE T1564.001). */
    @ParameterizedTest
    @ValueSource(strings = {"/tmp/.font-unix", "/opt/.backup", "/var/tmp/.180afc/bin", "/usr/local/share/.fonts",
        "/dev/shm/.x", "/srv/www/.well-known/x", "/homework/.x"})
    void hiddenDrops(String dir) {
        assertThat(TransferLocations.isHiddenDrop(dir)).isTrue();
    }

    /** Dot folders in a home are how people work (~/.ssh, ~/.vscode-server, ~/.config); Windows paths have none. */
    @ParameterizedTest
    @ValueSource(strings = {"/home/ann/.ssh", "/home/ann/.vscode-server/bin/abc", "/root/.cache", "/home",
        "/opt/app/.ansible/tmp/ansible-tmp-1", "/tmp/x", "/opt/billing/releases", "D:\\Shares\\IT\\.cache",
        "/home/deploy/./bin", ""})
    void notHiddenDrops(String dir) {
        assertThat(TransferLocations.isHiddenDrop(dir)).isFalse();
    }

    /** An account's own folders: its home, its SFTP folder, its redirected folders and profile, any case. */
    @ParameterizedTest
    @ValueSource(strings = {"/home/jdoe/work/test-rig", "/home/jdoe", "/srv/sftp/jdoe/upload", "D:\\Home\\JDoe\\Documents",
        "E:\\Profiles\\jdoe.V6\\AppData\\Roaming", "C:\\Users\\jdoe\\Desktop"})
    void ownPlaces(String dir) {
        assertThat(TransferLocations.isOwnPlace(dir, "jdoe")).isTrue();
    }

    /** Someone else's folder, a name that merely starts alike, a hidden folder below one's own, no account. */
    @ParameterizedTest
    @ValueSource(strings = {"/home/ann/work", "/home/jdoe2/work", "/srv/jdoe_backup", "/home/jdoe/.ssh",
        "/home/jdoe/x/.cache/bin", "/tmp/x", "jdoe", ""})
    void notOwnPlaces(String dir) {
        assertThat(TransferLocations.isOwnPlace(dir, "jdoe")).isFalse();
        assertThat(TransferLocations.isOwnPlace("/home/jo/work", "jo")).as("names under three characters").isFalse();
        assertThat(TransferLocations.isOwnPlace(dir, null)).isFalse();
    }

    /** Where web applications keep their users' uploads. */
    @ParameterizedTest
    @ValueSource(strings = {"/var/www/site/shared/public/uploads/2026/09", "/srv/www/wp-content/uploads",
        "C:\\inetpub\\wwwroot\\App\\Uploads", "/opt/app/upload"})
    void uploadFolders(String dir) {
        assertThat(TransferLocations.isUploadFolder(dir)).isTrue();
    }

    /** Names that merely contain the word, and no directory. */
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"/var/www/site/uploader", "/srv/fileuploads/x", "/home/ann/uploads_old", "uploads", ""})
    void notUploadFolders(String dir) {
        assertThat(TransferLocations.isUploadFolder(dir)).isFalse();
    }

    @Test
    void anInstallerCacheHoldsInstallersAndWhateverElseLandsThereIsStaged() {
        String cache = "C:\\ProgramData\\Package Cache\\{24FC6006-2B16-1E0D-F6FA-9C633E974757}";
        for (String installer : new String[] {"vc_redist.x64.exe", "core.msi", "cab1.cab", "KB5034441.MSU", "state.rsm"}) {
            assertThat(DEFAULT.isStaging(cache, installer)).as(installer).isFalse();
        }
        for (String stray : new String[] {"Strategy_Deck_Hooli_496.xlsx", "Offsite_Agenda.msg", "cache.7z.002",
                "47z80m.log", "2q7sdl.tmp", "run.ps1"}) {
            assertThat(DEFAULT.isStaging(cache, stray)).as(stray).isTrue();
            assertThat(DEFAULT.isStaging(cache + "\\Executive", stray)).as("below it: " + stray).isTrue();
        }
        assertThat(DEFAULT.isStaging(cache)).as("the folder itself stays off the list").isFalse();
        assertThat(DEFAULT.isStaging("D:\\Shares\\Package Cache", "deck.xlsx")).as("not ProgramData's").isFalse();
        assertThat(DEFAULT.isStaging("D:\\Apps\\Package Cache", "deck.xlsx")).as("not ProgramData's").isFalse();
        assertThat(DEFAULT.isStaging(cache, null)).isFalse();
        TransferLocations excluded = new TransferLocations(List.of(), List.of("C:\\ProgramData\\Package Cache\\**"), 2);
        assertThat(excluded.isStaging(cache, "deck.xlsx")).as("a fleet's exclusion wins").isFalse();
    }

    @Test
    void theDirectoryOfAnEventComesFromItsPathWhenAbsent() {
        assertThat(DEFAULT.isStaging(event(null, "C:\\Windows\\Temp\\x.exe"))).isTrue();
        assertThat(DEFAULT.isStaging(event("D:\\Shares\\HR", "C:\\Windows\\Temp\\x.exe"))).isFalse();
        assertThat(DEFAULT.isStaging(event(null, "x.exe"))).isFalse();
        assertThat(DEFAULT.isStaging(event(null, null))).isFalse();
        assertThat(TransferLocations.directoryOf(event(null, "/opt/app/releases/1/x.jar"))).isEqualTo("/opt/app/releases/1");
        assertThat(TransferLocations.directoryOf(event("D:\\Shares\\HR", "C:\\x.exe"))).isEqualTo("D:\\Shares\\HR");
        assertThat(TransferLocations.directoryOf(event(null, "x.exe"))).isNull();
    }

    @Test
    void aBucketKnowsItsDirectoriesFromPathsAlone() {
        BucketSummary s = BucketSummary.empty(0);
        s.add(event(null, "C:\\Windows\\Temp\\a.exe"), DEFAULT);
        s.add(event(null, "C:\\Windows\\Temp\\b.exe"), DEFAULT);
        s.add(event(null, "D:\\Shares\\HR\\c.docx"), DEFAULT);
        assertThat(s.stagedFiles).isEqualTo(2);
        assertThat(s.stagedExample).isEqualTo("C:\\Windows\\Temp");
        assertThat(s.directories.top()).isEqualTo("C:\\Windows\\Temp");
    }

    @Test
    void aLocationIsItsFirstComponentsWhateverTheCaseOrSeparator() {
        TransferLocations twoDeep = new TransferLocations(List.of(), List.of(), 2);
        long shares = twoDeep.placeBit("D:\\Shares");
        assertThat(Long.bitCount(shares)).isEqualTo(1);
        assertThat(twoDeep.placeBit("d:\\SHARES\\Legal\\Q1\\Archive")).isEqualTo(shares);
        assertThat(twoDeep.placeBit("D:/Shares/HR/Scans")).isEqualTo(shares);
        assertThat(twoDeep.placeBit("/opt/billing/releases/1/bin"))
                .isEqualTo(twoDeep.placeBit("/opt/billing/conf"));
        assertThat(twoDeep.placeBit(null)).isZero();
        assertThat(twoDeep.placeBit("\\\\")).isZero();
        assertThat(twoDeep.placeBit("D:\\Migration")).isNotEqualTo(shares);
        assertThat(twoDeep.placeBit("/opt/orders")).isNotEqualTo(twoDeep.placeBit("/opt/billing"));
        assertThat(DEFAULT.placeBit("D:/Shares/Legal/Scans")).as("three components deep, the default")
                .isEqualTo(DEFAULT.placeBit("D:\\Shares\\Legal"));
        assertThat(DEFAULT.placeBit("/mnt/pool01/pipeline/bin")).as("the pipeline is no project")
                .isNotEqualTo(DEFAULT.placeBit("/mnt/pool01/projects/NJR"));
        assertThat(Long.numberOfLeadingZeros(shares)).as("the top bit is no place's").isPositive();
    }

    @Test
    void homeFoldersAreOnePlaceHoweverDeepPlacesGo() {
        TransferLocations deep = new TransferLocations(List.of(), List.of(), 4);
        assertThat(deep.placeBit("E:\\Home\\rjackson\\Documents")).isEqualTo(deep.placeBit("e:\\home"))
                .isEqualTo(deep.placeBit("E:/Home/ann"));
        assertThat(deep.placeBit("/home/jdoe/work/test-rig")).isEqualTo(deep.placeBit("/home/ann"));
        assertThat(deep.placeBit("/export/home/jdoe/bin")).isEqualTo(deep.placeBit("/export/home"));
        assertThat(deep.placeBit("/srv/sftp/partner1/in")).isEqualTo(deep.placeBit("/srv/sftp/partner2"));
        assertThat(deep.placeBit("C:\\Documents and Settings\\ann\\Desktop")).isEqualTo(deep.placeBit("C:\\Documents and Settings"));
        assertThat(deep.placeBit("D:\\UserData\\ann\\AppData")).isEqualTo(deep.placeBit("D:\\UserData\\bob"));
        assertThat(deep.placeBit("E:\\Profiles\\ann.V6")).isNotEqualTo(deep.placeBit("E:\\HomeDirs\\ann.V6"));
        assertThat(deep.placeBit("D:\\Shares\\Legal\\Q1")).as("no home root: four deep")
                .isNotEqualTo(deep.placeBit("D:\\Shares\\Legal\\Q2"));
    }

    @Test
    void aFleetAddsItsOwnStagingLocationsAndTakesOutWhereItsAgentsWrite() {
        TransferLocations l = new TransferLocations(List.of("D:\\Drop", "E:/Users/*/Downloads"),
                List.of("C:\\ProgramData\\Vendor\\Updates", "**\\.cache"), 2);
        assertThat(l.isStaging("d:\\drop\\x64")).isTrue();
        assertThat(l.isStaging("D:\\Dropbox")).isFalse();
        assertThat(l.isStaging("E:\\Users\\ann\\Downloads\\tools")).isTrue();
        assertThat(l.isStaging("E:\\Users\\ann\\Documents")).isFalse();
        assertThat(l.isStaging("C:\\ProgramData\\Vendor\\Updates\\7.2")).isFalse();
        assertThat(l.isStaging("C:\\ProgramData\\Vendor\\Logs")).isTrue();
        assertThat(l.isStaging("/home/deploy/.cache/pip")).isFalse();
        assertThat(l.isStaging("/home/deploy/.local/bin")).isTrue();
        assertThat(l.isStaging("C:\\Windows\\Temp")).isTrue();
    }

    @Test
    void anExclusionWinsOverAnInclusion() {
        TransferLocations l = new TransferLocations(List.of("D:\\Drop"), List.of("D:\\Drop\\Builds"), 2);
        assertThat(l.isStaging("D:\\Drop\\Builds\\1")).isFalse();
        assertThat(l.isStaging("D:\\Drop\\Other")).isTrue();
        assertThat(new TransferLocations(List.of(), List.of("**"), 2).isStaging("C:\\Windows\\Temp")).isFalse();
    }

    @Test
    void thePlaceDepthIsASetting() {
        TransferLocations deep = new TransferLocations(List.of(), List.of(), 3);
        assertThat(deep.placeBit("D:\\Shares\\HR\\Scans")).isEqualTo(deep.placeBit("d:/shares/hr"));
        assertThat(deep.placeBit("D:\\Shares\\HR")).isNotEqualTo(deep.placeBit("D:\\Shares\\Legal"));
        TransferLocations shallow = new TransferLocations(List.of(), List.of(), 1);
        assertThat(shallow.placeBit("D:\\Shares")).isEqualTo(shallow.placeBit("D:\\Migration"));
    }

    @Test
    void badSettingsNameTheirKey() {
        assertThatThrownBy(() -> new TransferLocations(List.of(" "), List.of(), 2))
                .hasMessageStartingWith("detector.staging.include:");
        assertThatThrownBy(() -> new TransferLocations(List.of(), List.of("\\\\"), 2))
                .hasMessageStartingWith("detector.staging.exclude:");
        assertThatThrownBy(() -> new TransferLocations(List.of(), List.of(), 0))
                .hasMessageStartingWith("detector.place-depth:");
        assertThatThrownBy(() -> new TransferLocations(List.of(), List.of(), TransferLocations.MAX_PLACE_DEPTH + 1))
                .hasMessageStartingWith("detector.place-depth:");
    }

    @Test
    void settingsAreValues() {
        assertThat(new TransferLocations(List.of("D:\\Drop"), List.of(), 2))
                .isEqualTo(new TransferLocations(List.of("D:\\Drop"), List.of(), 2))
                .isNotEqualTo(DEFAULT);
        assertThat(DetectorSettings.defaults().locations()).isEqualTo(DEFAULT);
    }

    private static FileEvent event(String dir, String path) {
        return new FileEvent(0, new String[] {"file"}, "creation", "endpoint", "h", null, null, "System", null, null,
                "u", null, null, "x.exe", path, dir, "exe", 1, null);
    }
}
