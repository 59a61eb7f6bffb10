package io.spikewatch.job.pipeline;

import io.spikewatch.connectors.ecs.DeadLetterReason;
import io.spikewatch.job.source.SourceRecord;
import io.spikewatch.model.FileEvent;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.util.EnumMap;
import java.util.Map;

/**
 * First operator after the source (chained to it): counts every decoded record by what it is,
 * forwards events, and routes dead letters to {@link #DEAD_LETTERS} with their source location.
 * Nothing is dropped without a counter.
 *
 * <p>Every {@value #PROGRESS_EVERY} records a subtask emits a {@link Progress} so a command line can
 * show how far a run is, without any per-record logging.
 */
public class RecordRouter extends ProcessFunction<SourceRecord, FileEvent> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<DeadLetterRecord> DEAD_LETTERS =
            new OutputTag<>("dead-letters", TypeInformation.of(DeadLetterRecord.class));
    public static final OutputTag<Progress> PROGRESS = new OutputTag<>("progress", TypeInformation.of(Progress.class));

    static final int PROGRESS_EVERY = 100_000;

    private transient JobCounter read;
    private transient JobCounter parsed;
    private transient JobCounter malformed;
    private transient JobCounter future;
    private transient JobCounter notProfileEvent;
    private transient Map<DeadLetterReason, JobCounter> byReason;
    private transient long records;
    private transient long lastEventMs;

    @Override
    public void open(Configuration parameters) {
        read = JobCounter.register(getRuntimeContext(), Counters.LINES_READ);
        parsed = JobCounter.register(getRuntimeContext(), Counters.PARSED);
        malformed = JobCounter.register(getRuntimeContext(), Counters.MALFORMED);
        future = JobCounter.register(getRuntimeContext(), Counters.FUTURE);
        notProfileEvent = JobCounter.register(getRuntimeContext(), Counters.FILTERED_PREFIX + "not_profile_event");
        byReason = new EnumMap<>(DeadLetterReason.class);
        for (DeadLetterReason r : DeadLetterReason.values()) {
            byReason.put(r, JobCounter.register(getRuntimeContext(), "dead_letter_" + r.metricName()));
        }
    }

    @Override
    public void processElement(SourceRecord r, Context ctx, Collector<FileEvent> out) {
        read.inc();
        if (++records % PROGRESS_EVERY == 0) {
            ctx.output(PROGRESS, new Progress(getRuntimeContext().getIndexOfThisSubtask(), records, lastEventMs));
        }
        switch (r.kind()) {
            case EVENT -> {
                parsed.inc();
                lastEventMs = Math.max(lastEventMs, r.event().timestampMs());
                out.collect(r.event());
            }
            case DEAD_LETTER -> {
                malformed.inc();
                DeadLetterReason reason = r.deadLetter().reason();
                byReason.get(reason).inc();
                if (reason == DeadLetterReason.FUTURE_TIMESTAMP) {
                    future.inc();
                }
                ctx.output(DEAD_LETTERS, new DeadLetterRecord(r.deadLetter(), r.origin(), r.partition(), r.offset()));
            }
            case NOT_PROFILE_EVENT -> notProfileEvent.inc();
            case BLANK -> { }
        }
    }

    /**
     * How far one source subtask has read.
     *
     * @param subtask subtask index
     * @param lines records read by it so far
     * @param eventTimeMs latest event time it has seen
     */
    public record Progress(int subtask, long lines, long eventTimeMs) {}
}
