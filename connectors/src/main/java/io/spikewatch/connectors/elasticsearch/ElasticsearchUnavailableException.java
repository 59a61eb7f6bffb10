package io.spikewatch.connectors.elasticsearch;

/**
 * Elasticsearch could not be used at startup, with a message an operator can act on: which hosts,
 * what was attempted, and what failed (connection refused, TLS trust, credentials, or
 * Elasticsearch's own reason for rejecting a request). Thrown instead of the client's exceptions so
 * the job's command line can print one sentence rather than a stack trace.
 */
public final class ElasticsearchUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ElasticsearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
