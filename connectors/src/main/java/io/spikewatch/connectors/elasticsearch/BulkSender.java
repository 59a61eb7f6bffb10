package io.spikewatch.connectors.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import io.spikewatch.connectors.elasticsearch.BulkOutcome.ItemResult;
import org.apache.flink.connector.base.sink.writer.ResultHandler;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends one batch as one bulk request and reports the outcome to the async sink's
 * {@link ResultHandler}: {@code complete}, {@code retryForEntries} after the backoff, or
 * {@code completeExceptionally} with a message naming the document and Elasticsearch's reason.
 *
 * <p>The backoff is served by holding the request "in flight": the documents to retry go back to
 * the writer only when the wait is over. The writer meanwhile sends nothing else (with one request
 * in flight), fills its buffer and then back-pressures the job; a checkpoint waits for the retry,
 * so nothing in flight is ever lost. The wait runs on a scheduler of its own rather than on Flink's
 * processing-time service, which stops firing timers when the task is finishing.
 *
 * <p>Every bulk is {@code index} with an explicit {@code _id} into one index: a document sent twice
 * is overwritten, never duplicated.
 */
final class BulkSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BulkSender.class);

    private final ElasticsearchSettings settings;
    private final RetryPolicy policy;
    private final SinkMetrics metrics;
    private final ElasticsearchTransport transport;
    private final ElasticsearchAsyncClient client;
    private final ScheduledExecutorService backoff;

    BulkSender(ElasticsearchSettings settings, SinkMetrics metrics, String threadName) {
        this.settings = settings;
        this.policy = RetryPolicy.of(settings);
        this.metrics = metrics;
        RestClient restClient = ElasticsearchClients.restClient(settings);
        this.transport = ElasticsearchClients.transport(restClient);
        this.client = new ElasticsearchAsyncClient(transport);
        this.backoff = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Sends {@code batch} asynchronously; {@code handler} hears the outcome on a client thread. */
    void send(List<DocumentRequest> batch, ResultHandler<DocumentRequest> handler) {
        BulkRequest request;
        try {
            request = bulkRequest(batch);
        } catch (RuntimeException e) {
            handler.completeExceptionally(new ElasticsearchSinkException(
                    "could not build a bulk request for index " + settings.index() + ": " + e.getMessage(), e));
            return;
        }
        client.bulk(request).whenComplete((response, error) -> {
            try {
                onResult(batch, response, error, handler);
            } catch (RuntimeException e) {
                handler.completeExceptionally(new ElasticsearchSinkException(
                        "could not read the bulk response of index " + settings.index() + ": " + e.getMessage(), e));
            }
        });
    }

    private BulkRequest bulkRequest(List<DocumentRequest> batch) {
        List<BulkOperation> operations = new ArrayList<>(batch.size());
        for (DocumentRequest document : batch) {
            BinaryData source = BinaryData.of(document.json(), ContentType.APPLICATION_JSON);
            operations.add(BulkOperation.of(o -> o.index(i -> i.id(document.id()).document(source))));
        }
        return BulkRequest.of(b -> b.index(settings.index()).operations(operations));
    }

    private void onResult(List<DocumentRequest> batch, BulkResponse response, Throwable error,
            ResultHandler<DocumentRequest> handler) {
        BulkOutcome outcome;
        if (error != null) {
            metrics.bulkRequestsFailed().inc();
            FailureClassifier.RequestFailure failure = FailureClassifier.request(error);
            outcome = BulkOutcome.ofRequestFailure(batch, failure, settings.hostList(), policy);
            if (!outcome.failed()) {
                LOG.warn("Bulk request of {} documents to {} failed ({}); retrying in {} ms",
                        batch.size(), settings.hostList(), failure.description(), outcome.backoffMs());
            }
        } else {
            outcome = BulkOutcome.ofItems(batch, items(response), settings.index(), policy);
            if (!outcome.failed() && !outcome.retry().isEmpty()) {
                LOG.warn("Elasticsearch turned away {} of {} documents of a bulk request to {} for now; retrying in {} ms",
                        outcome.retry().size(), batch.size(), settings.index(), outcome.backoffMs());
            }
        }
        metrics.documentsWritten().inc(outcome.written());
        if (outcome.failed()) {
            metrics.documentsFailed().inc(batch.size() - outcome.written());
            handler.completeExceptionally(outcome.failure());
        } else if (outcome.retry().isEmpty()) {
            handler.complete();
        } else {
            metrics.documentsRetried().inc(outcome.retry().size());
            backoff.schedule(() -> retry(outcome.retry(), handler), outcome.backoffMs(), TimeUnit.MILLISECONDS);
        }
    }

    private static void retry(List<DocumentRequest> documents, ResultHandler<DocumentRequest> handler) {
        try {
            handler.retryForEntries(documents);
        } catch (RuntimeException closing) {
            // The task is shutting down: these documents were in no completed checkpoint (a
            // checkpoint waits for requests in flight), so the restarted job sends them again.
            LOG.debug("Sink writer closed while {} documents waited for a retry", documents.size(), closing);
        }
    }

    private static List<ItemResult> items(BulkResponse response) {
        List<ItemResult> items = new ArrayList<>(response.items().size());
        for (BulkResponseItem item : response.items()) {
            ErrorCause error = item.error();
            items.add(error == null ? ItemResult.ok(item.status())
                    : new ItemResult(item.status(), error.type(), FailureClassifier.reason(error)));
        }
        return items;
    }

    /** Stops pending retries and closes the client with its connections and I/O threads. */
    @Override
    public void close() throws IOException {
        backoff.shutdownNow();
        transport.close();
    }
}
