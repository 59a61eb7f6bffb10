package io.spikewatch.bench.quality;

import io.spikewatch.job.sim.Evaluation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.spikewatch.bench.quality.SyntheticHosts.BURST;
import static io.spikewatch.bench.quality.SyntheticHosts.BURST_AT;
import static io.spikewatch.bench.quality.SyntheticHosts.FIRST;
import static io.spikewatch.bench.quality.SyntheticHosts.SPAN;
import static io.spikewatch.bench.quality.SyntheticHosts.T0;
import static io.spikewatch.bench.quality.SyntheticHosts.busyHost;
import static io.spikewatch.bench.quality.SyntheticHosts.fleet;
import static io.spikewatch.bench.quality.SyntheticHosts.quietHost;
import static org.assertj.core.api.Assertions.assertThat;

class RcfDetectorTest {

    @Test
    void alertsAtTheBurst() {
        List<Long> alerts = new RcfDetector().alertBuckets("FS-0001", FIRST, busyHost(7, BURST), SPAN);
        System.out.println("rcf alerts on the busy host (bucket offsets): "
                + alerts.stream().map(b -> b - FIRST).toList());
        assertThat(alerts).contains(FIRST + BURST_AT);
    }

    @Test
    void quietHostDoesNotAlert() {
        assertThat(new RcfDetector().alertBuckets("WS-0002", FIRST, quietHost(), SPAN)).isEmpty();
    }

    @Test
    void aSpikeDownwardsIsNoAlert() {
        long[] c = busyHost(7, 0);
        // The host stops writing for two hours around its busiest time.
        for (int i = BURST_AT - 4; i < BURST_AT + 4; i++) {
            c[i] = 0;
        }
        List<Long> withGap = new RcfDetector().alertBuckets("FS-0001", FIRST, c, SPAN);
        List<Long> without = new RcfDetector().alertBuckets("FS-0001", FIRST, busyHost(7, 0), SPAN);
        assertThat(withGap).noneMatch(b -> b >= FIRST + BURST_AT - 4 && b < FIRST + BURST_AT + 4);
        assertThat(withGap.stream().filter(b -> b < FIRST + BURST_AT - 4)).containsExactlyElementsOf(
                without.stream().filter(b -> b < FIRST + BURST_AT - 4).toList());
    }

    @Test
    void suppressionMergesAlertsOfADay() {
        // A second burst 10 hours after the first.
        long[] c = busyHost(7, BURST);
        c[BURST_AT + 40] += BURST;
        List<Long> merged = new RcfDetector().alertBuckets("FS-0001", FIRST, c, SPAN);
        List<Long> every = new RcfDetector(Duration.ZERO, 0).alertBuckets("FS-0001", FIRST, c, SPAN);
        assertThat(every).contains(FIRST + BURST_AT, FIRST + BURST_AT + 40);
        assertThat(merged).contains(FIRST + BURST_AT).doesNotContain(FIRST + BURST_AT + 40);
        // Suppression only drops alerts: each kept one is a day after the previous kept one.
        List<Long> expected = new ArrayList<>();
        for (long b : every) {
            if (expected.isEmpty() || b - expected.get(expected.size() - 1) >= 96) {
                expected.add(b);
            }
        }
        assertThat(merged).isEqualTo(expected);
    }

    @Test
    void fleetAlertsAreDeterministic() {
        FleetBuckets fleet = fleet();
        List<Evaluation.Alert> first = new RcfDetector().detect(fleet);
        List<Evaluation.Alert> second = new RcfDetector(RcfDetector.DEFAULT_SUPPRESSION, 0, 1).detect(fleet);
        assertThat(first).isEqualTo(second)
                .contains(new Evaluation.Alert("FS-0001", T0 + BURST_AT * SPAN))
                .noneMatch(a -> a.host().equals("WS-0002"));
    }

    @Test
    void seedsDependOnTheNameAndBaseSeedOnly() {
        RcfDetector d = new RcfDetector();
        assertThat(d.seed("FS-0001")).isEqualTo(new RcfDetector().seed("FS-0001"))
                .isNotEqualTo(d.seed("FS-0002"))
                .isNotEqualTo(new RcfDetector(RcfDetector.DEFAULT_SUPPRESSION, 1).seed("FS-0001"));
    }
}
