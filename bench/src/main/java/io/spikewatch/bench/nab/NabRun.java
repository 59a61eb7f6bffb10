package io.spikewatch.bench.nab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Runs a {@link SeriesDetector} over every series of the corpus, writes NAB-format result files
 * ({@code <resultsDir>/<name>/<category>/<name>_<file>.csv}, the layout of NAB's {@code results/})
 * and scores them as NAB scores a published detector: read back from those files.
 *
 * <p>This is the seam for our own detector: wrap the model in a {@link SeriesDetector} and call
 * {@code NabRun.run("spikewatch", detector, scorer, resultsDir)}, or add it to {@link
 * NabCommand#detectors()} so that the {@code nab} command prints it beside the published ones.
 */
public final class NabRun {

    /** NAB takes the detector name from result file names up to the first underscore. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9.-]+");

    private NabRun() {}

    /**
     * Runs, writes and scores one detector. Fails naming the series and row when the detector
     * returns another number of scores than rows or a score outside [0, 1].
     */
    public static DetectorScores run(String name, SeriesDetector detector, NabScorer scorer, Path resultsDir)
            throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("detector name '" + name
                    + "' must be letters, digits, '.' or '-' (NAB splits result file names at '_')");
        }
        Path detectorDir = resultsDir.resolve(name);
        for (NabSeries s : scorer.corpus().series()) {
            // Copies, so that a detector cannot change the corpus under the other detectors.
            double[] scores = detector.scores(s.timestampsMs().clone(), s.values().clone());
            check(name, s, scores);
            NabResultFiles.write(detectorDir, name, s, scores);
        }
        return scorer.score(name, NabResultFiles.readAnomalyScores(detectorDir, name, scorer.corpus()));
    }

    private static void check(String name, NabSeries s, double[] scores) {
        if (scores == null || scores.length != s.size()) {
            throw new IllegalArgumentException(name + " gave " + (scores == null ? "no" : scores.length)
                    + " scores for the " + s.size() + " rows of " + s.path());
        }
        for (int i = 0; i < scores.length; i++) {
            if (!(scores[i] >= 0 && scores[i] <= 1)) {
                throw new IllegalArgumentException(name + " gave score " + scores[i] + " (not in [0, 1]) at row " + i
                        + " of " + s.path());
            }
        }
    }
}
