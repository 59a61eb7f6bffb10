package io.spikewatch.job.kafka;

import io.spikewatch.job.sink.AlertDocuments;
import io.spikewatch.model.AnomalyRecord;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/**
 * An alert document as a Kafka record keyed by its {@code kibana.alert.uuid} (a compacted topic
 * keeps the latest version of each alert). Timestamp: the producer's (now), see
 * {@link DeadLetterSerializer}.
 */
public final class AlertSerializer implements KafkaRecordSerializationSchema<AnomalyRecord> {

    private static final long serialVersionUID = 1L;

    private final String topic;
    private final AlertDocuments documents;

    public AlertSerializer(String topic, AlertDocuments documents) {
        this.topic = topic;
        this.documents = documents;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(AnomalyRecord alert, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(topic, null, null, documents.id(alert).getBytes(StandardCharsets.UTF_8),
                documents.json(alert));
    }
}
