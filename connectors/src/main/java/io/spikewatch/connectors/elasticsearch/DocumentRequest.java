package io.spikewatch.connectors.elasticsearch;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One document on its way to Elasticsearch: the unit the async sink buffers, batches, retries and
 * keeps in checkpoints ({@link DocumentRequestSerializer}). Kept minimal (no index name, no client
 * objects) because every buffered entry is written into each checkpoint.
 *
 * @param id the document {@code _id}
 * @param json the document source, UTF-8 JSON
 * @param failedAttempts how many times sending this document has failed transiently so far; the
 *     sink gives up after {@link ElasticsearchSettings#maxRetries()}
 */
public record DocumentRequest(String id, byte[] json, int failedAttempts) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Bytes of the bulk body beside the source, per document: the action line
     * {@code {"index":{"_id":"..."}}} and two newlines.
     */
    static final int ACTION_OVERHEAD_BYTES = 22;

    public DocumentRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(json, "json");
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("failedAttempts must be >= 0, got " + failedAttempts);
        }
    }

    /** The same document after one more failed attempt. */
    public DocumentRequest failedOnceMore() {
        return new DocumentRequest(id, json, failedAttempts + 1);
    }

    /** What this document adds to a bulk request body, used for the batch-size limit. */
    public long sizeInBytes() {
        return json.length + id.getBytes(StandardCharsets.UTF_8).length + ACTION_OVERHEAD_BYTES;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentRequest other
                && id.equals(other.id)
                && failedAttempts == other.failedAttempts
                && Arrays.equals(json, other.json);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * id.hashCode() + Arrays.hashCode(json)) + failedAttempts;
    }

    @Override
    public String toString() {
        return "DocumentRequest[id=" + id + ", " + json.length + " bytes, failedAttempts=" + failedAttempts + "]";
    }
}
