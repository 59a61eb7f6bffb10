package io.spikewatch.model;

/**
 * A non-negative number in 16 bits, for state written once and read back as it was (not decayed in
 * place): a 6-bit exponent and a 10-bit mantissa, so counts up to 2048 are exact, larger values are
 * within 0.05%, and the range runs from 2^-31 (smaller is 0) to 2^33 (larger saturates). IEEE
 * half precision would stop at 65504, under a busy host's variance.
 */
final class Float16 {

    /** Float exponent (biased) of the smallest value kept: 2^-31. */
    private static final int MIN_EXPONENT = 127 - 31;
    private static final int EXPONENTS = 64;
    private static final int MANTISSA_SHIFT = 23 - 10;
    /** The largest code: 2^32 * (2 - 2^-10), just under 2^33. */
    private static final int MAX_CODE = 0xffff;

    private Float16() {}

    /** {@code value} rounded to the nearest 16-bit code (negative and NaN values are 0). */
    static short encode(double value) {
        if (!(value > 0)) {
            return 0;
        }
        // Rounding half up in the mantissa carries into the exponent where it must.
        int bits = Float.floatToRawIntBits((float) value) + (1 << (MANTISSA_SHIFT - 1));
        int exponent = (bits >>> 23) - MIN_EXPONENT;
        if (exponent < 0) {
            return 0;
        }
        if (exponent >= EXPONENTS) {
            return (short) MAX_CODE;
        }
        return (short) (exponent << 10 | (bits >>> MANTISSA_SHIFT) & 0x3ff);
    }

    /** The value of a 16-bit code. */
    static float decode(short code) {
        int c = code & 0xffff;
        if (c == 0) {
            return 0f;
        }
        return Float.intBitsToFloat(((c >>> 10) + MIN_EXPONENT) << 23 | (c & 0x3ff) << MANTISSA_SHIFT);
    }
}
