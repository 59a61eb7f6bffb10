package io.spikewatch.bench.nab;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;

/**
 * Upper bounds that use NAB's labels, printed under our scores to say where a gap comes from;
 * neither is a detector nor a score of one:
 *
 * <ul>
 *   <li>a detector's ceiling: its own anomaly scores with every row outside a labelled window set
 *       to 0 (every false positive removed by someone who knows the answers). What it reaches is
 *       the most the detector's detections are worth: a gap below it is false positives, a gap
 *       above it is windows the detector does not see, or sees late;</li>
 *   <li>a detector flagging each series at the level best for that series ({@link
 *       #perSeriesLevelLine}): what no recalibration of its evidence that is fixed per series can
 *       beat;</li>
 *   <li>flagging each labelled anomaly itself, at the middle row of its window, and nothing else:
 *       what finding every anomaly exactly when it happens scores (NAB rewards flagging before).</li>
 * </ul>
 */
public final class NabCeiling {

    /** Name of the at-the-label reference in score tables. */
    static final String AT_LABELS = "labels-at-centre";

    private NabCeiling() {}

    /** {@code scores} (series path -> rows) with every row outside the series' windows set to 0. */
    public static Map<String, double[]> withoutFalsePositives(NabCorpus corpus, Map<String, double[]> scores) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (NabSeries s : corpus.series()) {
            double[] kept = scores.get(s.path()).clone();
            long[] ts = s.timestampsMs();
            for (int i = 0; i < kept.length; i++) {
                if (!inWindow(s, ts[i])) {
                    kept[i] = 0;
                }
            }
            out.put(s.path(), kept);
        }
        return out;
    }

    /** A score of 1 at the middle row of every window (the labelled anomaly), 0 elsewhere. */
    public static Map<String, double[]> atLabels(NabCorpus corpus) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (NabSeries s : corpus.series()) {
            double[] flags = new double[s.size()];
            long[] ts = s.timestampsMs();
            for (NabWindow w : s.windows()) {
                int first = -1;
                int last = -1;
                for (int i = 0; i < ts.length; i++) {
                    if (w.contains(ts[i])) {
                        first = first < 0 ? i : first;
                        last = i;
                    }
                }
                flags[(first + last + 1) / 2] = 1;
            }
            out.put(s.path(), flags);
        }
        return out;
    }

    /** {@code detector}'s ceiling from its rows, normalised over the corpus, realTweets and count-like (standard). */
    public static String ceilingLine(NabScorer scorer, String detector, Map<String, double[]> rows) {
        DetectorScores ceiling = scorer.score(detector + "-ceiling", withoutFalsePositives(scorer.corpus(), rows));
        return line(scorer, ceiling, detector + " with every false positive removed by the labels");
    }

    /** The at-the-label reference, normalised as {@link #ceilingLine}. */
    public static String atLabelsLine(NabScorer scorer) {
        DetectorScores atLabels = scorer.score(AT_LABELS, atLabels(scorer.corpus()));
        return line(scorer, atLabels, "every labelled anomaly flagged where it is labelled, nothing else");
    }

    /** A detector that passes over a series once and flags it at any level afterwards. */
    @FunctionalInterface
    public interface Levelled {
        /** The series' scores when rows are flagged at a given level. */
        DoubleFunction<double[]> levels(long[] timestampsMs, double[] values);
    }

    /**
     * The best any per-series choice of flag level does: for each series, {@code detector}'s flags
     * at every one of {@code levels}, and the level whose flags (every flagged row counts) score
     * that series best with its labels; the line normalises the sum of those bests over the corpus,
     * realTweets and the count-like subset (standard). A bound for every recalibration of the
     * detector's evidence that is fixed per series (a per-series threshold, normalising against the
     * series' own history of scores once it has one).
     */
    public static String perSeriesLevelLine(NabScorer scorer, String detector, Levelled levelled, double[] levels) {
        NabCorpus corpus = scorer.corpus();
        NabSweeper sweeper = new NabSweeper(corpus.profile(NabProfile.STANDARD));
        Map<String, Double> best = new HashMap<>();
        for (NabSeries s : corpus.series()) {
            DoubleFunction<double[]> atLevel = levelled.levels(s.timestampsMs().clone(), s.values().clone());
            for (double level : levels) {
                double[] flags = atLevel.apply(level);
                for (int i = 0; i < flags.length; i++) {
                    flags[i] = flags[i] > 0 ? 1 : 0;
                }
                double score = sweeper.scoreAt(sweeper.sweep(s, flags), 1.0).score();
                best.merge(s.path(), score, Math::max);
            }
        }
        StringBuilder cells = new StringBuilder();
        for (NabSubset subset : NabSubset.all()) {
            double total = 0;
            for (NabSeries s : corpus.series()) {
                total += subset.contains(s.path()) ? best.get(s.path()) : 0;
            }
            double normalised = NabScorer.normalize(total, scorer.nullScore(NabProfile.STANDARD, subset),
                    scorer.perfectScore(NabProfile.STANDARD, subset));
            cells.append(String.format(Locale.ROOT, "%s %s %.1f", cells.length() == 0 ? "" : ",",
                    subset == NabSubset.ALL ? "standard" : subset.name(), normalised));
        }
        return String.format(Locale.ROOT, "label ceiling (uses the labels, not a score): %s flagging each series at"
                        + " the evidence level (of %s) best for it:%s%n", detector,
                Arrays.stream(levels).mapToObj(l -> String.format(Locale.ROOT, "%.0f", l))
                        .collect(Collectors.joining("/")), cells);
    }

    private static String line(NabScorer scorer, DetectorScores d, String what) {
        return String.format(Locale.ROOT, "label ceiling (uses the labels, not a score): %s: standard %.1f,"
                        + " realTweets %.1f, countlike %.1f%n", what,
                scorer.normalized(d, NabProfile.STANDARD, NabSubset.ALL),
                scorer.normalized(d, NabProfile.STANDARD, NabSubset.REAL_TWEETS),
                scorer.normalized(d, NabProfile.STANDARD, NabSubset.COUNT_LIKE));
    }

    private static boolean inWindow(NabSeries s, long t) {
        for (NabWindow w : s.windows()) {
            if (w.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
