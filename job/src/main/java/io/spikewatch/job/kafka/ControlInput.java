package io.spikewatch.job.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikewatch.job.config.ExceptionItems;
import io.spikewatch.job.config.KafkaConfig;
import io.spikewatch.job.pipeline.ControlMessage;
import io.spikewatch.job.pipeline.Counters;
import io.spikewatch.job.pipeline.JobCounter;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Set;

/**
 * The control topic: one JSON object per record, an exception in the format of the config file's
 * {@code exceptions:} entries (or {@code {"id": "...", "remove": true, ...}}), or a baseline reset
 * {@code {"reset-baseline": "fs-lon-01", "reason": "...", "author": "..."}} (a host name or
 * wildcard pattern; takes effect when it arrives, is not kept, and is not replayed after a
 * restore). Read from the
 * beginning on a fresh start, so every change since the topic was created applies (the latest per
 * id wins); after a restore the job continues from its checkpointed offsets, and the changes are
 * in its broadcast state anyway.
 */
public final class ControlInput {

    /** The key of a baseline reset message. */
    public static final String RESET = "reset-baseline";

    private ControlInput() {}

    /** One control message from its JSON fields. */
    public static ControlMessage fromMap(Map<?, ?> m) {
        if (!m.containsKey(RESET)) {
            return ControlMessage.change(ExceptionItems.fromMap(m));
        }
        for (Object k : m.keySet()) {
            if (!RESET_KEYS.contains(String.valueOf(k))) {
                throw new IllegalArgumentException(RESET + ": unknown key '" + k + "'; accepted: " + RESET_KEYS);
            }
        }
        if (!(m.get(RESET) instanceof String host) || host.isBlank()) {
            throw new IllegalArgumentException(RESET + ": expected a host name or pattern, got '" + m.get(RESET) + "'");
        }
        return ControlMessage.resetBaseline(host, text(m.get("reason")), text(m.get("author")));
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    /** The source; bounded like the event input, so a bounded run still ends. */
    public static KafkaSource<String> source(KafkaConfig cfg) {
        KafkaSourceBuilder<String> b = KafkaSource.<String>builder()
                .setBootstrapServers(cfg.bootstrapServers())
                .setTopics(cfg.controlTopic())
                .setGroupId(cfg.groupId() + "-control")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(KafkaRecordDeserializationSchema.valueOnly(StringDeserializer.class))
                .setProperties(KafkaInput.properties(cfg))
                .setProperty("partition.discovery.interval.ms", Long.toString(cfg.partitionDiscoveryMs()));
        if (cfg.bounded()) {
            b.setBounded(OffsetsInitializer.latest());
        }
        return b.build();
    }

    /**
     * Control messages carry no event time: the stream declares itself idle and never emits a
     * watermark, so the operators it is connected to follow their event input alone (idle when it
     * is idle). A final watermark here would end event time for an operator whose event input is
     * idle.
     */
    public static <T> WatermarkStrategy<T> noEventTime() {
        return WatermarkStrategy.forGenerator(ctx -> new WatermarkGenerator<T>() {
            @Override
            public void onEvent(T event, long eventTimestamp, WatermarkOutput output) {
                output.markIdle();
            }

            @Override
            public void onPeriodicEmit(WatermarkOutput output) {
                output.markIdle();
            }
        });
    }

    /** The keys of a reset message. */
    static final Set<String> RESET_KEYS = Set.of(RESET, "reason", "author");

    /** JSON to {@link ControlMessage}; a message that is not one is logged and counted, never fatal. */
    public static final class Parse extends ProcessFunction<String, ControlMessage> {
        private static final long serialVersionUID = 1L;
        private static final Logger LOG = LoggerFactory.getLogger(Parse.class);

        private transient ObjectMapper json;
        private transient JobCounter rejected;

        @Override
        public void open(Configuration parameters) {
            json = new ObjectMapper();
            rejected = JobCounter.register(getRuntimeContext(), Counters.CONTROL_REJECTED);
        }

        @Override
        public void processElement(String value, Context ctx, Collector<ControlMessage> out) {
            try {
                Map<?, ?> m = json.readValue(value, Map.class);
                out.collect(fromMap(m));
            } catch (Exception e) {
                rejected.inc();
                String shown = value == null ? "null" : value.length() > 300 ? value.substring(0, 300) + "..." : value;
                LOG.warn("control message rejected: {}: {}", e.getMessage(), shown);
            }
        }
    }
}
