package io.spikewatch.job.source;

import io.spikewatch.connectors.ecs.DeadLetter;
import io.spikewatch.connectors.ecs.DeadLetterReason;
import io.spikewatch.connectors.ecs.EcsEventParser;
import io.spikewatch.connectors.ecs.EcsTimestamps;
import io.spikewatch.connectors.ecs.ParseResult;
import io.spikewatch.connectors.profile.SourceProfile;
import io.spikewatch.connectors.profile.WindowsRemoteWrites;
import io.spikewatch.model.EventTimeGuard;
import io.spikewatch.model.FileEvent;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Bytes or a line to a {@link SourceRecord}, for the configured {@link SourceProfile}. Never throws
 * on input. Events stamped more than {@code maxFutureMs} ahead of the wall clock, or ahead of the
 * rest of their stream ({@link EventTimeGuard}, one per file reader or Kafka partition), become
 * {@code FUTURE_TIMESTAMP} dead letters here, before the watermark sees them: one such event would
 * push the watermark ahead and make every real event late.
 *
 * <p>One instance per source reader (single-threaded); the parsers are created on first use.
 */
public final class RecordDecoder implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Events in a row that confirm a genuine jump of the stream's time. */
    static final int JUMP_CONFIRMATIONS = 16;

    private final SourceProfile profile;
    private final long maxFutureMs;
    private final Clock clock;

    private transient EcsEventParser ecs;
    private transient WindowsRemoteWrites windows;
    private transient Map<StreamId, EventTimeGuard> guards;
    private transient StreamId lastStream;
    private transient EventTimeGuard lastGuard;

    /**
     * @param profile what kind of events the records carry
     * @param maxFutureMs tolerated lead of event time over the wall clock and over the stream
     * @param clock the wall clock; only used for that check, never for detection
     */
    public RecordDecoder(SourceProfile profile, long maxFutureMs, Clock clock) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.maxFutureMs = maxFutureMs;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A line of a file; blank lines are {@link SourceRecord.Kind#BLANK}. */
    public SourceRecord decode(String line, String origin, long lineNumber) {
        if (line.isBlank()) {
            return SourceRecord.other(SourceRecord.Kind.BLANK, origin, -1, lineNumber);
        }
        if (profile == SourceProfile.ELASTIC_DEFEND) {
            return admit(parser().parse(line), line, null, origin, -1, lineNumber);
        }
        return mapWindows(line, origin, -1, lineNumber);
    }

    /** A Kafka record's value; an empty or missing value is an {@code EMPTY_LINE} dead letter. */
    public SourceRecord decode(byte[] value, String topic, int partition, long offset) {
        if (profile == SourceProfile.ELASTIC_DEFEND || value == null) {
            return admit(parser().parse(value), null, value, topic, partition, offset);
        }
        return mapWindows(new String(value, StandardCharsets.UTF_8), topic, partition, offset);
    }

    private SourceRecord admit(ParseResult r, String line, byte[] bytes, String origin, int partition,
                               long offset) {
        if (!r.isOk()) {
            return SourceRecord.deadLetter(r.deadLetter(), origin, partition, offset);
        }
        return admit(r.event(), line, bytes, origin, partition, offset);
    }

    /** {@code line} or {@code bytes} is the raw record, kept for a dead letter. */
    private SourceRecord admit(FileEvent e, String line, byte[] bytes, String origin, int partition, long offset) {
        if (aheadOfWallClock(e.timestampMs())) {
            return future(raw(line, bytes), "the wall clock", origin, partition, offset);
        }
        if (!guard(origin, partition).admit(e.timestampMs())) {
            return future(raw(line, bytes), "the rest of the stream", origin, partition, offset);
        }
        return SourceRecord.event(e, origin, partition, offset);
    }

    /**
     * The transfer a Windows record describes; a record of another kind still tells the guard
     * where its stream is (sparse streams: one transfer among thousands of other records).
     */
    private SourceRecord mapWindows(String line, String origin, int partition, long offset) {
        WindowsRemoteWrites.Mapped mapped;
        try {
            mapped = windowsMapper().read(profile, line);
        } catch (IOException | RuntimeException ex) {
            return SourceRecord.deadLetter(new DeadLetter(DeadLetterReason.INVALID_JSON,
                    String.valueOf(ex.getMessage()).lines().findFirst().orElse("unreadable"), truncate(line)),
                    origin, partition, offset);
        }
        if (mapped.transfer().isPresent()) {
            return admit(mapped.transfer().get(), line, null, origin, partition, offset);
        }
        long ts = mapped.recordTimeMs();
        if (ts != EcsTimestamps.INVALID && !aheadOfWallClock(ts)) {
            guard(origin, partition).admit(ts);
        }
        return SourceRecord.other(SourceRecord.Kind.NOT_PROFILE_EVENT, origin, partition, offset);
    }

    private boolean aheadOfWallClock(long ts) {
        return ts > clock.millis() + maxFutureMs;
    }

    private static SourceRecord future(String raw, String aheadOf, String origin, int partition, long offset) {
        return SourceRecord.deadLetter(new DeadLetter(DeadLetterReason.FUTURE_TIMESTAMP,
                "@timestamp more than the tolerated time.max-future ahead of " + aheadOf, raw),
                origin, partition, offset);
    }

    /** The guard of one file reader (all files of a reader share it) or one Kafka partition. */
    private EventTimeGuard guard(String origin, int partition) {
        if (partition < 0) {
            origin = "";
        }
        if (lastGuard != null && lastStream.partition() == partition && lastStream.origin().equals(origin)) {
            return lastGuard;
        }
        if (guards == null) {
            guards = new HashMap<>();
        }
        lastStream = new StreamId(origin, partition);
        lastGuard = guards.computeIfAbsent(lastStream, k -> new EventTimeGuard(maxFutureMs, JUMP_CONFIRMATIONS));
        return lastGuard;
    }

    private EcsEventParser parser() {
        if (ecs == null) {
            ecs = new EcsEventParser();
        }
        return ecs;
    }

    private WindowsRemoteWrites windowsMapper() {
        if (windows == null) {
            windows = new WindowsRemoteWrites();
        }
        return windows;
    }

    private static String raw(String line, byte[] bytes) {
        if (line != null) {
            return truncate(line);
        }
        return new String(bytes, 0, Math.min(bytes.length, DeadLetter.MAX_RAW_BYTES), StandardCharsets.UTF_8);
    }

    private static String truncate(String line) {
        return line.length() <= DeadLetter.MAX_RAW_BYTES ? line : line.substring(0, DeadLetter.MAX_RAW_BYTES);
    }

    private record StreamId(String origin, int partition) {}
}
