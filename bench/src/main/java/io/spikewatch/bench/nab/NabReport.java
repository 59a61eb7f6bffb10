package io.spikewatch.bench.nab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The published detectors of NAB's {@code results/} scored by our port, the check that it
 * reproduces NAB's published numbers, and the table of detectors side by side.
 *
 * <p>A detector folder with per-series result files (only windowedGaussian in our copy of NAB) is
 * scored from its per-row anomaly scores: threshold optimisation, per-file scores, normalisation.
 * A folder with only NAB's per-file score tables is normalised from those (the per-file scores at
 * NAB's optimised threshold), which is all that can be recomputed for it, and what
 * subset_scores_derived.json did.
 */
public final class NabReport {

    /** The detector whose raw rows are published, so that the scorer port can be checked on it. */
    public static final String CHECK_DETECTOR = "windowedGaussian";
    static final String FINAL_RESULTS = "results/final_results.json";

    private static final String ROW = "%-20s %-9s %8s %8s %8s %10s %9s   %s%n";
    private static final String[] PROFILE_COLUMNS = {NabProfile.STANDARD, NabProfile.LOW_FP, NabProfile.LOW_FN};

    private NabReport() {}

    /** The scored published detectors, and for each one left out, why. */
    public record Published(List<DetectorScores> scored, Map<String, String> skipped) {}

    /** Scores every detector folder under {@code <corpus root>/results}, in name order. */
    public static Published publishedDetectors(NabScorer scorer) throws IOException {
        Path results = scorer.corpus().root().resolve("results");
        List<Path> dirs;
        try (Stream<Path> entries = Files.list(results)) {
            dirs = entries.filter(Files::isDirectory).sorted().toList();
        }
        List<DetectorScores> scored = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        for (Path dir : dirs) {
            String detector = dir.getFileName().toString();
            if (NabResultFiles.hasSeriesResults(dir)) {
                scored.add(scorer.score(detector, NabResultFiles.readAnomalyScores(dir, detector, scorer.corpus())));
                continue;
            }
            Map<String, Map<String, ThresholdScore>> perProfile = new LinkedHashMap<>();
            for (NabProfile p : scorer.corpus().profiles()) {
                Path table = NabResultFiles.scoresFile(dir, detector, p.name());
                if (Files.exists(table)) {
                    perProfile.put(p.name(), NabResultFiles.readFileScores(table));
                }
            }
            try {
                scored.add(scorer.published(detector, perProfile));
            } catch (IllegalArgumentException e) {
                skipped.put(detector, e.getMessage());
            }
        }
        return new Published(scored, skipped);
    }

    /** {@code results/final_results.json}: detector -> profile -> published normalised score. */
    public static Map<String, Map<String, Double>> readFinalResults(Path nabRoot) throws IOException {
        JsonNode root = new ObjectMapper().readTree(nabRoot.resolve(FINAL_RESULTS).toFile());
        Map<String, Map<String, Double>> out = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> d = root.fields(); d.hasNext(); ) {
            Map.Entry<String, JsonNode> detector = d.next();
            Map<String, Double> profiles = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> p = detector.getValue().fields(); p.hasNext(); ) {
                Map.Entry<String, JsonNode> profile = p.next();
                profiles.put(profile.getKey(), profile.getValue().asDouble());
            }
            out.put(detector.getKey(), profiles);
        }
        return out;
    }

    /**
     * {@code scorer check: windowedGaussian standard=39.6 (published 39.6) ...}: the check
     * detector's scores over the whole corpus next to NAB's published ones.
     */
    public static String checkLine(NabScorer scorer, DetectorScores check, Map<String, Map<String, Double>> published) {
        StringBuilder line = new StringBuilder("scorer check: ").append(check.detector());
        Map<String, Double> pub = published.getOrDefault(check.detector(), Map.of());
        for (String profile : PROFILE_COLUMNS) {
            line.append(String.format(Locale.ROOT, " %s=%.1f (published %s)", profile,
                    scorer.normalized(check, profile, NabSubset.ALL), one(pub.get(profile))));
        }
        return line.toString();
    }

    /**
     * One row per detector: standard, low FP and low FN over the whole corpus, standard over
     * realTweets and over the count-like subset, then NAB's published whole-corpus numbers.
     */
    public static String table(NabScorer scorer, List<DetectorScores> rows,
            Map<String, Map<String, Double>> published) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, ROW, "detector", "source", "standard", "low_FP", "low_FN", "realTweets",
                "countlike", "published standard/low_FP/low_FN"));
        for (DetectorScores d : rows) {
            Map<String, Double> pub = published.get(d.detector());
            String pubText = pub == null ? "-"
                    : one(pub.get(PROFILE_COLUMNS[0])) + "/" + one(pub.get(PROFILE_COLUMNS[1])) + "/"
                            + one(pub.get(PROFILE_COLUMNS[2]));
            out.append(String.format(Locale.ROOT, ROW, d.detector(), d.source().label(),
                    cell(scorer.normalized(d, NabProfile.STANDARD, NabSubset.ALL)),
                    cell(scorer.normalized(d, NabProfile.LOW_FP, NabSubset.ALL)),
                    cell(scorer.normalized(d, NabProfile.LOW_FN, NabSubset.ALL)),
                    cell(scorer.normalized(d, NabProfile.STANDARD, NabSubset.REAL_TWEETS)),
                    cell(scorer.normalized(d, NabProfile.STANDARD, NabSubset.COUNT_LIKE)), pubText));
        }
        return out.toString();
    }

    /** Rows by whole-corpus standard score, best first. */
    public static List<DetectorScores> byStandardScore(NabScorer scorer, List<DetectorScores> rows) {
        List<DetectorScores> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(
                (DetectorScores d) -> scorer.normalized(d, NabProfile.STANDARD, NabSubset.ALL)).reversed());
        return sorted;
    }

    /** One decimal; "-" for a subset without windows (0 / 0). */
    private static String cell(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String one(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }
}
