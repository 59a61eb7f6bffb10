package io.spikewatch.bench.nab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NAB v1.1 scoring of whole detectors over a {@link NabCorpus}: our implementation of NAB's
 * optimiser, scorer and normalisation ({@code nab/optimizer.py}, {@code nab/scorer.py}, {@code
 * Runner.normalize} in {@code nab/runner.py}, github.com/numenta/NAB; Ahmad et al., Neurocomputing
 * 2017, section 5).
 *
 * <ul>
 *   <li>Per profile, the threshold is the one that maximises the score of all series taken
 *       together ({@link NabSweeper#scoresByThreshold} over the corpus; among equal scores the
 *       highest threshold, as NAB's stable sort keeps it).</li>
 *   <li>Each series is then scored at that threshold ({@link NabSweeper#scoreAt}); a detector's
 *       raw score is their sum.</li>
 *   <li>The raw score is normalised to {@code 100 * (raw - null) / (perfect - null)}, where
 *       {@code null} is the null detector's score (nothing detected: minus the fnWeight of every
 *       scored window) and {@code perfect} is {@code tpWeight} times the number of windows.</li>
 * </ul>
 *
 * <p>Subsets are normalised the same way with the null and perfect scores of their own series,
 * keeping the threshold optimised on the whole corpus: this is how {@code
 * subset_scores_derived.json} re-normalised NAB's published per-file scores.
 */
public final class NabScorer {

    private final NabCorpus corpus;
    /** profile -> series path -> the null detector's score of the series. */
    private final Map<String, Map<String, Double>> nullScores = new HashMap<>();

    public NabScorer(NabCorpus corpus) {
        this.corpus = corpus;
        for (NabProfile p : corpus.profiles()) {
            NabSweeper sweeper = new NabSweeper(p);
            Map<String, Double> perSeries = new HashMap<>();
            for (NabSeries s : corpus.series()) {
                perSeries.put(s.path(), sweeper.noDetectionScore(sweeper.sweep(s, new double[s.size()])));
            }
            nullScores.put(p.name(), perSeries);
        }
    }

    public NabCorpus corpus() {
        return corpus;
    }

    /**
     * Scores a detector from its anomaly scores, one array per series path: the threshold of each
     * profile is optimised over the whole corpus. Fails naming the first series without scores.
     */
    public DetectorScores score(String detector, Map<String, double[]> anomalyScores) {
        Map<String, DetectorScores.ProfileScores> profiles = new LinkedHashMap<>();
        for (NabProfile p : corpus.profiles()) {
            NabSweeper sweeper = new NabSweeper(p);
            List<NabSweeper.Swept> swept = new ArrayList<>();
            for (NabSeries s : corpus.series()) {
                double[] scores = anomalyScores.get(s.path());
                if (scores == null) {
                    throw new IllegalArgumentException(detector + " has no anomaly scores for " + s.path());
                }
                swept.add(sweeper.sweep(s, scores));
            }
            ThresholdScore best = null;
            for (ThresholdScore row : sweeper.scoresByThreshold(swept)) {
                if (best == null || row.score() > best.score()) {
                    best = row;
                }
            }
            Map<String, ThresholdScore> files = new HashMap<>();
            for (NabSweeper.Swept s : swept) {
                files.put(s.path(), sweeper.scoreAt(s, best.threshold()));
            }
            profiles.put(p.name(), new DetectorScores.ProfileScores(p.name(), best.threshold(), best.score(), files));
        }
        return new DetectorScores(detector, DetectorScores.Source.RAW_ROWS, profiles);
    }

    /** Wraps published per-file scores (profile -> series path -> row) for normalisation. */
    public DetectorScores published(String detector, Map<String, Map<String, ThresholdScore>> perProfile) {
        Map<String, DetectorScores.ProfileScores> profiles = new LinkedHashMap<>();
        for (NabProfile p : corpus.profiles()) {
            Map<String, ThresholdScore> files = perProfile.get(p.name());
            if (files == null) {
                throw new IllegalArgumentException(detector + " has no published scores for profile " + p.name());
            }
            long covered = corpus.series().stream().filter(s -> files.containsKey(s.path())).count();
            if (covered < corpus.series().size()) {
                throw new IllegalArgumentException(detector + "'s published " + p.name() + " scores cover " + covered
                        + " of the " + corpus.series().size() + " series");
            }
            double threshold = files.values().stream().mapToDouble(ThresholdScore::threshold).findFirst()
                    .orElse(Double.NaN);
            profiles.put(p.name(), new DetectorScores.ProfileScores(p.name(), threshold, Double.NaN, files));
        }
        return new DetectorScores(detector, DetectorScores.Source.PUBLISHED_FILE_SCORES, profiles);
    }

    /** The detector's score over a subset, normalised so that null = 0 and perfect = 100. */
    public double normalized(DetectorScores scores, String profile, NabSubset subset) {
        return normalize(scores.profile(profile).total(subset), nullScore(profile, subset),
                perfectScore(profile, subset));
    }

    /** The null detector's raw score over a subset: minus fnWeight per window that is scored. */
    public double nullScore(String profile, NabSubset subset) {
        Map<String, Double> perSeries = nullScores.get(corpus.profile(profile).name());
        double total = 0;
        for (NabSeries s : corpus.series()) {
            if (subset.contains(s.path())) {
                total += perSeries.get(s.path());
            }
        }
        return total;
    }

    /** The perfect detector's raw score over a subset: tpWeight per labelled window. */
    public double perfectScore(String profile, NabSubset subset) {
        int windows = 0;
        for (NabSeries s : corpus.series()) {
            if (subset.contains(s.path())) {
                windows += s.windows().size();
            }
        }
        return windows * corpus.profile(profile).tpWeight();
    }

    /** {@code 100 * (raw - nullScore) / (perfect - nullScore)}. */
    public static double normalize(double raw, double nullScore, double perfect) {
        return 100 * (raw - nullScore) / (perfect - nullScore);
    }
}
