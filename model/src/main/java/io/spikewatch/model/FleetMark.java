package io.spikewatch.model;

/**
 * A host that scored high in a bucket, with the influencer that drove it, and whether it alerted:
 * the alert gate's memory, from which fleet rises, known deployment accounts, rollouts, toolkit
 * spreads and a host's open incident are recognised.
 *
 * @param bucketStartMs the bucket
 * @param driver the top influencer, e.g. {@code user.name=svc_sccm}
 * @param host the host
 * @param alerted whether this bucket produced (or continued) an alert
 * @param score the bucket's record_score
 * @param files the bucket's file names as a {@link NameSketch}; null if unknown
 * @param toolDrop whether the bucket was a tool drop ({@link AlertGate#isToolDrop})
 * @param staged whether its files went mostly to staging locations
 * @param armed whether the bucket brought files named as attack tools ({@link BucketSummary#attackTools})
 */
public record FleetMark(long bucketStartMs, String driver, String host, boolean alerted, double score,
                        int[] files, boolean toolDrop, boolean staged, boolean armed) {

    /** A mark of a bucket whose files are unknown. */
    public FleetMark(long bucketStartMs, String driver, String host, boolean alerted, double score) {
        this(bucketStartMs, driver, host, alerted, score, null, false, false, false);
    }
}
