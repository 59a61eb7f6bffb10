package io.spikewatch.bench.nab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A NAB folder of three small series written by the tests: a window of 20 rows in {@code
 * artificialWithAnomaly/a.csv} (200 rows), two of 10 in {@code realTweets/b.csv} (200 rows), none in
 * {@code artificialNoAnomaly/c.csv} (100 rows); five-minute rows, each series starting 1000 rows
 * after the previous one so that no timestamp is in two series; NAB's profiles.
 */
final class TinyNab {

    static final long T0 = NabTime.parse("2015-01-01 00:00:00");
    static final long STEP = 5 * 60_000L;
    static final String A = "artificialWithAnomaly/a.csv";
    static final String B = "realTweets/b.csv";
    static final String C = "artificialNoAnomaly/c.csv";

    private TinyNab() {}

    static Path write(Path root) throws IOException {
        series(root, A, 200);
        series(root, B, 200);
        series(root, C, 100);
        // Window limits as NAB writes them, with microseconds.
        Files.createDirectories(root.resolve("labels"));
        Files.writeString(root.resolve(NabCorpus.WINDOWS), "{\n"
                + "  \"" + A + "\": [[\"" + at(A, 100) + ".000000\", \"" + at(A, 119) + ".000000\"]],\n"
                + "  \"" + B + "\": [[\"" + at(B, 60) + ".000000\", \"" + at(B, 69) + ".000000\"],"
                + " [\"" + at(B, 150) + ".000000\", \"" + at(B, 159) + ".000000\"]],\n"
                + "  \"" + C + "\": []\n}\n");
        Files.createDirectories(root.resolve("config"));
        Files.writeString(root.resolve(NabCorpus.PROFILES), "{\n"
                + "\"standard\": {\"CostMatrix\": {\"tpWeight\": 1.0, \"fnWeight\": 1.0, \"fpWeight\": 0.11, \"tnWeight\": 1.0}},\n"
                + "\"reward_low_FP_rate\": {\"CostMatrix\": {\"tpWeight\": 1.0, \"fnWeight\": 1.0, \"fpWeight\": 0.22, \"tnWeight\": 1.0}},\n"
                + "\"reward_low_FN_rate\": {\"CostMatrix\": {\"tpWeight\": 1.0, \"fnWeight\": 2.0, \"fpWeight\": 0.11, \"tnWeight\": 1.0}}\n}\n");
        return root;
    }

    /** The timestamps where the tiny corpus' windows start. */
    static Set<Long> windowStarts() {
        return Set.of(time(A, 100), time(B, 60), time(B, 150));
    }

    /** An oracle that scores 1.0 at the first row of every window and 0 elsewhere. */
    static SeriesDetector perfect() {
        Set<Long> starts = new HashSet<>(windowStarts());
        return (ts, values) -> {
            double[] s = new double[ts.length];
            for (int i = 0; i < ts.length; i++) {
                s[i] = starts.contains(ts[i]) ? 1.0 : 0.0;
            }
            return s;
        };
    }

    /** The timestamp of a row of one of the series. */
    static long time(String path, int row) {
        int offset = path.equals(A) ? 0 : path.equals(B) ? 1000 : 2000;
        return T0 + (offset + row) * STEP;
    }

    static String at(String path, int row) {
        return NabTime.format(time(path, row));
    }

    private static void series(Path root, String path, int rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("timestamp,value");
        for (int i = 0; i < rows; i++) {
            lines.add(at(path, i) + "," + (10 + i % 7));
        }
        Path file = root.resolve("data").resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }
}
