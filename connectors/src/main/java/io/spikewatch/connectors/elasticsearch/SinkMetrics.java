package io.spikewatch.connectors.elasticsearch;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.ThreadSafeSimpleCounter;

/**
 * The sink's counters, in the group {@code elasticsearch} of each writer's metric group, beside
 * Flink's own {@code numRecordsSend} (which counts attempts, retries included):
 *
 * <ul>
 *   <li>{@code documentsWritten}: documents Elasticsearch confirmed;
 *   <li>{@code documentsRetried}: documents sent again after a transient failure;
 *   <li>{@code documentsFailed}: documents of a bulk request that stopped the job;
 *   <li>{@code bulkRequestsFailed}: bulk requests without a response (connection, timeout, HTTP
 *       error), retried or not.
 * </ul>
 */
record SinkMetrics(Counter documentsWritten, Counter documentsRetried, Counter documentsFailed,
        Counter bulkRequestsFailed) {

    static final String GROUP = "elasticsearch";

    /**
     * Registers the counters. They are thread-safe because the client's I/O threads count the
     * outcome of a bulk response, several at once when more than one request is in flight.
     */
    static SinkMetrics register(MetricGroup writerGroup) {
        MetricGroup group = writerGroup.addGroup(GROUP);
        return new SinkMetrics(counter(group, "documentsWritten"), counter(group, "documentsRetried"),
                counter(group, "documentsFailed"), counter(group, "bulkRequestsFailed"));
    }

    private static Counter counter(MetricGroup group, String name) {
        return group.counter(name, new ThreadSafeSimpleCounter());
    }
}
