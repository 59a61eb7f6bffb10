package io.spikewatch.job.kafka;

import io.spikewatch.connectors.ecs.DeadLetter;
import io.spikewatch.connectors.ecs.DeadLetterReason;
import io.spikewatch.job.pipeline.DeadLetterRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterSerializerTest {

    @Test
    void theValueIsTheRawRecordAndTheHeadersSayWhyAndWhere() {
        DeadLetterRecord d = new DeadLetterRecord(new DeadLetter(DeadLetterReason.MISSING_HOST_NAME,
                "field host.name is absent", "{\"@timestamp\":\"2024-03-01T00:00:00Z\"}"), "events", 3, 1234);
        ProducerRecord<byte[], byte[]> r = new DeadLetterSerializer("dlq").serialize(d, null, 1_700_000_000_000L);
        assertThat(r.topic()).isEqualTo("dlq");
        assertThat(r.key()).isNull();
        assertThat(r.timestamp()).as("the producer's time, not the event's").isNull();
        assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{\"@timestamp\":\"2024-03-01T00:00:00Z\"}");
        assertThat(header(r, DeadLetterSerializer.REASON)).isEqualTo("missing_host_name");
        assertThat(header(r, DeadLetterSerializer.DETAIL)).isEqualTo("field host.name is absent");
        assertThat(header(r, DeadLetterSerializer.SOURCE_TOPIC)).isEqualTo("events");
        assertThat(header(r, DeadLetterSerializer.SOURCE_PARTITION)).isEqualTo("3");
        assertThat(header(r, DeadLetterSerializer.SOURCE_OFFSET)).isEqualTo("1234");
    }

    private static String header(ProducerRecord<byte[], byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
