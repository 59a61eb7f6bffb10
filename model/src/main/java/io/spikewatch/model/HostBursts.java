package io.spikewatch.model;

/**
 * The part of {@link HostModel} that knows who drives a host's buckets and how the host bursts: a
 * table of {@value HostState#DRIVERS} drivers (a hash of a bucket's top user, else its top source)
 * with how many ordinary buckets and how many bursts each drove (saturating bytes; a new driver
 * takes an empty slot, else the one whose driver showed itself least, in ordinary buckets and
 * bursts together, so regular writers and deployers stay and one-offs pass through), and
 * the host's burst rate with the log-normal sizes of its bursts. {@link HostModel} scores a usual
 * burster's bucket against the mixture {@link #withBursts}. Like the rest of the model it only
 * reads and writes the {@link HostState} passed in.
 */
final class HostBursts {

    /** Bursts a driver must have caused on a host before its bursts are "usual" there. */
    static final int KNOWN_BURST_DRIVER = 3;
    /** Accounts that burst on a host from which its bursts come from anyone ({@link #isDropBox}). */
    static final int DROP_BOX_BURSTERS = 2;
    /** Buckets a driver must have driven on a host before it is known there. */
    static final int KNOWN_DRIVER = 5;
    /** Typical size of a burst, before a host has shown its own. */
    static final double BURST_PRIOR_SIZE = 10.0;
    /** A bucket this improbable under the count model is a burst. */
    static final double BURST_P = 1e-3;
    /** Prior variance of log burst sizes: one burst does not fix the size of the next. */
    static final double BURST_PRIOR_LOG_VAR = 0.5;
    /** Smallest weight of a new burst's size in the learned mean and variance. */
    static final double BURST_SIZE_ALPHA = 0.1;

    private final double alphaLevel;

    /** {@code alphaLevel}: the smoothing factor of the host's level, which the burst rate shares. */
    HostBursts(double alphaLevel) {
        this.alphaLevel = alphaLevel;
    }

    /** The slot of {@code driver} among the host's burst drivers, or -1. */
    static int driverSlot(HostState st, int driver) {
        if (driver == HostModel.NO_DRIVER) {
            return -1;
        }
        for (int i = 0; i < HostState.DRIVERS; i++) {
            if (st.drivers[i] == driver && weight(st, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * P(a burst of this host is at least {@code excess} large): log-normal sizes learned from its
     * bursts, widened by a prior; a prior alone (around {@value #BURST_PRIOR_SIZE} files) before
     * the first.
     */
    static double sizeTail(HostState st, double excess) {
        double n = Math.min(st.burstN, 4);
        double mean = (n * st.burstLogMean + (4 - n) * Math.log(BURST_PRIOR_SIZE)) / 4;
        double sd = Math.sqrt(st.burstLogVar + BURST_PRIOR_LOG_VAR);
        return normalUpperTail((Math.log(excess) - mean) / sd);
    }

    /** The count model's tail mixed with the host's bursts at rate {@code rate}: P(excess this large or larger). */
    static double withBursts(HostState st, double pModel, double rate, double excess) {
        return (1 - rate) * pModel + rate * sizeTail(st, excess);
    }

    /** P(Z >= z) for a standard normal, via the regularized gamma function (erfc). */
    static double normalUpperTail(double z) {
        double q = 0.5 * (1 - CountTail.regularizedGammaP(0.5, z * z / 2));
        return z >= 0 ? q : 1 - q;
    }

    /** Remembers a burst's size. */
    void learnSize(HostState st, double excess) {
        st.burstRate += (float) alphaLevel;
        double a = Math.max(1.0 / (st.burstN + 1), BURST_SIZE_ALPHA);
        double d = Math.log(excess) - st.burstLogMean;
        st.burstLogMean += (float) (a * d);
        st.burstLogVar = (float) ((1 - a) * (st.burstLogVar + a * d * d));
        st.burstN++;
    }

    /**
     * Counts a bucket driven by {@code driver}, and whether it was a burst. A new driver takes an
     * empty slot, else the least shown one ({@link #weight}), so regular writers and accounts that
     * only ever burst (a deployment account) stay and one-offs pass through.
     */
    static void learnDriver(HostState st, int driver, boolean burst, boolean ordinary) {
        if (driver == HostModel.NO_DRIVER) {
            return;
        }
        int slot = driverSlot(st, driver);
        if (slot < 0) {
            slot = 0;
            for (int i = 1; i < HostState.DRIVERS; i++) {
                if (weight(st, i) < weight(st, slot)) {
                    slot = i;
                }
            }
            if (!ordinary && !burst) {
                return;
            }
            st.drivers[slot] = driver;
            st.driverSeen[slot] = 0;
            st.driverBursts[slot] = 0;
        }
        if (ordinary) {
            increment(st.driverSeen, slot);
        }
        if (burst) {
            increment(st.driverBursts, slot);
        }
    }

    /** How much a slot's driver has shown itself: its ordinary buckets and its bursts (0: an empty slot). */
    private static int weight(HostState st, int slot) {
        return seen(st.driverSeen, slot) + seen(st.driverBursts, slot);
    }

    /**
     * Whether the host's bursts come from anyone: at least {@value #DROP_BOX_BURSTERS} of its
     * remembered drivers burst on it. On a host that receives next to nothing, a burst by an
     * account new to it is only the host's habit there (a package source server where any admin
     * stages the next package; not an application server receiving one account's releases).
     */
    static boolean isDropBox(HostState st) {
        int bursters = 0;
        for (int i = 0; i < HostState.DRIVERS; i++) {
            if (st.driverBursts[i] != 0 && ++bursters >= DROP_BOX_BURSTERS) {
                return true;
            }
        }
        return false;
    }

    /** A per-driver count kept as an unsigned byte (0-255, saturating). */
    static int seen(byte[] counts, int slot) {
        return counts[slot] & 0xFF;
    }

    private static void increment(byte[] counts, int slot) {
        if ((counts[slot] & 0xFF) < 255) {
            counts[slot]++;
        }
    }
}
