package io.spikewatch.job.kafka;

import io.spikewatch.job.source.RecordDecoder;
import io.spikewatch.job.source.SourceRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Kafka record to {@link SourceRecord} inside the Kafka source, so the watermark is tracked per
 * partition. Never throws: unreadable values become dead letters carrying topic, partition and offset.
 */
public final class DecodingDeserializer implements KafkaRecordDeserializationSchema<SourceRecord> {

    private static final long serialVersionUID = 1L;

    private final RecordDecoder decoder;

    public DecodingDeserializer(RecordDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<SourceRecord> out) {
        out.collect(decoder.decode(record.value(), record.topic(), record.partition(), record.offset()));
    }

    @Override
    public TypeInformation<SourceRecord> getProducedType() {
        return TypeInformation.of(SourceRecord.class);
    }
}
