package io.spikewatch.job.pipeline;

import io.spikewatch.connectors.ecs.DeadLetter;
import io.spikewatch.connectors.ecs.DeadLetterReason;
import io.spikewatch.job.source.SourceRecord;
import io.spikewatch.model.FileEvent;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventDrivenWatermarksTest {

    private static final long T0 = 1_709_510_400_000L;

    private final List<Long> emitted = new ArrayList<>();
    private final WatermarkOutput out = new WatermarkOutput() {
        @Override
        public void emitWatermark(Watermark watermark) {
            emitted.add(watermark.getTimestamp());
        }

        @Override
        public void markIdle() {}

        @Override
        public void markActive() {}
    };

    private static final SourceRecord E = new SourceRecord(SourceRecord.Kind.EVENT,
            FileEvent.builder().hostName("h").build(), null, "t", 0, 0);
    private static final SourceRecord DEAD = new SourceRecord(SourceRecord.Kind.DEAD_LETTER, null,
            new DeadLetter(DeadLetterReason.INVALID_JSON, "x", "{"), "t", 0, 1);

    @Test
    void watermarksFollowTheEventsOnlyAndTrailByTheBoundDeadLettersDoNotMoveThem() {
        EventDrivenWatermarks g = new EventDrivenWatermarks(120_000);
        g.onEvent(E, T0, out);
        g.onEvent(E, T0 + 500, out);
        g.onEvent(E, T0 - 60_000, out);
        g.onEvent(E, T0 + 1_000, out);
        g.onEvent(DEAD, T0 + 900_000, out);
        g.onPeriodicEmit(out);
        g.onEvent(E, T0 + 5_000, out);
        assertThat(emitted).containsExactly(T0 - 120_001, T0 + 1_000 - 120_001, T0 + 5_000 - 120_001);
    }
}
