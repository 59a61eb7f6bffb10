package io.spikewatch.bench.nab;

/**
 * A detector benchmarked on NAB: given one whole series, an anomaly score per row.
 *
 * <p>Streaming semantics: {@code scores[i]} may depend only on rows {@code 0..i} (their timestamps
 * and values), never on later rows, the series' length, its file name or its labels, as if the rows
 * arrived one at a time. NAB scores detectors as online detectors and its numbers mean nothing for
 * one that looks ahead; {@code NabRun} cannot check this, so a detector must be written that way
 * (feed the rows to the model in order and record the score it gives at each).
 *
 * <p>{@link #scores} is called once per series and must not carry state from one series to the
 * next: start each call from a fresh model. Timestamps are epoch milliseconds of NAB's local-free
 * timestamps read as UTC; rows are in time order with the series' own, not always regular, spacing.
 *
 * <p>Each score must be in [0, 1] (NAB's sweep starts above 1.0); higher means more anomalous. NAB
 * optimises one threshold per profile over the whole corpus, so scores must be comparable across
 * series: a probability-like score works, a raw per-series magnitude does not.
 */
@FunctionalInterface
public interface SeriesDetector {

    /** One anomaly score in [0, 1] per row; see the interface for what a score may depend on. */
    double[] scores(long[] timestampsMs, double[] values);
}
