package io.spikewatch.connectors.elasticsearch;

import org.apache.flink.connector.base.sink.writer.ResultHandler;
import org.apache.flink.metrics.SimpleCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One bulk request through the real Java client against a scripted server: the bytes sent, and
 * what the writer is told for the answers a single test node never gives (429 items, 503, 401).
 */
class BulkSenderTest {

    private static final String INDEX = "alerts";
    private static final DocumentRequest A = doc("a", "{\"n\":1,\"text\":\"ä\"}");
    private static final DocumentRequest B = doc("b", "{\"n\":2}");

    private final SinkMetrics metrics = new SinkMetrics(new SimpleCounter(), new SimpleCounter(), new SimpleCounter(),
            new SimpleCounter());
    private final StubElasticsearch es = StubElasticsearch.http();

    @AfterEach
    void stop() {
        es.close();
    }

    private static DocumentRequest doc(String id, String json) {
        return new DocumentRequest(id, json.getBytes(StandardCharsets.UTF_8), 0);
    }

    /** What the writer was told. */
    private record Told(String what, List<DocumentRequest> retry, Exception failure, long afterNanos) {}

    private static final class Recorder implements ResultHandler<DocumentRequest> {
        private final long start = System.nanoTime();
        final CompletableFuture<Told> told = new CompletableFuture<>();

        @Override
        public void complete() {
            told.complete(new Told("complete", List.of(), null, System.nanoTime() - start));
        }

        @Override
        public void completeExceptionally(Exception e) {
            told.complete(new Told("failed", List.of(), e, System.nanoTime() - start));
        }

        @Override
        public void retryForEntries(List<DocumentRequest> entries) {
            told.complete(new Told("retry", entries, null, System.nanoTime() - start));
        }
    }

    private Told send(ElasticsearchSettings settings, List<DocumentRequest> batch) throws Exception {
        try (BulkSender sender = new BulkSender(settings, metrics, "test-backoff")) {
            Recorder recorder = new Recorder();
            sender.send(batch, recorder);
            return recorder.told.get(30, TimeUnit.SECONDS);
        }
    }

    private ElasticsearchSettings settings() {
        return ElasticsearchSettings.defaults(List.of(es.url()), INDEX).withRetries(2, 300, 1_000)
                .withRequestTimeoutMs(5_000);
    }

    private static String item(String id, int status, String error) {
        return "{\"index\":{\"_index\":\"" + INDEX + "\",\"_id\":\"" + id + "\",\"status\":" + status
                + (error == null ? ",\"result\":\"created\",\"_version\":1" : ",\"error\":" + error) + "}}";
    }

    private static String bulk(String... items) {
        return "{\"took\":3,\"errors\":true,\"items\":[" + String.join(",", items) + "]}";
    }

    @Test
    void sendsIndexOperationsWithTheIdsAndTheSourcesUnchanged() throws Exception {
        es.answer(200, bulk(item("a", 201, null), item("b", 201, null)));

        Told told = send(settings(), List.of(A, B));

        assertThat(told.what()).isEqualTo("complete");
        StubElasticsearch.Exchange request = es.exchanges().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/" + INDEX + "/_bulk");
        assertThat(request.bodyText().split("\n")).containsExactly(
                "{\"index\":{\"_id\":\"a\"}}", "{\"n\":1,\"text\":\"ä\"}",
                "{\"index\":{\"_id\":\"b\"}}", "{\"n\":2}");
        assertThat(metrics.documentsWritten().getCount()).isEqualTo(2);
    }

    @Test
    void documentsTurnedAwayComeBackAfterTheBackoffWithOneMoreFailure() throws Exception {
        es.answer(200, bulk(item("a", 201, null),
                item("b", 429, "{\"type\":\"es_rejected_execution_exception\",\"reason\":\"queue full\"}")));

        Told told = send(settings(), List.of(A, B));

        assertThat(told.what()).isEqualTo("retry");
        assertThat(told.retry()).containsExactly(B.failedOnceMore());
        assertThat(TimeUnit.NANOSECONDS.toMillis(told.afterNanos())).isGreaterThanOrEqualTo(300);
        assertThat(metrics.documentsWritten().getCount()).isEqualTo(1);
        assertThat(metrics.documentsRetried().getCount()).isEqualTo(1);
    }

    @Test
    void aMappingErrorFailsTheJobNamingIdIndexAndReason() throws Exception {
        es.answer(200, bulk(item("a", 201, null), item("b", 400, "{\"type\":\"document_parsing_exception\","
                + "\"reason\":\"[1:6] failed to parse field [n] of type [long] in document with id 'b'\","
                + "\"caused_by\":{\"type\":\"illegal_argument_exception\",\"reason\":\"For input string: x\"}}")));

        Told told = send(settings(), List.of(A, B));

        assertThat(told.what()).isEqualTo("failed");
        assertThat(told.failure()).isInstanceOf(ElasticsearchSinkException.class)
                .hasMessageStartingWith("Elasticsearch rejected document b in index alerts: HTTP 400"
                        + " document_parsing_exception: [1:6] failed to parse field [n] of type [long] in document"
                        + " with id 'b' (caused by illegal_argument_exception: For input string: x).");
        assertThat(metrics.documentsFailed().getCount()).isEqualTo(1);
    }

    @Test
    void anUnavailableClusterIsRetriedAsAWholeRequest() throws Exception {
        es.answer(503, "{\"error\":{\"type\":\"cluster_block_exception\",\"reason\":\"blocked by:"
                + " [SERVICE_UNAVAILABLE/1/state not recovered / initialized];\"},\"status\":503}");

        Told told = send(settings(), List.of(A, B));

        assertThat(told.what()).isEqualTo("retry");
        assertThat(told.retry()).containsExactly(A.failedOnceMore(), B.failedOnceMore());
        assertThat(metrics.bulkRequestsFailed().getCount()).isEqualTo(1);
    }

    @Test
    void refusedCredentialsFailTheJobAtOnce() throws Exception {
        es.answer(401, "{\"error\":{\"type\":\"security_exception\",\"reason\":\"missing authentication"
                + " credentials for REST request [/alerts/_bulk]\"},\"status\":401}");

        Told told = send(settings(), List.of(A));

        assertThat(told.what()).isEqualTo("failed");
        assertThat(told.failure()).hasMessageContaining("Elasticsearch at " + es.url() + " refused a bulk request")
                .hasMessageContaining("check username/password or api key");
    }

    @Test
    void anUnreachableNodeFailsTheJobOnceRetriesAreSpent() throws Exception {
        String url = es.url();
        es.close();
        ElasticsearchSettings noRetries = ElasticsearchSettings.defaults(List.of(url), INDEX).withRetries(0, 100, 100);

        Told told = send(noRetries, List.of(A));

        assertThat(told.what()).isEqualTo("failed");
        assertThat(told.failure()).hasMessageStartingWith("Elasticsearch kept failing document a at " + url
                + " after 0 retries; last error: cannot connect (Connection refused)");
    }
}
