package io.spikewatch.job.pipeline;

import io.spikewatch.connectors.ecs.DeadLetter;
import io.spikewatch.connectors.ecs.DeadLetterReason;
import io.spikewatch.connectors.ecs.EcsEventParser;
import io.spikewatch.connectors.ecs.EcsTimestamps;
import io.spikewatch.connectors.ecs.ParseResult;
import io.spikewatch.connectors.profile.SourceProfile;
import io.spikewatch.connectors.profile.WindowsRemoteWrites;
import io.spikewatch.model.EventTimeGuard;
import io.spikewatch.model.FileEvent;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.io.IOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * Bytes to events. Never throws on input: a malformed line becomes a {@link DeadLetter} on
 * {@link #DEAD_LETTERS} and is counted by reason; the lines around it are unaffected. Events
 * stamped more than {@code maxFutureMs} ahead of the wall clock, or ahead of the rest of the
 * stream ({@link EventTimeGuard}), are dead-lettered too, because one of them would push the
 * watermark ahead and make every real event late.
 *
 * <p>Every {@value #PROGRESS_EVERY} lines a subtask emits a {@link Progress} so a command line can
 * show how far a replay is, without any per-record logging.
 */
public class ParseFunction extends ProcessFunction<String, FileEvent> {

    private static final long serialVersionUID = 1L;

    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("dead-letters", TypeInformation.of(DeadLetter.class));
    public static final OutputTag<Progress> PROGRESS = new OutputTag<>("progress", TypeInformation.of(Progress.class));

    static final int PROGRESS_EVERY = 100_000;

    private final SourceProfile profile;
    private final long maxFutureMs;
    private final Clock clock;

    /** Events in a row that confirm a genuine jump of the stream's time. */
    static final int JUMP_CONFIRMATIONS = 16;

    private transient EcsEventParser parser;
    private transient WindowsRemoteWrites windows;
    private transient JobCounter notProfileEvent;
    private transient EventTimeGuard guard;
    private transient JobCounter read;
    private transient JobCounter parsed;
    private transient JobCounter malformed;
    private transient JobCounter future;
    private transient Map<DeadLetterReason, JobCounter> byReason;
    private transient long lines;
    private transient long lastEventMs;

    /** Elastic Defend events. */
    public ParseFunction(long maxFutureMs, Clock clock) {
        this(SourceProfile.ELASTIC_DEFEND, maxFutureMs, clock);
    }

    /**
     * @param profile what kind of events the lines carry
     * @param maxFutureMs tolerated lead of event time over the wall clock
     * @param clock the wall clock; only used for that check, never for detection
     */
    public ParseFunction(SourceProfile profile, long maxFutureMs, Clock clock) {
        this.profile = profile;
        this.maxFutureMs = maxFutureMs;
        this.clock = clock;
    }

    @Override
    public void open(Configuration parameters) {
        parser = new EcsEventParser();
        windows = new WindowsRemoteWrites();
        notProfileEvent = JobCounter.register(getRuntimeContext(), Counters.FILTERED_PREFIX + "not_profile_event");
        guard = new EventTimeGuard(maxFutureMs, JUMP_CONFIRMATIONS);
        read = JobCounter.register(getRuntimeContext(), Counters.LINES_READ);
        parsed = JobCounter.register(getRuntimeContext(), Counters.PARSED);
        malformed = JobCounter.register(getRuntimeContext(), Counters.MALFORMED);
        future = JobCounter.register(getRuntimeContext(), Counters.FUTURE);
        byReason = new EnumMap<>(DeadLetterReason.class);
        for (DeadLetterReason r : DeadLetterReason.values()) {
            byReason.put(r, JobCounter.register(getRuntimeContext(), "dead_letter_" + r.metricName()));
        }
    }

    @Override
    public void processElement(String line, Context ctx, Collector<FileEvent> out) {
        read.inc();
        if (++lines % PROGRESS_EVERY == 0) {
            ctx.output(PROGRESS, new Progress(getRuntimeContext().getIndexOfThisSubtask(), lines, lastEventMs));
        }
        if (line.isBlank()) {
            return;
        }
        FileEvent e = profile == SourceProfile.ELASTIC_DEFEND ? parseEcs(line, ctx) : mapWindows(line, ctx);
        if (e == null) {
            return;
        }
        if (aheadOfWallClock(e.timestampMs())) {
            deadLetterFuture(ctx, line, "the wall clock");
            return;
        }
        if (!guard.admit(e.timestampMs())) {
            deadLetterFuture(ctx, line, "the rest of the stream");
            return;
        }
        parsed.inc();
        lastEventMs = Math.max(lastEventMs, e.timestampMs());
        out.collect(e);
    }

    /** An Elastic Defend event, or {@code null} after dead-lettering the line. */
    private FileEvent parseEcs(String line, Context ctx) {
        ParseResult r = parser.parse(line);
        if (!r.isOk()) {
            deadLetter(ctx, r.deadLetter());
            return null;
        }
        return r.event();
    }

    /**
     * The transfer a Windows record describes, or {@code null}: dead-lettered if unreadable,
     * counted if not a transfer (its time still tells the guard where the stream is).
     */
    private FileEvent mapWindows(String line, Context ctx) {
        WindowsRemoteWrites.Mapped mapped;
        try {
            mapped = windows.read(profile, line);
        } catch (IOException | RuntimeException ex) {
            deadLetter(ctx, new DeadLetter(DeadLetterReason.INVALID_JSON,
                    String.valueOf(ex.getMessage()).lines().findFirst().orElse("unreadable"), truncate(line)));
            return null;
        }
        if (mapped.transfer().isPresent()) {
            return mapped.transfer().get();
        }
        long ts = mapped.recordTimeMs();
        if (ts != EcsTimestamps.INVALID && !aheadOfWallClock(ts)) {
            guard.admit(ts);
        }
        notProfileEvent.inc();
        return null;
    }

    private boolean aheadOfWallClock(long ts) {
        return ts > clock.millis() + maxFutureMs;
    }

    private void deadLetterFuture(Context ctx, String line, String aheadOf) {
        future.inc();
        deadLetter(ctx, new DeadLetter(DeadLetterReason.FUTURE_TIMESTAMP,
                "@timestamp more than the tolerated time.max-future ahead of " + aheadOf, truncate(line)));
    }

    private void deadLetter(Context ctx, DeadLetter d) {
        malformed.inc();
        byReason.get(d.reason()).inc();
        ctx.output(DEAD_LETTERS, d);
    }

    private static String truncate(String line) {
        return line.length() <= 4096 ? line : line.substring(0, 4096);
    }

    /**
     * How far one parse subtask has read.
     *
     * @param subtask subtask index
     * @param lines lines read by it so far
     * @param eventTimeMs latest event time it has seen
     */
    public record Progress(int subtask, long lines, long eventTimeMs) {}
}
