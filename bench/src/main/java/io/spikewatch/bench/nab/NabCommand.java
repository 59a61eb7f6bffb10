package io.spikewatch.bench.nab;

import io.spikewatch.bench.BenchFiles;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code nab --data DIR [--out DIR]}: checks the scorer port on NAB's published windowedGaussian
 * rows, then prints our detectors ({@link #detectors()}) and every published detector side by side,
 * and under them the label ceilings of ours ({@link NabCeiling}: what their detections would score
 * without false positives, and what flagging every anomaly where it is labelled scores).
 * With {@code --out}, our detectors' result files and the per-file score tables of every detector
 * scored from raw rows are kept there, in NAB's layout; without it they go to a temporary folder
 * that is deleted.
 */
public final class NabCommand {

    public static final String USAGE = "usage: nab --data NAB_DIR [--out DIR]";

    private NabCommand() {}

    /**
     * Our detectors, by NAB detector name, run and printed above the published ones. Empty until
     * the model is wrapped in a {@link SeriesDetector}: add it here, e.g. {@code
     * Map.of("spikewatch", new ModelSeriesDetector(config))}.
     */
    public static Map<String, SeriesDetector> detectors() {
        return Map.of("spikewatch", new SpikewatchDetector());
    }

    /** Parses the arguments after {@code nab} and runs; returns the process exit code. */
    public static int main(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Path data = null;
        Path outDir = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--data") || a.equals("--out")) && i + 1 < args.size()) {
                Path p = Path.of(args.get(++i));
                if (a.equals("--data")) {
                    data = p;
                } else {
                    outDir = p;
                }
            } else {
                err.println("nab: unexpected argument '" + a + "'\n" + USAGE);
                return 2;
            }
        }
        if (data == null) {
            err.println("nab: --data is required\n" + USAGE);
            return 2;
        }
        if (!Files.isRegularFile(data.resolve(NabCorpus.WINDOWS))) {
            err.println("nab: --data " + data + " is not a NAB folder (no " + NabCorpus.WINDOWS + ")");
            return 2;
        }
        run(data, outDir, detectors(), out);
        return 0;
    }

    /** What a run scored: the scorer (for subsets and profiles) and our detectors' scores, by name order. */
    public record Outcome(NabScorer scorer, List<DetectorScores> ours) {

        /** Our detector {@code name}'s normalised score for {@code profile} over {@code subset}. */
        public double score(String name, String profile, NabSubset subset) {
            return ours.stream().filter(d -> d.detector().equals(name)).findFirst()
                    .map(d -> scorer.normalized(d, profile, subset)).orElse(Double.NaN);
        }
    }

    /** Loads, scores and prints; {@code outDir} may be null. */
    public static Outcome run(Path data, Path outDir, Map<String, SeriesDetector> ours, PrintStream out)
            throws IOException {
        long t0 = System.nanoTime();
        NabCorpus corpus = NabCorpus.load(data);
        NabScorer scorer = new NabScorer(corpus);
        long loaded = System.nanoTime();
        NabReport.Published published = NabReport.publishedDetectors(scorer);
        Map<String, Map<String, Double>> finalResults = NabReport.readFinalResults(data);
        long scored = System.nanoTime();
        published.scored().stream().filter(d -> d.detector().equals(NabReport.CHECK_DETECTOR)).findFirst()
                .ifPresentOrElse(d -> out.println(NabReport.checkLine(scorer, d, finalResults)),
                        () -> out.println("scorer check: no raw results of " + NabReport.CHECK_DETECTOR));

        Path resultsDir = outDir != null ? outDir : Files.createTempDirectory("nab-results");
        List<DetectorScores> rows = new ArrayList<>();
        List<DetectorScores> oursScored = new ArrayList<>();
        StringBuilder ceilings = new StringBuilder();
        try {
            for (Map.Entry<String, SeriesDetector> d : new TreeMap<>(ours).entrySet()) {
                long start = System.nanoTime();
                DetectorScores scores = NabRun.run(d.getKey(), d.getValue(), scorer, resultsDir);
                rows.add(scores);
                oursScored.add(scores);
                ceilings.append(NabCeiling.ceilingLine(scorer, d.getKey(),
                        NabResultFiles.readAnomalyScores(resultsDir.resolve(d.getKey()), d.getKey(), corpus)));
                if (d.getValue() instanceof SpikewatchDetector) {
                    ceilings.append(NabCeiling.perSeriesLevelLine(scorer, d.getKey(), SpikewatchDetector::levels,
                            SpikewatchDetector.CEILING_LEVELS));
                }
                out.printf(Locale.ROOT, "ran %s over %d series in %d ms%n", d.getKey(), corpus.series().size(),
                        (System.nanoTime() - start) / 1_000_000);
            }
            rows.addAll(NabReport.byStandardScore(scorer, published.scored()));
            if (outDir != null) {
                for (DetectorScores d : rows) {
                    if (d.source() == DetectorScores.Source.RAW_ROWS) {
                        for (NabProfile p : corpus.profiles()) {
                            NabResultFiles.writeFileScores(outDir.resolve(d.detector()), d, p.name());
                        }
                    }
                }
            }
        } finally {
            if (outDir == null) {
                BenchFiles.deleteRecursively(resultsDir);
            }
        }
        out.printf(Locale.ROOT, "NAB v1.1, %d series, %d windows; normalised: null detector 0, perfect 100;"
                + " thresholds optimised per profile on the whole corpus; realTweets %d series, countlike %d series%n",
                corpus.series().size(), corpus.series().stream().mapToInt(s -> s.windows().size()).sum(),
                count(corpus, NabSubset.REAL_TWEETS), count(corpus, NabSubset.COUNT_LIKE));
        out.print(NabReport.table(scorer, rows, finalResults));
        out.print(ceilings);
        out.print(NabCeiling.atLabelsLine(scorer));
        published.skipped().forEach((d, why) -> out.println("skipped " + d + ": " + why));
        out.printf(Locale.ROOT, "loaded in %d ms, scored %d published detectors in %d ms%n",
                (loaded - t0) / 1_000_000, published.scored().size(), (scored - loaded) / 1_000_000);
        return new Outcome(scorer, oursScored);
    }

    private static long count(NabCorpus corpus, NabSubset subset) {
        return corpus.series().stream().filter(s -> subset.contains(s.path())).count();
    }
}
