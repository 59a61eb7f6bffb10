package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BucketSummaryTest {

    private static BucketSummary bucket(String... users) {
        BucketSummary s = BucketSummary.empty(0);
        for (String u : users) {
            s.add(new FileEvent(0, new String[] {"file"}, "creation", "endpoint", "fs-01", null, null, "System", null,
                    null, u, null, null, "a.docx", "D:\\Shares\\a.docx", "D:\\Shares", "docx", 10, u == null ? "10.0.0.9" : null),
                    TransferLocations.DEFAULT);
        }
        return s;
    }

    @Test
    void theDriverHashIsTheHashOfTheDriverString() {
        for (String user : new String[] {"alice", "Jürgen.Müller", "用户", ""}) {
            BucketSummary s = bucket(user, user, "bob");
            assertThat(s.driver()).isEqualTo("user.name=" + user);
            assertThat(s.driverHash()).as(user).isEqualTo(("user.name=" + user).hashCode());
        }
        BucketSummary bySource = bucket((String) null);
        assertThat(bySource.driver()).isEqualTo("source.ip=10.0.0.9");
        assertThat(bySource.driverHash()).isEqualTo("source.ip=10.0.0.9".hashCode());
        assertThat(BucketSummary.empty(0).driverHash()).isEqualTo(HostModel.NO_DRIVER);
    }

    @Test
    void aDriverWroteIntoTheBucketWhenItIsAmongItsUsersOrSources() {
        BucketSummary s = bucket("alice", "alice", "alice", "bob", null);
        assertThat(s.driver()).isEqualTo("user.name=alice");
        assertThat(s.wroteAs(bucket("bob").driverHash())).as("second, still writing").isTrue();
        assertThat(s.wroteAs(bucket((String) null).driverHash())).as("a source").isTrue();
        assertThat(s.wroteAs(bucket("carol").driverHash())).isFalse();
        assertThat(s.wroteAs(HostModel.NO_DRIVER)).isFalse();
    }

    /**
     * Windows' own process names written into a staging location ({@code C:\Users\Public\Libraries})
     * are a disguise and count as attack tools; the same names in a backup of a system folder do not.
     */
    @Test
    void aSystemProcessNameInAStagingLocationIsADisguise() {
        BucketSummary staged = BucketSummary.empty(0);
        staged.add(file("RuntimeBroker.exe", "C:\\Users\\Public\\Libraries"), TransferLocations.DEFAULT);
        staged.add(file("svchost.exe", "C:\\Windows\\Temp"), TransferLocations.DEFAULT);
        assertThat(staged.toolFiles).isEqualTo(2);
        assertThat(staged.toolExample).isEqualTo("RuntimeBroker.exe");
        BucketSummary backup = BucketSummary.empty(0);
        backup.add(file("svchost.exe", "E:\\Backup\\ws-101\\Windows\\System32"), TransferLocations.DEFAULT);
        assertThat(backup.toolFiles).isZero();
    }

    private static FileEvent file(String name, String dir) {
        return FileEvent.builder().timestampMs(0).hostName("ws-1").userName("hd-admin").fileName(name)
                .fileDirectory(dir).filePath(dir + "\\" + name).build();
    }
}
