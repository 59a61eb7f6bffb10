package io.spikewatch.job.pipeline;

import io.spikewatch.connectors.ecs.DeadLetter;
import io.spikewatch.job.source.SourceRecord;

/**
 * A dead letter with the place it was read from, for the dead-letter file or topic.
 *
 * @param letter reason, detail and raw record
 * @param origin file path or Kafka topic
 * @param partition Kafka partition, {@code -1} for files
 * @param offset Kafka offset, or 0-based line number in the file
 */
public record DeadLetterRecord(DeadLetter letter, String origin, int partition, long offset) {

    /** Where it was read, for people: {@code topic-2@1234} or {@code /path/file.ndjson:17}. */
    public String location() {
        return SourceRecord.location(origin, partition, offset);
    }
}
