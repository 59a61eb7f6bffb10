package io.spikewatch.job.sim;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** ISO-8601 timestamps with 0-9 fractional digits and {@code Z} or a numeric offset, written by hand for speed. */
final class Timestamps {

    private Timestamps() {}

    /**
     * Appends the instant {@code epochMs + subMsNanos} as local time at {@code offsetMinutes}
     * with {@code digits} fractional digits (truncated), suffixed {@code Z} when
     * {@code useZ}, else {@code +hh:mm} / {@code -hh:mm}.
     */
    static void append(StringBuilder sb, long epochMs, int subMsNanos, int digits, int offsetMinutes, boolean useZ) {
        long localMs = epochMs + offsetMinutes * 60_000L;
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(localMs, 1000), 0, ZoneOffset.UTC);
        pad(sb, t.getYear(), 4).append('-');
        pad(sb, t.getMonthValue(), 2).append('-');
        pad(sb, t.getDayOfMonth(), 2).append('T');
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2).append(':');
        pad(sb, t.getSecond(), 2);
        if (digits > 0) {
            long nanos = Math.floorMod(localMs, 1000) * 1_000_000L + subMsNanos;
            String n = Long.toString(1_000_000_000L + nanos).substring(1);
            sb.append('.').append(n.substring(0, digits));
        }
        if (useZ) {
            sb.append('Z');
        } else {
            int abs = Math.abs(offsetMinutes);
            sb.append(offsetMinutes < 0 ? '-' : '+');
            pad(sb, abs / 60, 2).append(':');
            pad(sb, abs % 60, 2);
        }
    }

    private static StringBuilder pad(StringBuilder sb, int v, int width) {
        if (width == 2 && v >= 0 && v < 100) {
            return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
        }
        String s = Integer.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
