package io.spikewatch.connectors.elasticsearch;

/**
 * Why the Elasticsearch sink failed the job: a document Elasticsearch rejected (named by id, index
 * and Elasticsearch's reason), a document that stayed undeliverable after every retry, or a request
 * failure that retrying cannot fix (credentials, TLS). Alerts are never dropped silently, so each
 * of these stops the job instead; the message says what to fix.
 */
public final class ElasticsearchSinkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ElasticsearchSinkException(String message) {
        super(message);
    }

    public ElasticsearchSinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
