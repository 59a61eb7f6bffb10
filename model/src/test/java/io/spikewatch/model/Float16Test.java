package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class Float16Test {

    private static float roundTrip(double v) {
        return Float16.decode(Float16.encode(v));
    }

    @Test
    void countsUpTo2048AreExact() {
        for (int c = 0; c <= 2048; c++) {
            assertThat(roundTrip(c)).isEqualTo(c);
        }
        // 2049 lies between two codes (2048 and 2050): rounded half up.
        assertThat(roundTrip(2049)).isEqualTo(2050f);
    }

    @Test
    void largerValuesAreWithinAHalfPerMille() {
        for (double v : new double[] {0.013, 0.37, 3.14159, 12_345.6, 987_654.3, 4.2e9}) {
            assertThat((double) roundTrip(v)).isCloseTo(v, within(v * 0.0005));
        }
    }

    @Test
    void aBusyHostsVarianceFitsWhereHalfPrecisionWouldOverflow() {
        assertThat((double) roundTrip(2.5e6)).isCloseTo(2.5e6, within(2.5e6 * 0.0005));
    }

    @Test
    void tinyNegativeAndHugeValuesAreClamped() {
        assertThat(roundTrip(1e-12)).isZero();
        assertThat(roundTrip(-3)).isZero();
        assertThat(roundTrip(Double.NaN)).isZero();
        assertThat(roundTrip(1e12)).isEqualTo(Float16.decode((short) 0xffff));
        assertThat((double) Float16.decode((short) 0xffff)).isCloseTo(Math.pow(2, 32) * (2 - Math.pow(2, -10)), within(1.0));
    }

    @Test
    void codesOrderAsTheirValues() {
        float last = -1;
        for (int c = 0; c <= 0xffff; c++) {
            float v = Float16.decode((short) c);
            assertThat(v).isGreaterThan(last);
            last = v;
        }
    }
}
