package io.spikewatch.connectors.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import io.spikewatch.connectors.elasticsearch.FailureClassifier.Disposition;
import io.spikewatch.connectors.elasticsearch.FailureClassifier.RequestFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** The retry-or-fail rules, item by item and request by request, without Elasticsearch. */
class FailureClassifierTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "201, -, SUCCEEDED",
            "200, -, SUCCEEDED",
            "429, es_rejected_execution_exception, RETRY",
            "429, circuit_breaking_exception, RETRY",
            "429, cluster_block_exception, RETRY",
            "500, some_internal_exception, RETRY",
            "503, unavailable_shards_exception, RETRY",
            "504, -, RETRY",
            "408, -, RETRY",
            "500, es_rejected_execution_exception, RETRY",
            "400, es_rejected_execution_exception, RETRY",
            "400, mapper_parsing_exception, REJECT",
            "400, document_parsing_exception, REJECT",
            "400, illegal_argument_exception, REJECT",
            "400, strict_dynamic_mapping_exception, REJECT",
            "404, index_not_found_exception, REJECT",
            "403, cluster_block_exception, REJECT",
            "409, version_conflict_engine_exception, REJECT",
            "200, some_error_with_a_success_status, REJECT"})
    void bulkItems(int status, String type, Disposition expected) {
        assertThat(FailureClassifier.item(status, type)).isEqualTo(expected);
    }

    @Test
    void aRefusedConnectionIsRetriedAndSaysSo() {
        RequestFailure f = FailureClassifier.request(new CompletionException(
                new ConnectException("Connection refused")));
        assertThat(f.retryable()).isTrue();
        assertThat(f.status()).isZero();
        assertThat(f.description()).startsWith("cannot connect (Connection refused)");
    }

    @Test
    void aTimeoutIsRetried() {
        RequestFailure f = FailureClassifier.request(new SocketTimeoutException("30,000 milliseconds timeout"));
        assertThat(f.retryable()).isTrue();
        assertThat(f.description()).isEqualTo("timed out (30,000 milliseconds timeout)");
    }

    @Test
    void anyOtherIoErrorIsRetried() {
        RequestFailure f = FailureClassifier.request(new IOException("outer", new IOException("Connection reset")));
        assertThat(f.retryable()).isTrue();
        assertThat(f.description()).isEqualTo("I/O error (Connection reset)");
    }

    @Test
    void anUntrustedCertificateFailsAtOnceNamingTheSetting() {
        RequestFailure f = FailureClassifier.request(new IOException("wrapped",
                new SSLHandshakeException("PKIX path building failed")));
        assertThat(f.retryable()).isFalse();
        assertThat(f.description()).contains("TLS handshake failed", "PKIX path building failed", "caCertificatePath");
    }

    @Test
    void plainTextBehindAnHttpsUrlFailsAtOnce() {
        RequestFailure f = FailureClassifier.request(new SSLException("Unsupported or unrecognized SSL message"));
        assertThat(f.retryable()).isFalse();
        assertThat(f.description()).contains("TLS failed", "http://");
    }

    @Test
    void credentialsAreNotRetried() {
        RequestFailure unauthorized = FailureClassifier.request(esException(401, "security_exception",
                "unable to authenticate user [x] for REST request [/_bulk]"));
        assertThat(unauthorized.retryable()).isFalse();
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.description()).isEqualTo("HTTP 401 Unauthorized (security_exception: unable to"
                + " authenticate user [x] for REST request [/_bulk]): check username/password or api key");

        RequestFailure forbidden = FailureClassifier.request(esException(403, "security_exception", "action denied"));
        assertThat(forbidden.retryable()).isFalse();
        assertThat(forbidden.description()).contains("HTTP 403 Forbidden", "action denied",
                "check username/password or api key");
    }

    @Test
    void anOverloadedClusterIsRetried() {
        assertThat(FailureClassifier.request(esException(429, "circuit_breaking_exception", "[parent] Data too large"))
                .retryable()).isTrue();
        assertThat(FailureClassifier.request(esException(503, "cluster_block_exception", "state not recovered"))
                .retryable()).isTrue();
    }

    @Test
    void aTooLargeRequestAsksForSmallerBatches() {
        RequestFailure f = FailureClassifier.status(413, null, null);
        assertThat(f.retryable()).isFalse();
        assertThat(f.description()).contains("maxBatchBytes");
    }

    @Test
    void anErrorBodyGivesTypeAndRootCause() {
        RequestFailure f = FailureClassifier.response(400, "{\"error\":{\"type\":\"illegal_argument_exception\","
                + "\"reason\":\"template after composition is invalid\",\"caused_by\":{\"type\":\"x\",\"reason\":\"mid\","
                + "\"caused_by\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"no type [t]\"}}},\"status\":400}");
        assertThat(f.retryable()).isFalse();
        assertThat(f.description()).isEqualTo("HTTP 400 (illegal_argument_exception: template after composition is"
                + " invalid (caused by mapper_parsing_exception: no type [t]))");
    }

    @Test
    void aProxyPageIsQuotedShort() {
        RequestFailure f = FailureClassifier.response(502, "<html>" + "x".repeat(1000) + "</html>");
        assertThat(f.retryable()).isTrue();
        assertThat(f.description()).startsWith("HTTP 502 (").hasSizeLessThan(400);
    }

    @Test
    void anUnexpectedExceptionStopsTheJobRatherThanLoop() {
        RequestFailure f = FailureClassifier.request(new CompletionException(new IllegalStateException("bug")));
        assertThat(f.retryable()).isFalse();
        assertThat(f.description()).isEqualTo("unexpected java.lang.IllegalStateException: bug");
    }

    @Test
    void theReasonOfAnItemIncludesItsInnermostCause() {
        ErrorCause error = ErrorCause.of(e -> e.type("document_parsing_exception")
                .reason("[1:6] failed to parse field [n] of type [long]")
                .causedBy(c -> c.type("illegal_argument_exception").reason("For input string: \"x\"")));
        assertThat(FailureClassifier.reason(error)).isEqualTo("[1:6] failed to parse field [n] of type [long]"
                + " (caused by illegal_argument_exception: For input string: \"x\")");
    }

    private static ElasticsearchException esException(int status, String type, String reason) {
        return new ElasticsearchException("bulk", ErrorResponse.of(r -> r.status(status)
                .error(e -> e.type(type).reason(reason))));
    }
}
