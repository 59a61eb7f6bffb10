package io.spikewatch.bench.nab;

import java.time.LocalDate;

/**
 * NAB timestamps: {@code yyyy-MM-dd HH:mm:ss} with an optional fraction ({@code .000000} in the
 * label files), without a zone. They are read as if UTC, which keeps them ordered and equal where
 * NAB compares them.
 */
public final class NabTime {

    private NabTime() {}

    /** Epoch milliseconds of a NAB timestamp; fails naming the text when it has another form. */
    public static long parse(String text) {
        String t = text.strip();
        if (t.length() < 19 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != ' '
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            throw new IllegalArgumentException("not a NAB timestamp (yyyy-MM-dd HH:mm:ss): '" + text + "'");
        }
        try {
            long day = LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10)).toEpochDay();
            long seconds = day * 86_400L + digits(t, 11, 13) * 3_600L + digits(t, 14, 16) * 60L + digits(t, 17, 19);
            long millis = 0;
            if (t.length() > 19) {
                if (t.charAt(19) != '.') {
                    throw new IllegalArgumentException("not a NAB timestamp: '" + text + "'");
                }
                String fraction = (t.substring(20) + "000").substring(0, 3);
                millis = digits(fraction, 0, 3);
            }
            return seconds * 1000 + millis;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a NAB timestamp (yyyy-MM-dd HH:mm:ss): '" + text + "'", e);
        }
    }

    /** {@code yyyy-MM-dd HH:mm:ss}, the form of NAB's data and result files. */
    public static String format(long epochMs) {
        long seconds = Math.floorDiv(epochMs, 1000);
        LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        int s = (int) Math.floorMod(seconds, 86_400L);
        // By hand: String.format would be most of the time it takes to write a result file.
        StringBuilder b = new StringBuilder(19);
        pad(b, d.getYear(), 4).append('-');
        pad(b, d.getMonthValue(), 2).append('-');
        pad(b, d.getDayOfMonth(), 2).append(' ');
        pad(b, s / 3600, 2).append(':');
        pad(b, s / 60 % 60, 2).append(':');
        return pad(b, s % 60, 2).toString();
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String v = Integer.toString(value);
        for (int i = v.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(v);
    }

    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("digit expected at " + i);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
