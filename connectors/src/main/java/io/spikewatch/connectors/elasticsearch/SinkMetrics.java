package io.spikewatch.connectors.elasticsearch;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

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

    static SinkMetrics register(MetricGroup writerGroup) {
        MetricGroup group = writerGroup.addGroup(GROUP);
        return new SinkMetrics(group.counter("documentsWritten"), group.counter("documentsRetried"),
                group.counter("documentsFailed"), group.counter("bulkRequestsFailed"));
    }
}
