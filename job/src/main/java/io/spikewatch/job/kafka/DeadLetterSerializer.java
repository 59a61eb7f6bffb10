package io.spikewatch.job.kafka;

import io.spikewatch.job.pipeline.DeadLetterRecord;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;

/**
 * A dead letter as a Kafka record that can be fixed and replayed into the input topic: the value
 * is the raw record (truncated to {@link io.spikewatch.connectors.ecs.DeadLetter#MAX_RAW_BYTES}),
 * the why and where are headers: {@value #REASON}, {@value #DETAIL}, {@value #SOURCE_TOPIC} (or the
 * file), {@value #SOURCE_PARTITION} ({@code -1} for files), {@value #SOURCE_OFFSET} (the line
 * number for files). The record timestamp is left to the producer (now), so retention does not
 * delete dead letters of replayed old events at once.
 */
public final class DeadLetterSerializer implements KafkaRecordSerializationSchema<DeadLetterRecord> {

    private static final long serialVersionUID = 1L;

    public static final String REASON = "spikewatch.reason";
    public static final String DETAIL = "spikewatch.detail";
    public static final String SOURCE_TOPIC = "spikewatch.source.topic";
    public static final String SOURCE_PARTITION = "spikewatch.source.partition";
    public static final String SOURCE_OFFSET = "spikewatch.source.offset";

    private final String topic;

    public DeadLetterSerializer(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(DeadLetterRecord d, KafkaSinkContext context, Long timestamp) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON, utf8(d.letter().reason().metricName()));
        headers.add(DETAIL, utf8(d.letter().detail()));
        headers.add(SOURCE_TOPIC, utf8(d.origin()));
        headers.add(SOURCE_PARTITION, utf8(Integer.toString(d.partition())));
        headers.add(SOURCE_OFFSET, utf8(Long.toString(d.offset())));
        return new ProducerRecord<>(topic, null, null, null, utf8(d.letter().raw()), headers);
    }

    private static byte[] utf8(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}
