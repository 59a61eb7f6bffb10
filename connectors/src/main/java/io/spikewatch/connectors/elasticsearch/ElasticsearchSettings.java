package io.spikewatch.connectors.elasticsearch;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;

/**
 * Where and how the Elasticsearch sink and the template installer talk to Elasticsearch, with
 * every value already resolved (secrets are plain strings here; the job resolves them from its
 * configuration). Serializable because it travels inside the sink to every task manager.
 *
 * <p>Validated on construction, so a wrong value fails when the job is built, naming the field,
 * instead of in the first bulk request on a task manager. {@link #toString()} masks the password
 * and the API key, so the settings can be logged.
 *
 * @param hosts base URLs of the nodes, {@code http://} or {@code https://} with a port, e.g.
 *     {@code http://127.0.0.1:9200}; requests are spread over them and a dead node is skipped
 * @param index the target index or alias of every document
 * @param username basic-auth user, null when unused (then {@code password} must be null too)
 * @param password basic-auth password, null when unused
 * @param apiKey the encoded API key ({@code base64(id:key)}) sent as {@code Authorization: ApiKey
 *     <apiKey>}, null when unused; not together with a username
 * @param caCertificatePath a PEM file with the CA certificate(s) to trust for {@code https} hosts,
 *     null for the JVM's default trust store
 * @param maxBatchSize documents per bulk request at most
 * @param maxInFlightRequests bulk requests under way at once per sink subtask; keep 1 when the
 *     same document id can be written twice, so a retried old version cannot overwrite a newer one
 * @param maxBufferedRequests documents buffered per subtask before the sink back-pressures; must
 *     be greater than {@code maxBatchSize}
 * @param maxBatchBytes bytes per bulk request at most; also the largest single document accepted
 * @param maxTimeInBufferMs how long a document may wait for a full batch before it is sent
 * @param maxRetries how many times one document is retried after transient failures before the
 *     job fails
 * @param initialBackoffMs the wait before the first retry; doubled for each further retry
 * @param maxBackoffMs the longest wait between two retries
 * @param requestTimeoutMs connect and socket timeout of one HTTP request
 */
public record ElasticsearchSettings(
        List<String> hosts,
        String index,
        String username,
        String password,
        String apiKey,
        String caCertificatePath,
        int maxBatchSize,
        int maxInFlightRequests,
        int maxBufferedRequests,
        long maxBatchBytes,
        long maxTimeInBufferMs,
        int maxRetries,
        long initialBackoffMs,
        long maxBackoffMs,
        long requestTimeoutMs)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DEFAULT_MAX_BATCH_SIZE = 500;
    public static final int DEFAULT_MAX_IN_FLIGHT_REQUESTS = 1;
    public static final int DEFAULT_MAX_BUFFERED_REQUESTS = 10_000;
    public static final long DEFAULT_MAX_BATCH_BYTES = 5L * 1024 * 1024;
    public static final long DEFAULT_MAX_TIME_IN_BUFFER_MS = 1_000;
    public static final int DEFAULT_MAX_RETRIES = 10;
    public static final long DEFAULT_INITIAL_BACKOFF_MS = 100;
    public static final long DEFAULT_MAX_BACKOFF_MS = 30_000;
    public static final long DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

    public ElasticsearchSettings {
        Objects.requireNonNull(hosts, "hosts");
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("hosts must name at least one Elasticsearch URL, e.g. http://127.0.0.1:9200");
        }
        hosts = List.copyOf(hosts);
        hosts.forEach(ElasticsearchSettings::requireHostUrl);
        if (index == null || index.isBlank()) {
            throw new IllegalArgumentException("index must name the target index or alias");
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("username and password go together: set both or neither");
        }
        if (username != null && apiKey != null) {
            throw new IllegalArgumentException("set either username/password or apiKey, not both");
        }
        if (apiKey != null && apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey is blank: leave it unset or give the encoded key");
        }
        if (caCertificatePath != null && caCertificatePath.isBlank()) {
            throw new IllegalArgumentException("caCertificatePath is blank: leave it unset or give a PEM file");
        }
        requirePositive(maxBatchSize, "maxBatchSize");
        requirePositive(maxInFlightRequests, "maxInFlightRequests");
        if (maxBufferedRequests <= maxBatchSize) {
            throw new IllegalArgumentException("maxBufferedRequests (" + maxBufferedRequests
                    + ") must be greater than maxBatchSize (" + maxBatchSize + ")");
        }
        requirePositive(maxBatchBytes, "maxBatchBytes");
        requirePositive(maxTimeInBufferMs, "maxTimeInBufferMs");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
        }
        requirePositive(initialBackoffMs, "initialBackoffMs");
        if (maxBackoffMs < initialBackoffMs) {
            throw new IllegalArgumentException("maxBackoffMs (" + maxBackoffMs
                    + ") must be >= initialBackoffMs (" + initialBackoffMs + ")");
        }
        requirePositive(requestTimeoutMs, "requestTimeoutMs");
    }

    /** No authentication, JVM trust, and the documented defaults for everything else. */
    public static ElasticsearchSettings defaults(List<String> hosts, String index) {
        return new ElasticsearchSettings(hosts, index, null, null, null, null,
                DEFAULT_MAX_BATCH_SIZE, DEFAULT_MAX_IN_FLIGHT_REQUESTS, DEFAULT_MAX_BUFFERED_REQUESTS,
                DEFAULT_MAX_BATCH_BYTES, DEFAULT_MAX_TIME_IN_BUFFER_MS, DEFAULT_MAX_RETRIES,
                DEFAULT_INITIAL_BACKOFF_MS, DEFAULT_MAX_BACKOFF_MS, DEFAULT_REQUEST_TIMEOUT_MS);
    }

    public ElasticsearchSettings withIndex(String newIndex) {
        return new ElasticsearchSettings(hosts, newIndex, username, password, apiKey, caCertificatePath,
                maxBatchSize, maxInFlightRequests, maxBufferedRequests, maxBatchBytes, maxTimeInBufferMs,
                maxRetries, initialBackoffMs, maxBackoffMs, requestTimeoutMs);
    }

    /** Basic authentication; clears an API key. */
    public ElasticsearchSettings withBasicAuth(String newUsername, String newPassword) {
        return new ElasticsearchSettings(hosts, index, newUsername, newPassword, null, caCertificatePath,
                maxBatchSize, maxInFlightRequests, maxBufferedRequests, maxBatchBytes, maxTimeInBufferMs,
                maxRetries, initialBackoffMs, maxBackoffMs, requestTimeoutMs);
    }

    /** API-key authentication; clears a username and password. */
    public ElasticsearchSettings withApiKey(String newApiKey) {
        return new ElasticsearchSettings(hosts, index, null, null, newApiKey, caCertificatePath,
                maxBatchSize, maxInFlightRequests, maxBufferedRequests, maxBatchBytes, maxTimeInBufferMs,
                maxRetries, initialBackoffMs, maxBackoffMs, requestTimeoutMs);
    }

    public ElasticsearchSettings withCaCertificatePath(String newCaCertificatePath) {
        return new ElasticsearchSettings(hosts, index, username, password, apiKey, newCaCertificatePath,
                maxBatchSize, maxInFlightRequests, maxBufferedRequests, maxBatchBytes, maxTimeInBufferMs,
                maxRetries, initialBackoffMs, maxBackoffMs, requestTimeoutMs);
    }

    /** The batching limits of {@link org.apache.flink.connector.base.sink.AsyncSinkBase}. */
    public ElasticsearchSettings withBatching(int newMaxBatchSize, int newMaxInFlightRequests,
            int newMaxBufferedRequests, long newMaxBatchBytes, long newMaxTimeInBufferMs) {
        return new ElasticsearchSettings(hosts, index, username, password, apiKey, caCertificatePath,
                newMaxBatchSize, newMaxInFlightRequests, newMaxBufferedRequests, newMaxBatchBytes,
                newMaxTimeInBufferMs, maxRetries, initialBackoffMs, maxBackoffMs, requestTimeoutMs);
    }

    /** How often and how patiently transient failures are retried. */
    public ElasticsearchSettings withRetries(int newMaxRetries, long newInitialBackoffMs, long newMaxBackoffMs) {
        return new ElasticsearchSettings(hosts, index, username, password, apiKey, caCertificatePath,
                maxBatchSize, maxInFlightRequests, maxBufferedRequests, maxBatchBytes, maxTimeInBufferMs,
                newMaxRetries, newInitialBackoffMs, newMaxBackoffMs, requestTimeoutMs);
    }

    public ElasticsearchSettings withRequestTimeoutMs(long newRequestTimeoutMs) {
        return new ElasticsearchSettings(hosts, index, username, password, apiKey, caCertificatePath,
                maxBatchSize, maxInFlightRequests, maxBufferedRequests, maxBatchBytes, maxTimeInBufferMs,
                maxRetries, initialBackoffMs, maxBackoffMs, newRequestTimeoutMs);
    }

    /** The hosts joined for messages, e.g. {@code http://es1:9200, http://es2:9200}. */
    public String hostList() {
        return String.join(", ", hosts);
    }

    @Override
    public String toString() {
        return "ElasticsearchSettings[hosts=" + hosts + ", index=" + index
                + ", username=" + username + ", password=" + (password == null ? null : "***")
                + ", apiKey=" + (apiKey == null ? null : "***") + ", caCertificatePath=" + caCertificatePath
                + ", maxBatchSize=" + maxBatchSize + ", maxInFlightRequests=" + maxInFlightRequests
                + ", maxBufferedRequests=" + maxBufferedRequests + ", maxBatchBytes=" + maxBatchBytes
                + ", maxTimeInBufferMs=" + maxTimeInBufferMs + ", maxRetries=" + maxRetries
                + ", initialBackoffMs=" + initialBackoffMs + ", maxBackoffMs=" + maxBackoffMs
                + ", requestTimeoutMs=" + requestTimeoutMs + "]";
    }

    private static void requireHostUrl(String host) {
        String hint = "; expected a URL like http://127.0.0.1:9200 or https://es1:9200";
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("hosts contains an empty entry" + hint);
        }
        URI uri;
        try {
            uri = new URI(host);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("hosts entry '" + host + "' is not a URL" + hint, e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("hosts entry '" + host + "' needs the scheme http or https" + hint);
        }
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("hosts entry '" + host + "' needs a host and a port" + hint);
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !"/".equals(uri.getRawPath())) {
            throw new IllegalArgumentException("hosts entry '" + host + "' has a path; path prefixes are not supported" + hint);
        }
    }

    private static void requirePositive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got " + value);
        }
    }
}
