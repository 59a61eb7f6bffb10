package io.spikewatch.model.exceptions;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Case-insensitive wildcard patterns of exceptions: {@code *} any run of characters, {@code ?}
 * one character, everything else literal ({@code D:\Backup\*}, {@code svc_*}, {@code fs-??-0*}).
 * Compiled patterns are cached: an exception list is small and matched millions of times.
 */
public final class Glob {

    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Glob() {}

    /** Whether {@code value} matches {@code pattern}; a {@code null} value matches nothing. */
    public static boolean matches(String pattern, String value) {
        if (value == null) {
            return false;
        }
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
            return pattern.equalsIgnoreCase(value);
        }
        return CACHE.computeIfAbsent(pattern, Glob::compile).matcher(value).matches();
    }

    private static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder(glob.length() + 8);
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    /** Lower-cased for display and ids. */
    static String normalize(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
