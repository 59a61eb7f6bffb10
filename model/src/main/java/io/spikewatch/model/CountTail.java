package io.spikewatch.model;

/**
 * One-sided upper tail probabilities of over-dispersed counts: {@code P(X >= k)} for a negative
 * binomial with a given mean and variance (Poisson when the variance does not exceed the mean).
 *
 * <p>Computed through the regularized incomplete beta and gamma functions with continued
 * fractions, so tails down to ~1e-300 keep their relative precision (a {@code 1 - cdf} would
 * round to zero below 1e-16). No allocation.
 */
public final class CountTail {

    private static final int MAX_ITERATIONS = 10_000;
    private static final double EPS = 1e-15;
    private static final double TINY = 1e-300;

    private CountTail() {}

    /**
     * {@code P(X >= k)} for a count with the given mean and variance.
     *
     * @param k observed count ({@code <= 0} gives 1)
     * @param mean expected count, {@code > 0}
     * @param variance variance; values {@code <= mean} mean Poisson
     */
    public static double upperTail(double k, double mean, double variance) {
        if (k <= 0) {
            return 1.0;
        }
        if (!(mean > 0)) {
            return 0.0;
        }
        if (variance <= mean * (1 + 1e-9)) {
            // Poisson: P(X >= k) = P(k, mean), the regularized lower incomplete gamma.
            return regularizedGammaP(k, mean);
        }
        // Negative binomial with r = mean^2/(variance-mean), success probability p = mean/variance:
        // P(X >= k) = 1 - I_p(r, k) = I_{1-p}(k, r).
        double p = mean / variance;
        double r = mean * mean / (variance - mean);
        return regularizedBeta(1 - p, k, r);
    }

    /**
     * {@code P(X >= k)} for a binomial count of {@code n} trials with success probability {@code p}:
     * {@code I_p(k, n - k + 1)}.
     */
    public static double binomialUpperTail(int k, int n, double p) {
        if (k <= 0) {
            return 1.0;
        }
        if (k > n) {
            return 0.0;
        }
        return regularizedBeta(p, k, n - k + 1);
    }

    /**
     * Natural log of the gamma function for {@code x > 0}: Stirling's series from 15 up (error below
     * 1e-14), the recurrence {@code Γ(x) = Γ(x+n) / (x (x+1) ... (x+n-1))} below.
     */
    public static double logGamma(double x) {
        double shift = 0;
        double prod = 1;
        while (x < 15) {
            prod *= x;
            x += 1;
            if (prod > 1e280) {
                shift += Math.log(prod);
                prod = 1;
            }
        }
        shift += Math.log(prod);
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series - shift;
    }

    /** Regularized incomplete beta {@code I_x(a, b)}. */
    public static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0.0;
        }
        if (x >= 1) {
            return 1.0;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * betaFraction(x, a, b) / a;
        }
        return 1.0 - Math.exp(logFront) * betaFraction(1 - x, b, a) / b;
    }

    /** Continued fraction of the incomplete beta (modified Lentz). */
    private static double betaFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = Math.abs(d) < TINY ? TINY : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < TINY ? TINY : d;
            c = 1 + aa / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                break;
            }
        }
        return h;
    }

    /** Regularized lower incomplete gamma {@code P(a, x)}. */
    public static double regularizedGammaP(double a, double x) {
        if (x <= 0) {
            return 0.0;
        }
        if (x < a + 1) {
            // Series converges fast here and gives P directly (the small side).
            double sum = 1.0 / a;
            double del = sum;
            double ap = a;
            for (int n = 0; n < MAX_ITERATIONS; n++) {
                ap += 1;
                del *= x / ap;
                sum += del;
                if (Math.abs(del) < Math.abs(sum) * EPS) {
                    break;
                }
            }
            return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
        }
        // Continued fraction for Q = 1 - P (modified Lentz).
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i <= MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                break;
            }
        }
        return 1.0 - Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }
}
