package io.spikewatch.bench.nab;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * NAB's result files. Per series, {@code <results>/<detector>/<category>/<detector>_<file>} with
 * the columns {@code timestamp,value,anomaly_score,label} (NAB appends {@code S(t)_<profile>}
 * columns when it scores; readers here ignore them). Per detector and profile, {@code
 * <results>/<detector>/<detector>_<profile>_scores.csv}: one row per series ({@code
 * Detector,Profile,File,Threshold,Score,TP,TN,FP,FN,Total_Count}) and a {@code Totals} row.
 */
public final class NabResultFiles {

    private static final String SCORES_HEADER = "Detector,Profile,File,Threshold,Score,TP,TN,FP,FN,Total_Count";

    private NabResultFiles() {}

    /** {@code <detectorDir>/<category>/<detector>_<file>}. */
    public static Path seriesFile(Path detectorDir, String detector, NabSeries series) {
        Path dir = series.category().isEmpty() ? detectorDir : detectorDir.resolve(series.category());
        return dir.resolve(detector + "_" + series.fileName());
    }

    /** Writes one series' anomaly scores; doubles are written so that they read back exactly. */
    public static Path write(Path detectorDir, String detector, NabSeries series, double[] anomalyScores)
            throws IOException {
        if (anomalyScores.length != series.size()) {
            throw new IllegalArgumentException(detector + " gave " + anomalyScores.length + " scores for the "
                    + series.size() + " rows of " + series.path());
        }
        Path file = seriesFile(detectorDir, detector, series);
        Files.createDirectories(file.getParent());
        int[] labels = series.labels();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("timestamp,value,anomaly_score,label\n");
            for (int i = 0; i < series.size(); i++) {
                w.write(NabTime.format(series.timestampsMs()[i]));
                w.write(',');
                w.write(plain(series.values()[i]));
                w.write(',');
                w.write(Double.toString(anomalyScores[i]));
                w.write(',');
                w.write(Integer.toString(labels[i]));
                w.write('\n');
            }
        }
        return file;
    }

    /** Whether a detector folder holds per-series result files (not only per-file score tables). */
    public static boolean hasSeriesResults(Path detectorDir) throws IOException {
        try (Stream<Path> entries = Files.list(detectorDir)) {
            return entries.anyMatch(Files::isDirectory);
        }
    }

    /**
     * The {@code anomaly_score} column of every series' result file under {@code detectorDir},
     * keyed by series path. Fails naming the file when one is missing, has no {@code
     * anomaly_score} column, or has another number of rows or other timestamps than its series.
     */
    public static Map<String, double[]> readAnomalyScores(Path detectorDir, String detector, NabCorpus corpus)
            throws IOException {
        Map<String, double[]> out = new HashMap<>();
        for (NabSeries s : corpus.series()) {
            out.put(s.path(), readAnomalyScores(seriesFile(detectorDir, detector, s), s));
        }
        return out;
    }

    static double[] readAnomalyScores(Path file, NabSeries series) throws IOException {
        double[] scores = new double[series.size()];
        try (BufferedReader r = Files.newBufferedReader(file)) {
            String header = r.readLine();
            int column = header == null ? -1 : Arrays.asList(header.split(",")).indexOf("anomaly_score");
            if (column < 0) {
                throw new IOException(file + ": no anomaly_score column in the header");
            }
            int row = 0;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (row >= scores.length) {
                    throw new IOException(file + ": more rows than the " + scores.length + " of " + series.path());
                }
                String[] cells = line.split(",", -1);
                try {
                    if (NabTime.parse(cells[0]) != series.timestampsMs()[row]) {
                        throw new IOException(file + " row " + (row + 1) + ": timestamp " + cells[0] + " is not "
                                + NabTime.format(series.timestampsMs()[row]) + " of " + series.path());
                    }
                    scores[row] = Double.parseDouble(cells[column]);
                } catch (RuntimeException e) {
                    throw new IOException(file + " row " + (row + 1) + ": '" + line + "' cannot be read", e);
                }
                row++;
            }
            if (row != scores.length) {
                throw new IOException(file + ": " + row + " rows, " + series.path() + " has " + scores.length);
            }
        }
        return scores;
    }

    /** {@code <detectorDir>/<detector>_<profile>_scores.csv}. */
    public static Path scoresFile(Path detectorDir, String detector, String profile) {
        return detectorDir.resolve(detector + "_" + profile + "_scores.csv");
    }

    /** The per-series rows of a published score table, keyed by series path (the Totals row left out). */
    public static Map<String, ThresholdScore> readFileScores(Path scoresFile) throws IOException {
        Map<String, ThresholdScore> out = new HashMap<>();
        List<String> lines = Files.readAllLines(scoresFile);
        if (lines.isEmpty() || !lines.get(0).strip().equals(SCORES_HEADER)) {
            throw new IOException(scoresFile + ": header '" + SCORES_HEADER + "' expected");
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (line.isBlank() || c[0].equals("Totals")) {
                continue;
            }
            try {
                out.put(c[2], new ThresholdScore(Double.parseDouble(c[3]), Double.parseDouble(c[4]), count(c[5]),
                        count(c[6]), count(c[7]), count(c[8]), count(c[9])));
            } catch (RuntimeException e) {
                throw new IOException(scoresFile + ": row '" + line + "' cannot be read", e);
            }
        }
        return out;
    }

    /** Writes a score table in NAB's layout, series in path order, with its Totals row. */
    public static Path writeFileScores(Path detectorDir, DetectorScores scores, String profile) throws IOException {
        DetectorScores.ProfileScores p = scores.profile(profile);
        Path file = scoresFile(detectorDir, scores.detector(), profile);
        Files.createDirectories(detectorDir);
        List<String> lines = new ArrayList<>();
        lines.add(SCORES_HEADER);
        double total = 0;
        long[] counts = new long[5];
        for (Map.Entry<String, ThresholdScore> e : p.files().entrySet()) {
            ThresholdScore t = e.getValue();
            lines.add(String.join(",", scores.detector(), profile, e.getKey(), Double.toString(t.threshold()),
                    Double.toString(t.score()), Integer.toString(t.tp()), Integer.toString(t.tn()),
                    Integer.toString(t.fp()), Integer.toString(t.fn()), Integer.toString(t.total())));
            total += t.score();
            counts[0] += t.tp();
            counts[1] += t.tn();
            counts[2] += t.fp();
            counts[3] += t.fn();
            counts[4] += t.total();
        }
        lines.add("Totals,,,," + total + "," + counts[0] + "," + counts[1] + "," + counts[2] + "," + counts[3] + ","
                + counts[4]);
        Files.write(file, lines);
        return file;
    }

    private static int count(String cell) {
        return cell.isBlank() ? 0 : (int) Math.round(Double.parseDouble(cell));
    }

    /** A value without exponent, integers without ".0" (as NAB's data files hold them). */
    private static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        if (s.indexOf('E') < 0 || !Double.isFinite(v)) {
            return s;
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
