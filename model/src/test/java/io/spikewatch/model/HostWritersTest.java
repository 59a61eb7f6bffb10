package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostWritersTest {

    private static BucketSummary bucket(String... users) {
        BucketSummary s = BucketSummary.empty(0);
        for (String u : users) {
            s.add(new FileEvent(0, new String[] {"file"}, "creation", "endpoint", "fs-01", null, null, "System", null,
                    null, u, null, null, "a.docx", "D:\\Shares\\a.docx", "D:\\Shares", "docx", 10, u == null ? "10.0.0." + users.length : null),
                    TransferLocations.DEFAULT);
        }
        return s;
    }

    @Test
    void aBucketsWritersAreItsUsersOrElseItsSources() {
        assertThat(Long.bitCount(HostWriters.of(bucket("alice", "alice", "bob")))).isEqualTo(2);
        assertThat(Long.bitCount(HostWriters.of(bucket((String) null)))).as("a source address").isEqualTo(1);
        assertThat(HostWriters.of(bucket())).isZero();
        assertThat(HostWriters.of(null)).isZero();
    }

    @Test
    void fourPeopleInTheLastHoursAreACrowdOneAccountNever() {
        HostState st = new HostState();
        long bucket = 600; // a period's start
        for (String user : new String[] {"alice", "bob", "carol"}) {
            HostWriters.rotate(st, bucket);
            HostWriters.learn(st, HostWriters.of(bucket(user)));
            bucket++;
        }
        assertThat(HostWriters.distinct(st, 0)).isEqualTo(3);
        assertThat(HostWriters.crowdedWindow(st, HostWriters.of(bucket("alice")), null)).isFalse();
        assertThat(HostWriters.crowdedWindow(st, HostWriters.of(bucket("dave")), null)).isTrue();

        HostState one = new HostState();
        for (long b = 600; b < 612; b++) {
            HostWriters.rotate(one, b);
            HostWriters.learn(one, HostWriters.of(bucket("mallory")));
        }
        assertThat(HostWriters.distinct(one, HostWriters.of(bucket("mallory")))).isEqualTo(1);
    }

    @Test
    void aBucketOfManyPeoplesFilesIsACrowdOneAccountsIsNot() {
        assertThat(HostWriters.crowdedBucket(bucket("ann", "ann", "bob", "bob", "cy", "dee", "eve"))).isTrue();
        assertThat(HostWriters.crowdedBucket(bucket("ann", "ann", "ann", "ann", "bob", "cy", "dee"))).as("ann wrote half and more")
                .isFalse();
        assertThat(HostWriters.crowdedBucket(bucket("ann", "bob", "cy"))).as("three accounts").isFalse();
    }

    @Test
    void writersAreForgottenAfterTwoPeriods() {
        HostState st = new HostState();
        HostWriters.rotate(st, 600);
        HostWriters.learn(st, HostWriters.of(bucket("alice", "bob", "carol", "dave")));
        for (long b = 601; b < 606; b++) {
            HostWriters.rotate(st, b);
        }
        assertThat(HostWriters.distinct(st, 0)).as("the current period").isEqualTo(4);
        HostWriters.rotate(st, 606);
        assertThat(HostWriters.distinct(st, 0)).as("the previous period").isEqualTo(4);
        HostWriters.rotate(st, 612);
        assertThat(HostWriters.distinct(st, 0)).isZero();
    }
}
