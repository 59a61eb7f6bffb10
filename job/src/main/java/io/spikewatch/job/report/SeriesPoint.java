package io.spikewatch.job.report;

import io.spikewatch.model.AnomalyRecord;

/**
 * One scored bucket of one host, as a report chart needs it: the count and the expected band,
 * without the influencer summary (a report keeps every bucket of the alerted hosts in memory).
 *
 * @param bucketStartMs bucket start, epoch ms
 * @param actual remote transfers in the bucket
 * @param typical expected count for this host at this time of week
 * @param upper count above which this bucket alone would reach the alert threshold
 * @param recordScore 0-100
 * @param learning whether the host was still in its cold-start period (its band is still wide)
 */
public record SeriesPoint(long bucketStartMs, long actual, double typical, double upper, double recordScore,
                          boolean learning) {

    public static SeriesPoint of(AnomalyRecord r) {
        return new SeriesPoint(r.bucketStartMs(), r.actual(), r.typical(), r.upper(), r.recordScore(), r.learning());
    }
}
