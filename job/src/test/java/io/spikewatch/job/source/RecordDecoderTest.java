package io.spikewatch.job.source;

import io.spikewatch.connectors.ecs.DeadLetterReason;
import io.spikewatch.connectors.profile.SourceProfile;
import io.spikewatch.model.FileEvent;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad records become reasoned dead letters with their location; the good ones around them pass. */
class RecordDecoderTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2024-03-20T00:00:00Z"), ZoneOffset.UTC);
    private static final long DAY = 86_400_000L;

    private static String line(String ts, String host) {
        return "{\"@timestamp\":\"" + ts + "\",\"host\":{\"name\":\"" + host + "\"},"
                + "\"event\":{\"category\":[\"file\"],\"action\":\"creation\"},\"process.name\":\"System\","
                + "\"file\":{\"name\":\"a.exe\"}}";
    }

    private static List<SourceRecord> decodeLines(RecordDecoder d, String... lines) {
        return Stream.iterate(0, i -> i + 1).limit(lines.length)
                .map(i -> d.decode(lines[i], "/data/f.ndjson", i)).toList();
    }

    @Test
    void malformedAndFutureLinesAreDeadLetteredWithAReasonAndTheirLine() {
        List<SourceRecord> out = decodeLines(new RecordDecoder(SourceProfile.ELASTIC_DEFEND, DAY, NOW),
                line("2024-03-10T10:00:00Z", "ws-1"),
                "{not json",
                "{\"@timestamp\":\"2024-03-10T10:00:01Z\"}",
                line("2024-03-10T10:00:02.123456789Z", "ws-2"),
                line("2024-03-25T00:00:00Z", "ws-3"),
                line("2024-03-14T10:00:00Z", "ws-4"),
                "   ",
                line("2024-03-10T10:00:03+02:00", "ws-5"));

        assertThat(out).extracting(SourceRecord::kind).containsExactly(SourceRecord.Kind.EVENT,
                SourceRecord.Kind.DEAD_LETTER, SourceRecord.Kind.DEAD_LETTER, SourceRecord.Kind.EVENT,
                SourceRecord.Kind.DEAD_LETTER, SourceRecord.Kind.DEAD_LETTER, SourceRecord.Kind.BLANK,
                SourceRecord.Kind.EVENT);
        assertThat(out.stream().filter(r -> r.event() != null).map(r -> r.event().hostName()))
                .containsExactly("ws-1", "ws-2", "ws-5");
        assertThat(out.get(3).event().timestampMs())
                .isEqualTo(Instant.parse("2024-03-10T10:00:02.123Z").toEpochMilli());
        assertThat(out.stream().filter(r -> r.deadLetter() != null).map(r -> r.deadLetter().reason()))
                .containsExactly(DeadLetterReason.INVALID_JSON, DeadLetterReason.MISSING_HOST_NAME,
                        DeadLetterReason.FUTURE_TIMESTAMP, DeadLetterReason.FUTURE_TIMESTAMP);
        assertThat(out.get(4).deadLetter().detail()).contains("ahead of the wall clock");
        assertThat(out.get(5).deadLetter().detail()).contains("ahead of the rest of the stream");
        assertThat(out.get(5).deadLetter().raw()).contains("2024-03-14");
        assertThat(out.get(1).location()).isEqualTo("/data/f.ndjson:2");
    }

    @Test
    void kafkaRecordsCarryTopicPartitionAndOffsetAndEachPartitionHasItsOwnGuard() {
        RecordDecoder d = new RecordDecoder(SourceProfile.ELASTIC_DEFEND, DAY, NOW);
        // Partition 0 is two days behind partition 1 (a lagging producer): neither refuses the other.
        SourceRecord p1 = d.decode(bytes(line("2024-03-12T10:00:00Z", "a")), "events", 1, 40);
        SourceRecord p0 = d.decode(bytes(line("2024-03-10T10:00:00Z", "b")), "events", 0, 7);
        SourceRecord p0jump = d.decode(bytes(line("2024-03-12T11:00:00Z", "c")), "events", 0, 8);
        SourceRecord empty = d.decode((byte[]) null, "events", 0, 9);

        assertThat(List.of(p1, p0)).extracting(SourceRecord::kind).containsOnly(SourceRecord.Kind.EVENT);
        assertThat(p0jump.deadLetter().reason()).isEqualTo(DeadLetterReason.FUTURE_TIMESTAMP);
        assertThat(p0jump.deadLetter().raw()).contains("2024-03-12T11:00:00Z");
        assertThat(p0jump.location()).isEqualTo("events-0@8");
        assertThat(empty.deadLetter().reason()).isEqualTo(DeadLetterReason.EMPTY_LINE);
    }

    @Test
    void aSysmonSourceKeepsOnlyFileCreationsBySystem() {
        String create = "{\"@timestamp\":\"2024-03-10T10:00:01Z\",\"host\":{\"name\":\"fs-1\"},\"winlog\":"
                + "{\"event_id\":11,\"event_data\":{\"Image\":\"System\",\"TargetFilename\":\"C:\\\\x.exe\"}}}";
        List<SourceRecord> out = decodeLines(new RecordDecoder(SourceProfile.SYSMON, DAY, NOW),
                create,
                create.replace("System", "C:\\\\Windows\\\\explorer.exe"),
                create.replace("\"event_id\":11", "\"event_id\":1"),
                "{broken");
        assertThat(out).extracting(SourceRecord::kind).containsExactly(SourceRecord.Kind.EVENT,
                SourceRecord.Kind.NOT_PROFILE_EVENT, SourceRecord.Kind.NOT_PROFILE_EVENT,
                SourceRecord.Kind.DEAD_LETTER);
        FileEvent e = out.get(0).event();
        assertThat(e.hostName()).isEqualTo("fs-1");
        assertThat(e.fileName()).isEqualTo("x.exe");
        assertThat(e.eventModule()).isEqualTo("sysmon");
        assertThat(out.get(3).deadLetter().reason()).isEqualTo(DeadLetterReason.INVALID_JSON);
    }

    @Test
    void nonTransferRecordsTellTheGuardWhereASparseStreamIs() {
        RecordDecoder d = new RecordDecoder(SourceProfile.SYSMON, DAY, NOW);
        String create = "{\"@timestamp\":\"TS\",\"host\":{\"name\":\"fs-1\"},\"winlog\":"
                + "{\"event_id\":11,\"event_data\":{\"Image\":\"System\",\"TargetFilename\":\"C:\\\\x.exe\"}}}";
        String other = "{\"@timestamp\":\"TS\",\"host\":{\"name\":\"fs-1\"},\"winlog\":{\"event_id\":4624}}";
        assertThat(d.decode(create.replace("TS", "2024-03-01T10:00:00Z"), "f", 0).kind())
                .isEqualTo(SourceRecord.Kind.EVENT);
        // Three days later: many other records first, then the next transfer.
        for (int i = 0; i < 20; i++) {
            d.decode(other.replace("TS", "2024-03-04T10:00:0" + (i % 10) + "Z"), "f", 1 + i);
        }
        assertThat(d.decode(create.replace("TS", "2024-03-04T10:00:30Z"), "f", 21).kind())
                .isEqualTo(SourceRecord.Kind.EVENT);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
