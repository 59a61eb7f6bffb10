package io.spikewatch.job.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses human durations of the config file: {@code 500ms}, {@code 30s}, {@code 15m}, {@code 2h}, {@code 7d}. */
public final class Durations {

    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d+)\\s*(ms|s|m|h|d)\\s*");

    private Durations() {}

    /**
     * Milliseconds of {@code text}.
     *
     * @throws IllegalArgumentException naming {@code key} and the accepted format
     */
    public static long parseMillis(String key, Object text) {
        Matcher m = FORMAT.matcher(String.valueOf(text));
        if (!m.matches()) {
            throw new IllegalArgumentException(key + ": expected a duration such as 500ms, 30s, 15m, 2h or 7d, got '"
                    + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> n;
            case "s" -> n * 1000L;
            case "m" -> n * 60_000L;
            case "h" -> n * 3_600_000L;
            default -> n * 86_400_000L;
        };
    }

    /** The shortest exact text of {@code ms}, e.g. {@code 15m}. */
    public static String format(long ms) {
        if (ms % 86_400_000L == 0) {
            return ms / 86_400_000L + "d";
        }
        if (ms % 3_600_000L == 0) {
            return ms / 3_600_000L + "h";
        }
        if (ms % 60_000L == 0) {
            return ms / 60_000L + "m";
        }
        if (ms % 1000L == 0) {
            return ms / 1000L + "s";
        }
        return ms + "ms";
    }
}
