package io.spikewatch.job.kafka;

import io.spikewatch.job.config.KafkaConfig;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;

/** Kafka sinks for dead letters and alert copies, with the same client properties as the source. */
public final class KafkaOutputs {

    private KafkaOutputs() {}

    /**
     * At-least-once: flushed on every checkpoint. Alerts carry stable keys and dead letters their
     * source offset, so a duplicate after a failover is recognisable.
     */
    public static <T> KafkaSink<T> sink(KafkaConfig cfg, KafkaRecordSerializationSchema<T> schema) {
        return KafkaSink.<T>builder()
                .setBootstrapServers(cfg.bootstrapServers())
                .setKafkaProducerConfig(KafkaInput.properties(cfg))
                .setRecordSerializer(schema)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }
}
