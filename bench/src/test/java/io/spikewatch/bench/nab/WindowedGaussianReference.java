package io.spikewatch.bench.nab;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The reference detector of the NAB tests: NAB's windowedGaussian detector
 * ({@code nab/detectors/gaussian/windowedGaussian_detector.py}, github.com/numenta/NAB) written
 * again from its description. A row scores {@code 1 - Q(|x - mean| / std)} against the mean and
 * population standard deviation of a window of earlier values: the window grows to 6400 values,
 * then slides forward 100 values at a time; the first row scores 0 and a zero deviation counts as
 * 1e-6.
 *
 * <p>Scores are rounded to 12 significant digits, as NAB's published result files hold them
 * (Python 2 wrote floats with {@code %.12g}): NAB's best threshold for this detector is exactly
 * 1.0, and a tail probability below 5e-13 is 1.0 only once rounded.
 */
final class WindowedGaussianReference implements SeriesDetector {

    static final int WINDOW = 6400;
    static final int STEP = 100;
    private static final MathContext TWELVE_DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

    @Override
    public double[] scores(long[] timestampsMs, double[] values) {
        double[] scores = new double[values.length];
        // The window is always the slice values[from, to): the series itself holds it.
        int from = 0;
        int to = 0;
        int buffered = 0;
        double mean = 0;
        double std = 1;
        for (int i = 0; i < values.length; i++) {
            if (to > from) {
                scores[i] = round12(1 - upperTail(values[i], mean, std));
            }
            boolean updated = false;
            if (to - from < WINDOW) {
                to++;
                updated = true;
            } else if (++buffered == STEP) {
                from += STEP;
                to += STEP;
                buffered = 0;
                updated = true;
            }
            if (updated) {
                mean = mean(values, from, to);
                std = std(values, from, to, mean);
                if (std == 0.0) {
                    std = 0.000001;
                }
            }
        }
        return scores;
    }

    private static double round12(double v) {
        return new BigDecimal(v).round(TWELVE_DIGITS).doubleValue();
    }

    /** P(X > x) for x above the mean, mirrored below it: the two tails are the same. */
    private static double upperTail(double x, double mean, double std) {
        double xp = x < mean ? 2 * mean - x : x;
        double z = (xp - mean) / std;
        return 0.5 * erfc(z / Math.sqrt(2));
    }

    private static double mean(double[] v, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += v[i];
        }
        return sum / (to - from);
    }

    private static double std(double[] v, int from, int to, double mean) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            double d = v[i] - mean;
            sum += d * d;
        }
        return Math.sqrt(sum / (to - from));
    }

    /**
     * The complementary error function by the Chebyshev fit of Press et al., Numerical Recipes
     * (section 6.2), relative error below 1.2e-7 everywhere: plenty for a score that only matters
     * near 1.0.
     */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
