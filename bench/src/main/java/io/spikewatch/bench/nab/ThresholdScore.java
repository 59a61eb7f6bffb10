package io.spikewatch.bench.nab;

/**
 * The raw NAB score of some rows when every anomaly score at or above {@code threshold} is a
 * detection, with the row counts NAB reports beside it (rows, not windows: {@code tp} counts every
 * detected row inside a window). {@code total} excludes the probationary rows.
 */
public record ThresholdScore(double threshold, double score, int tp, int tn, int fp, int fn, int total) {}
