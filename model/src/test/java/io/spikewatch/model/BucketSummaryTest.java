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
}
