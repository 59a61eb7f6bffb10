package io.spikewatch.model;

/**
 * Maps a one-sided tail probability to a 0-100 score, monotone and piecewise linear in
 * {@code -log10(p)}. The anchors follow Elastic's severity bands (warning < 25 <= minor < 50 <=
 * major < 75 <= critical) so that the default threshold 70 means "about a one-in-ten-million
 * bucket under the host's own model": with ~35 000 buckets per host per year, a well-calibrated
 * host crosses it by chance about once in 300 years.
 *
 * <p>Elastic additionally renormalises scores against the job's score history; we keep the
 * mapping fixed so a score means the same thing on every host and in every replay.
 */
public final class ScoreScale {

    /** {@code -log10(p)} anchors. */
    private static final double[] SURPRISE = {1.3, 3.0, 5.0, 7.0, 9.0, 12.0, 16.0};
    /** Scores at the anchors. */
    private static final double[] SCORE = {0.0, 25.0, 50.0, 70.0, 82.0, 92.0, 100.0};

    private ScoreScale() {}

    /** Score of probability {@code p} (0 gives 100, 1 gives 0). */
    public static double score(double p) {
        if (!(p > 0)) {
            return 100.0;
        }
        return scoreOfSurprise(-Math.log10(Math.min(1.0, p)));
    }

    /** Score of a surprise {@code s = -log10(p)}. */
    public static double scoreOfSurprise(double s) {
        if (s <= SURPRISE[0]) {
            return 0.0;
        }
        for (int i = 1; i < SURPRISE.length; i++) {
            if (s <= SURPRISE[i]) {
                double f = (s - SURPRISE[i - 1]) / (SURPRISE[i] - SURPRISE[i - 1]);
                return SCORE[i - 1] + f * (SCORE[i] - SCORE[i - 1]);
            }
        }
        return 100.0;
    }

    /** Inverse of {@link #score(double)}: the surprise {@code -log10(p)} that gives {@code score}. */
    public static double surpriseOfScore(double score) {
        if (score <= 0) {
            return SURPRISE[0];
        }
        for (int i = 1; i < SCORE.length; i++) {
            if (score <= SCORE[i]) {
                double f = (score - SCORE[i - 1]) / (SCORE[i] - SCORE[i - 1]);
                return SURPRISE[i - 1] + f * (SURPRISE[i] - SURPRISE[i - 1]);
            }
        }
        return SURPRISE[SURPRISE.length - 1];
    }
}
