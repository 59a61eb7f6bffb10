package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlertGateTest {

    private static final long SPAN = 15 * DetectorSettings.MINUTE;
    private static final long T0 = 1_709_510_400_000L; // 2024-03-04T00:00:00Z

    private static AnomalyRecord record(String host, long bucketStart, double score, String user) {
        BucketSummary s = BucketSummary.empty(bucketStart);
        s.add(FileEvent.builder().timestampMs(bucketStart).hostName(host).userName(user).fileName("f").build());
        return new AnomalyRecord(host, bucketStart, SPAN, 1, 0.1, 5, 1e-9, score, 0, 0, 0, 0, false, s);
    }

    @Test
    void alertsAtOrAboveTheThresholdHighestFirst() {
        AlertGate gate = new AlertGate(AlertPolicy.defaults(), SPAN);
        AlertGate.Decision d = gate.decide(T0, List.of(
                record("b", T0, 70, "u1"), record("a", T0, 90, "u2"), record("c", T0, 69.9, "u3"),
                record("d", T0, 70, "u4")), List.of());
        assertThat(d.alerts()).extracting(AnomalyRecord::hostName).containsExactly("a", "b", "d");
        assertThat(d.heldByCap()).isZero();
        assertThat(d.fleetEvents()).isEmpty();
    }

    @Test
    void capsAlertsPerBucketAndCountsTheRest() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 2, 50, 8, 4), SPAN);
        AlertGate.Decision d = gate.decide(T0, List.of(
                record("a", T0, 75, "u1"), record("b", T0, 95, "u2"), record("c", T0, 85, "u3")), List.of());
        assertThat(d.alerts()).extracting(AnomalyRecord::hostName).containsExactly("b", "c");
        assertThat(d.heldByCap()).isEqualTo(1);
    }

    @Test
    void aFleetWideRiseByOneDriverIsHeldBackAndExplained() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 4, 4), SPAN);
        // Bucket 0: two hosts driven by svc_sccm, below the group size: they alert.
        AlertGate.Decision first = gate.decide(T0,
                List.of(record("ws-1", T0, 80, "svc_sccm"), record("ws-2", T0, 55, "svc_sccm")), List.of());
        assertThat(first.alerts()).extracting(AnomalyRecord::hostName).containsExactly("ws-1");
        // Bucket 1: two more hosts by the same driver: 4 distinct hosts within the window.
        long t1 = T0 + SPAN;
        List<AnomalyRecord> second = new ArrayList<>(List.of(
                record("ws-3", t1, 85, "svc_sccm"), record("ws-4", t1, 75, "svc_sccm"),
                record("fs-1", t1, 90, "adm_evil")));
        AlertGate.Decision d = gate.decide(t1, second, first.marks());
        assertThat(d.alerts()).extracting(AnomalyRecord::hostName).containsExactly("fs-1");
        assertThat(d.heldByFleet()).isEqualTo(2);
        assertThat(d.fleetEvents()).singleElement().satisfies(f -> {
            assertThat(f.driver()).isEqualTo("user.name=svc_sccm");
            assertThat(f.hostsInWindow()).isEqualTo(4);
            assertThat(f.heldBack()).isEqualTo(2);
            assertThat(f.sampleHosts()).containsExactly("ws-1", "ws-2", "ws-3", "ws-4");
        });
    }

    @Test
    void marksOlderThanTheWindowAreForgotten() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 2, 2), SPAN);
        List<FleetMark> old = List.of(new FleetMark(T0, "user.name=svc", "ws-1"));
        AlertGate.Decision d = gate.decide(T0 + 2 * SPAN, List.of(record("ws-2", T0 + 2 * SPAN, 80, "svc")), old);
        assertThat(d.alerts()).hasSize(1);
        assertThat(d.marks()).extracting(FleetMark::host).containsExactly("ws-2");
    }
}
