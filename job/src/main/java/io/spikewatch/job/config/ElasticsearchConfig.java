package io.spikewatch.job.config;

import java.io.Serializable;
import java.util.List;

/**
 * Where alerts are indexed. Secrets ({@code password}, {@code apiKey}) are already resolved from
 * {@code ${env:NAME}} / {@code ${file:/path}} references and never printed.
 *
 * @param enabled whether alerts go to Elasticsearch at all
 * @param hosts {@code http(s)://host:port} URLs
 * @param index the alerts index (or alias / data stream name the template matches)
 * @param username basic auth user, {@code ""} = none
 * @param password basic auth password
 * @param apiKey encoded API key ({@code Authorization: ApiKey ...}), {@code ""} = none
 * @param caCertificate PEM file trusted for TLS, {@code ""} = the JVM's trust store
 * @param installTemplate install the bundled index template at startup when absent
 * @param bulkMaxActions documents per bulk request
 * @param bulkMaxBytes bytes per bulk request
 * @param flushIntervalMs longest time a document waits in the buffer
 * @param maxRetries retries of a document rejected with 429/5xx or of a failed request, then the job fails
 * @param initialBackoffMs first retry delay, doubled per retry
 * @param maxBackoffMs largest retry delay
 * @param requestTimeoutMs timeout of one request
 * @param heldAlerts also index the records the gate held back, as building-block alerts (hidden
 *     from Kibana's alerts views, searchable for audit)
 */
public record ElasticsearchConfig(
        boolean enabled,
        List<String> hosts,
        String index,
        String username,
        String password,
        String apiKey,
        String caCertificate,
        boolean installTemplate,
        int bulkMaxActions,
        long bulkMaxBytes,
        long flushIntervalMs,
        int maxRetries,
        long initialBackoffMs,
        long maxBackoffMs,
        long requestTimeoutMs,
        boolean heldAlerts) implements Serializable {

    public ElasticsearchConfig {
        hosts = List.copyOf(hosts);
    }

    public static ElasticsearchConfig defaults() {
        return new ElasticsearchConfig(true, List.of("http://127.0.0.1:9200"), "spikewatch-alerts", "", "", "", "",
                true, 500, 5L << 20, 1_000L, 10, 100L, 30_000L, 30_000L, true);
    }

    /** Checks the values that can be checked before connecting. */
    public ElasticsearchConfig validate() {
        if (!enabled) {
            return this;
        }
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("elasticsearch.hosts: at least one http(s)://host:port");
        }
        for (String h : hosts) {
            if (!h.matches("https?://[^/\\s]+(:\\d+)?/?")) {
                throw new IllegalArgumentException("elasticsearch.hosts: expected http(s)://host:port, got '" + h + "'");
            }
        }
        if (index.isBlank() || !index.equals(index.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("elasticsearch.index: a lower-case index name, got '" + index + "'");
        }
        if (!username.isEmpty() && !apiKey.isEmpty()) {
            throw new IllegalArgumentException("elasticsearch: set username/password or api-key, not both");
        }
        if (bulkMaxActions < 1 || bulkMaxBytes < 1024 || flushIntervalMs < 1 || maxRetries < 0
                || initialBackoffMs < 1 || maxBackoffMs < initialBackoffMs || requestTimeoutMs < 1) {
            throw new IllegalArgumentException("elasticsearch: bulk-max-actions >= 1, bulk-max-bytes >= 1024, "
                    + "flush-interval > 0, max-retries >= 0, 0 < initial-backoff <= max-backoff, request-timeout > 0");
        }
        return this;
    }

    @Override
    public String toString() {
        return "ElasticsearchConfig[" + (enabled ? hosts + " index " + index
                + (username.isEmpty() ? "" : ", user " + username + ", password ***")
                + (apiKey.isEmpty() ? "" : ", api-key ***")
                + (caCertificate.isEmpty() ? "" : ", CA " + caCertificate) : "disabled") + "]";
    }
}
