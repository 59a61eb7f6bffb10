package io.spikewatch.bench.quality;

import io.spikewatch.model.TransferLocations;

import java.time.Duration;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two synthetic hosts over three weeks of 15-minute buckets, for the peers' tests: a busy one with
 * a daily rhythm and one burst, and a quiet one that writes a file every hour.
 */
final class SyntheticHosts {

    static final long SPAN = 15 * 60_000L;
    /** 2024-03-04T00:00:00Z, a Monday, at a bucket boundary. */
    static final long T0 = 1_709_510_400_000L;
    static final long FIRST = T0 / SPAN;
    /** Three weeks of 15-minute buckets. */
    static final int BUCKETS = 3 * 7 * 96;
    static final int BURST_AT = 1500;
    static final int BURST = 150;

    private SyntheticHosts() {}

    /** A daily rhythm (2 to 12 an hour, peak at noon) with Poisson noise; {@code burst} added at {@link #BURST_AT}. */
    static long[] busyHost(long seed, int burst) {
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
    static long[] quietHost() {
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

    /** The busy host (FS-0001, seed 7, with its burst) and the quiet one (WS-0002) as ECS lines, bucketed as the harness does. */
    static FleetBuckets fleet() {
        return fleet(busyHost(7, BURST));
    }

    /** {@code busy} as FS-0001 beside the quiet WS-0002, through the same parsing and bucketing the harness uses. */
    static FleetBuckets fleet(long[] busy) {
        FleetBuckets.Builder b = new FleetBuckets.Builder(SPAN, Duration.ofDays(1).toMillis(), TransferLocations.DEFAULT);
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

    static void emit(FleetBuckets.Builder b, String host, long bucket, long count) {
        for (long j = 0; j < count; j++) {
            long ts = T0 + bucket * SPAN + j * 1000;
            b.accept("{\"@timestamp\":" + ts + ",\"event\":{\"category\":[\"file\"],\"action\":\"creation\"},"
                    + "\"host\":{\"name\":\"" + host + "\"},\"process\":{\"name\":\"System\"},"
                    + "\"user\":{\"name\":\"svc_backup\"},\"file\":{\"name\":\"f" + j + ".dat\"}}");
        }
    }
}
