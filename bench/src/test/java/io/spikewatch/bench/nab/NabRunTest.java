package io.spikewatch.bench.nab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Run -> NAB-format files -> score, on a tiny corpus and, when it is there, on NAB itself. */
class NabRunTest {

    @Test
    void aPerfectDetectorScores100AndAQuietOne0(@TempDir Path dir) throws IOException {
        NabScorer scorer = new NabScorer(NabCorpus.load(TinyNab.write(dir.resolve("nab"))));

        DetectorScores perfect = NabRun.run("perfect", TinyNab.perfect(), scorer, dir.resolve("results"));
        DetectorScores quiet = NabRun.run("quiet", (ts, v) -> new double[ts.length], scorer, dir.resolve("results"));

        for (NabProfile p : scorer.corpus().profiles()) {
            for (NabSubset subset : List.of(NabSubset.ALL, NabSubset.REAL_TWEETS)) {
                assertThat(scorer.normalized(perfect, p.name(), subset)).as("%s %s", p, subset)
                        .isCloseTo(100.0, within(1e-9));
                assertThat(scorer.normalized(quiet, p.name(), subset)).as("%s %s", p, subset).isEqualTo(0.0);
            }
        }
        assertThat(perfect.profile(NabProfile.STANDARD).threshold()).isEqualTo(1.0);
        assertThat(scorer.perfectScore(NabProfile.STANDARD, NabSubset.REAL_TWEETS)).isEqualTo(2.0);
        assertThat(scorer.nullScore(NabProfile.LOW_FN, NabSubset.ALL)).isEqualTo(-6.0);
    }

    @Test
    void writesNabsResultLayout(@TempDir Path dir) throws IOException {
        NabScorer scorer = new NabScorer(NabCorpus.load(TinyNab.write(dir.resolve("nab"))));

        NabRun.run("perfect", TinyNab.perfect(), scorer, dir.resolve("results"));

        Path file = dir.resolve("results/perfect/realTweets/perfect_b.csv");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(201);
        assertThat(lines.get(0)).isEqualTo("timestamp,value,anomaly_score,label");
        assertThat(lines.get(1)).isEqualTo(TinyNab.at(TinyNab.B, 0) + ",10,0.0,0");
        assertThat(lines.get(61)).isEqualTo(TinyNab.at(TinyNab.B, 60) + ",14,1.0,1");
        assertThat(lines.get(71)).endsWith(",0.0,0");
        assertThat(dir.resolve("results/perfect/artificialNoAnomaly/perfect_c.csv")).exists();
    }

    @Test
    void rejectsScoresThatNabCannotScore(@TempDir Path dir) throws IOException {
        NabScorer scorer = new NabScorer(NabCorpus.load(TinyNab.write(dir.resolve("nab"))));
        Path out = dir.resolve("results");

        assertThatThrownBy(() -> NabRun.run("short", (ts, v) -> new double[ts.length - 1], scorer, out))
                .hasMessageContaining("99 scores for the 100 rows of " + TinyNab.C);
        assertThatThrownBy(() -> NabRun.run("big", (ts, v) -> filled(ts.length, 1.5), scorer, out))
                .hasMessageContaining("1.5").hasMessageContaining("row 0");
        assertThatThrownBy(() -> NabRun.run("nan", (ts, v) -> filled(ts.length, Double.NaN), scorer, out))
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> NabRun.run("our_model", TinyNab.perfect(), scorer, out))
                .hasMessageContaining("our_model");
    }

    @Test
    void theReferenceWindowedGaussianLandsOnNabsScore(@TempDir Path dir) throws IOException {
        Path nab = NabTestData.rootOrSkip();
        NabScorer scorer = new NabScorer(NabCorpus.load(nab));
        Map<String, Map<String, Double>> published = NabReport.readFinalResults(nab);

        DetectorScores ours = NabRun.run("gaussianRef", new WindowedGaussianReference(), scorer, dir);

        double standard = scorer.normalized(ours, NabProfile.STANDARD, NabSubset.ALL);
        assertThat(String.format(Locale.ROOT, "%.1f", standard)).isEqualTo("39.6");
        for (NabProfile p : scorer.corpus().profiles()) {
            assertThat(scorer.normalized(ours, p.name(), NabSubset.ALL)).as(p.name())
                    .isCloseTo(published.get(NabReport.CHECK_DETECTOR).get(p.name()), within(0.05));
        }
        assertThat(dir.resolve("gaussianRef/realTweets/gaussianRef_Twitter_volume_AAPL.csv")).exists();
    }

    private static double[] filled(int n, double v) {
        double[] s = new double[n];
        java.util.Arrays.fill(s, v);
        return s;
    }
}
