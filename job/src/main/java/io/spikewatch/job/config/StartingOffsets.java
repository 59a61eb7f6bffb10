package io.spikewatch.job.config;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The parsed {@code kafka.input.starting-offsets}.
 *
 * @param mode where to start
 * @param timestampMs for {@link Mode#TIMESTAMP}: the first record at or after this time
 */
public record StartingOffsets(Mode mode, long timestampMs) {

    /** Where a consumer starts. */
    public enum Mode { COMMITTED, EARLIEST, LATEST, TIMESTAMP }

    /** {@code committed}, {@code earliest}, {@code latest}, {@code timestamp:2024-03-01T00:00:00Z} or {@code timestamp:<epoch ms>}. */
    public static StartingOffsets parse(String text) {
        String t = text.trim();
        switch (t) {
            case "committed":
                return new StartingOffsets(Mode.COMMITTED, 0);
            case "earliest":
                return new StartingOffsets(Mode.EARLIEST, 0);
            case "latest":
                return new StartingOffsets(Mode.LATEST, 0);
            default:
                break;
        }
        if (t.startsWith("timestamp:")) {
            String v = t.substring("timestamp:".length()).trim();
            try {
                long ms = v.chars().allMatch(Character::isDigit) ? Long.parseLong(v) : Instant.parse(v).toEpochMilli();
                return new StartingOffsets(Mode.TIMESTAMP, ms);
            } catch (DateTimeParseException | NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new IllegalArgumentException("kafka.input.starting-offsets: accepted committed, earliest, latest, "
                + "timestamp:<ISO-8601 instant> or timestamp:<epoch ms>, got '" + text + "'");
    }
}
