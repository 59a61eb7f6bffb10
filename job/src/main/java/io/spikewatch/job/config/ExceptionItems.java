package io.spikewatch.job.config;

import io.spikewatch.model.exceptions.ExceptionItem;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Exceptions from the config file's {@code exceptions:} list or a control-topic message: one map
 * per exception with the keys below (YAML and JSON alike). Errors name the exception and key.
 *
 * <pre>
 * - id: backup-fs          # required, unique; a later item with the same id replaces it
 *   kind: maintenance      # allow | maintenance | threshold | staging | not-staging
 *   reason: nightly backup to the file servers
 *   author: ops@example.com
 *   expires: 2025-01-01T00:00:00Z   # optional, event time
 *   host: fs-*             # allow: host, user, process, directory, source (exact, * ? wildcards; source also CIDR)
 *   cron: "0 1 * * *"      # maintenance: cron + duration (+ zone), or start + end
 *   zone: Europe/Berlin
 *   duration: 2h
 *   mode: skip-learning    # skip-alerting (default) | skip-learning (Elastic calendars)
 *   threshold: 60          # threshold: the record_score that alerts on matching hosts
 *   remove: true           # control topic only: delete the exception with this id
 * </pre>
 */
public final class ExceptionItems {

    /** The kinds, as written in the config and on the control topic. */
    static final String KINDS = "allow, maintenance, threshold, staging or not-staging";
    static final Set<String> KEYS = Set.of("id", "kind", "reason", "author", "expires", "host", "user", "process",
            "directory", "source", "start", "end", "cron", "zone", "duration", "mode", "threshold", "remove");

    private ExceptionItems() {}

    /** The {@code exceptions:} list. */
    public static List<ExceptionItem> fromList(Object list) {
        if (!(list instanceof List<?> l)) {
            throw new IllegalArgumentException("exceptions: expected a list of exceptions, got '" + list + "'");
        }
        List<ExceptionItem> out = new ArrayList<>();
        for (Object o : l) {
            if (!(o instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("exceptions: each entry must be a mapping, got '" + o + "'");
            }
            out.add(fromMap(m));
        }
        long distinct = out.stream().map(ExceptionItem::id).distinct().count();
        if (distinct != out.size()) {
            throw new IllegalArgumentException("exceptions: ids must be unique");
        }
        return out;
    }

    /** One exception (or, with {@code remove: true}, the removal of one). */
    public static ExceptionItem fromMap(Map<?, ?> m) {
        String id = m.get("id") == null ? null : String.valueOf(m.get("id"));
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("exception: 'id' is required");
        }
        String where = "exception " + id + ": ";
        for (Object k : m.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException(where + "unknown key '" + k + "'; accepted: " + KEYS);
            }
        }
        String reason = str(m, "reason");
        String author = str(m, "author");
        if (Boolean.TRUE.equals(m.get("remove"))) {
            return ExceptionItem.removal(id, reason, author);
        }
        String kindText = str(m, "kind");
        if (kindText == null) {
            throw new IllegalArgumentException(where + "'kind' is required: " + KINDS);
        }
        ExceptionItem.Kind kind = switch (kindText.toLowerCase(Locale.ROOT)) {
            case "allow" -> ExceptionItem.Kind.ALLOW;
            case "maintenance" -> ExceptionItem.Kind.MAINTENANCE;
            case "threshold" -> ExceptionItem.Kind.THRESHOLD;
            case "staging" -> ExceptionItem.Kind.STAGING;
            case "not-staging" -> ExceptionItem.Kind.NOT_STAGING;
            default -> throw new IllegalArgumentException(where + "kind: " + KINDS + ", got '" + kindText + "'");
        };
        String modeText = str(m, "mode");
        ExceptionItem.Mode mode = modeText == null || modeText.equals("skip-alerting") ? ExceptionItem.Mode.SKIP_ALERTING
                : modeText.equals("skip-learning") ? ExceptionItem.Mode.SKIP_LEARNING : null;
        if (mode == null) {
            throw new IllegalArgumentException(where + "mode: skip-alerting or skip-learning, got '" + modeText + "'");
        }
        Object threshold = m.get("threshold");
        if (threshold != null && !(threshold instanceof Number)) {
            throw new IllegalArgumentException(where + "threshold: expected a number, got '" + threshold + "'");
        }
        try {
            return new ExceptionItem(id, kind, reason, author, instant(m, "expires", Long.MAX_VALUE, where),
                    str(m, "host"), str(m, "user"), str(m, "process"), str(m, "directory"), str(m, "source"),
                    instant(m, "start", 0, where), instant(m, "end", 0, where), str(m, "cron"), str(m, "zone"),
                    m.get("duration") == null ? 0 : Durations.parseMillis(where + "duration", m.get("duration")),
                    kind == ExceptionItem.Kind.MAINTENANCE ? mode : null,
                    threshold == null ? 0 : ((Number) threshold).doubleValue(), false);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(where + "zone: " + e.getMessage());
        }
    }

    private static String str(Map<?, ?> m, String key) {
        Object o = m.get(key);
        return o == null ? null : String.valueOf(o);
    }

    private static long instant(Map<?, ?> m, String key, long dflt, String where) {
        Object o = m.get(key);
        if (o == null) {
            return dflt;
        }
        if (o instanceof java.util.Date d) {
            return d.getTime();
        }
        try {
            return Instant.parse(String.valueOf(o)).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + key + ": expected an ISO-8601 instant such as "
                    + "2024-03-01T00:00:00Z, got '" + o + "'");
        }
    }
}
