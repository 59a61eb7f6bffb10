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
            assertThat(es.exchanges()).extracting(StubElasticsearch.Exchange::method).containsExactly("HEAD", "PUT");
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
                    .containsExactly("HEAD", "HEAD", "PUT");
            assertThat(es.exchanges()).allSatisfy(x -> assertThat(x.header("Authorization"))
                    .isEqualTo("ApiKey a2V5OnNlY3JldA=="));
        }
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
