package io.spikewatch.job.sim;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Helpers shared by the two planners: the label time span of a list of planned events and the
 * local-time arithmetic for "at 10:00 in that host's office".
 */
final class Labelled {

    private Labelled() {}

    /** First event time, truncated to the second (a rendered timestamp may drop sub-seconds). */
    static Instant start(List<SimEvent> events) {
        long min = Long.MAX_VALUE;
        for (SimEvent e : events) {
            min = Math.min(min, e.tsMs());
        }
        return Instant.ofEpochMilli(Math.floorDiv(min, 1000) * 1000);
    }

    /** Last event time, rounded up to the second. */
    static Instant end(List<SimEvent> events) {
        long max = Long.MIN_VALUE;
        for (SimEvent e : events) {
            max = Math.max(max, e.tsMs());
        }
        return Instant.ofEpochMilli(Math.floorDiv(max + 999, 1000) * 1000);
    }

    /** UTC epoch ms of {@code localHour} on simulation day {@code day} in the host's local time. */
    static long atLocalHour(DailyRhythm rhythm, HostModel h, long dayStartMs, double localHour) {
        long noon = dayStartMs + Fleet.DAY_MS / 2;
        long offset = rhythm.localMs(h, noon) - noon;
        return dayStartMs + (long) (localHour * 3_600_000L) - offset;
    }

    /** Uniform times in {@code [t0, t0 + spanMs)}. */
    static long[] times(long t0, long spanMs, int n, Rand rng) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = t0 + rng.nextLong(0, Math.max(1, spanMs));
        }
        Arrays.sort(out);
        return out;
    }

    /** Log-uniform integer in {@code [lo, hi]}: sizes that vary by orders of magnitude. */
    static int logUniform(Rand rng, int lo, int hi) {
        double v = StrictMath.exp(rng.uniform(StrictMath.log(lo), StrictMath.log(hi + 1)));
        return Math.max(lo, Math.min(hi, (int) v));
    }
}
