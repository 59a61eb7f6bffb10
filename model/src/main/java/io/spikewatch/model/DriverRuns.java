package io.spikewatch.model;

/**
 * Driver persistence, the part of {@link HostModel} that follows one account through a host's
 * buckets: on a host where many users come and go, one account on top of bucket after bucket for
 * hours is improbable however modest each bucket, the shape of a stream of small transfers meant
 * to blend into normal traffic. Its memory is the run fields and the same-driver rate of
 * {@link HostState}; like the rest of the model it only reads and writes the state passed in.
 */
final class DriverRuns {

    /** Buckets a driver run needs before it is evidence. */
    static final int MIN_RUN = 4;
    /** A run must carry at least this multiple of the expected count, and one standard deviation more. */
    static final double RUN_EXCESS = 1.2;
    /** Buckets topped from which a run needs no excess ... */
    static final int LONG_RUN = 8;
    /** ... but about the usual volume (a lone user on a quiet Sunday writes less) ... */
    static final double LONG_RUN_LEVEL = 0.8;
    /** ... and an account that has not led more than this many of the host's buckets besides the run. */
    static final int RUN_REGULAR_BUCKETS = 16;
    /** Share of a run's buckets its driver must top; in the others it must at least write. */
    static final double RUN_TOP_SHARE = 2.0 / 3;
    /**
     * Pairs of buckets the same-driver rate's prior of one half weighs: a few, so that a few hundred
     * pairs of users taking turns show (a weight of twenty held a share whose measured rate was 0.02
     * at 0.05 to 0.07 after three weeks, and an account's run there stayed under the threshold).
     */
    static final double RUN_PRIOR_WEIGHT = 4;
    /** Smoothing of the same-driver rate (half-life about 140 pairs of non-empty buckets). */
    static final double RUN_ALPHA = 0.005;
    /** Floor of the same-driver rate: no host is that sure its users take turns. */
    static final double MIN_SAME_DRIVER_RATE = 0.05;

    private DriverRuns() {}

    /**
     * The evidence of the run the closing bucket extends, written into {@code best} as
     * {@code {probability, span, actual, expected, length}} where it beats what is there: the binomial tail
     * of the buckets its driver topped at the host's same-driver rate, if the run carries clearly
     * more than the host usually receives or, from {@value #LONG_RUN} buckets on top, about as
     * much. A job that recurs at its hour is expected in full, so it carries no excess, and an
     * account that leads the host's buckets anyway makes no long run.
     */
    static void evidence(HostState st, long bucket, long count, double mu, double var, int driver, double[] best) {
        if (driver == HostModel.NO_DRIVER || count == 0 || st.runLength == 0 || st.runDriver != driver
                || st.lastBucket != bucket - 1) {
            return;
        }
        int length = (st.runLength & 0xFF) + 1;
        int span = runSpan(st) + 1;
        double actual = st.runActual + count;
        double expected = st.runExpected + mu;
        double sd = Math.sqrt(st.runVar + var);
        boolean excess = actual >= RUN_EXCESS * expected && actual - expected >= sd;
        // A long run is evidence at about the usual volume too: one account's files in place of the
        // users', all afternoon. Not by an account that has led this host's buckets for hours
        // besides this run (a job that writes at the usual volume, night after night).
        boolean blendsIn = length >= LONG_RUN && actual >= LONG_RUN_LEVEL * expected
                && driverBuckets(st, driver) <= span + RUN_REGULAR_BUCKETS;
        if (length < MIN_RUN || !(excess || blendsIn)) {
            return;
        }
        // After the run's first bucket: on top in length - 1 of the span - 1 that followed.
        double p = CountTail.binomialUpperTail(length - 1, span - 1, sameDriverRate(st));
        if (p < best[0]) {
            HostModel.set(best, p, span, actual, expected, length);
        }
    }

    /** Buckets the current run spans. */
    private static int runSpan(HostState st) {
        return st.runSpan & 0xFF;
    }

    /** Ordinary buckets {@code driver} has driven on this host (0 if it is not in the table). */
    private static int driverBuckets(HostState st, int driver) {
        int slot = HostBursts.driverSlot(st, driver);
        return slot < 0 ? 0 : HostBursts.seen(st.driverSeen, slot);
    }

    /** The host's same-driver rate, blended with a prior of one half while it has few pairs. */
    private static double sameDriverRate(HostState st) {
        double n = st.sameDriverObs;
        double q = (n * st.sameDriverRate + RUN_PRIOR_WEIGHT * 0.5) / (n + RUN_PRIOR_WEIGHT);
        return Math.max(q, MIN_SAME_DRIVER_RATE);
    }

    /**
     * Extends or restarts the driver run with this bucket, and learns how often the top driver stays
     * from {@code ordinary} buckets only: a run that has become evidence does not teach the host that
     * its users stay on top (a slow attack must not vouch for itself).
     * A bucket the run's driver wrote into without being on top extends the run as long as the
     * driver topped at least {@value #RUN_TOP_SHARE} of its buckets: another user's busy quarter
     * hour does not hide an account that has written all afternoon.
     */
    static void learn(HostState st, long bucket, long count, double mu, double var, int driver,
            BucketSummary summary, boolean ordinary) {
        if (count == 0 || driver == HostModel.NO_DRIVER) {
            st.runLength = 0;
            return;
        }
        boolean follows = st.runLength != 0 && st.lastBucket == bucket - 1;
        if (follows && ordinary) {
            double a = Math.max(1.0 / (st.sameDriverObs + 1), RUN_ALPHA);
            st.sameDriverRate += (float) (a * ((st.runDriver == driver ? 1 : 0) - st.sameDriverRate));
            if (st.sameDriverObs < Short.MAX_VALUE) {
                st.sameDriverObs++;
            }
        }
        boolean topped = follows && st.runDriver == driver;
        int span = runSpan(st);
        boolean second = follows && !topped && summary != null
                && (st.runLength & 0xFF) >= RUN_TOP_SHARE * (span + 1) && summary.wroteAs(st.runDriver);
        if (topped || second) {
            if (topped) {
                st.runLength = (byte) Math.min(255, (st.runLength & 0xFF) + 1);
            }
            st.runSpan = (byte) Math.min(255, span + 1);
            st.runActual += count;
            st.runExpected += (float) mu;
            st.runVar += (float) var;
        } else {
            st.runDriver = driver;
            st.runLength = 1;
            st.runSpan = 1;
            st.runActual = count;
            st.runExpected = (float) mu;
            st.runVar = (float) var;
        }
    }
}
