package io.spikewatch.model;

/**
 * Many hosts rose together, driven by the same account or source (a patch day, a software
 * rollout): their per-host alerts were held back and this one record explains why.
 *
 * @param bucketStartMs the bucket in which the group was held back
 * @param driver the shared top influencer, e.g. {@code user.name=svc_sccm}
 * @param hostsInWindow distinct hosts of the group that scored high within the fleet window
 * @param heldBack per-host alerts held back in this bucket
 * @param sampleHosts up to 10 of the hosts, sorted
 */
public record FleetEvent(long bucketStartMs, String driver, int hostsInWindow, int heldBack, String[] sampleHosts) {}
