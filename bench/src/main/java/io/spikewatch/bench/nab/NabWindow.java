package io.spikewatch.bench.nab;

/**
 * One labelled anomaly window of a NAB series, both ends inclusive, as epoch milliseconds of the
 * series' local-free timestamps (read as if UTC). Both ends are timestamps of rows of the series.
 */
public record NabWindow(long startMs, long endMs) {

    public NabWindow {
        if (endMs < startMs) {
            throw new IllegalArgumentException("window ends before it starts: " + NabTime.format(startMs) + " > "
                    + NabTime.format(endMs));
        }
    }

    public boolean contains(long timestampMs) {
        return timestampMs >= startMs && timestampMs <= endMs;
    }
}
