package io.spikewatch.bench.nab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * NAB's scoring function for one cost matrix: our implementation of the algorithm of NAB v1.1's
 * {@code nab/sweeper.py} (github.com/numenta/NAB; Lavin and Ahmad, arXiv:1510.03336, section
 * "Scoring"), kept step for step so that it reproduces the published numbers.
 *
 * <ul>
 *   <li>Every row gets a sweep score from its position: inside a window of width {@code w} rows
 *       whose last row is {@code r}, row {@code i} is at {@code -(r - i + 1) / w} (from -1 at the
 *       first row to just below 0 at the last) and scores {@code tpWeight * σ(position) /
 *       σ(-1)}, so a detection at the window's first row is worth exactly {@code tpWeight}. Outside
 *       windows a row scores {@code fpWeight * σ(|r - i| / (w - 1))} after the previous window (a
 *       false positive just after a window costs little) and {@code -fpWeight} before the first
 *       one. σ is the {@link #scaledSigmoid scaled sigmoid}.</li>
 *   <li>The first {@link #probationaryLength} rows (15% of the series, at most 750) are not
 *       scored, and windows that lie wholly inside them are not counted.</li>
 *   <li>A window scores the best sweep score among its detected rows, which is its earliest
 *       detection, or {@code -fnWeight} when none is detected; false positives add up.</li>
 *   <li>{@link #scoresByThreshold} sorts the rows by anomaly score, highest first, and evaluates
 *       every distinct anomaly score as a threshold (detection = anomaly score ≥ threshold),
 *       starting with 1.1 where nothing is detected. Given several series it scores them as one
 *       (windows stay distinct), which is what NAB's optimiser does for the whole corpus.</li>
 * </ul>
 */
public final class NabSweeper {

    /** NAB's probationary share of each series. */
    public static final double PROBATIONARY_PERCENT = 0.15;
    /** The threshold of the first row of a sweep: above every anomaly score, so nothing is detected. */
    public static final double START_THRESHOLD = 1.1;

    /** {@link Swept#windowOf()} of a row outside every window. */
    public static final int NO_WINDOW = -1;
    /** {@link Swept#windowOf()} of a row of the probationary period. */
    public static final int PROBATIONARY = -2;

    private static final double MAX_TP = scaledSigmoid(-1.0);

    private final NabProfile profile;

    public NabSweeper(NabProfile profile) {
        this.profile = profile;
    }

    public NabProfile profile() {
        return profile;
    }

    /**
     * The rows of one series with their sweep scores: {@code windowOf[i]} is the index of row
     * {@code i}'s window in {@link NabSeries#windows()}, {@link #NO_WINDOW} or {@link #PROBATIONARY}.
     */
    public record Swept(String path, double[] anomalyScores, double[] sweepScores, int[] windowOf, int windowCount) {}

    /**
     * {@code 2 / (1 + e^(5x)) - 1}, and -1 beyond 3: 0.98661 at the start of a window (-1), 0 at its
     * end (0), -0.98661 one window width after it (1).
     */
    public static double scaledSigmoid(double relativePosition) {
        if (relativePosition > 3.0) {
            return -1.0;
        }
        // As NAB writes it (2 * sigmoid(-5x) - 1), so that rounding matches.
        return 2 * (1 / (1 + Math.exp(-(-5 * relativePosition)))) - 1.0;
    }

    /** {@code min(floor(0.15 * rows), 0.15 * 5000)}: rows below it are not scored. */
    public static double probationaryLength(int rows) {
        return Math.min(Math.floor(PROBATIONARY_PERCENT * rows), PROBATIONARY_PERCENT * 5000);
    }

    /**
     * The sweep scores of one series' rows (NAB's {@code calcSweepScore}). A window opens at the row
     * whose timestamp equals the start of the next window, as in NAB; fails naming the series when a
     * window's end is not one of its timestamps.
     */
    public Swept sweep(NabSeries series, double[] anomalyScores) {
        long[] ts = series.timestampsMs();
        if (anomalyScores.length != ts.length) {
            throw new IllegalArgumentException(series.path() + ": " + anomalyScores.length + " anomaly scores for "
                    + ts.length + " rows");
        }
        int n = ts.length;
        double probationary = probationaryLength(n);
        List<NabWindow> windows = series.windows();
        double[] sweep = new double[n];
        int[] windowOf = new int[n];

        int next = 0;
        int current = NO_WINDOW;
        int currentRight = -1;
        double currentWidth = 0;
        int previousRight = -1;
        double previousWidth = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(anomalyScores[i])) {
                throw new IllegalArgumentException(series.path() + " row " + i + ": anomaly score is NaN");
            }
            if (next < windows.size() && ts[i] == windows.get(next).startMs()) {
                NabWindow w = windows.get(next);
                current = next++;
                currentRight = indexOf(ts, w.endMs(), series);
                currentWidth = currentRight - indexOf(ts, w.startMs(), series) + 1;
            }
            if (current != NO_WINDOW) {
                double position = -(currentRight - i + 1) / currentWidth;
                sweep[i] = scaledSigmoid(position) * profile.tpWeight() / MAX_TP;
            } else {
                // NAB divides by (width - 1): a one-row window makes it infinite here (NAB would fail).
                double unweighted = previousRight < 0 ? -1.0
                        : scaledSigmoid(Math.abs(previousRight - i) / (previousWidth - 1));
                sweep[i] = unweighted * profile.fpWeight();
            }
            windowOf[i] = i >= probationary ? current : PROBATIONARY;
            if (current != NO_WINDOW && ts[i] == windows.get(current).endMs()) {
                previousRight = i;
                previousWidth = currentWidth;
                current = NO_WINDOW;
            }
        }
        return new Swept(series.path(), anomalyScores, sweep, windowOf, windows.size());
    }

    /**
     * The score at every distinct anomaly score of the given series taken together, from the
     * highest threshold (1.1, nothing detected) down (NAB's {@code calcScoreByThreshold}).
     */
    public List<ThresholdScore> scoresByThreshold(List<Swept> series) {
        int total = 0;
        for (Swept s : series) {
            for (int w : s.windowOf()) {
                if (w != PROBATIONARY) {
                    total++;
                }
            }
        }
        double[] anomaly = new double[total];
        double[] sweep = new double[total];
        int[] window = new int[total];
        int k = 0;
        int windowBase = 0;
        for (Swept s : series) {
            for (int i = 0; i < s.windowOf().length; i++) {
                int w = s.windowOf()[i];
                if (w == PROBATIONARY) {
                    continue;
                }
                anomaly[k] = s.anomalyScores()[i];
                sweep[k] = s.sweepScores()[i];
                window[k] = w == NO_WINDOW ? NO_WINDOW : windowBase + w;
                k++;
            }
            windowBase += s.windowCount();
        }
        int[] order = descendingStable(anomaly);

        // Each window seen among the scored rows starts at -fnWeight, in order of first appearance.
        int[] slot = new int[windowBase];
        Arrays.fill(slot, -1);
        double[] windowParts = new double[windowBase];
        int parts = 0;
        int tn = 0;
        for (int idx : order) {
            int w = window[idx];
            if (w == NO_WINDOW) {
                tn++;
            } else if (slot[w] < 0) {
                slot[w] = parts;
                windowParts[parts++] = -profile.fnWeight();
            }
        }
        int fn = total - tn;
        int tp = 0;
        int fp = 0;
        double fpPart = 0;
        double threshold = START_THRESHOLD;
        List<ThresholdScore> rows = new ArrayList<>();
        for (int idx : order) {
            if (anomaly[idx] != threshold) {
                rows.add(new ThresholdScore(threshold, sum(fpPart, windowParts, parts), tp, tn, fp, fn,
                        tp + tn + fp + fn));
                threshold = anomaly[idx];
            }
            int w = window[idx];
            if (w != NO_WINDOW) {
                tp++;
                fn--;
                windowParts[slot[w]] = Math.max(windowParts[slot[w]], sweep[idx]);
            } else {
                fp++;
                tn--;
                fpPart += sweep[idx];
            }
        }
        rows.add(new ThresholdScore(threshold, sum(fpPart, windowParts, parts), tp, tn, fp, fn, tp + tn + fp + fn));
        return rows;
    }

    /**
     * The score of one series at a threshold (NAB's {@code scoreDataSet}): the sweep row of that
     * threshold, or of the lowest threshold above it when the series has no such anomaly score.
     * Where NAB would fail (a threshold above 1.1, or below all of the series' scores) this returns
     * the no-detection row or the all-detected row, which is what those thresholds mean.
     */
    public ThresholdScore scoreAt(Swept series, double threshold) {
        List<ThresholdScore> rows = scoresByThreshold(List.of(series));
        ThresholdScore previous = rows.get(0);
        for (ThresholdScore row : rows) {
            if (row.threshold() == threshold) {
                return row;
            }
            if (row.threshold() < threshold) {
                return previous;
            }
            previous = row;
        }
        return previous;
    }

    /** The score of one series when nothing is detected: what NAB's null detector gets. */
    public double noDetectionScore(Swept series) {
        return scoresByThreshold(List.of(series)).get(0).score();
    }

    private static double sum(double fpPart, double[] windowParts, int parts) {
        double s = 0;
        s += fpPart;
        for (int i = 0; i < parts; i++) {
            s += windowParts[i];
        }
        return s;
    }

    private static int indexOf(long[] ts, long t, NabSeries series) {
        for (int i = 0; i < ts.length; i++) {
            if (ts[i] == t) {
                return i;
            }
        }
        throw new IllegalArgumentException(series.path() + ": window limit " + NabTime.format(t)
                + " is not a timestamp of the series");
    }

    /**
     * Indices ordered by value, highest first, equal values in index order (Python's stable sort):
     * each value's rank among the distinct values and its index packed in one long, so that a
     * primitive sort does it (a boxed sort of the corpus' rows takes ten times as long).
     */
    static int[] descendingStable(double[] values) {
        double[] distinct = values.clone();
        Arrays.sort(distinct);
        long[] keys = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            long rank = Arrays.binarySearch(distinct, values[i]);
            keys[i] = (((long) values.length - 1 - rank) << 32) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }
}
