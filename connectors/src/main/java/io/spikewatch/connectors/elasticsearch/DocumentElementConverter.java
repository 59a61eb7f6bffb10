package io.spikewatch.connectors.elasticsearch;

import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.connector.base.sink.writer.ElementConverter;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Adapts a {@link DocumentConverter} to the async sink: element in, {@link DocumentRequest} out.
 * It checks what Elasticsearch would reject for the whole batch, or what the sink could never send,
 * here, where the message can name the document: a missing or oversized id, an empty document, a
 * document larger than a whole bulk request may be.
 *
 * @param <T> the stream element type
 */
final class DocumentElementConverter<T> implements ElementConverter<T, DocumentRequest> {

    private static final long serialVersionUID = 1L;

    /** Elasticsearch's limit on {@code _id}, in bytes. */
    static final int MAX_ID_BYTES = 512;

    private final DocumentConverter<T> converter;
    private final long maxDocumentBytes;

    DocumentElementConverter(DocumentConverter<T> converter, long maxDocumentBytes) {
        this.converter = Objects.requireNonNull(converter, "converter");
        this.maxDocumentBytes = maxDocumentBytes;
    }

    @Override
    public DocumentRequest apply(T element, SinkWriter.Context context) {
        String id = converter.id(element);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("DocumentConverter returned no id for " + describe(element)
                    + "; every document needs a deterministic _id");
        }
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw new IllegalArgumentException("document id '" + id.substring(0, 64) + "...' is longer than "
                    + MAX_ID_BYTES + " bytes, Elasticsearch's limit for _id");
        }
        byte[] json = converter.json(element);
        if (json == null || json.length == 0) {
            throw new IllegalArgumentException("DocumentConverter returned an empty document for id " + id);
        }
        DocumentRequest request = new DocumentRequest(id, json, 0);
        if (request.sizeInBytes() > maxDocumentBytes) {
            throw new IllegalArgumentException("document " + id + " is " + request.sizeInBytes()
                    + " bytes in a bulk request, more than maxBatchBytes (" + maxDocumentBytes
                    + "); raise maxBatchBytes or shrink the document");
        }
        return request;
    }

    private static String describe(Object element) {
        String text = String.valueOf(element);
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
