package io.spikewatch.connectors.elasticsearch;

import io.spikewatch.connectors.elasticsearch.BulkOutcome.ItemResult;
import io.spikewatch.connectors.elasticsearch.FailureClassifier.RequestFailure;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a bulk response or a failed request turns into written, retried and failed documents. */
class BulkOutcomeTest {

    private static final String INDEX = "spikewatch-alerts";
    private static final RetryPolicy POLICY = new RetryPolicy(3, 100, 1_000);
    private static final ItemResult CREATED = ItemResult.ok(201);
    private static final ItemResult UPDATED = ItemResult.ok(200);
    private static final ItemResult BUSY =
            new ItemResult(429, "es_rejected_execution_exception", "rejected execution of coordinating operation");
    private static final ItemResult BAD_FIELD = new ItemResult(400, "document_parsing_exception",
            "[1:6] failed to parse field [n] of type [long]");

    private static DocumentRequest doc(String id, int failedAttempts) {
        return new DocumentRequest(id, ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8), failedAttempts);
    }

    private static DocumentRequest doc(String id) {
        return doc(id, 0);
    }

    @Test
    void allWritten() {
        BulkOutcome o = BulkOutcome.ofItems(List.of(doc("a"), doc("b")), List.of(CREATED, UPDATED), INDEX, POLICY);
        assertThat(o.failed()).isFalse();
        assertThat(o.written()).isEqualTo(2);
        assertThat(o.retry()).isEmpty();
        assertThat(o.backoffMs()).isZero();
    }

    @Test
    void turnedAwayDocumentsAreRetriedInOrderWithOneMoreFailureAndTheBackoffOfTheMostFailedOne() {
        BulkOutcome o = BulkOutcome.ofItems(List.of(doc("a", 2), doc("b"), doc("c", 1)),
                List.of(BUSY, CREATED, BUSY), INDEX, POLICY);
        assertThat(o.failed()).isFalse();
        assertThat(o.written()).isEqualTo(1);
        assertThat(o.retry()).containsExactly(doc("a", 3), doc("c", 2));
        assertThat(o.backoffMs()).isEqualTo(400);
    }

    @Test
    void aRejectedDocumentStopsTheJobNamingIdIndexAndReason() {
        BulkOutcome o = BulkOutcome.ofItems(List.of(doc("a"), doc("b"), doc("c"), doc("d")),
                List.of(CREATED, BAD_FIELD, BUSY, BAD_FIELD), INDEX, POLICY);
        assertThat(o.failed()).isTrue();
        assertThat(o.written()).isEqualTo(1);
        assertThat(o.retry()).isEmpty();
        assertThat(o.failure().getMessage()).isEqualTo("Elasticsearch rejected document b in index spikewatch-alerts:"
                + " HTTP 400 document_parsing_exception: [1:6] failed to parse field [n] of type [long]"
                + " (and 1 more documents of the same bulk request). Alerts are never dropped: fix the index"
                + " template or the document and restart the job");
    }

    @Test
    void aDocumentThatKeepsFailingStopsTheJobAfterMaxRetries() {
        BulkOutcome o = BulkOutcome.ofItems(List.of(doc("a", 3)), List.of(BUSY), INDEX, POLICY);
        assertThat(o.failed()).isTrue();
        assertThat(o.failure().getMessage()).startsWith("Elasticsearch kept failing document a in index"
                + " spikewatch-alerts after 3 retries; last error: HTTP 429 es_rejected_execution_exception:"
                + " rejected execution of coordinating operation.");
    }

    @Test
    void anOlderVersionIsNotRetriedOverANewerOneOfTheSameId() {
        // "a" was sent twice in one batch: the old version was turned away, the new one written.
        BulkOutcome o = BulkOutcome.ofItems(List.of(doc("a"), doc("b"), doc("a")), List.of(BUSY, CREATED, UPDATED),
                INDEX, POLICY);
        assertThat(o.retry()).isEmpty();
        assertThat(o.superseded()).isEqualTo(1);
        assertThat(o.written()).isEqualTo(2);

        // Both versions turned away: only the newer one is sent again.
        BulkOutcome both = BulkOutcome.ofItems(List.of(doc("a", 0), doc("a", 1)), List.of(BUSY, BUSY), INDEX, POLICY);
        assertThat(both.retry()).containsExactly(doc("a", 2));
        assertThat(both.superseded()).isEqualTo(1);
    }

    @Test
    void aResponseWithTheWrongNumberOfItemsStopsTheJob() {
        BulkOutcome o = BulkOutcome.ofItems(List.of(doc("a"), doc("b")), List.of(CREATED), INDEX, POLICY);
        assertThat(o.failed()).isTrue();
        assertThat(o.failure().getMessage()).contains("2 documents", "1 item results");
    }

    @Test
    void aRequestWithoutAnswerRetriesEveryDocument() {
        RequestFailure refused = new RequestFailure(true, 0, "connection refused");
        BulkOutcome o = BulkOutcome.ofRequestFailure(List.of(doc("a"), doc("b", 1)), refused, "http://es1:9200", POLICY);
        assertThat(o.failed()).isFalse();
        assertThat(o.written()).isZero();
        assertThat(o.retry()).containsExactly(doc("a", 1), doc("b", 2));
        assertThat(o.backoffMs()).isEqualTo(200);
    }

    @Test
    void aRequestThatKeepsFailingStopsTheJobNamingTheHosts() {
        RequestFailure refused = new RequestFailure(true, 0, "connection refused");
        BulkOutcome o = BulkOutcome.ofRequestFailure(List.of(doc("a", 3)), refused, "http://es1:9200", POLICY);
        assertThat(o.failed()).isTrue();
        assertThat(o.failure().getMessage()).startsWith(
                "Elasticsearch kept failing document a at http://es1:9200 after 3 retries; last error: connection refused");
    }

    @Test
    void aPermanentRequestFailureStopsTheJobAtOnce() {
        RequestFailure unauthorized = new RequestFailure(false, 401,
                "HTTP 401 Unauthorized: check username/password or api key");
        BulkOutcome o = BulkOutcome.ofRequestFailure(List.of(doc("a")), unauthorized, "https://es1:9200", POLICY);
        assertThat(o.failed()).isTrue();
        assertThat(o.failure().getMessage()).isEqualTo("Elasticsearch at https://es1:9200 refused a bulk request of"
                + " 1 documents: HTTP 401 Unauthorized: check username/password or api key");
    }
}
