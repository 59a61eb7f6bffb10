package io.spikewatch.connectors.ecs;

import java.util.Locale;

/**
 * Why an input record could not become a {@link io.spikewatch.model.FileEvent}. Each reason is a
 * separate counter, so an operator can tell a broken producer (INVALID_JSON) from a schema drift
 * (WRONG_TYPE) from a shipper sending heartbeats (MISSING_HOST_NAME).
 */
public enum DeadLetterReason {
    /** Not parseable as JSON, or content after the one object. */
    INVALID_JSON,
    /** Valid JSON, but the top-level value is not an object. */
    NOT_AN_OBJECT,
    /** No {@code @timestamp} (absent or null). */
    MISSING_TIMESTAMP,
    /** {@code @timestamp} present but not an ISO-8601 date-time or epoch milliseconds. */
    BAD_TIMESTAMP,
    /** No {@code host.name} (absent, null or empty): the model is partitioned by it. */
    MISSING_HOST_NAME,
    /** A field spikewatch reads has a JSON type it cannot accept (e.g. {@code host.name} a number). */
    WRONG_TYPE,
    /** The line is empty or whitespace only; callers may skip these, but they stay countable. */
    EMPTY_LINE,
    /** The record is larger than the parser's configured limit. */
    TOO_LARGE,
    /** {@code @timestamp} lies further ahead of the wall clock than the job tolerates (set by the job, not the parser). */
    FUTURE_TIMESTAMP,
    /** A valid event that arrived after its bucket was closed and scored (set by the job, not the parser). */
    LATE_EVENT;

    /** Lower-case name used in metrics and dead-letter documents, e.g. {@code invalid_json}. */
    public String metricName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
