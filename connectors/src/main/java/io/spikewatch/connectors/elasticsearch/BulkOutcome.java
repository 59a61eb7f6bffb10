package io.spikewatch.connectors.elasticsearch;

import io.spikewatch.connectors.elasticsearch.FailureClassifier.RequestFailure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one bulk request came to, decided without Elasticsearch: how many documents were written,
 * which to send again and after how long, or why the job must stop.
 *
 * <p>A document to retry is dropped when the same batch holds a later document with the same id:
 * that later version was either written (retrying the old one would overwrite it) or is retried
 * itself, after the old one. Retried documents keep their order at the head of the writer's buffer,
 * so with one request in flight a newer version is never overtaken by an older one.
 *
 * @param written documents Elasticsearch confirmed
 * @param retry documents to send again, each with one more failed attempt, in batch order
 * @param superseded documents not retried because a later version of the same id is in the batch
 * @param backoffMs the wait before {@code retry} is handed back to the writer
 * @param failure why the job must stop, or null
 */
record BulkOutcome(int written, List<DocumentRequest> retry, int superseded, long backoffMs,
        ElasticsearchSinkException failure) {

    /** The result of one bulk item, as far as the decision needs it. */
    record ItemResult(int status, String errorType, String reason) {

        static ItemResult ok(int status) {
            return new ItemResult(status, null, null);
        }
    }

    /** A bulk response: {@code items.get(i)} answers {@code batch.get(i)}. */
    static BulkOutcome ofItems(List<DocumentRequest> batch, List<ItemResult> items, String index, RetryPolicy policy) {
        if (items.size() != batch.size()) {
            return failed(0, new ElasticsearchSinkException("Elasticsearch answered a bulk request of "
                    + batch.size() + " documents to index " + index + " with " + items.size()
                    + " item results; the sink cannot tell which were written"));
        }
        int written = 0;
        int rejected = 0;
        int firstRejected = -1;
        List<Integer> toRetry = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ItemResult item = items.get(i);
            switch (FailureClassifier.item(item.status(), item.errorType())) {
                case SUCCEEDED -> written++;
                case RETRY -> toRetry.add(i);
                case REJECT -> {
                    rejected++;
                    if (firstRejected < 0) {
                        firstRejected = i;
                    }
                }
            }
        }
        if (firstRejected >= 0) {
            ItemResult item = items.get(firstRejected);
            return failed(written, new ElasticsearchSinkException("Elasticsearch rejected document "
                    + batch.get(firstRejected).id() + " in index " + index + ": HTTP " + item.status() + " "
                    + item.errorType() + ": " + item.reason()
                    + (rejected > 1 ? " (and " + (rejected - 1) + " more documents of the same bulk request)" : "")
                    + ". Alerts are never dropped: fix the index template or the document and restart the job"));
        }
        return retrying(written, batch, toRetry, policy, i -> {
            ItemResult item = items.get(i);
            return "HTTP " + item.status() + " " + item.errorType() + ": " + item.reason();
        }, "in index " + index);
    }

    /** No bulk response at all: the request failed as {@code failure} describes. */
    static BulkOutcome ofRequestFailure(List<DocumentRequest> batch, RequestFailure failure, String hosts,
            RetryPolicy policy) {
        if (!failure.retryable()) {
            return failed(0, new ElasticsearchSinkException("Elasticsearch at " + hosts
                    + " refused a bulk request of " + batch.size() + " documents: " + failure.description()));
        }
        List<Integer> all = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            all.add(i);
        }
        return retrying(0, batch, all, policy, i -> failure.description(), "at " + hosts);
    }

    /** Whether the job must stop. */
    boolean failed() {
        return failure != null;
    }

    private interface LastError {
        String of(int batchIndex);
    }

    private static BulkOutcome retrying(int written, List<DocumentRequest> batch, List<Integer> failedIndices,
            RetryPolicy policy, LastError lastError, String where) {
        Map<String, Integer> lastIndexOfId = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            lastIndexOfId.put(batch.get(i).id(), i);
        }
        List<DocumentRequest> retry = new ArrayList<>(failedIndices.size());
        int superseded = 0;
        int mostFailures = 0;
        for (int i : failedIndices) {
            DocumentRequest document = batch.get(i);
            if (lastIndexOfId.get(document.id()) > i) {
                superseded++;
                continue;
            }
            DocumentRequest again = document.failedOnceMore();
            if (policy.exhausted(again.failedAttempts())) {
                return failed(written, new ElasticsearchSinkException("Elasticsearch kept failing document "
                        + document.id() + " " + where + " after " + policy.maxRetries() + " retries; last error: "
                        + lastError.of(i) + ". Check the cluster's health and load, or raise maxRetries/maxBackoffMs"));
            }
            mostFailures = Math.max(mostFailures, again.failedAttempts());
            retry.add(again);
        }
        long backoff = retry.isEmpty() ? 0 : policy.backoffMs(mostFailures);
        return new BulkOutcome(written, List.copyOf(retry), superseded, backoff, null);
    }

    private static BulkOutcome failed(int written, ElasticsearchSinkException failure) {
        return new BulkOutcome(written, List.of(), 0, 0, failure);
    }
}
