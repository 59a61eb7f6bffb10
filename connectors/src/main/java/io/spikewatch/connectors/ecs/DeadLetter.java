package io.spikewatch.connectors.ecs;

import java.util.Objects;

/**
 * An input record that could not be parsed, kept with the reason so it can be counted, written to
 * the dead-letter path and replayed after a fix. A record of an enum and strings, so Flink
 * serializes it as a POJO without Kryo.
 *
 * @param reason the reason code, never null
 * @param detail one human sentence naming the field and what was wrong, never null
 * @param raw the input as text, truncated to {@value #MAX_RAW_BYTES} bytes of UTF-8 (or as many
 *     characters for text input) so one huge record cannot blow up the dead-letter sink
 */
public record DeadLetter(DeadLetterReason reason, String detail, String raw) {

    /** Upper bound of {@link #raw}: enough to see what a producer sent, small enough to store. */
    public static final int MAX_RAW_BYTES = 4096;

    public DeadLetter {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(raw, "raw");
    }
}
