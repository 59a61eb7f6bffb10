package io.spikewatch.bench.nab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NabCommandTest {

    @Test
    void printsTheCheckLineAndOursBesideThePublishedDetectors(@TempDir Path dir) throws IOException {
        Path nab = tinyNabWithResults(dir.resolve("nab"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        NabCommand.run(nab, dir.resolve("out"), Map.of("ours", TinyNab.perfect()), new PrintStream(bytes, true,
                StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("scorer check: windowedGaussian standard=100.0 (published 100.0)"
                + " reward_low_FP_rate=100.0 (published 100.0) reward_low_FN_rate=100.0 (published 100.0)");
        assertThat(lines).anySatisfy(
                l -> assertThat(l).matches("ours +raw rows +100\\.0 +100\\.0 +100\\.0 +100\\.0 +- +-"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("quiet +per-file +0\\.0 +0\\.0 +0\\.0 +0\\.0 +- +-"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("windowedGaussian     raw rows"));
        assertThat(lines).contains("label ceiling (uses the labels, not a score): ours with every false positive"
                + " removed by the labels: standard 100.0, realTweets 100.0, countlike NaN");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("label ceiling (uses the labels, not a score):"
                + " every labelled anomaly flagged where it is labelled, nothing else: standard 93.0,"));
        // Kept with --out: our result files and the score tables of everything scored from rows.
        assertThat(dir.resolve("out/ours/realTweets/ours_b.csv")).exists();
        assertThat(Files.readAllLines(dir.resolve("out/ours/ours_standard_scores.csv")))
                .last().asString().startsWith("Totals,,,,3.0,3,");
        assertThat(dir.resolve("out/windowedGaussian/windowedGaussian_reward_low_FN_rate_scores.csv")).exists();
    }

    @Test
    void badArgumentsExitWith2AndSayWhy(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(NabCommand.main(List.of(), out, errStream)).isEqualTo(2);
        assertThat(NabCommand.main(List.of("--data", dir.toString(), "--fast"), out, errStream)).isEqualTo(2);
        assertThat(NabCommand.main(List.of("--data", dir.toString()), out, errStream)).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--data is required", "unexpected argument '--fast'",
                "is not a NAB folder (no labels/combined_windows.json)", NabCommand.USAGE);
    }

    /** The tiny corpus with windowedGaussian's raw rows (here a perfect detector's) and a per-file-only detector. */
    private static Path tinyNabWithResults(Path root) throws IOException {
        TinyNab.write(root);
        NabCorpus corpus = NabCorpus.load(root);
        Path results = root.resolve("results");
        SeriesDetector perfect = TinyNab.perfect();
        for (NabSeries s : corpus.series()) {
            NabResultFiles.write(results.resolve("windowedGaussian"), "windowedGaussian", s,
                    perfect.scores(s.timestampsMs(), s.values()));
        }
        NabScorer scorer = new NabScorer(corpus);
        DetectorScores quiet = NabRun.run("quiet", (ts, v) -> new double[ts.length], scorer, root.resolve("tmp"));
        for (NabProfile p : corpus.profiles()) {
            NabResultFiles.writeFileScores(results.resolve("quiet"), quiet, p.name());
        }
        Files.writeString(results.resolve("final_results.json"), "{\"windowedGaussian\": {\"reward_low_FN_rate\": 100.0,"
                + " \"reward_low_FP_rate\": 100.0, \"standard\": 100.0}}");
        return root;
    }
}
