package io.spikewatch.connectors.ecs;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A {@link DeadLetter} as one line of JSON for the dead-letter NDJSON file or topic:
 * {@code {"reason":"wrong_type","detail":"...","source":"...","raw":"..."}}. The raw record is
 * embedded as an escaped string, so the line stays one line whatever the record held, and the
 * reason uses the same lower-case token as the dead-letter counters.
 */
public final class DeadLetterDocument {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private DeadLetterDocument() {}

    /**
     * The JSON line, without the trailing newline.
     *
     * @param source where the record came from (file and line, topic-partition@offset), may be null
     */
    public static String toJson(DeadLetter d, String source) {
        return new String(toJsonBytes(d, source), StandardCharsets.UTF_8);
    }

    /** {@link #toJson} as UTF-8 bytes, for a Kafka value or a file stream. */
    public static byte[] toJsonBytes(DeadLetter d, String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + d.raw().length());
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("reason", d.reason().metricName());
            g.writeStringField("detail", d.detail());
            g.writeStringField("source", source);
            g.writeStringField("raw", d.raw());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
