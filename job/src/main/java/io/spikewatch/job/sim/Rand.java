package io.spikewatch.job.sim;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The simulator's only source of randomness: a seeded {@link SplittableRandom} plus the few
 * distributions a traffic model needs.
 *
 * <p>Everything uses {@link StrictMath} and hand-written samplers (not
 * {@code RandomGenerator.nextGaussian()}), so the same seed gives the same bytes on every JVM and
 * platform. {@link #split()} hands each component its own stream, so adding draws in one part of
 * the simulation does not shift every other part.
 */
final class Rand {

    private final SplittableRandom random;
    private double spareGaussian;
    private boolean hasSpare;

    Rand(long seed) {
        this(new SplittableRandom(seed));
    }

    private Rand(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, deterministic given this stream's position. */
    Rand split() {
        return new Rand(random.split());
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Uniform in {@code [0, bound)}. */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in {@code [lo, hi]} (both inclusive). */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    /** Uniform in {@code [lo, hi)}. */
    long nextLong(long lo, long hi) {
        return random.nextLong(lo, hi);
    }

    long nextLong() {
        return random.nextLong();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** Index drawn in proportion to {@code weights} (non-negative, not all zero). */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Standard normal by the polar Box-Muller method. */
    double gaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * m;
        hasSpare = true;
        return u * m;
    }

    /** Log-normal with the given median and log-scale spread. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    double exponential(double mean) {
        return -mean * StrictMath.log(1 - random.nextDouble());
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang. */
    double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * StrictMath.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / StrictMath.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                x = gaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x
                    || StrictMath.log(u) < 0.5 * x * x + d * (1 - v + StrictMath.log(v))) {
                return d * v;
            }
        }
    }

    /** A multiplier with mean 1 whose variance is {@code 1/shape}: the over-dispersion of counts. */
    double gammaFactor(double shape) {
        return gamma(shape) / shape;
    }

    /** Poisson: exact (multiplication) below 30, rounded normal approximation above. */
    int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda < 30) {
            double limit = StrictMath.exp(-lambda);
            double p = random.nextDouble();
            int k = 0;
            while (p > limit) {
                p *= random.nextDouble();
                k++;
            }
            return k;
        }
        long k = StrictMath.round(lambda + StrictMath.sqrt(lambda) * gaussian());
        return (int) Math.max(0, k);
    }

    /** At least one, geometric tail, with the given mean (>= 1). */
    int atLeastOne(double mean) {
        if (mean <= 1) {
            return 1;
        }
        double p = 1 / mean;
        return 1 + (int) StrictMath.floor(StrictMath.log(1 - random.nextDouble()) / StrictMath.log(1 - p));
    }

    /** Lower-case hex digits. */
    String hex(int digits) {
        char[] out = new char[digits];
        for (int i = 0; i < digits; i++) {
            out[i] = HEX[random.nextInt(16)];
        }
        return new String(out);
    }

    /** A version-4-shaped UUID string. */
    String uuid() {
        return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-" + HEX[8 + random.nextInt(4)] + hex(3) + "-" + hex(12);
    }

    /** An upper-case braced GUID as Windows writes it in paths. */
    String guid() {
        return "{" + uuid().toUpperCase(Locale.ROOT) + "}";
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
