package io.spikewatch.model;

/**
 * The score of one closed bucket of one host, with what explains it. Emitted for every closed
 * bucket that had events; an alert is a record whose {@link #recordScore} reaches the threshold.
 *
 * @param hostName partition value ({@code host.name})
 * @param bucketStartMs bucket start, epoch ms
 * @param bucketSpanMs bucket length in ms
 * @param actual remote transfers in the bucket
 * @param typical expected count for this host at this time of week
 * @param upper count above which this bucket alone would reach the alert threshold
 * @param probability one-sided tail probability of the evidence (single or sustained)
 * @param recordScore 0-100, comparable to Elastic's record_score
 * @param multiBucketImpact -5..+5: how much the sustained (multi-bucket) evidence drove the score,
 *     as Elastic's field of that name
 * @param sustainedBuckets number of buckets in the sustained window that scored (0 if single)
 * @param sustainedActual actual count over the sustained window
 * @param sustainedTypical expected count over the sustained window
 * @param learning whether the host is still in its cold-start period
 * @param summary influencers and samples of the bucket
 */
public record AnomalyRecord(
        String hostName,
        long bucketStartMs,
        long bucketSpanMs,
        long actual,
        double typical,
        double upper,
        double probability,
        double recordScore,
        double multiBucketImpact,
        int sustainedBuckets,
        double sustainedActual,
        double sustainedTypical,
        boolean learning,
        BucketSummary summary) {

    /** Whether the score reaches {@code threshold}. */
    public boolean isAlert(double threshold) {
        return recordScore >= threshold;
    }
}
