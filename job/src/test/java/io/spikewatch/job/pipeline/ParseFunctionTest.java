package io.spikewatch.job.pipeline;

import io.spikewatch.connectors.ecs.DeadLetter;
import io.spikewatch.connectors.ecs.DeadLetterReason;
import io.spikewatch.connectors.profile.SourceProfile;
import io.spikewatch.model.FileEvent;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad lines become reasoned dead letters; the good lines around them are unaffected. */
class ParseFunctionTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2024-03-20T00:00:00Z"), ZoneOffset.UTC);

    private static String line(String ts, String host) {
        return "{\"@timestamp\":\"" + ts + "\",\"host\":{\"name\":\"" + host + "\"},"
                + "\"event\":{\"category\":[\"file\"],\"action\":\"creation\"},\"process.name\":\"System\","
                + "\"file\":{\"name\":\"a.exe\"}}";
    }

    @Test
    void malformedAndFutureLinesAreDeadLetteredWithAReason() throws Exception {
        try (OneInputStreamOperatorTestHarness<String, FileEvent> h = new OneInputStreamOperatorTestHarness<>(
                new ProcessOperator<>(new ParseFunction(86_400_000L, NOW)))) {
            h.open();
            h.processElement(new StreamRecord<>(line("2024-03-10T10:00:00Z", "ws-1")));
            h.processElement(new StreamRecord<>("{not json"));
            h.processElement(new StreamRecord<>("{\"@timestamp\":\"2024-03-10T10:00:01Z\"}"));
            h.processElement(new StreamRecord<>(line("2024-03-10T10:00:02.123456789Z", "ws-2")));
            h.processElement(new StreamRecord<>(line("2024-03-25T00:00:00Z", "ws-3")));
            h.processElement(new StreamRecord<>(line("2024-03-14T10:00:00Z", "ws-4")));
            h.processElement(new StreamRecord<>("   "));
            h.processElement(new StreamRecord<>(line("2024-03-10T10:00:03+02:00", "ws-5")));

            assertThat(h.extractOutputValues()).extracting(FileEvent::hostName)
                    .containsExactly("ws-1", "ws-2", "ws-5");
            assertThat(h.extractOutputValues().get(1).timestampMs())
                    .isEqualTo(Instant.parse("2024-03-10T10:00:02.123Z").toEpochMilli());
            List<DeadLetterReason> reasons = h.getSideOutput(ParseFunction.DEAD_LETTERS).stream()
                    .map(r -> r.getValue().reason()).collect(Collectors.toList());
            assertThat(reasons).containsExactly(DeadLetterReason.INVALID_JSON, DeadLetterReason.MISSING_HOST_NAME,
                    DeadLetterReason.FUTURE_TIMESTAMP, DeadLetterReason.FUTURE_TIMESTAMP);
            DeadLetter future = h.getSideOutput(ParseFunction.DEAD_LETTERS).stream()
                    .map(StreamRecord::getValue).filter(d -> d.raw().contains("2024-03-14")).findFirst().orElseThrow();
            assertThat(future.detail()).contains("ahead of the rest of the stream");
        }
    }

    @Test
    void aSysmonSourceKeepsOnlyFileCreationsBySystem() throws Exception {
        try (OneInputStreamOperatorTestHarness<String, FileEvent> h = new OneInputStreamOperatorTestHarness<>(
                new ProcessOperator<>(new ParseFunction(SourceProfile.SYSMON, 86_400_000L, NOW)))) {
            h.open();
            String create = "{\"@timestamp\":\"2024-03-10T10:00:01Z\",\"host\":{\"name\":\"fs-1\"},\"winlog\":"
                    + "{\"event_id\":11,\"event_data\":{\"Image\":\"System\",\"TargetFilename\":\"C:\\\\x.exe\"}}}";
            h.processElement(new StreamRecord<>(create));
            h.processElement(new StreamRecord<>(create.replace("System", "C:\\\\Windows\\\\explorer.exe")));
            h.processElement(new StreamRecord<>(create.replace("\"event_id\":11", "\"event_id\":1")));
            h.processElement(new StreamRecord<>("{broken"));
            assertThat(h.extractOutputValues()).singleElement().satisfies(e -> {
                assertThat(e.hostName()).isEqualTo("fs-1");
                assertThat(e.fileName()).isEqualTo("x.exe");
                assertThat(e.eventModule()).isEqualTo("sysmon");
            });
            assertThat(h.getSideOutput(ParseFunction.DEAD_LETTERS)).singleElement()
                    .satisfies(r -> assertThat(r.getValue().reason()).isEqualTo(DeadLetterReason.INVALID_JSON));
        }
    }

    @Test
    void nonTransferRecordsTellTheGuardWhereASparseStreamIs() throws Exception {
        try (OneInputStreamOperatorTestHarness<String, FileEvent> h = new OneInputStreamOperatorTestHarness<>(
                new ProcessOperator<>(new ParseFunction(SourceProfile.SYSMON, 86_400_000L, NOW)))) {
            h.open();
            String create = "{\"@timestamp\":\"TS\",\"host\":{\"name\":\"fs-1\"},\"winlog\":"
                    + "{\"event_id\":11,\"event_data\":{\"Image\":\"System\",\"TargetFilename\":\"C:\\\\x.exe\"}}}";
            String other = "{\"@timestamp\":\"TS\",\"host\":{\"name\":\"fs-1\"},\"winlog\":{\"event_id\":4624}}";
            h.processElement(new StreamRecord<>(create.replace("TS", "2024-03-01T10:00:00Z")));
            // Three days later: many other records first, then the next transfer.
            for (int i = 0; i < 20; i++) {
                h.processElement(new StreamRecord<>(other.replace("TS", "2024-03-04T10:00:0" + (i % 10) + "Z")));
            }
            h.processElement(new StreamRecord<>(create.replace("TS", "2024-03-04T10:00:30Z")));
            assertThat(h.extractOutputValues()).hasSize(2);
            assertThat(h.getSideOutput(ParseFunction.DEAD_LETTERS)).isNullOrEmpty();
        }
    }
}
