package io.spikewatch.job.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Minimal GNU-style options: {@code --name value}, {@code --name v1 v2} for multi-valued options,
 * {@code --flag}. Unknown options fail with the list of accepted ones.
 */
final class Args {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Args() {}

    static Args parse(String command, String[] argv, Set<String> options, Set<String> flags) {
        Args a = new Args();
        String current = null;
        for (String s : argv) {
            if (s.startsWith("--")) {
                String name = s.substring(2);
                if (!options.contains(name) && !flags.contains(name)) {
                    throw new UsageException(command + ": unknown option " + s + "; accepted: "
                            + join(options, flags));
                }
                a.values.computeIfAbsent(name, k -> new ArrayList<>());
                current = flags.contains(name) ? null : name;
            } else if (current != null) {
                a.values.get(current).add(s);
            } else {
                throw new UsageException(command + ": unexpected argument '" + s + "'");
            }
        }
        return a;
    }

    private static String join(Set<String> options, Set<String> flags) {
        List<String> all = new ArrayList<>();
        options.forEach(o -> all.add("--" + o));
        flags.forEach(f -> all.add("--" + f));
        return String.join(", ", all);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    String one(String command, String name, String dflt) {
        List<String> v = values.get(name);
        if (v == null) {
            return dflt;
        }
        if (v.size() != 1) {
            throw new UsageException(command + ": --" + name + " takes exactly one value");
        }
        return v.get(0);
    }

    /** A usage error: printed with the command's help, exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
