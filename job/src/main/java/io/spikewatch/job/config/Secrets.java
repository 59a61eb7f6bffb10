package io.spikewatch.job.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves secret references in config values, so the config file can be committed and passwords
 * come from the deployment: {@code ${env:ES_PASSWORD}} (an environment variable) and
 * {@code ${file:/run/secrets/es-password}} (a file's content, trailing newline removed, as
 * Kubernetes and Docker secrets are mounted). References may be embedded in longer values, e.g. a
 * {@code sasl.jaas.config}. A missing variable or unreadable file fails at startup naming the key.
 */
public final class Secrets {

    private static final Pattern REF = Pattern.compile("\\$\\{(env|file):([^}]+)}");

    private final Function<String, String> env;

    /** Reads the process environment. */
    public Secrets() {
        this(System::getenv);
    }

    /** Reads variables from {@code env} (tests). */
    public Secrets(Map<String, String> env) {
        this(env::get);
    }

    private Secrets(Function<String, String> env) {
        this.env = env;
    }

    /** {@code value} with every reference replaced; {@code key} names the setting in errors. */
    public String resolve(String key, String value) {
        if (value == null || !value.contains("${")) {
            return value;
        }
        Matcher m = REF.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2).trim();
            String replacement = m.group(1).equals("env") ? variable(key, name) : file(key, name);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String variable(String key, String name) {
        String v = env.apply(name);
        if (v == null) {
            throw new IllegalArgumentException(key + ": environment variable " + name + " is not set");
        }
        return v;
    }

    private static String file(String key, String name) {
        try {
            return Files.readString(Path.of(name), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            throw new IllegalArgumentException(key + ": cannot read secret file " + name + " (" + e + ")");
        }
    }
}
