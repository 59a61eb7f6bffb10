package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CountTailTest {

    @Test
    void poissonTailMatchesTheClosedForm() {
        // P(X >= 5 | mean 2) = 1 - e^-2 (1 + 2 + 2 + 4/3 + 2/3) = 1 - 7 e^-2
        assertThat(CountTail.upperTail(5, 2, 2)).isCloseTo(1 - 7 * Math.exp(-2), within(1e-12));
        // P(X >= 1 | mean m) = 1 - e^-m
        assertThat(CountTail.upperTail(1, 0.1, 0.1)).isCloseTo(1 - Math.exp(-0.1), within(1e-12));
    }

    @Test
    void negativeBinomialWithROneIsGeometric() {
        // mean 2, variance 6: p = 1/3, r = 1, so P(X >= k) = (2/3)^k
        for (int k = 1; k <= 40; k += 7) {
            double expected = Math.pow(2.0 / 3.0, k);
            assertThat(CountTail.upperTail(k, 2, 6)).isCloseTo(expected, within(expected * 1e-9));
        }
    }

    @Test
    void negativeBinomialMatchesADirectSum() {
        // r = 4, p = 0.4 (mean 6, variance 15): P(X >= 10) = 1 - sum_{k<10} C(k+3,3) p^4 (1-p)^k
        double cdf = 0;
        for (int k = 0; k < 10; k++) {
            double c = (k + 1.0) * (k + 2) * (k + 3) / 6.0;
            cdf += c * Math.pow(0.4, 4) * Math.pow(0.6, k);
        }
        assertThat(CountTail.upperTail(10, 6, 15)).isCloseTo(1 - cdf, within(1e-12));
    }

    @Test
    void farTailsKeepTheirRelativePrecision() {
        // Poisson(1): P(X >= 60) ~ e^-1 / 60! * (1 + 1/61 + ...) ~ 4.4e-83, far below 1 - cdf's reach
        double p = CountTail.upperTail(60, 1, 1);
        double leading = Math.exp(-1 - CountTail.logGamma(61));
        assertThat(p).isBetween(leading, leading * 1.02);
        assertThat(CountTail.upperTail(500, 2, 6)).isCloseTo(Math.pow(2.0 / 3.0, 500), within(1e-100));
    }

    @Test
    void binomialTailMatchesADirectSum() {
        // n = 11, p = 0.05: P(X >= 10) = C(11,10) p^10 (1-p) + p^11
        double direct = 11 * Math.pow(0.05, 10) * 0.95 + Math.pow(0.05, 11);
        assertThat(CountTail.binomialUpperTail(10, 11, 0.05)).isCloseTo(direct, within(direct * 1e-9));
        // all n of n: p^n
        assertThat(CountTail.binomialUpperTail(6, 6, 0.3)).isCloseTo(Math.pow(0.3, 6), within(1e-12));
        assertThat(CountTail.binomialUpperTail(0, 6, 0.3)).isEqualTo(1.0);
        assertThat(CountTail.binomialUpperTail(7, 6, 0.3)).isEqualTo(0.0);
    }

    @Test
    void edgeCases() {
        assertThat(CountTail.upperTail(0, 3, 9)).isEqualTo(1.0);
        assertThat(CountTail.upperTail(-1, 3, 9)).isEqualTo(1.0);
        assertThat(CountTail.logGamma(5)).isCloseTo(Math.log(24), within(1e-12));
        assertThat(CountTail.logGamma(0.5)).isCloseTo(Math.log(Math.sqrt(Math.PI)), within(1e-12));
    }
}
