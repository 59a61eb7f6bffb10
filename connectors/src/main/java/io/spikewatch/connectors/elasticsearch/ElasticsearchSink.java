package io.spikewatch.connectors.elasticsearch;

import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.StatefulSink;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.AsyncSinkBase;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.core.io.SimpleVersionedSerializer;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Writes a stream into one Elasticsearch index with bulk {@code index} requests and explicit
 * document ids, on Flink's async sink framework ({@link AsyncSinkBase}), the design of the upstream
 * Elasticsearch 8 connector, which is not published for Flink 1.20. See RECIPES.md for why the
 * official Elasticsearch 7 connector cannot talk to Elasticsearch 8.
 *
 * <p><b>Delivery.</b> At least once: a checkpoint waits until every bulk request in flight has
 * been answered and stores the documents still buffered, so a restore sends exactly what was not
 * yet confirmed. Because every write carries the element's deterministic id, a document sent twice
 * is overwritten, which makes the index effectively exactly-once.
 *
 * <p><b>Failures.</b> Documents that Elasticsearch turns away for now (429, 5xx, rejected
 * execution, timeouts) and bulk requests without an answer (connection refused, timeout) are sent
 * again after an exponential backoff, up to {@code maxRetries} times per document; then the job
 * fails. A document Elasticsearch rejects for good (a mapping or parse error) fails the job at
 * once, naming the id, the index and Elasticsearch's reason: alerts are never dropped silently.
 * {@link FailureClassifier} holds the rules.
 *
 * <p><b>Metrics.</b> See {@link SinkMetrics}.
 *
 * @param <T> the stream element type
 */
public final class ElasticsearchSink<T> extends AsyncSinkBase<T, DocumentRequest> {

    private static final long serialVersionUID = 1L;

    private final ElasticsearchSettings settings;

    private ElasticsearchSink(ElasticsearchSettings settings, DocumentConverter<T> converter) {
        super(new DocumentElementConverter<>(converter, settings.maxBatchBytes()),
                settings.maxBatchSize(),
                settings.maxInFlightRequests(),
                settings.maxBufferedRequests(),
                settings.maxBatchBytes(),
                settings.maxTimeInBufferMs(),
                settings.maxBatchBytes(),
                stuckRequestTimeoutMs(settings),
                true);
        this.settings = settings;
    }

    /** A sink writing every element as the document {@code converter} makes of it. */
    public static <T> ElasticsearchSink<T> create(ElasticsearchSettings settings, DocumentConverter<T> converter) {
        return new ElasticsearchSink<>(Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(converter, "converter"));
    }

    /**
     * The framework's own request timeout, a backstop that should never fire: one bulk request is
     * bounded by the client's timeouts on each host (connect, socket, pool lease) plus the backoff
     * before its retry. If it does fire, something hangs, and the job fails rather than wait.
     */
    static long stuckRequestTimeoutMs(ElasticsearchSettings settings) {
        return 3L * settings.requestTimeoutMs() * settings.hosts().size() + settings.maxBackoffMs() + 60_000;
    }

    // StatefulSink is deprecated in Flink 1.20, but AsyncSinkBase still implements it, so its
    // writer type is the return type these overrides must keep.
    @Override
    @SuppressWarnings("deprecation")
    public StatefulSink.StatefulSinkWriter<T, BufferedRequestState<DocumentRequest>> createWriter(
            WriterInitContext context) {
        return restoreWriter(context, List.of());
    }

    @Override
    @SuppressWarnings("deprecation")
    public StatefulSink.StatefulSinkWriter<T, BufferedRequestState<DocumentRequest>> restoreWriter(
            WriterInitContext context, Collection<BufferedRequestState<DocumentRequest>> recoveredState) {
        AsyncSinkWriterConfiguration configuration = AsyncSinkWriterConfiguration.builder()
                .setMaxBatchSize(getMaxBatchSize())
                .setMaxBatchSizeInBytes(getMaxBatchSizeInBytes())
                .setMaxInFlightRequests(getMaxInFlightRequests())
                .setMaxBufferedRequests(getMaxBufferedRequests())
                .setMaxTimeInBufferMS(getMaxTimeInBufferMS())
                .setMaxRecordSizeInBytes(getMaxRecordSizeInBytes())
                .setRequestTimeoutMS(getRequestTimeoutMS())
                .setFailOnTimeout(getFailOnTimeout())
                .build();
        return new ElasticsearchSinkWriter<>(getElementConverter(), context, configuration, recoveredState, settings);
    }

    /**
     * The pre-1.19 entry point, abstract in {@link org.apache.flink.api.connector.sink2.Sink} but
     * never called by Flink 1.20, which creates writers with a {@link WriterInitContext}.
     */
    @Override
    @Deprecated
    public SinkWriter<T> createWriter(InitContext context) {
        throw new UnsupportedOperationException(
                "Flink 1.20 creates sink writers with a WriterInitContext; use createWriter(WriterInitContext)");
    }

    @Override
    public SimpleVersionedSerializer<BufferedRequestState<DocumentRequest>> getWriterStateSerializer() {
        return new DocumentRequestSerializer();
    }
}
