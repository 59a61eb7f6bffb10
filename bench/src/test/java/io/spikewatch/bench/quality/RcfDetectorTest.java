package io.spikewatch.bench.quality;

import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.model.TransferLocations;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class RcfDetectorTest {

    private static final long SPAN = 15 * 60_000L;
    /** 2024-03-04T00:00:00Z, a Monday, at a bucket boundary. */
    private static final long T0 = 1_709_510_400_000L;
    private static final long FIRST = T0 / SPAN;
    /** Three weeks of 15-minute buckets. */
    private static final int BUCKETS = 3 * 7 * 96;
    private static final int BURST_AT = 1500;
    private static final int BURST = 150;

    /** A daily rhythm (2 to 12 an hour, peak at noon) with Poisson noise; {@code burst} added at {@link #BURST_AT}. */
    private static long[] busyHost(long seed, int burst) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] c = new long[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) {
            double mean = 7 + 5 * Math.sin(2 * Math.PI * ((i % 96) - 24) / 96.0);
            c[i] = poisson(rnd, mean);
        }
        c[BURST_AT] += burst;
        return c;
    }

    /**
     * A quiet host: one file at the top of every hour, like a heartbeat. (A host that writes a file at
     * random now and then does get the odd RCF alert: a 3 after hundreds of zeros is rare.)
     */
    private static long[] quietHost() {
        long[] c = new long[BUCKETS];
        for (int i = 0; i < BUCKETS; i += 4) {
            c[i] = 1;
        }
        return c;
    }

    private static long poisson(SplittableRandom rnd, double mean) {
        double limit = Math.exp(-mean);
        double p = rnd.nextDouble();
        long k = 0;
        while (p > limit) {
            p *= rnd.nextDouble();
            k++;
        }
        return k;
    }

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

    /** The two hosts as ECS lines, through the same parsing and bucketing the harness uses. */
    private static FleetBuckets fleet() {
        FleetBuckets.Builder b = new FleetBuckets.Builder(SPAN, Duration.ofDays(1).toMillis(), TransferLocations.DEFAULT);
        long[] busy = busyHost(7, BURST);
        long[] quiet = quietHost();
        // Both hosts start with a transfer in bucket 0, so their counts line up with the arrays.
        busy[0] = Math.max(busy[0], 1);
        for (int i = 0; i < BUCKETS; i++) {
            emit(b, "FS-0001", i, busy[i]);
            emit(b, "WS-0002", i, quiet[i]);
        }
        FleetBuckets fleet = b.build();
        assertThat(fleet.counts("FS-0001")).containsExactly(busy);
        assertThat(fleet.counts("WS-0002")).containsExactly(quiet);
        return fleet;
    }

    private static void emit(FleetBuckets.Builder b, String host, int bucket, long count) {
        for (long j = 0; j < count; j++) {
            long ts = T0 + bucket * SPAN + j * 1000;
            b.accept("{\"@timestamp\":" + ts + ",\"event\":{\"category\":[\"file\"],\"action\":\"creation\"},"
                    + "\"host\":{\"name\":\"" + host + "\"},\"process\":{\"name\":\"System\"},"
                    + "\"user\":{\"name\":\"svc_backup\"},\"file\":{\"name\":\"f" + j + ".dat\"}}");
        }
    }
}
