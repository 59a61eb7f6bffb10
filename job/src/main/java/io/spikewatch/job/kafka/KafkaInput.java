package io.spikewatch.job.kafka;

import io.spikewatch.job.config.KafkaConfig;
import io.spikewatch.job.config.StartingOffsets;
import io.spikewatch.job.source.RecordDecoder;
import io.spikewatch.job.source.SourceRecord;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

import java.util.Properties;
import java.util.regex.Pattern;

/** The Kafka source of file events, from {@code kafka.*} settings. */
public final class KafkaInput {

    private KafkaInput() {}

    /**
     * A source decoding each record with {@code decoder}. Offsets are committed to the group on
     * every completed checkpoint; with {@code bounded} it stops at the offsets latest at start.
     */
    public static KafkaSource<SourceRecord> source(KafkaConfig cfg, RecordDecoder decoder) {
        KafkaSourceBuilder<SourceRecord> b = KafkaSource.<SourceRecord>builder()
                .setBootstrapServers(cfg.bootstrapServers())
                .setGroupId(cfg.groupId())
                .setStartingOffsets(startingOffsets(StartingOffsets.parse(cfg.startingOffsets())))
                .setDeserializer(new DecodingDeserializer(decoder))
                .setProperties(properties(cfg))
                .setProperty("partition.discovery.interval.ms", Long.toString(cfg.partitionDiscoveryMs()))
                .setProperty("commit.offsets.on.checkpoint", "true")
                .setProperty("client.id.prefix", cfg.groupId());
        if (cfg.topicPattern().isBlank()) {
            b.setTopics(cfg.topics());
        } else {
            b.setTopicPattern(Pattern.compile(cfg.topicPattern()));
        }
        if (cfg.bounded()) {
            b.setBounded(OffsetsInitializer.latest());
        }
        return b.build();
    }

    /** The pass-through client properties ({@code kafka.properties.*}) as {@link Properties}. */
    static Properties properties(KafkaConfig cfg) {
        Properties p = new Properties();
        p.putAll(cfg.properties());
        return p;
    }

    static OffsetsInitializer startingOffsets(StartingOffsets s) {
        return switch (s.mode()) {
            case COMMITTED -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
            case EARLIEST -> OffsetsInitializer.earliest();
            case LATEST -> OffsetsInitializer.latest();
            case TIMESTAMP -> OffsetsInitializer.timestamp(s.timestampMs());
        };
    }
}
