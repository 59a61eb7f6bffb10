package io.spikewatch.connectors.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikewatch.connectors.elasticsearch.IndexTemplateInstaller.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The installer against a scripted server: the requests it sends (exact template body,
 * credentials), what it makes of the answers, and TLS with a private CA. The real-node behaviour
 * is in {@link ElasticsearchSinkITCase}.
 */
class IndexTemplateInstallerTest {

    private static final String TEMPLATE = "{\"index_patterns\":[\"x-*\"],\"priority\":5}";

    @TempDir
    static Path dir;

    private static TestCertificates certificates;

    @BeforeAll
    static void makeCertificates() throws Exception {
        certificates = TestCertificates.create(dir, "es");
    }

    private static ElasticsearchSettings settings(StubElasticsearch es) {
        return ElasticsearchSettings.defaults(List.of(es.url()), "unused").withRequestTimeoutMs(5_000);
    }

    @Test
    void installsAnAbsentTemplateSendingTheBodyAsGivenWithBasicAuth() {
        try (StubElasticsearch es = StubElasticsearch.http()) {
            es.answer(404, "").answer(200, "{\"acknowledged\":true}");
            Result r = IndexTemplateInstaller.ensure(settings(es).withBasicAuth("elastic", "pw"), "t1", TEMPLATE, false);
            assertThat(r).isEqualTo(Result.INSTALLED);
            assertThat(es.exchanges()).extracting(StubElasticsearch.Exchange::method).containsExactly("GET", "PUT");
            assertThat(es.exchanges().get(1).path()).isEqualTo("/_index_template/t1");
            assertThat(es.exchanges().get(1).bodyText()).isEqualTo(TEMPLATE);
            assertThat(es.exchanges()).allSatisfy(x -> assertThat(x.header("Authorization"))
                    .isEqualTo("Basic ZWxhc3RpYzpwdw=="));
        }
    }

    @Test
    void leavesAPresentTemplateAloneUnlessToldToOverwriteWithAnApiKey() {
        try (StubElasticsearch es = StubElasticsearch.http()) {
            es.answer(200, "").answer(200, "").answer(200, "{\"acknowledged\":true}");
            ElasticsearchSettings s = settings(es).withApiKey("a2V5OnNlY3JldA==");
            assertThat(IndexTemplateInstaller.ensure(s, "t1", TEMPLATE, false)).isEqualTo(Result.ALREADY_PRESENT);
            assertThat(IndexTemplateInstaller.ensure(s, "t1", TEMPLATE, true)).isEqualTo(Result.REPLACED);
            assertThat(es.exchanges()).extracting(StubElasticsearch.Exchange::method)
                    .containsExactly("GET", "GET", "PUT");
            assertThat(es.exchanges()).allSatisfy(x -> assertThat(x.header("Authorization"))
                    .isEqualTo("ApiKey a2V5OnNlY3JldA=="));
        }
    }

    /**
     * An upgrade: an installed template with a lower version (or none) is replaced by the bundled
     * one, one with the same or a higher version (raised by whoever edited it) is left alone.
     */
    @Test
    void replacesAnInstalledTemplateOfALowerVersionOnly() {
        String v2 = "{\"index_patterns\":[\"x-*\"],\"version\":2}";
        try (StubElasticsearch es = StubElasticsearch.http()) {
            es.answer(200, installed("{\"index_patterns\":[\"x-*\"]}")).answer(200, "{\"acknowledged\":true}")
                    .answer(200, installed("{\"index_patterns\":[\"x-*\"],\"version\":1}"))
                    .answer(200, "{\"acknowledged\":true}")
                    .answer(200, installed(v2))
                    .answer(200, installed("{\"index_patterns\":[\"x-*\"],\"version\":7}"));
            ElasticsearchSettings s = settings(es);
            assertThat(IndexTemplateInstaller.ensure(s, "t1", v2, false)).as("none").isEqualTo(Result.UPGRADED);
            assertThat(IndexTemplateInstaller.ensure(s, "t1", v2, false)).as("1").isEqualTo(Result.UPGRADED);
            assertThat(IndexTemplateInstaller.ensure(s, "t1", v2, false)).as("2").isEqualTo(Result.ALREADY_PRESENT);
            assertThat(IndexTemplateInstaller.ensure(s, "t1", v2, false)).as("7").isEqualTo(Result.ALREADY_PRESENT);
            assertThat(es.exchanges()).extracting(StubElasticsearch.Exchange::method)
                    .containsExactly("GET", "PUT", "GET", "PUT", "GET", "GET");
            assertThat(es.exchanges().get(1).bodyText()).isEqualTo(v2);
        }
    }

    /** The live index gets the template's mappings (new fields); no index yet, or no right to, is no error. */
    @Test
    void putsTheTemplatesMappingsOnTheLiveIndex() {
        String template = "{\"template\":{\"mappings\":{\"dynamic\":\"false\",\"properties\":{\"a\":{\"type\":\"keyword\"}}}}}";
        try (StubElasticsearch es = StubElasticsearch.http()) {
            es.answer(200, "{\"acknowledged\":true}")
                    .answer(404, "{\"error\":{\"type\":\"index_not_found_exception\"},\"status\":404}")
                    .answer(403, "{\"error\":{\"type\":\"security_exception\"},\"status\":403}")
                    .answer(400, "{\"error\":{\"type\":\"illegal_argument_exception\",\"reason\":\"mapper [a] cannot"
                            + " be changed from type [long] to [keyword]\"},\"status\":400}");
            ElasticsearchSettings s = settings(es);
            assertThat(IndexTemplateInstaller.addMissingFields(s, "alerts", template))
                    .isEqualTo(IndexTemplateInstaller.MappingUpdate.UPDATED);
            assertThat(es.exchanges().get(0).method()).isEqualTo("PUT");
            assertThat(es.exchanges().get(0).path()).isEqualTo("/alerts/_mapping");
            assertThat(es.exchanges().get(0).bodyText())
                    .isEqualTo("{\"dynamic\":\"false\",\"properties\":{\"a\":{\"type\":\"keyword\"}}}");
            assertThat(IndexTemplateInstaller.addMissingFields(s, "alerts", template))
                    .isEqualTo(IndexTemplateInstaller.MappingUpdate.NO_INDEX);
            assertThat(IndexTemplateInstaller.addMissingFields(s, "alerts", template))
                    .isEqualTo(IndexTemplateInstaller.MappingUpdate.NOT_ALLOWED);
            assertThatThrownBy(() -> IndexTemplateInstaller.addMissingFields(s, "alerts", template))
                    .isInstanceOf(ElasticsearchUnavailableException.class)
                    .hasMessageContaining("rejected the template's mappings for 'alerts'")
                    .hasMessageContaining("cannot be changed from type [long] to [keyword]");
        }
    }

    /** A GET of one installed template, as Elasticsearch answers it. */
    private static String installed(String template) {
        return "{\"index_templates\":[{\"name\":\"t1\",\"index_template\":" + template + "}]}";
    }

    @Test
    void wrongCredentialsSaySoAndNameTheHost() {
        try (StubElasticsearch es = StubElasticsearch.http()) {
            es.answer(401, "{\"error\":{\"type\":\"security_exception\",\"reason\":\"unable to authenticate user"
                    + " [elastic] for REST request [/_index_template/t1]\"},\"status\":401}");
            assertThatThrownBy(() -> IndexTemplateInstaller.ensure(settings(es).withBasicAuth("elastic", "wrong"),
                    "t1", TEMPLATE, false))
                    .isInstanceOf(ElasticsearchUnavailableException.class)
                    .hasMessageStartingWith("Elasticsearch at " + es.url() + " failed while checking index template"
                            + " 't1': HTTP 401 Unauthorized")
                    .hasMessageEndingWith("check username/password or api key");
        }
    }

    @Test
    void missingPrivilegesSaySo() {
        try (StubElasticsearch es = StubElasticsearch.http()) {
            es.answer(404, "").answer(403, "{\"error\":{\"type\":\"security_exception\",\"reason\":\"action"
                    + " [indices:admin/index_template/put] is unauthorized for user [writer]\"},\"status\":403}");
            assertThatThrownBy(() -> IndexTemplateInstaller.ensure(settings(es), "t1", TEMPLATE, false))
                    .isInstanceOf(ElasticsearchUnavailableException.class)
                    .hasMessageContaining("installing index template 't1': HTTP 403 Forbidden")
                    .hasMessageContaining("is unauthorized for user [writer]")
                    .hasMessageContaining("check username/password or api key");
        }
    }

    @Test
    void trustsAPrivateCaFromItsPem() throws Exception {
        try (StubElasticsearch es = StubElasticsearch.https(certificates.serverContext())) {
            es.answer(404, "").answer(200, "{\"acknowledged\":true}");
            ElasticsearchSettings s = settings(es).withCaCertificatePath(certificates.pem().toString());
            assertThat(IndexTemplateInstaller.ensure(s, "t1", TEMPLATE, false)).isEqualTo(Result.INSTALLED);
        }
    }

    @Test
    void anUntrustedCertificateNamesTheSettingToFix() throws Exception {
        try (StubElasticsearch es = StubElasticsearch.https(certificates.serverContext())) {
            assertThatThrownBy(() -> IndexTemplateInstaller.ensure(settings(es), "t1", TEMPLATE, false))
                    .isInstanceOf(ElasticsearchUnavailableException.class)
                    .hasMessageContaining(es.url())
                    .hasMessageContaining("TLS handshake failed")
                    .hasMessageContaining("check caCertificatePath");
        }
    }

    @Test
    void anUnreadableCaFileIsReportedAsSuch() {
        Path missing = dir.resolve("missing.pem");
        ElasticsearchSettings s = ElasticsearchSettings.defaults(List.of("https://127.0.0.1:9200"), "unused")
                .withCaCertificatePath(missing.toString());
        assertThatThrownBy(() -> IndexTemplateInstaller.ensure(s, "t1", TEMPLATE, false))
                .isInstanceOf(ElasticsearchUnavailableException.class)
                .hasMessage("cannot connect to Elasticsearch at https://127.0.0.1:9200: caCertificatePath " + missing
                        + " is not a readable file");
    }

    @Test
    void theBundledTemplateIsTheOneInDeploy() throws Exception {
        String bundled = IndexTemplateInstaller.bundledAlertsTemplate();
        assertThat(bundled).isEqualTo(Files.readString(
                Path.of("..", "deploy", "elasticsearch", "spikewatch-alerts-template.json")));
        JsonNode template = new ObjectMapper().readTree(bundled);
        assertThat(template.path("index_patterns").get(0).asText()).isEqualTo("spikewatch-alerts*");
    }
}
