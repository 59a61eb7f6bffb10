package io.spikewatch.model;

/**
 * A host that scored high in a bucket, with the influencer that drove it; the alert gate's memory
 * of recent candidates, from which fleet-wide rises are recognised.
 *
 * @param bucketStartMs the bucket
 * @param driver the top influencer, e.g. {@code user.name=svc_sccm}
 * @param host the host
 */
public record FleetMark(long bucketStartMs, String driver, String host) {}
