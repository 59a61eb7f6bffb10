package io.spikewatch.bench.nab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NabCeilingTest {

    @Test
    void theCeilingRemovesFalsePositivesOnlyAndKeepsLateDetectionsLate(@TempDir Path dir) throws IOException {
        NabCorpus corpus = NabCorpus.load(TinyNab.write(dir));
        NabScorer scorer = new NabScorer(corpus);
        // Flags the last row of every window (worth ~0 each) and, in series a and b, rows outside them.
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (NabSeries s : corpus.series()) {
            double[] flags = new double[s.size()];
            long[] ts = s.timestampsMs();
            for (int i = 0; i < ts.length; i++) {
                boolean windowEnd = false;
                for (NabWindow w : s.windows()) {
                    windowEnd |= w.endMs() == ts[i];
                }
                flags[i] = windowEnd || (!s.windows().isEmpty() && (i == 40 || i == 180)) ? 1.0 : 0.0;
            }
            rows.put(s.path(), flags);
        }
        DetectorScores as = scorer.score("late", rows);
        DetectorScores ceiling = scorer.score("late-ceiling", NabCeiling.withoutFalsePositives(corpus, rows));

        double score = scorer.normalized(as, NabProfile.STANDARD, NabSubset.ALL);
        double best = scorer.normalized(ceiling, NabProfile.STANDARD, NabSubset.ALL);
        // Each window detected at its last row: one row before its end, of a width of 20 (a) or 10 (b).
        double max = NabSweeper.scaledSigmoid(-1.0);
        double tp = (NabSweeper.scaledSigmoid(-1 / 20.0) + 2 * NabSweeper.scaledSigmoid(-1 / 10.0)) / max;
        assertThat(best).isCloseTo(100 * (tp + 3) / 6, within(1e-9));
        assertThat(score).isLessThan(best - 5);
        assertThat(ceiling.profile(NabProfile.STANDARD).total(NabSubset.ALL)).isGreaterThan(
                as.profile(NabProfile.STANDARD).total(NabSubset.ALL));
        assertThat(NabCeiling.withoutFalsePositives(corpus, rows).get(TinyNab.A)[40]).isZero();
        assertThat(NabCeiling.ceilingLine(scorer, "late", rows)).startsWith(
                "label ceiling (uses the labels, not a score): late with every false positive removed by the labels:"
                        + String.format(java.util.Locale.ROOT, " standard %.1f,", best));
    }

    @Test
    void flaggingEveryAnomalyWhereItIsLabelledScoresTheSigmoidAtTheMiddleOfItsWindow(@TempDir Path dir)
            throws IOException {
        NabScorer scorer = new NabScorer(NabCorpus.load(TinyNab.write(dir)));
        double centre = NabSweeper.scaledSigmoid(-0.5) / NabSweeper.scaledSigmoid(-1.0);

        DetectorScores atLabels = scorer.score(NabCeiling.AT_LABELS, NabCeiling.atLabels(scorer.corpus()));

        assertThat(scorer.normalized(atLabels, NabProfile.STANDARD, NabSubset.ALL))
                .isCloseTo(100 * (centre + 1) / 2, within(1e-9));
        assertThat(NabCeiling.atLabels(scorer.corpus()).get(TinyNab.A)[110]).isEqualTo(1.0);
        assertThat(NabCeiling.atLabelsLine(scorer)).contains("standard 93.0, realTweets 93.0, countlike");
    }

    @Test
    void theBestLevelIsChosenPerSeries(@TempDir Path dir) throws IOException {
        NabScorer scorer = new NabScorer(NabCorpus.load(TinyNab.write(dir)));
        SeriesDetector perfect = TinyNab.perfect();
        // Level 1 finds every window but flags a false positive in b; level 2 finds only b's windows.
        DoubleFunction<SeriesDetector> atLevel = level -> (ts, v) -> {
            double[] flags = perfect.scores(ts, v);
            boolean b = ts[0] == TinyNab.time(TinyNab.B, 0);
            if (level == 1 && b) {
                flags[100] = 1.0;
            }
            if (level == 2 && !b) {
                Arrays.fill(flags, 0);
            }
            return flags;
        };
        double level1 = scorer.normalized(scorer.score("l1", scores(scorer, atLevel.apply(1))), NabProfile.STANDARD,
                NabSubset.ALL);

        String line = NabCeiling.perSeriesLevelLine(scorer, "ours",
                (ts, v) -> level -> atLevel.apply(level).scores(ts, v), new double[] {1, 2});

        assertThat(level1).isLessThan(100.0);
        assertThat(line).isEqualTo("label ceiling (uses the labels, not a score): ours flagging each series at the"
                + " evidence level (of 1/2) best for it: standard 100.0, realTweets 100.0, countlike NaN\n");
    }

    private static Map<String, double[]> scores(NabScorer scorer, SeriesDetector d) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (NabSeries s : scorer.corpus().series()) {
            out.put(s.path(), d.scores(s.timestampsMs(), s.values()));
        }
        return out;
    }
}
