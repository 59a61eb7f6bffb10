package io.spikewatch.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A directory pattern of a config file, such as {@code C:\ProgramData\Vendor},
 * {@code C:\Users\*\Downloads} or {@code **\.cache}: path components separated by {@code \} or
 * {@code /} (either matches either), {@code *} and {@code ?} within a component, {@code **} for any
 * number of components; case-insensitive. A pattern names a location and everything under it: it
 * matches a directory when it matches the directory's first components (so {@code C:\Tools}
 * matches {@code c:\tools\x64}). Matching allocates nothing.
 */
public final class PathGlob implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ANY_DEPTH = "**";

    private final String pattern;
    /** Lower-cased components; empty ones (a leading separator, doubled separators) dropped. */
    private final String[] components;

    private PathGlob(String pattern, String[] components) {
        this.pattern = pattern;
        this.components = components;
    }

    /**
     * Parses {@code pattern}.
     *
     * @throws IllegalArgumentException naming {@code key} when the pattern is blank or has no component
     */
    public static PathGlob parse(String key, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException(key + ": a blank pattern; accepted: directory patterns such as"
                    + " C:\\ProgramData\\Vendor, C:\\Users\\*\\Downloads or **\\.cache");
        }
        List<String> parts = new ArrayList<>();
        for (String part : pattern.trim().split("[\\\\/]+")) {
            if (!part.isEmpty() && !(part.equals(ANY_DEPTH) && !parts.isEmpty()
                    && parts.get(parts.size() - 1).equals(ANY_DEPTH))) {
                parts.add(part.toLowerCase(Locale.ROOT));
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(key + ": '" + pattern + "' names no directory");
        }
        return new PathGlob(pattern.trim(), parts.toArray(String[]::new));
    }

    /** Whether {@code directory} is the location this pattern names or below it. */
    public boolean matches(String directory) {
        return directory != null && matchFrom(0, directory, skipSeparators(directory, 0));
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }

    private boolean matchFrom(int pi, String dir, int pos) {
        if (pi == components.length) {
            return true;
        }
        String p = components[pi];
        if (p.equals(ANY_DEPTH)) {
            for (int at = pos; ; ) {
                if (matchFrom(pi + 1, dir, at)) {
                    return true;
                }
                if (at >= dir.length()) {
                    return false;
                }
                at = skipSeparators(dir, componentEnd(dir, at));
            }
        }
        if (pos >= dir.length()) {
            return false;
        }
        int end = componentEnd(dir, pos);
        return componentMatches(p, dir, pos, end) && matchFrom(pi + 1, dir, skipSeparators(dir, end));
    }

    /** Glob match of one component ({@code *}, {@code ?}) against {@code dir[from, to)}, ignoring case. */
    private static boolean componentMatches(String p, String dir, int from, int to) {
        int pi = 0;
        int di = from;
        int starP = -1;
        int starD = -1;
        while (di < to) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == Character.toLowerCase(dir.charAt(di)))) {
                pi++;
                di++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                starP = pi++;
                starD = di;
            } else if (starP >= 0) {
                pi = starP + 1;
                di = ++starD;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    private static int componentEnd(String dir, int pos) {
        int i = pos;
        while (i < dir.length() && !isSeparator(dir.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSeparators(String dir, int pos) {
        int i = pos;
        while (i < dir.length() && isSeparator(dir.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code \\} or {@code /}: the two separators are the same everywhere in spikewatch. */
    static boolean isSeparator(char c) {
        return c == '\\' || c == '/';
    }
}
