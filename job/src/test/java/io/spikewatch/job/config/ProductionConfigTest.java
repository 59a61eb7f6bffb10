package io.spikewatch.job.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Kafka and Elasticsearch sections: pass-through properties, secrets, validation with key names. */
class ProductionConfigTest {

    private static JobConfig load(String yaml, Map<String, String> env) {
        return ConfigLoader.fromMap(new Yaml().load(yaml), new Secrets(env));
    }

    @Test
    void kafkaClientPropertiesPassThroughWithSecretsResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("es-password");
        Files.writeString(secret, "s3cret-from-file\n");
        JobConfig c = load("""
                kafka:
                  bootstrap-servers: k1:9093,k2:9093
                  input: {topic: [a, b], group-id: g, starting-offsets: "timestamp:2024-03-01T00:00:00Z", bounded: true}
                  properties:
                    security.protocol: SASL_SSL
                    sasl.jaas.config: 'ScramLoginModule required username="sw" password="${env:KAFKA_PW}";'
                elasticsearch:
                  hosts: https://es1:9200, https://es2:9200
                  username: writer
                  password: ${file:%s}
                  ca-certificate: /etc/ca.pem
                """.formatted(secret), Map.of("KAFKA_PW", "kpw"));
        KafkaConfig k = c.kafka();
        assertThat(k.topics()).containsExactly("a", "b");
        assertThat(k.bounded()).isTrue();
        assertThat(k.properties()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.jaas.config", "ScramLoginModule required username=\"sw\" password=\"kpw\";");
        assertThat(StartingOffsets.parse(k.startingOffsets()))
                .isEqualTo(new StartingOffsets(StartingOffsets.Mode.TIMESTAMP,
                        Instant.parse("2024-03-01T00:00:00Z").toEpochMilli()));
        ElasticsearchConfig es = c.elasticsearch();
        assertThat(es.hosts()).containsExactly("https://es1:9200", "https://es2:9200");
        assertThat(es.password()).isEqualTo("s3cret-from-file");
        assertThat(es.toString()).doesNotContain("s3cret").contains("***");
        assertThat(k.toString()).doesNotContain("kpw");
    }

    @Test
    void outputTopicsAreNeitherInputTopicsNorTheAlertsTopic() {
        assertThatThrownBy(() -> load("kafka: {alerts-topic: a, held-topic: a}", Map.of()))
                .hasMessageContaining("kafka.held-topic: not the alerts topic 'a'");
        assertThatThrownBy(() -> load("kafka: {input: {topic: [ev, a]}, alerts-topic: a}", Map.of()))
                .hasMessageContaining("kafka.alerts-topic: 'a' is also an input topic (ev,a)");
        assertThatThrownBy(() -> load("kafka: {input: {topic-pattern: 'logs-.*'}, held-topic: logs-held}", Map.of()))
                .hasMessageContaining("kafka.held-topic: 'logs-held' is also an input topic (/logs-.*/)");
        assertThatThrownBy(() -> load("kafka: {input: {topic: ev}, dead-letter-topic: ev}", Map.of()))
                .hasMessageContaining("kafka.dead-letter-topic");
        assertThat(load("kafka: {alerts-topic: a, held-topic: h}", Map.of()).kafka().heldTopic()).isEqualTo("h");
    }

    @Test
    void aMissingSecretFailsNamingTheKey() {
        assertThatThrownBy(() -> load("elasticsearch: {api-key: '${env:NOPE}'}", Map.of()))
                .hasMessageContaining("elasticsearch.api-key").hasMessageContaining("NOPE");
        assertThatThrownBy(() -> load("elasticsearch: {password: '${file:/no/such/file}'}", Map.of()))
                .hasMessageContaining("elasticsearch.password").hasMessageContaining("/no/such/file");
    }

    @Test
    void startingOffsetsAcceptTheDocumentedForms() {
        assertThat(StartingOffsets.parse("committed").mode()).isEqualTo(StartingOffsets.Mode.COMMITTED);
        assertThat(StartingOffsets.parse("earliest").mode()).isEqualTo(StartingOffsets.Mode.EARLIEST);
        assertThat(StartingOffsets.parse("latest").mode()).isEqualTo(StartingOffsets.Mode.LATEST);
        assertThat(StartingOffsets.parse("timestamp:1709251200000").timestampMs()).isEqualTo(1_709_251_200_000L);
        assertThatThrownBy(() -> StartingOffsets.parse("yesterday"))
                .hasMessageContaining("kafka.input.starting-offsets");
    }

    @Test
    void badValuesFailWithTheKeyAndWhatIsAccepted() {
        assertThatThrownBy(() -> load("kafka: {input: {topic: ''}}", Map.of()))
                .hasMessageContaining("kafka.input.topic");
        assertThatThrownBy(() -> load("kafka: {input: {topic-pattern: 'logs-(('}}", Map.of()))
                .hasMessageContaining("kafka.input.topic-pattern");
        assertThatThrownBy(() -> load("elasticsearch: {hosts: [es1:9200]}", Map.of()))
                .hasMessageContaining("elasticsearch.hosts").hasMessageContaining("http(s)://");
        assertThatThrownBy(() -> load("elasticsearch: {index: Alerts}", Map.of()))
                .hasMessageContaining("elasticsearch.index");
        assertThatThrownBy(() -> load("elasticsearch: {username: u, api-key: k}", Map.of()))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> load("kafka: {input: {bounded: yes-please}}", Map.of()))
                .hasMessageContaining("kafka.input.bounded");
        assertThatThrownBy(() -> load("elasticsearch: {host: x}", Map.of()))
                .hasMessageContaining("unknown config key 'elasticsearch.host'");
    }

    @Test
    void aDisabledElasticsearchNeedsNoValidHosts() {
        JobConfig c = load("elasticsearch: {enabled: false, hosts: []}\nkafka: {alerts-topic: alerts}", Map.of());
        assertThat(c.elasticsearch().enabled()).isFalse();
        assertThat(c.kafka().alertsTopic()).isEqualTo("alerts");
        assertThat(c.kafka().topics()).isEqualTo(List.of("logs-endpoint.events.file-default"));
    }
}
