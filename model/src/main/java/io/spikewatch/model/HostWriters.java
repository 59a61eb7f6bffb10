package io.spikewatch.model;

/**
 * Who has been writing to a host lately: the accounts (or, where events name none, the source
 * addresses) of its last buckets, each hashed to one bit of a 64-bit set, in two sets of
 * {@value #PERIOD} buckets ({@link HostState#writersNow}, {@link HostState#writersBefore}).
 *
 * <p>Why: when a share moves to a quiet server, or twenty registry staff upload their enrolment
 * papers on the first morning, every quarter hour brings a few files from someone else. The
 * sustained sums (and the windows of files into new places) add them up as if one stream; an
 * attacker's stream is one account. Four or more writers in the last hours make those sums a
 * crowd's work ({@link #crowdedWindow}), on any host: on a busy share they are that anyway. One account's
 * persistence stays evidence ({@link DriverRuns}), as do a stream into staging locations and
 * everything a single bucket shows. A single bucket of many people's files ({@link #crowdedBucket}) is
 * vouched for as a burst into a familiar place is.
 */
final class HostWriters {

    /** Buckets per set: the sets cover the last 6 to 12 buckets (1.5 to 3 hours of 15 minutes). */
    static final int PERIOD = 6;
    /** Distinct writers in the sets (and the closing bucket) from which the window is a crowd. */
    static final int CROWD = 4;

    private HostWriters() {}

    /** The bucket's writers as bits: its top user names, or its top source addresses if it names no user. */
    static long of(BucketSummary summary) {
        if (summary == null) {
            return 0;
        }
        long bits = bits(summary.userNames);
        return bits != 0 ? bits : bits(summary.sourceIps);
    }

    private static long bits(TopK top) {
        long bits = 0;
        for (int i = 0; top != null && i < top.values.length && top.values[i] != null; i++) {
            bits |= 1L << mix(top.values[i].hashCode());
        }
        return bits;
    }

    /** A bit index (0-63) from a string hash: the high bits of a multiplicative hash. */
    private static int mix(int h) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> 58);
    }

    /** Distinct writers (bits) of the last 6 to 12 buckets and the closing bucket's {@code bucketWriters}. */
    static int distinct(HostState st, long bucketWriters) {
        return Long.bitCount(st.writersNow | st.writersBefore | bucketWriters);
    }

    /**
     * Whether the last hours' writers, with the closing bucket's ({@code bucketWriters}), are many: a
     * crowd, not one stream. Not when the bucket ({@code summary}, if known) writes into staging
     * locations: tools staged among a jump host's users are still one account's stream.
     */
    static boolean crowdedWindow(HostState st, long bucketWriters, BucketSummary summary) {
        return distinct(st, bucketWriters) >= CROWD && (summary == null || summary.stagedFiles == 0);
    }

    /**
     * Whether a bucket's files are many people's: four or more accounts, none with half of them (a
     * burst attack is one account's), and none into staging locations.
     */
    static boolean crowdedBucket(BucketSummary summary) {
        if (summary == null || summary.stagedFiles > 0) {
            return false;
        }
        TopK users = summary.userNames;
        if (users == null || users.size() < CROWD) {
            return false;
        }
        long top = 0;
        for (int i = 0; i < users.size(); i++) {
            top = Math.max(top, users.counts[i]);
        }
        return 2 * top < summary.count;
    }

    /** Moves to {@code bucket}: at the start of each period the current set becomes the previous one. */
    static void rotate(HostState st, long bucket) {
        if (Math.floorMod(bucket, PERIOD) == 0) {
            st.writersBefore = st.writersNow;
            st.writersNow = 0;
        }
    }

    /** Remembers the closing bucket's writers. */
    static void learn(HostState st, long bucketWriters) {
        st.writersNow |= bucketWriters;
    }
}
