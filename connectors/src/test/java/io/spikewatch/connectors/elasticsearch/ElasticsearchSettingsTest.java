package io.spikewatch.connectors.elasticsearch;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElasticsearchSettingsTest {

    private static final List<String> HOSTS = List.of("http://127.0.0.1:9200");

    @Test
    void defaultsAreTheDocumentedOnes() {
        ElasticsearchSettings s = ElasticsearchSettings.defaults(HOSTS, "spikewatch-alerts");
        assertThat(s.hosts()).containsExactly("http://127.0.0.1:9200");
        assertThat(s.index()).isEqualTo("spikewatch-alerts");
        assertThat(s.username()).isNull();
        assertThat(s.password()).isNull();
        assertThat(s.apiKey()).isNull();
        assertThat(s.caCertificatePath()).isNull();
        assertThat(s.maxBatchSize()).isEqualTo(500);
        assertThat(s.maxInFlightRequests()).isEqualTo(1);
        assertThat(s.maxBufferedRequests()).isEqualTo(10_000);
        assertThat(s.maxBatchBytes()).isEqualTo(5 * 1024 * 1024);
        assertThat(s.maxTimeInBufferMs()).isEqualTo(1_000);
        assertThat(s.maxRetries()).isEqualTo(10);
        assertThat(s.initialBackoffMs()).isEqualTo(100);
        assertThat(s.maxBackoffMs()).isEqualTo(30_000);
        assertThat(s.requestTimeoutMs()).isEqualTo(30_000);
    }

    @Test
    void withersChangeOnlyTheirFields() {
        ElasticsearchSettings base = ElasticsearchSettings.defaults(HOSTS, "a");
        ElasticsearchSettings s = base.withIndex("b").withBasicAuth("elastic", "pw")
                .withCaCertificatePath("/etc/es/http_ca.crt").withBatching(100, 2, 1_000, 1 << 20, 50)
                .withRetries(3, 10, 80).withRequestTimeoutMs(5_000);
        assertThat(s).isEqualTo(new ElasticsearchSettings(HOSTS, "b", "elastic", "pw", null, "/etc/es/http_ca.crt",
                100, 2, 1_000, 1 << 20, 50, 3, 10, 80, 5_000));
        assertThat(s.withApiKey("a2V5").username()).isNull();
        assertThat(s.withApiKey("a2V5").password()).isNull();
        assertThat(s.withApiKey("a2V5").withBasicAuth("u", "p").apiKey()).isNull();
    }

    @Test
    void secretsAreMaskedWhenPrinted() {
        ElasticsearchSettings s = ElasticsearchSettings.defaults(HOSTS, "a").withBasicAuth("elastic", "s3cret");
        assertThat(s.toString()).contains("username=elastic", "password=***").doesNotContain("s3cret");
        assertThat(s.withApiKey("VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==").toString())
                .contains("apiKey=***").doesNotContain("VnVh");
    }

    @Test
    void hostsAreCopiedAndEveryOneIsAUrlWithSchemeAndPort() {
        List<String> hosts = new ArrayList<>(List.of("https://es1:9200", "http://es2:9200/"));
        ElasticsearchSettings s = ElasticsearchSettings.defaults(hosts, "a");
        hosts.clear();
        assertThat(s.hosts()).hasSize(2);
        assertThat(s.hostList()).isEqualTo("https://es1:9200, http://es2:9200/");

        assertThatThrownBy(() -> ElasticsearchSettings.defaults(List.of(), "a"))
                .hasMessageContaining("hosts must name at least one");
        assertThatThrownBy(() -> ElasticsearchSettings.defaults(List.of("es1:9200"), "a"))
                .hasMessageContaining("'es1:9200' needs the scheme http or https");
        assertThatThrownBy(() -> ElasticsearchSettings.defaults(List.of("http://es1"), "a"))
                .hasMessageContaining("'http://es1' needs a host and a port");
        assertThatThrownBy(() -> ElasticsearchSettings.defaults(List.of("http://es1:9200/es"), "a"))
                .hasMessageContaining("has a path");
    }

    @Test
    void badValuesFailNamingTheField() {
        ElasticsearchSettings s = ElasticsearchSettings.defaults(HOSTS, "a");
        assertThatThrownBy(() -> s.withIndex(" ")).hasMessageContaining("index");
        assertThatThrownBy(() -> s.withBasicAuth("elastic", null)).hasMessageContaining("username and password");
        assertThatThrownBy(() -> new ElasticsearchSettings(HOSTS, "a", "u", "p", "key", null,
                500, 1, 10_000, 1, 1, 1, 1, 1, 1)).hasMessageContaining("either username/password or apiKey");
        assertThatThrownBy(() -> s.withBatching(0, 1, 10, 1, 1)).hasMessageContaining("maxBatchSize must be > 0");
        assertThatThrownBy(() -> s.withBatching(500, 1, 500, 1, 1))
                .hasMessageContaining("maxBufferedRequests (500) must be greater than maxBatchSize (500)");
        assertThatThrownBy(() -> s.withRetries(-1, 1, 1)).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> s.withRetries(1, 100, 50))
                .hasMessageContaining("maxBackoffMs (50) must be >= initialBackoffMs (100)");
        assertThatThrownBy(() -> s.withRequestTimeoutMs(0)).hasMessageContaining("requestTimeoutMs");
        assertThatThrownBy(() -> s.withCaCertificatePath("")).hasMessageContaining("caCertificatePath");
    }

    @Test
    void survivesJavaSerializationAsTheSinkIsShippedToTaskManagers() throws Exception {
        ElasticsearchSettings s = ElasticsearchSettings.defaults(List.of("https://es1:9200", "https://es2:9200"), "a")
                .withApiKey("a2V5");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(s);
        }
    }
}
