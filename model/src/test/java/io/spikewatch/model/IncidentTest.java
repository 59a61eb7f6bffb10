package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentTest {

    private static final long SPAN = 15 * 60_000L;
    private static final long T0 = 1_709_510_400_000L;

    private static AnomalyRecord record(long bucketStart) {
        return new AnomalyRecord("fs-1", bucketStart, SPAN, 300, 10, 30, 1e-9, 90, 0, 0, 0, 0, false,
                new BucketSummary());
    }

    @Test
    void continuationsUpdateTheOpeningAlertUntilTheSuppressionSpanPasses() {
        AlertPolicy policy = AlertPolicy.defaults();
        Incident i = Incident.open(record(T0)).continuedBy(record(T0 + SPAN)).continuedBy(record(T0 + 3 * SPAN));
        AnomalyRecord update = i.asUpdate();
        assertThat(update.bucketStartMs()).as("the opening alert keeps its id").isEqualTo(T0);
        assertThat(update.summary().suppressedDocs).isEqualTo(2);
        assertThat(update.summary().suppressedUntilMs).isEqualTo(T0 + 4 * SPAN);
        long lastOpen = T0 + 3 * SPAN + policy.suppressionBuckets() * SPAN;
        assertThat(i.closedAt(lastOpen, policy, SPAN)).isFalse();
        assertThat(i.closedAt(lastOpen + SPAN, policy, SPAN)).isTrue();
    }

    @Test
    void stateKeysTellTheirHost() {
        String k = Incident.key("fs-1", "user.name=bob");
        assertThat(Incident.ofHost(k, "fs-1")).isTrue();
        assertThat(Incident.ofHost(k, "fs-")).isFalse();
        assertThat(Incident.ofHost(Incident.key("fs-10", "x"), "fs-1")).isFalse();
    }
}
