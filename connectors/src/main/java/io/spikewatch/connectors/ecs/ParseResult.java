package io.spikewatch.connectors.ecs;

import io.spikewatch.model.FileEvent;
import java.util.Objects;

/**
 * The outcome of parsing one record: exactly one of a {@link FileEvent} or a {@link DeadLetter}.
 * A value rather than an exception, because a bad record is an expected input, not an error of
 * the job (an exception would restart the job forever on the same record).
 */
public final class ParseResult {

    private final FileEvent event;
    private final DeadLetter deadLetter;

    private ParseResult(FileEvent event, DeadLetter deadLetter) {
        this.event = event;
        this.deadLetter = deadLetter;
    }

    /** A successfully parsed event. */
    public static ParseResult ok(FileEvent event) {
        return new ParseResult(Objects.requireNonNull(event, "event"), null);
    }

    /** A record that goes to the dead-letter path. */
    public static ParseResult failed(DeadLetter deadLetter) {
        return new ParseResult(null, Objects.requireNonNull(deadLetter, "deadLetter"));
    }

    /** Whether parsing produced an event. */
    public boolean isOk() {
        return event != null;
    }

    /** The event, or {@code null} when {@link #isOk()} is false. */
    public FileEvent event() {
        return event;
    }

    /** The dead letter, or {@code null} when {@link #isOk()} is true. */
    public DeadLetter deadLetter() {
        return deadLetter;
    }

    @Override
    public String toString() {
        return isOk() ? "ParseResult[ok " + event.hostName() + " @" + event.timestampMs() + "]"
                : "ParseResult[" + deadLetter.reason() + ": " + deadLetter.detail() + "]";
    }
}
