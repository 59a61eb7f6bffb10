package io.spikewatch.model;

/**
 * A host that scored high in a bucket, with the influencer that drove it, and whether it alerted:
 * the alert gate's memory, from which fleet rises, known deployment accounts and a host's open
 * incident are recognised.
 *
 * @param bucketStartMs the bucket
 * @param driver the top influencer, e.g. {@code user.name=svc_sccm}
 * @param host the host
 * @param alerted whether this bucket produced (or continued) an alert
 * @param score the bucket's record_score
 */
public record FleetMark(long bucketStartMs, String driver, String host, boolean alerted, double score) {}
