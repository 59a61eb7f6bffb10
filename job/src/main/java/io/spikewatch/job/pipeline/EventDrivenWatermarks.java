package io.spikewatch.job.pipeline;

import io.spikewatch.job.source.SourceRecord;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;

/**
 * Bounded out-of-orderness watermarks emitted by the events themselves, not by a processing-time
 * timer: whether an event is late then depends only on the events before it, so replaying the
 * same input gives the same late events and the same alerts, however fast the machine is. A
 * watermark is emitted each time it advances by at least {@link #STEP_MS}.
 */
public final class EventDrivenWatermarks implements WatermarkGenerator<SourceRecord> {

    /** Smallest advance worth a watermark: far below a bucket, far above per-event chatter. */
    static final long STEP_MS = 1_000L;

    private final long maxOutOfOrdernessMs;
    private long maxTimestamp = Long.MIN_VALUE;
    private long emitted = Long.MIN_VALUE;

    public EventDrivenWatermarks(long maxOutOfOrdernessMs) {
        this.maxOutOfOrdernessMs = maxOutOfOrdernessMs;
    }

    @Override
    public void onEvent(SourceRecord record, long eventTimestamp, WatermarkOutput output) {
        if (record.kind() != SourceRecord.Kind.EVENT || eventTimestamp <= maxTimestamp) {
            return;
        }
        maxTimestamp = eventTimestamp;
        long watermark = maxTimestamp - maxOutOfOrdernessMs - 1;
        if (emitted == Long.MIN_VALUE || watermark - emitted >= STEP_MS) {
            emitted = watermark;
            output.emitWatermark(new Watermark(watermark));
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        // Event-driven only; idleness is handled by the strategy's idleness wrapper.
    }
}
