package io.spikewatch.job.source;

import io.spikewatch.connectors.ecs.DeadLetter;
import io.spikewatch.model.FileEvent;

/**
 * One input record after decoding, still carrying where it came from: a file event, a dead letter,
 * or a record that is valid but not an event of the configured profile. Decoding happens inside the
 * source (file or Kafka) so the watermark can be tracked per file split or Kafka partition; the
 * {@code RecordRouter} right after the source counts and routes these.
 *
 * @param kind what the record turned out to be
 * @param event the event, for {@link Kind#EVENT} only
 * @param deadLetter the reason and raw text, for {@link Kind#DEAD_LETTER} only
 * @param origin the file path or Kafka topic
 * @param partition the Kafka partition, {@code -1} for files
 * @param offset the Kafka offset, or the 0-based line number in the file
 */
public record SourceRecord(Kind kind, FileEvent event, DeadLetter deadLetter, String origin, int partition,
                           long offset) {

    /** What a decoded record is. */
    public enum Kind {
        /** A file event of the configured profile (not yet filtered for remote transfers). */
        EVENT,
        /** Unreadable or refused (see the dead letter's reason). */
        DEAD_LETTER,
        /** A valid record of another kind (e.g. a Windows logon in a Sysmon stream); counted, dropped. */
        NOT_PROFILE_EVENT,
        /** An empty line of a file; counted as read, nothing else. */
        BLANK
    }

    static SourceRecord event(FileEvent e, String origin, int partition, long offset) {
        return new SourceRecord(Kind.EVENT, e, null, origin, partition, offset);
    }

    static SourceRecord deadLetter(DeadLetter d, String origin, int partition, long offset) {
        return new SourceRecord(Kind.DEAD_LETTER, null, d, origin, partition, offset);
    }

    static SourceRecord other(Kind kind, String origin, int partition, long offset) {
        return new SourceRecord(kind, null, null, origin, partition, offset);
    }

    /** Event time of an event, {@code fallback} for every other kind. */
    public long timestampOr(long fallback) {
        return kind == Kind.EVENT ? event.timestampMs() : fallback;
    }

    /** Where the record was read, for people: {@code topic-2@1234} or {@code /path/file.ndjson:17}. */
    public String location() {
        return location(origin, partition, offset);
    }

    /** {@link #location()} from its parts. */
    public static String location(String origin, int partition, long offset) {
        return partition >= 0 ? origin + "-" + partition + "@" + offset : origin + ":" + (offset + 1);
    }
}
