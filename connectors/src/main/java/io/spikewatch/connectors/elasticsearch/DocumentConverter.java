package io.spikewatch.connectors.elasticsearch;

import java.io.Serializable;

/**
 * Turns a stream element into the Elasticsearch document the sink indexes. The id is part of the
 * contract, not an option: every write is an {@code index} with this explicit {@code _id}, so a
 * replay after a failure, or a second run over the same input, overwrites the document instead of
 * adding a duplicate. Ids must therefore be deterministic functions of the element (spikewatch uses
 * {@code kibana.alert.uuid}).
 *
 * <p>Serializable because it is shipped with the sink to the task managers.
 *
 * @param <T> the stream element type
 */
public interface DocumentConverter<T> extends Serializable {

    /** The document {@code _id}: not blank, at most 512 bytes of UTF-8 (Elasticsearch's limit). */
    String id(T element);

    /** The whole document as UTF-8 JSON. */
    byte[] json(T element);
}
