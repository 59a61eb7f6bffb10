package io.spikewatch.connectors.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikewatch.connectors.alert.AlertDocument;
import io.spikewatch.connectors.alert.RuleSettings;
import io.spikewatch.connectors.testing.LocalElasticsearch;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.BucketSummary;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.TransferLocations;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.ExceptionUtils;
import org.apache.http.HttpHost;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sink against a real Elasticsearch 8.19 ({@link LocalElasticsearch}) from a Flink mini-cluster
 * with parallelism 2, RocksDB and checkpoints every 200 ms: every document arrives exactly once
 * (by id) across reruns and an injected failure with restore; a document that breaks the mapping
 * fails the job with Elasticsearch's reason; the template installer installs, leaves alone and
 * names an unreachable host; the bundled alerts template accepts a real alert document.
 *
 * <p>Each test uses its own index, deleted first, so a node kept running between runs gives the
 * same results.
 */
class ElasticsearchSinkITCase {

    private static final int PARALLELISM = 2;
    private static final int DOCUMENTS = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    @Order(1)
    static final LocalElasticsearch ES = new LocalElasticsearch();

    @RegisterExtension
    @Order(2)
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setConfiguration(loopbackOnly())
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(PARALLELISM)
            .build());

    @TempDir
    static Path checkpoints;

    private static RestClient es;

    @BeforeAll
    static void connect() {
        es = RestClient.builder(HttpHost.create(ES.url())).build();
    }

    @AfterAll
    static void disconnect() throws IOException {
        es.close();
    }

    @Test
    void writesEveryDocumentOnceAndARerunOverwritesInsteadOfDuplicating() throws Exception {
        String index = freshIndex("sink-it-rerun");

        runNumbers(index, 0, "first");
        assertThat(count(index)).isEqualTo(DOCUMENTS);
        JsonNode doc42 = source(index, "doc-42");
        assertThat(doc42.path("n").asLong()).isEqualTo(42);

        runNumbers(index, 0, "second");
        assertThat(count(index)).isEqualTo(DOCUMENTS);
    }

    @Test
    void anInjectedFailureAfterACheckpointStillEndsWithExactlyAllDocuments() throws Exception {
        String index = freshIndex("sink-it-failover");

        runNumbers(index, 300, "failover");

        assertThat(count(index)).isEqualTo(DOCUMENTS);
        // Documents written after the restart carry attempt >= 1: the failure really happened
        // and the restored job went on writing.
        assertThat(count(index, "{\"query\":{\"range\":{\"attempt\":{\"gte\":1}}}}")).isPositive();
    }

    @Test
    void aDocumentThatBreaksTheMappingFailsTheJobNamingIdIndexAndReason() throws Exception {
        String index = freshIndex("sink-it-mapping");
        put("/" + index, "{\"settings\":{\"number_of_replicas\":0},"
                + "\"mappings\":{\"dynamic\":\"strict\",\"properties\":{\"n\":{\"type\":\"long\"}}}}");

        StreamExecutionEnvironment env = environment("mapping", false);
        env.fromData("doc-1", "doc-2", "doc-bad", "doc-3")
                .sinkTo(ElasticsearchSink.create(settings(index), new StrictlyMappedDocument()))
                .name("elasticsearch");

        assertThatThrownBy(() -> env.execute("mapping violation"))
                .satisfies(e -> {
                    Optional<ElasticsearchSinkException> cause =
                            ExceptionUtils.findThrowable(e, ElasticsearchSinkException.class);
                    assertThat(cause).as("ElasticsearchSinkException in %s", e).isPresent();
                    assertThat(cause.get().getMessage())
                            .contains("doc-bad", index, "HTTP 400", "document_parsing_exception",
                                    "failed to parse field [n] of type [long]");
                });
    }

    @Test
    void theInstallerInstallsOnceLeavesThePresentTemplateAndReplacesOnRequest() throws Exception {
        String name = "sink-it-template";
        delete("/_index_template/" + name);
        String template = "{\"index_patterns\":[\"sink-it-template-*\"],\"priority\":7,"
                + "\"template\":{\"settings\":{\"number_of_replicas\":0}}}";
        ElasticsearchSettings settings = settings("unused");

        assertThat(IndexTemplateInstaller.ensure(settings, name, template, false))
                .isEqualTo(IndexTemplateInstaller.Result.INSTALLED);
        assertThat(IndexTemplateInstaller.ensure(settings, name, template.replace("7", "8"), false))
                .isEqualTo(IndexTemplateInstaller.Result.ALREADY_PRESENT);
        assertThat(templatePriority(name)).isEqualTo(7);
        assertThat(IndexTemplateInstaller.ensure(settings, name, template.replace("7", "8"), true))
                .isEqualTo(IndexTemplateInstaller.Result.REPLACED);
        assertThat(templatePriority(name)).isEqualTo(8);
    }

    /**
     * An upgrade on a real node: an installed template without a version is replaced by version 2,
     * and the field version 2 adds becomes searchable on the index created under the old one
     * (a template maps only indices created after it).
     */
    @Test
    void anUpgradeReplacesAnOlderTemplateAndMapsItsNewFieldsOnTheLiveIndex() throws Exception {
        String name = "sink-it-upgrade";
        String index = freshIndex("sink-it-upgrade-1");
        delete("/_index_template/" + name);
        String v1 = "{\"index_patterns\":[\"sink-it-upgrade-*\"],\"template\":{\"settings\":{\"number_of_replicas\":0},"
                + "\"mappings\":{\"dynamic\":\"false\",\"properties\":{\"a\":{\"type\":\"keyword\"}}}}}";
        String v2 = "{\"index_patterns\":[\"sink-it-upgrade-*\"],\"version\":2,\"template\":{\"settings\":"
                + "{\"number_of_replicas\":0},\"mappings\":{\"dynamic\":\"false\",\"properties\":"
                + "{\"a\":{\"type\":\"keyword\"},\"b\":{\"type\":\"keyword\"}}}}}";
        ElasticsearchSettings settings = settings("unused");
        assertThat(IndexTemplateInstaller.ensure(settings, name, v1, false)).isEqualTo(IndexTemplateInstaller.Result.INSTALLED);
        put("/" + index + "/_doc/1?refresh=true", "{\"a\":\"x\",\"b\":\"old\"}");
        assertThat(count(index, "{\"query\":{\"term\":{\"b\":\"old\"}}}")).as("unmapped under v1").isZero();

        assertThat(IndexTemplateInstaller.ensure(settings, name, v2, false)).isEqualTo(IndexTemplateInstaller.Result.UPGRADED);
        assertThat(IndexTemplateInstaller.ensure(settings, name, v2, false))
                .isEqualTo(IndexTemplateInstaller.Result.ALREADY_PRESENT);
        assertThat(IndexTemplateInstaller.addMissingFields(settings, index, v2))
                .isEqualTo(IndexTemplateInstaller.MappingUpdate.UPDATED);
        put("/" + index + "/_doc/2?refresh=true", "{\"a\":\"x\",\"b\":\"new\"}");
        assertThat(count(index, "{\"query\":{\"term\":{\"b\":\"new\"}}}")).as("mapped after the upgrade").isEqualTo(1);
        assertThat(IndexTemplateInstaller.addMissingFields(settings, freshIndex("sink-it-upgrade-none"), v2))
                .isEqualTo(IndexTemplateInstaller.MappingUpdate.NO_INDEX);
    }

    @Test
    void theInstallerNamesTheHostItCannotReach() {
        ElasticsearchSettings unreachable = ElasticsearchSettings.defaults(List.of("http://127.0.0.1:1"), "unused")
                .withRequestTimeoutMs(2_000);

        assertThatThrownBy(() -> IndexTemplateInstaller.ensure(unreachable, "sink-it-unreachable", "{}", false))
                .isInstanceOf(ElasticsearchUnavailableException.class)
                .hasMessageContaining("http://127.0.0.1:1")
                .hasMessageContaining("cannot connect (Connection refused)");
    }

    @Test
    void theTemplateInstallerRejectsAnInvalidTemplateWithElasticsearchsReason() {
        assertThatThrownBy(() -> IndexTemplateInstaller.ensure(settings("unused"), "sink-it-invalid",
                        "{\"index_patterns\":[\"sink-it-invalid-*\"],\"template\":{\"mappings\":"
                                + "{\"properties\":{\"n\":{\"type\":\"no_such_type\"}}}}}", true))
                .isInstanceOf(ElasticsearchUnavailableException.class)
                .hasMessageContaining(ES.url())
                .hasMessageContaining("rejected")
                .hasMessageContaining("no_such_type");
    }

    @Test
    void theBundledTemplateInstallsAndMapsARealAlert() throws Exception {
        String index = freshIndex("spikewatch-alerts-it");
        IndexTemplateInstaller.ensure(settings(index), IndexTemplateInstaller.ALERTS_TEMPLATE_NAME,
                IndexTemplateInstaller.bundledAlertsTemplate(), true);
        String alert = AlertDocument.toJsonString(anomaly(), RuleSettings.defaults());
        String id = JSON.readTree(alert).path("kibana.alert.uuid").asText();

        StreamExecutionEnvironment env = environment("alert", false);
        env.fromData(alert).sinkTo(ElasticsearchSink.create(settings(index), new AlertJson())).name("elasticsearch");
        env.execute("one alert");

        assertThat(count(index, "{\"query\":{\"term\":{\"kibana.alert.uuid\":\"" + id + "\"}}}")).isEqualTo(1);
        assertThat(count(index, "{\"query\":{\"range\":{\"@timestamp\":{\"gte\":\"2024-03-13T00:00:00Z\"}}}}"))
                .isEqualTo(1);
        JsonNode mapping = JSON.readTree(get("/" + index + "/_mapping")).path(index).path("mappings");
        assertThat(mapping.path("dynamic").asText()).isEqualTo("false");
        assertThat(mapping.at("/properties/kibana/properties/alert/properties/uuid/type").asText())
                .isEqualTo("keyword");
        assertThat(JSON.readTree(get("/" + index + "/_settings")).at("/" + index + "/settings/index/number_of_replicas")
                .asText()).isEqualTo("0");
    }

    // ---- the jobs

    /**
     * Numbers 0..2999 at 1500 per second (slow enough for several checkpoints) as documents {@code doc-<n>}, through a map that fails
     * once per subtask after {@code failAfter} elements and a completed checkpoint (0: never).
     */
    private static void runNumbers(String index, int failAfter, String name) throws Exception {
        StreamExecutionEnvironment env = environment(name, failAfter > 0);
        DataGeneratorSource<Long> numbers = new DataGeneratorSource<>(
                n -> n, DOCUMENTS, RateLimiterStrategy.perSecond(1500), Types.LONG);
        env.fromSource(numbers, WatermarkStrategy.noWatermarks(), "numbers")
                .map(new FailOnceAfterCheckpoint(failAfter))
                .returns(Types.TUPLE(Types.LONG, Types.INT))
                .name("fail once")
                .sinkTo(ElasticsearchSink.create(settings(index).withBatching(200, 1, 1000, 1 << 20, 100),
                        new NumberedDocument()))
                .name("elasticsearch");
        env.execute(name);
    }

    private static StreamExecutionEnvironment environment(String name, boolean restart) {
        Configuration c = new Configuration();
        c.setString("state.backend.type", "rocksdb");
        c.setString("execution.checkpointing.dir", checkpoints.resolve(name).toUri().toString());
        c.setString("execution.checkpointing.interval", "200 ms");
        c.setString("pipeline.generic-types", "false");
        c.setString("restart-strategy.type", restart ? "fixed-delay" : "none");
        c.setString("restart-strategy.fixed-delay.attempts", "4");
        c.setString("restart-strategy.fixed-delay.delay", "200 ms");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(c);
        env.setParallelism(PARALLELISM);
        return env;
    }

    private static ElasticsearchSettings settings(String index) {
        return ElasticsearchSettings.defaults(List.of(ES.url()), index);
    }

    private static Configuration loopbackOnly() {
        Configuration c = new Configuration();
        c.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        c.set(RestOptions.ADDRESS, "127.0.0.1");
        c.setString("jobmanager.bind-host", "127.0.0.1");
        c.setString("taskmanager.bind-host", "127.0.0.1");
        c.setString("taskmanager.host", "127.0.0.1");
        return c;
    }

    /** Fails each subtask once (first attempt only) after a checkpoint; stamps the attempt. */
    static final class FailOnceAfterCheckpoint extends RichMapFunction<Long, Tuple2<Long, Integer>>
            implements CheckpointListener {

        private final int failAfter;
        private transient int attempt;
        private transient long seen;
        private transient boolean checkpointed;

        FailOnceAfterCheckpoint(int failAfter) {
            this.failAfter = failAfter;
        }

        @Override
        public void open(OpenContext context) {
            attempt = getRuntimeContext().getTaskInfo().getAttemptNumber();
        }

        @Override
        public Tuple2<Long, Integer> map(Long n) {
            seen++;
            if (failAfter > 0 && attempt == 0 && checkpointed && seen >= failAfter) {
                throw new IllegalStateException("injected failure after " + seen + " elements");
            }
            return Tuple2.of(n, attempt);
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            checkpointed = true;
        }
    }

    /** {@code {"n":<n>,"attempt":<attempt>}} with id {@code doc-<n>}. */
    static final class NumberedDocument implements DocumentConverter<Tuple2<Long, Integer>> {
        @Override
        public String id(Tuple2<Long, Integer> element) {
            return "doc-" + element.f0;
        }

        @Override
        public byte[] json(Tuple2<Long, Integer> element) {
            return ("{\"n\":" + element.f0 + ",\"attempt\":" + element.f1 + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** {@code {"n":<number>}} for ids {@code doc-<number>}; {@code doc-bad} gets a string for the long. */
    static final class StrictlyMappedDocument implements DocumentConverter<String> {
        @Override
        public String id(String element) {
            return element;
        }

        @Override
        public byte[] json(String element) {
            String n = element.substring("doc-".length());
            String value = n.equals("bad") ? "\"not a number\"" : n;
            return ("{\"n\":" + value + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** An alert document as the job writes it; the id is its {@code kibana.alert.uuid}. */
    static final class AlertJson implements DocumentConverter<String> {
        @Override
        public String id(String element) {
            try {
                return new ObjectMapper().readTree(element).path("kibana.alert.uuid").asText();
            } catch (IOException e) {
                throw new IllegalArgumentException("not an alert: " + element, e);
            }
        }

        @Override
        public byte[] json(String element) {
            return element.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static AnomalyRecord anomaly() {
        long t0 = 1_710_324_000_000L; // 2024-03-13T10:00:00Z
        BucketSummary s = BucketSummary.empty(t0);
        for (int i = 0; i < 12; i++) {
            s.add(FileEvent.builder().timestampMs(t0 + i * 1_000L).hostName("ws-1").hostId("h-1")
                    .hostIp("10.0.0.2").userName("adm_x").userId("S-1-5-21-9").userDomain("CORP")
                    .sourceIp("10.0.3.7").fileName("t" + i + ".exe").filePath("C:\\ProgramData\\t" + i + ".exe")
                    .fileDirectory("C:\\ProgramData").fileExtension("exe").fileSize(1000 + i).build(), TransferLocations.DEFAULT);
        }
        return new AnomalyRecord("ws-1", t0, 900_000, 12, 0.4, 9, 1e-12, 97.5, 2.5, 8, 40, 4.2, false, s);
    }

    // ---- Elasticsearch, read back directly

    /** {@code base}, made unique to this test by deleting what an earlier run left. */
    private static String freshIndex(String base) throws IOException {
        delete("/" + base);
        return base;
    }

    private static long count(String index) throws IOException {
        return count(index, "{\"query\":{\"match_all\":{}}}");
    }

    private static long count(String index, String query) throws IOException {
        es.performRequest(new Request("POST", "/" + index + "/_refresh"));
        Request request = new Request("POST", "/" + index + "/_count");
        request.setEntity(new NStringEntity(query, ContentType.APPLICATION_JSON));
        return JSON.readTree(EntityUtils.toString(es.performRequest(request).getEntity())).path("count").asLong();
    }

    private static JsonNode source(String index, String id) throws IOException {
        return JSON.readTree(get("/" + index + "/_doc/" + id)).path("_source");
    }

    private static int templatePriority(String name) throws IOException {
        return JSON.readTree(get("/_index_template/" + name)).at("/index_templates/0/index_template/priority").asInt();
    }

    private static String get(String path) throws IOException {
        return EntityUtils.toString(es.performRequest(new Request("GET", path)).getEntity());
    }

    private static void put(String path, String body) throws IOException {
        Request request = new Request("PUT", path);
        request.setEntity(new NStringEntity(body, ContentType.APPLICATION_JSON));
        es.performRequest(request);
    }

    private static void delete(String path) throws IOException {
        try {
            es.performRequest(new Request("DELETE", path));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) {
                throw e;
            }
        }
    }
}
