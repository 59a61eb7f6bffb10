package io.spikewatch.job.kafka;

import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.pipeline.Pipeline;
import io.spikewatch.job.source.SourceRecord;
import io.spikewatch.model.FilterVerdict;
import io.spikewatch.model.RemoteTransferFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeMarkersTest {

    private static final Instant T0 = Instant.parse("2024-03-04T08:00:00Z");
    private static final Clock NOW = Clock.fixed(Instant.parse("2024-04-01T00:00:00Z"), ZoneOffset.UTC);
    private static final JobConfig CFG = JobConfig.defaults();
    private static final long SPAN = CFG.detector().bucketSpanMs();
    private static final long OUT_OF_ORDER = CFG.maxOutOfOrdernessMs();

    @TempDir
    Path dir;

    private static String event(Instant at, String host) {
        return "{\"@timestamp\":\"" + at + "\",\"event\":{\"category\":[\"file\"],\"action\":\"creation\"},"
                + "\"host\":{\"name\":\"" + host + "\"},\"process\":{\"name\":\"System\"},"
                + "\"file\":{\"name\":\"a.docx\"},\"user\":{\"name\":\"alice\"}}";
    }

    private Path gz(String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void startAtTheFirstEventEndPastTheLastBucketAndTheOneTheAlertPolicyMayDeferTo() throws Exception {
        Instant last = T0.plus(Duration.ofHours(1)).plusSeconds(7);
        Path a = gz("a.ndjson.gz", List.of("not json", "", event(T0.plusSeconds(30), "ws-1"),
                event(T0, "ws-2"), event(T0.plus(Duration.ofMinutes(20)), "ws-1")));
        Path b = dir.resolve("b.ndjson");
        Files.write(b, List.of(event(last, "ws-3"), event(T0.plus(Duration.ofMinutes(50)), "ws-2"),
                event(T0.plus(Duration.ofDays(400)), "ws-9")));

        TimeMarkers.Markers m = TimeMarkers.of(CFG, List.of(a, b), NOW);

        assertThat(m.events()).isEqualTo(5);
        assertThat(m.firstMs()).isEqualTo(T0.plusSeconds(30).toEpochMilli());
        assertThat(m.lastMs()).isEqualTo(last.toEpochMilli());
        assertThat(m.startWatermarkMs()).isEqualTo(m.firstMs() - OUT_OF_ORDER - 1);
        long lastBucketEnd = Math.floorDiv(m.lastMs(), SPAN) * SPAN + SPAN;
        assertThat(m.endWatermarkMs()).isGreaterThanOrEqualTo(lastBucketEnd - 1 + SPAN)
                .isEqualTo(m.lastMs() + 2 * SPAN - 1);

        SourceRecord start = Pipeline.decoder(CFG, NOW).decode(m.start(), "t", 0);
        SourceRecord end = Pipeline.decoder(CFG, NOW).decode(m.end(), "t", 0);
        assertThat(start.kind()).isEqualTo(SourceRecord.Kind.EVENT);
        assertThat(end.kind()).isEqualTo(SourceRecord.Kind.EVENT);
        assertThat(start.event().timestampMs()).isEqualTo(m.firstMs());
        assertThat(end.event().timestampMs()).isEqualTo(m.endWatermarkMs() + OUT_OF_ORDER + 1);
        assertThat(start.event().hostName()).isEqualTo(TimeMarkers.HOST);
        assertThat(RemoteTransferFilter.test(start.event())).isEqualTo(FilterVerdict.NOT_CREATION);
        assertThat(RemoteTransferFilter.test(end.event())).isEqualTo(FilterVerdict.NOT_CREATION);
        assertThat(m.start()).doesNotContain("\n");
    }

    @Test
    void anInputEndingTooCloseToNowCannotBeBracketed() throws Exception {
        Path f = gz("recent.ndjson.gz", List.of(event(NOW.instant().minus(Duration.ofMinutes(5)), "ws-1")));
        JobConfig tight = ConfigLoader.fromMap(Map.of("time.max-future", "10m"));

        assertThatThrownBy(() -> TimeMarkers.of(tight, List.of(f), NOW))
                .hasMessageContaining("end marker").hasMessageContaining("time.max-future");
    }

    @Test
    void onlyElasticDefendInputsAndOnlyInputsWithEvents() throws Exception {
        Path f = gz("bad.ndjson.gz", List.of("not json", "{}"));
        assertThatThrownBy(() -> TimeMarkers.of(CFG, List.of(f), NOW)).hasMessageContaining("no event");
        JobConfig sysmon = ConfigLoader.fromMap(Map.of("source.profile", "sysmon"));
        assertThatThrownBy(() -> TimeMarkers.of(sysmon, List.of(f), NOW))
                .hasMessageContaining("source.profile").hasMessageContaining("elastic-defend");
    }
}
