package io.spikewatch.connectors.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.transport.TransportException;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.ResponseException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Decides what a failure means: retry it (Elasticsearch is overloaded, restarting or unreachable
 * for a moment) or stop the job (the document or the configuration is wrong, and sending it again
 * gives the same answer). Pure: no client, no clock, so every rule is unit-tested.
 *
 * <p>Per document in a bulk response: 429, 408 and 5xx statuses and the rejection, timeout and
 * unavailable-shard error types are transient; any other 4xx (mapping and parsing errors, strict
 * dynamic mappings, a missing index with auto-create off, a write-blocked index) is permanent.
 *
 * <p>Per request (no bulk response at all): I/O failures such as a refused connection or a timeout
 * are transient, as are 408/429/5xx answers; credentials (401/403), TLS trust and a request body
 * too large (413) are permanent, each with a message saying what to check.
 */
final class FailureClassifier {

    /** What to do with one document, or one request. */
    enum Disposition { SUCCEEDED, RETRY, REJECT }

    /** A failed request: whether to retry, the HTTP status if there was an answer (else 0), and why. */
    record RequestFailure(boolean retryable, int status, String description) {}

    /**
     * Error types that are transient whatever status they come with (some arrive as 500 or 503, a
     * rejected execution from an older node even as 400-class wrappers).
     */
    private static final Set<String> TRANSIENT_TYPES = Set.of(
            "es_rejected_execution_exception",
            "circuit_breaking_exception",
            "unavailable_shards_exception",
            "no_shard_available_action_exception",
            "node_not_connected_exception",
            "node_closed_exception",
            "connect_transport_exception",
            "receive_timeout_transport_exception",
            "process_cluster_event_timeout_exception",
            "timeout_exception",
            "primary_missing_action_exception",
            "shard_not_in_primary_mode_exception");

    private FailureClassifier() {}

    /** One bulk item: {@code status} as Elasticsearch reported it, {@code errorType} null on success. */
    static Disposition item(int status, String errorType) {
        if (errorType == null && status >= 200 && status < 300) {
            return Disposition.SUCCEEDED;
        }
        if (errorType != null && TRANSIENT_TYPES.contains(errorType)) {
            return Disposition.RETRY;
        }
        return isTransientStatus(status) ? Disposition.RETRY : Disposition.REJECT;
    }

    /** Whether an HTTP status means "try again later". */
    static boolean isTransientStatus(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /**
     * A request that got an HTTP error answer: {@code type} and {@code reason} are Elasticsearch's
     * error type and reason when the body had them, else null.
     */
    static RequestFailure status(int status, String type, String reason) {
        String es = type == null && reason == null ? ""
                : " (" + (type == null ? reason : type + (reason == null ? "" : ": " + reason)) + ")";
        if (status == 401) {
            return new RequestFailure(false, status,
                    "HTTP 401 Unauthorized" + es + ": check username/password or api key");
        }
        if (status == 403) {
            return new RequestFailure(false, status, "HTTP 403 Forbidden" + es
                    + ": check username/password or api key, and that the user may write to the index"
                    + " and manage index templates");
        }
        if (status == 413) {
            return new RequestFailure(false, status,
                    "HTTP 413 request too large" + es + ": lower maxBatchBytes below Elasticsearch's"
                            + " http.max_content_length");
        }
        boolean retryable = (type != null && TRANSIENT_TYPES.contains(type)) || isTransientStatus(status);
        return new RequestFailure(retryable, status, "HTTP " + status + es);
    }

    /**
     * A request answered with an HTTP error and {@code body}: Elasticsearch's
     * {@code {"error":{"type":...,"reason":...}}} when it is one, else the start of the text.
     */
    static RequestFailure response(int status, String body) {
        ErrorBody error = ErrorBody.parse(body);
        return status(status, error.type(), error.reason());
    }

    /** A request that failed with {@code error}, unwrapped from future and client wrappers. */
    static RequestFailure request(Throwable error) {
        Throwable t = unwrap(error);
        if (t instanceof ElasticsearchException e) {
            ErrorCause cause = e.error();
            return cause == null ? status(e.status(), null, e.getMessage())
                    : status(e.status(), cause.type(), reason(cause));
        }
        if (t instanceof TransportException e && e.statusCode() > 0) {
            RequestFailure f = status(e.statusCode(), null, null);
            return new RequestFailure(f.retryable(), f.status(), f.description() + ": " + e.getMessage());
        }
        if (t instanceof ResponseException e) {
            return response(e.getResponse().getStatusLine().getStatusCode(), body(e));
        }
        if (causedBy(t, SSLHandshakeException.class) || causedBy(t, SSLPeerUnverifiedException.class)
                || causedBy(t, CertificateException.class)) {
            return new RequestFailure(false, 0, "TLS handshake failed (" + rootMessage(t)
                    + "): check caCertificatePath and that the certificate names this host");
        }
        if (causedBy(t, SSLException.class)) {
            return new RequestFailure(false, 0, "TLS failed (" + rootMessage(t)
                    + "): check that the host speaks https, or use http:// for a plain-text node");
        }
        if (causedBy(t, ConnectException.class)) {
            return new RequestFailure(true, 0,
                    "cannot connect (" + rootMessage(t) + "): is Elasticsearch running and listening there?");
        }
        if (causedBy(t, UnknownHostException.class)) {
            return new RequestFailure(true, 0, "unknown host " + rootMessage(t) + ": check the host name");
        }
        if (causedBy(t, NoRouteToHostException.class)) {
            return new RequestFailure(true, 0, "no route to host (" + rootMessage(t) + ")");
        }
        if (causedBy(t, SocketTimeoutException.class) || causedBy(t, InterruptedIOException.class)) {
            return new RequestFailure(true, 0, "timed out (" + rootMessage(t) + ")");
        }
        if (causedBy(t, IOException.class)) {
            return new RequestFailure(true, 0, "I/O error (" + rootMessage(t) + ")");
        }
        return new RequestFailure(false, 0, "unexpected " + t.getClass().getName() + ": " + t.getMessage());
    }

    /** Elasticsearch's reason of {@code error}, with its innermost cause. */
    static String reason(ErrorCause error) {
        ErrorCause root = error;
        while (root.causedBy() != null) {
            root = root.causedBy();
        }
        return root == error ? error.reason() : ErrorBody.reason(error.reason(), root.type(), root.reason());
    }

    private static String body(ResponseException e) {
        try {
            return e.getResponse().getEntity() == null ? null : EntityUtils.toString(e.getResponse().getEntity());
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static Throwable unwrap(Throwable t) {
        Throwable at = t;
        while ((at instanceof CompletionException || at instanceof ExecutionException) && at.getCause() != null) {
            at = at.getCause();
        }
        return at;
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable at = t; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (type.isInstance(at)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, where the useful words usually are ("Connection refused"). */
    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
