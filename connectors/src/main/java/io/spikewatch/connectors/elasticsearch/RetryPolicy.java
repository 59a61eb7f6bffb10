package io.spikewatch.connectors.elasticsearch;

/**
 * How often and how patiently a document is retried after transient failures: at most
 * {@code maxRetries} retries, the n-th after {@code initialBackoffMs * 2^(n-1)} milliseconds, capped
 * at {@code maxBackoffMs}. Deterministic (no jitter): every sink subtask holds its own single
 * request, so there is no herd of clients to spread out within one subtask.
 */
record RetryPolicy(int maxRetries, long initialBackoffMs, long maxBackoffMs) {

    RetryPolicy {
        if (maxRetries < 0 || initialBackoffMs <= 0 || maxBackoffMs < initialBackoffMs) {
            throw new IllegalArgumentException("invalid retry policy: maxRetries=" + maxRetries
                    + ", initialBackoffMs=" + initialBackoffMs + ", maxBackoffMs=" + maxBackoffMs);
        }
    }

    static RetryPolicy of(ElasticsearchSettings settings) {
        return new RetryPolicy(settings.maxRetries(), settings.initialBackoffMs(), settings.maxBackoffMs());
    }

    /** Whether a document that has now failed {@code failedAttempts} times must not be retried again. */
    boolean exhausted(int failedAttempts) {
        return failedAttempts > maxRetries;
    }

    /** The wait before retrying a document that has failed {@code failedAttempts} (>= 1) times. */
    long backoffMs(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be >= 1, got " + failedAttempts);
        }
        int doublings = failedAttempts - 1;
        // Past 62 doublings the shift overflows; the cap has long been reached by then.
        if (doublings >= 62 || initialBackoffMs > (maxBackoffMs >> doublings)) {
            return maxBackoffMs;
        }
        return initialBackoffMs << doublings;
    }
}
