package io.spikewatch.connectors.elasticsearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikewatch.connectors.elasticsearch.FailureClassifier.RequestFailure;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.apache.http.util.EntityUtils;

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
 *
 * <p><b>Upgrades.</b> The template carries a {@code version}; an installed one with a lower version
 * (or none) is replaced, one with the same or a higher version is left alone (a template edited by
 * hand keeps its edits if its version is raised). A template applies to indices created after it, so
 * {@link #addMissingFields} also puts its mappings on the live alerts index: new fields become
 * searchable there at once (mappings only grow; a changed type is refused by Elasticsearch and
 * reported).
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
        /** The template was present with a lower version (or none) and has been replaced by this one. */
        UPGRADED,
        /** The template was present and was left as it is. */
        ALREADY_PRESENT
    }

    /** What {@link #addMissingFields} did. */
    public enum MappingUpdate {
        /** The index exists and now has every field of the template. */
        UPDATED,
        /** There is no such index yet: the template will map it when the first alert creates it. */
        NO_INDEX,
        /**
         * The credentials may not update mappings (403: since Elasticsearch 7.9 that takes the
         * {@code manage} index privilege); fields added since the index was created stay unsearchable
         * there until someone with it updates them or the index rolls over.
         */
        NOT_ALLOWED
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The low-level client's parameter naming statuses it returns instead of throwing (not sent). */
    private static final String IGNORE = "ignore";

    private IndexTemplateInstaller() {}

    /**
     * Installs the composable index template {@code name} from {@code templateJson} if it is absent
     * or has a lower {@code version} than {@code templateJson} (none counts as 0), or replaces it if
     * {@code overwrite}.
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
        return withClient(settings, client -> {
            Integer installed = installedVersion(client, path, settings, name);
            boolean older = installed != null && installed < versionOf(parse(templateJson));
            if (installed != null && !overwrite && !older) {
                return Result.ALREADY_PRESENT;
            }
            put(client, path, templateJson, settings, name);
            return installed == null ? Result.INSTALLED : overwrite ? Result.REPLACED : Result.UPGRADED;
        });
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

    /**
     * Puts the mappings of {@code templateJson} on {@code index} (an index, alias or data stream), so
     * that fields added since the index was created are mapped there too.
     *
     * @throws ElasticsearchUnavailableException when Elasticsearch cannot be reached or refuses the
     *     mappings (a field of another type: the reason names it)
     */
    public static MappingUpdate addMissingFields(ElasticsearchSettings settings, String index, String templateJson) {
        JsonNode mappings = parse(templateJson).path("template").path("mappings");
        if (!mappings.isObject()) {
            throw new IllegalArgumentException("the template has no template.mappings");
        }
        Request request = new Request("PUT", "/" + URLEncoder.encode(index, StandardCharsets.UTF_8) + "/_mapping");
        request.setEntity(new NStringEntity(mappings.toString(), ContentType.APPLICATION_JSON));
        // The low-level client returns these answers instead of throwing them.
        request.addParameter(IGNORE, "403,404");
        int status = withClient(settings, client -> perform(client, request, settings,
                "updating the mappings of '" + index + "'", "the template's mappings for '" + index + "'"))
                .getStatusLine().getStatusCode();
        return status == 404 ? MappingUpdate.NO_INDEX : status == 403 ? MappingUpdate.NOT_ALLOWED : MappingUpdate.UPDATED;
    }

    /** {@code work} with a client of {@code settings}, closed afterwards. */
    private static <T> T withClient(ElasticsearchSettings settings, java.util.function.Function<RestClient, T> work) {
        RestClient client;
        try {
            client = ElasticsearchClients.restClient(settings);
        } catch (IllegalArgumentException e) {
            throw new ElasticsearchUnavailableException("cannot connect to Elasticsearch at " + settings.hostList()
                    + ": " + e.getMessage(), e);
        }
        try (client) {
            return work.apply(client);
        } catch (IOException closing) {
            throw new UncheckedIOException("could not close the Elasticsearch client", closing);
        }
    }

    /** The version of the installed template {@code name}, 0 if it has none, {@code null} if absent. */
    private static Integer installedVersion(RestClient client, String path, ElasticsearchSettings settings,
                                            String name) {
        Request get = new Request("GET", path);
        get.addParameter(IGNORE, "404");
        Response response = perform(client, get, settings, "checking index template '" + name + "'",
                "the request for index template '" + name + "'");
        if (response.getStatusLine().getStatusCode() == 404) {
            return null;
        }
        String body;
        try {
            body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            body = "";
        }
        JsonNode template = JSON.createObjectNode();
        try {
            template = body.isBlank() ? template : JSON.readTree(body).path("index_templates").path(0)
                    .path("index_template");
        } catch (JsonProcessingException e) {
            // An answer we cannot read counts as a template without a version.
        }
        return versionOf(template);
    }

    /** A template's {@code version}, 0 if it has none. */
    private static int versionOf(JsonNode template) {
        return template.path("version").asInt(0);
    }

    private static JsonNode parse(String templateJson) {
        try {
            return JSON.readTree(templateJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the index template is not JSON: " + e.getOriginalMessage(), e);
        }
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
