package io.spikewatch.model.exceptions;

import io.spikewatch.model.FileEvent;
import io.spikewatch.model.PathGlob;
import io.spikewatch.model.TransferLocations;

import java.time.ZoneId;
import java.util.Objects;

/**
 * One exception, as configured at start or sent on the control topic at runtime; a flat record so
 * it serializes as a Flink POJO into broadcast state and reads naturally from YAML or JSON.
 *
 * <ul>
 *   <li>{@link Kind#ALLOW}: remote transfers matching every given field ({@code host}, {@code user},
 *       {@code process}, {@code directory}, {@code source}) are not counted at all: a migration
 *       account's or a sync tool's writes neither alert nor inflate the host's baseline.</li>
 *   <li>{@link Kind#MAINTENANCE}: hosts matching {@code host} (all if absent) do not alert while a
 *       window is open: once ({@code startMs}..{@code endMs}) or recurring ({@code cron} in
 *       {@code zone}, lasting {@code durationMs}); with {@link Mode#SKIP_LEARNING} the buckets are not
 *       learned either (Elastic calendars' two behaviours).</li>
 *   <li>{@link Kind#THRESHOLD}: hosts matching {@code host} alert at {@code threshold} instead of the
 *       global one.</li>
 *   <li>{@link Kind#STAGING} and {@link Kind#NOT_STAGING}: the directories {@code directory} names
 *       (a {@link io.spikewatch.model.PathGlob} pattern) are, or are never, staging locations, fleet-wide,
 *       as {@code detector.staging.include} and {@code exclude} say at start (an exclusion wins).
 *       They do not expire: where tools land does not change with a date.</li>
 * </ul>
 * Every exception has an {@code id} (a later item with the same id replaces it; {@code removed}
 * deletes it), a {@code reason} and an {@code author} for the audit trail, and may expire at
 * {@code expiresMs} (event time; {@link Long#MAX_VALUE} = never).
 */
public record ExceptionItem(
        String id,
        Kind kind,
        String reason,
        String author,
        long expiresMs,
        String host,
        String user,
        String process,
        String directory,
        String source,
        long startMs,
        long endMs,
        String cron,
        String zone,
        long durationMs,
        Mode mode,
        double threshold,
        boolean removed) implements java.io.Serializable {

    /** What an exception does. */
    public enum Kind { ALLOW, MAINTENANCE, THRESHOLD, STAGING, NOT_STAGING }

    /** What a maintenance window suspends. */
    public enum Mode { SKIP_ALERTING, SKIP_LEARNING }

    /** Checks the fields the kind needs, naming the exception in every message. */
    public ExceptionItem {
        Objects.requireNonNull(id, "exception id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("exception: id must not be blank");
        }
        if (!removed) {
            Objects.requireNonNull(kind, "exception " + id + ": kind");
            switch (kind) {
                case ALLOW -> {
                    if (host == null && user == null && process == null && directory == null && source == null) {
                        throw new IllegalArgumentException("exception " + id
                                + ": an allow entry needs at least one of host, user, process, directory, source");
                    }
                    if (source != null && source.contains("/")) {
                        Cidr.parse(source);
                    }
                }
                case MAINTENANCE -> {
                    boolean once = startMs != 0 || endMs != 0;
                    if (once == (cron != null)) {
                        throw new IllegalArgumentException("exception " + id
                                + ": a maintenance window needs either start and end, or cron and duration");
                    }
                    if (once && endMs <= startMs) {
                        throw new IllegalArgumentException("exception " + id + ": end must be after start");
                    }
                    if (!once) {
                        if (durationMs <= 0 || durationMs > 7 * 86_400_000L) {
                            throw new IllegalArgumentException("exception " + id
                                    + ": duration must be > 0 and at most 7d");
                        }
                        CronSchedule.parse(cron, zoneId(zone));
                    }
                    Objects.requireNonNull(mode, "exception " + id + ": mode");
                }
                case THRESHOLD -> {
                    if (!(threshold > 0 && threshold <= 100)) {
                        throw new IllegalArgumentException("exception " + id + ": threshold must be in (0, 100]");
                    }
                }
                case STAGING, NOT_STAGING -> {
                    PathGlob.parse("exception " + id + ": directory", directory);
                    if (host != null || user != null || process != null || source != null) {
                        throw new IllegalArgumentException("exception " + id
                                + ": a staging entry is fleet-wide and takes only a directory");
                    }
                    if (expiresMs != Long.MAX_VALUE) {
                        throw new IllegalArgumentException("exception " + id
                                + ": a staging entry does not expire; remove it with remove: true");
                    }
                }
            }
        }
    }

    /** A tombstone: removes the exception {@code id}. */
    public static ExceptionItem removal(String id, String reason, String author) {
        return new ExceptionItem(id, null, reason, author, Long.MAX_VALUE, null, null, null, null, null, 0, 0,
                null, null, 0, null, 0, true);
    }

    /** Whether it still applies at event time {@code atMs}. */
    public boolean activeAt(long atMs) {
        return !removed && atMs < expiresMs;
    }

    /** Whether this allow entry covers the transfer {@code e}. */
    public boolean allows(FileEvent e) {
        return kind == Kind.ALLOW && activeAt(e.timestampMs())
                && (host == null || Glob.matches(host, e.hostName()))
                && (user == null || Glob.matches(user, e.userName()))
                && (process == null || Glob.matches(process, e.processName()))
                && (directory == null || Glob.matches(directory, TransferLocations.directoryOf(e)))
                && (source == null || sourceMatches(e.sourceIp()));
    }

    /** Whether this applies to {@code hostName} (no host pattern: every host). */
    public boolean coversHost(String hostName) {
        return host == null || Glob.matches(host, hostName);
    }

    /** The time zone of a recurring window. */
    public ZoneId zoneId() {
        return zoneId(zone);
    }

    private boolean sourceMatches(String ip) {
        if (ip == null) {
            return false;
        }
        return source.contains("/") ? Cidr.of(source).contains(ip) : Glob.matches(source, ip);
    }

    private static ZoneId zoneId(String zone) {
        return zone == null || zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone);
    }
}
