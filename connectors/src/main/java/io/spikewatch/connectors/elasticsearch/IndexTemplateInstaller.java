package io.spikewatch.connectors.elasticsearch;

import io.spikewatch.connectors.elasticsearch.FailureClassifier.RequestFailure;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Installs spikewatch's composable index template before the job writes its first alert, so the
 * alerts index is created with the intended mappings (dates as dates, ids as keywords) rather than
 * with whatever dynamic mapping the first document would produce.
 *
 * <p>The template body is sent exactly as given, through the low-level client, so no field of the
 * file is lost in a round trip through typed request classes. Any failure becomes an
 * {@link ElasticsearchUnavailableException} naming the hosts and what to check.
 */
public final class IndexTemplateInstaller {

    /** The name under which spikewatch installs its alerts template. */
    public static final String ALERTS_TEMPLATE_NAME = "spikewatch-alerts";

    /** Classpath location of the bundled template (copied from {@code deploy/elasticsearch}). */
    static final String BUNDLED_ALERTS_TEMPLATE = "/elasticsearch/spikewatch-alerts-template.json";

    /** What {@link #ensure} did. */
    public enum Result {
        /** The template was absent and is now installed. */
        INSTALLED,
        /** The template was present and has been overwritten, as asked. */
        REPLACED,
        /** The template was present and was left as it is. */
        ALREADY_PRESENT
    }

    private IndexTemplateInstaller() {}

    /**
     * Installs the composable index template {@code name} from {@code templateJson} if it is absent,
     * or replaces it if {@code overwrite}.
     *
     * @throws ElasticsearchUnavailableException when Elasticsearch cannot be reached, refuses the
     *     credentials or the TLS handshake, or rejects the template (with its reason)
     */
    public static Result ensure(ElasticsearchSettings settings, String name, String templateJson, boolean overwrite) {
        Objects.requireNonNull(settings, "settings");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the index template needs a name");
        }
        Objects.requireNonNull(templateJson, "templateJson");
        String path = "/_index_template/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        RestClient client;
        try {
            client = ElasticsearchClients.restClient(settings);
        } catch (IllegalArgumentException e) {
            throw new ElasticsearchUnavailableException("cannot connect to Elasticsearch at " + settings.hostList()
                    + ": " + e.getMessage(), e);
        }
        try (client) {
            boolean present = exists(client, path, settings, name);
            if (present && !overwrite) {
                return Result.ALREADY_PRESENT;
            }
            put(client, path, templateJson, settings, name);
            return present ? Result.REPLACED : Result.INSTALLED;
        } catch (IOException closing) {
            throw new UncheckedIOException("could not close the Elasticsearch client", closing);
        }
    }

    /** The alerts template shipped with spikewatch ({@code deploy/elasticsearch/spikewatch-alerts-template.json}). */
    public static String bundledAlertsTemplate() {
        try (InputStream in = IndexTemplateInstaller.class.getResourceAsStream(BUNDLED_ALERTS_TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the classpath lacks " + BUNDLED_ALERTS_TEMPLATE
                        + "; the connectors jar was built without deploy/elasticsearch");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + BUNDLED_ALERTS_TEMPLATE, e);
        }
    }

    private static boolean exists(RestClient client, String path, ElasticsearchSettings settings, String name) {
        Response response = perform(client, new Request("HEAD", path), settings,
                "checking index template '" + name + "'", "the request for index template '" + name + "'");
        int status = response.getStatusLine().getStatusCode();
        if (status == 200) {
            return true;
        }
        if (status == 404) {
            return false;
        }
        throw unavailable(settings, "checking index template '" + name + "'",
                FailureClassifier.status(status, null, null), null);
    }

    private static void put(RestClient client, String path, String templateJson, ElasticsearchSettings settings,
            String name) {
        Request request = new Request("PUT", path);
        request.setEntity(new NStringEntity(templateJson, ContentType.APPLICATION_JSON));
        perform(client, request, settings, "installing index template '" + name + "'", "index template '" + name + "'");
    }

    /**
     * Performs {@code request}; a failure is described as happening while {@code action}, or, when
     * Elasticsearch answered 400, as Elasticsearch rejecting {@code subject}.
     */
    private static Response perform(RestClient client, Request request, ElasticsearchSettings settings,
            String action, String subject) {
        try {
            return client.performRequest(request);
        } catch (IOException | RuntimeException e) {
            RequestFailure failure = FailureClassifier.request(e);
            if (failure.status() == 400) {
                throw new ElasticsearchUnavailableException("Elasticsearch at " + settings.hostList()
                        + " rejected " + subject + ": " + failure.description(), e);
            }
            throw unavailable(settings, action, failure, e);
        }
    }

    private static ElasticsearchUnavailableException unavailable(ElasticsearchSettings settings, String action,
            RequestFailure failure, Throwable cause) {
        return new ElasticsearchUnavailableException("Elasticsearch at " + settings.hostList() + " failed while "
                + action + ": " + failure.description(), cause);
    }
}
