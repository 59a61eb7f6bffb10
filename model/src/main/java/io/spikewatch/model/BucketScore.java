package io.spikewatch.model;

/**
 * The model's verdict on one closed bucket of one host.
 *
 * @param bucketIndex bucket start / bucket span
 * @param actual count in the bucket
 * @param typical expected count at this time of week (the recurring level if higher)
 * @param variance variance of the count under the host's model
 * @param upper smallest count that alone would reach the alert threshold
 * @param singleProbability tail probability of this bucket alone
 * @param sustainedProbability tail probability of the best sustained window (1 if none)
 * @param probability the evidence used: the smaller of the two, corrected for the windows tried
 * @param recordScore 0-100 score of {@link #probability}
 * @param multiBucketImpact {@code log10(single / sustained)} clamped to -5..+5, as Elastic's field
 * @param sustainedBuckets length of the best sustained window (0 when it is not the evidence)
 * @param sustainedActual actual count over that window, its largest bucket excluded
 * @param sustainedTypical expected count over the same buckets
 * @param learning whether the host has less history than the warm-up
 * @param driverSeen buckets this bucket's driver had driven on the host before (0 = a first-time writer)
 * @param routineScore on an otherwise idle host that bursts now and then (deployments), the 0-100
 *     score of the bucket had any driver caused it: the count model mixed with the host's own bursts,
 *     whoever drove them; -1 on any other host
 * @param sustainedLed buckets of the sustained window its driver was on top of, when that persistence
 *     is the evidence ({@link DriverRuns}); 0 for a sum of buckets or a single bucket
 * @param sustainedNewPlaces whether the sustained window's evidence is files into places new to the
 *     host (then {@link #sustainedActual} and {@link #sustainedTypical} count those files), not all files
 * @param idleHost whether the host receives next to nothing but its bursts: its level over all hours
 *     is below one file per bucket (an application server, a workstation), as the model knew it
 * @param armedBefore attack tools or web shells (up to 3) the same account's previous bucket brought
 *     when this bucket's evidence is the rest of that drop (its files into new places); 0 otherwise
 * @param burstRun the buckets right before this one in which the same account, new to the host, burst
 *     into its places too at a quiet hour, when that run is this bucket's evidence; 0 otherwise
 * @param reinstalled whether the bucket falls in the installation of a host reinstalled under the
 *     same name (its {@code host.id} changed, {@link Reinstalls}): scored against the new-host prior
 */
public record BucketScore(
        long bucketIndex,
        long actual,
        double typical,
        double variance,
        double upper,
        double singleProbability,
        double sustainedProbability,
        double probability,
        double recordScore,
        double multiBucketImpact,
        int sustainedBuckets,
        double sustainedActual,
        double sustainedTypical,
        boolean learning,
        int driverSeen,
        double routineScore,
        int sustainedLed,
        boolean sustainedNewPlaces,
        boolean idleHost,
        int armedBefore,
        int burstRun,
        boolean reinstalled) {}
