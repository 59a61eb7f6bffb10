package io.spikewatch.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikewatch.connectors.testing.LocalElasticsearch;
import io.spikewatch.connectors.testing.LocalKafka;
import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.kafka.DeadLetterSerializer;
import io.spikewatch.job.kafka.FileProducer;
import io.spikewatch.job.sim.FleetSimulator;
import io.spikewatch.job.sim.FleetSpec;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production path against a real Kafka broker and a real Elasticsearch, both started by the
 * test with the {@code deploy/local} scripts: a generated fleet file is produced into a topic, the
 * job runs bounded on a mini-cluster (parallelism 2, RocksDB), and the alerts in Elasticsearch are
 * exactly the documents {@code replay} writes for the same file; a second run adds nothing; every
 * malformed and late record is in the dead-letter topic with its reason and source coordinates.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaToElasticsearchITCase {

    private static final int PARALLELISM = 2;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    @Order(1)
    static final LocalKafka KAFKA = new LocalKafka();

    @RegisterExtension
    @Order(2)
    static final LocalElasticsearch ES = new LocalElasticsearch();

    @RegisterExtension
    @Order(3)
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(PARALLELISM)
                    .build());

    @TempDir
    static Path dir;

    /** Names of this run: the broker keeps topics between runs of the suite. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String INPUT = "it-events-" + RUN;
    private static final String DEAD_LETTERS = "it-dead-letters-" + RUN;
    private static final String INDEX = "spikewatch-alerts-it-" + RUN;
    private static final String ALERTS = "it-alerts-" + RUN;
    private static final String HELD = "it-held-" + RUN;

    private static Path fleet;
    private static ReplayRunner.Result replay;
    private static Map<String, JsonNode> replayed;
    /** The held-back records replay writes beside the alerts (building blocks). */
    private static Map<String, JsonNode> replayedHeld;
    private static long produced;

    @BeforeAll
    static void produceAndReplay() throws Exception {
        fleet = dir.resolve("fleet.ndjson.gz");
        new FleetSimulator(FleetSpec.demo(7)).run(fleet);

        JobConfig replayCfg = JobConfig.defaults().withParallelism(PARALLELISM);
        StreamExecutionEnvironment env = environment(replayCfg, "replay");
        Path alerts = dir.resolve("replay.ndjson");
        replay = new ReplayRunner(replayCfg, new PrintStream(new ByteArrayOutputStream()))
                .run(env, List.of(fleet), ReplayRunner.Outputs.beside(alerts));
        replayed = byAlertId(Files.readAllLines(alerts).stream().map(KafkaToElasticsearchITCase::json).toList());
        assertThat(replayed).hasSizeGreaterThan(5);
        replayedHeld = byAlertId(Files.readAllLines(dir.resolve("replay.held.ndjson")).stream()
                .map(KafkaToElasticsearchITCase::json).toList());
        assertThat(replayedHeld).isNotEmpty().doesNotContainKeys(replayed.keySet().toArray(String[]::new));

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()))) {
            // One input partition keeps the file's order, so late events are exactly replay's.
            admin.createTopics(List.of(new NewTopic(INPUT, 1, (short) 1), new NewTopic(DEAD_LETTERS, 1, (short) 1),
                            new NewTopic(ALERTS, 1, (short) 1), new NewTopic(HELD, 1, (short) 1)))
                    .all().get();
        }
        Properties producer = new Properties();
        producer.put("bootstrap.servers", KAFKA.bootstrapServers());
        produced = FileProducer.produce(producer, INPUT, List.of(fleet));

        runJob("it-first-" + RUN, "", "");
    }

    @Test
    @Order(1)
    void alertsInElasticsearchAreTheDocumentsReplayWrites() throws Exception {
        Map<String, JsonNode> indexed = indexedAlerts();
        assertThat(indexed.keySet()).isEqualTo(union(replayed, replayedHeld).keySet());
        union(replayed, replayedHeld).forEach((id, doc) -> assertThat(indexed.get(id)).as("document " + id).isEqualTo(doc));
        // Held-back records are building blocks beside the alerts, and the mapping lets a query tell them apart.
        assertThat(count("kibana.alert.building_block_type:default")).isEqualTo(replayedHeld.size());
        assertThat(count("NOT _exists_:kibana.alert.building_block_type")).isEqualTo(replayed.size());
        assertThat(count("spikewatch.explanation.held_back:*")).isEqualTo(replayedHeld.size());
        assertThat(indexed.values()).allSatisfy(d ->
                assertThat(d.path("kibana.alert.uuid").asText()).isNotBlank());
        assertThat(indexed.values()).as("incidents continued over several buckets: one document each, updated")
                .anySatisfy(d -> assertThat(d.path("kibana.alert.suppression.docs_count").asInt()).isPositive());
    }

    @Test
    @Order(2)
    void deadLettersCarryTheirReasonAndWhereTheyWereRead() throws Exception {
        List<ConsumerRecord<byte[], byte[]>> dead = readAll(DEAD_LETTERS);
        Map<String, Long> byReason = dead.stream().collect(Collectors.groupingBy(
                r -> header(r, DeadLetterSerializer.REASON), TreeMap::new, Collectors.counting()));

        Map<String, Long> expected = new TreeMap<>();
        replay.counters().forEach((k, v) -> {
            if (k.startsWith("dead_letter_") && v > 0) {
                expected.put(k.substring("dead_letter_".length()), v);
            }
        });
        expected.put("late_event", replay.lateEvents());
        assertThat(replay.lateEvents()).isPositive();
        assertThat(byReason).isEqualTo(expected);

        // Each malformed record points at its input record, whose bytes it carries.
        Map<Long, byte[]> input = readAll(INPUT).stream()
                .collect(Collectors.toMap(ConsumerRecord::offset, ConsumerRecord::value));
        assertThat((long) input.size()).isEqualTo(produced);
        for (ConsumerRecord<byte[], byte[]> r : dead) {
            if (header(r, DeadLetterSerializer.REASON).equals("late_event")) {
                continue;
            }
            assertThat(header(r, DeadLetterSerializer.SOURCE_TOPIC)).isEqualTo(INPUT);
            assertThat(header(r, DeadLetterSerializer.SOURCE_PARTITION)).isEqualTo("0");
            byte[] original = input.get(Long.parseLong(header(r, DeadLetterSerializer.SOURCE_OFFSET)));
            assertThat(new String(original, StandardCharsets.UTF_8))
                    .startsWith(new String(r.value(), StandardCharsets.UTF_8));
        }
    }

    @Test
    @Order(3)
    void aSecondRunOverTheSameInputAddsNoDocumentsAndCanCopyAlertsToKafka() throws Exception {
        runJob("it-second-" + RUN, ALERTS, HELD);
        Map<String, JsonNode> indexed = indexedAlerts();
        assertThat(indexed.keySet()).isEqualTo(union(replayed, replayedHeld).keySet());
        assertThat(count()).isEqualTo(replayed.size() + replayedHeld.size());

        // Keyed by alert id: an incident's alert is re-sent as later buckets continue it, and the
        // latest record per key (what a compacted topic keeps) is the document replay writes.
        Map<String, JsonNode> latest = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : readAll(ALERTS)) {
            latest.put(new String(r.key(), StandardCharsets.UTF_8), json(new String(r.value(), StandardCharsets.UTF_8)));
        }
        assertThat(latest).isEqualTo(replayed);
        // Held-back records go to a topic of their own, never onto the alerts topic.
        Map<String, JsonNode> held = new HashMap<>();
        readAll(HELD).forEach(r -> held.put(new String(r.key(), StandardCharsets.UTF_8),
                json(new String(r.value(), StandardCharsets.UTF_8))));
        assertThat(held).isEqualTo(replayedHeld);
    }

    private static Map<String, JsonNode> union(Map<String, JsonNode> a, Map<String, JsonNode> b) {
        Map<String, JsonNode> all = new TreeMap<>(a);
        all.putAll(b);
        return all;
    }

    /** The production job, bounded, from a config as a user would write it. */
    private static void runJob(String group, String alertsTopic, String heldTopic) throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put("kafka.bootstrap-servers", KAFKA.bootstrapServers());
        config.put("kafka.input.topic", INPUT);
        config.put("kafka.input.group-id", group);
        config.put("kafka.input.starting-offsets", "earliest");
        config.put("kafka.input.bounded", true);
        config.put("kafka.dead-letter-topic", DEAD_LETTERS);
        config.put("kafka.alerts-topic", alertsTopic);
        config.put("kafka.held-topic", heldTopic);
        config.put("elasticsearch.hosts", List.of(ES.url()));
        config.put("elasticsearch.index", INDEX);
        config.put("runtime.parallelism", PARALLELISM);
        config.put("runtime.checkpoint-interval", "1s");
        JobConfig cfg = ConfigLoader.fromMap(config);
        assertThat(StreamingJob.prepare(cfg)).contains("spikewatch-alerts");
        StreamExecutionEnvironment env = environment(cfg, group);
        StreamingJob.build(env, cfg, CLOCK);
        env.execute("spikewatch-it " + group);
    }

    private static StreamExecutionEnvironment environment(JobConfig cfg, String name) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(PARALLELISM);
        env.configure(Environments.common(cfg, Files.createDirectories(dir.resolve(name + "-state"))));
        return env;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            c.assign(List.of(tp));
            c.seekToBeginning(List.of(tp));
            long end = c.endOffsets(List.of(tp)).get(tp);
            while (c.position(tp) < end) {
                c.poll(Duration.ofSeconds(1)).forEach(out::add);
            }
        }
        return out;
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static Map<String, JsonNode> indexedAlerts() throws Exception {
        http("POST", "/" + INDEX + "/_refresh");
        JsonNode hits = json(http("GET", "/" + INDEX + "/_search?size=1000")).path("hits").path("hits");
        List<JsonNode> docs = new ArrayList<>();
        hits.forEach(h -> {
            assertThat(h.path("_id").asText()).isEqualTo(h.path("_source").path("kibana.alert.uuid").asText());
            docs.add(h.path("_source"));
        });
        return byAlertId(docs);
    }

    private static long count() throws Exception {
        return json(http("GET", "/" + INDEX + "/_count")).path("count").asLong();
    }

    /** Documents matching a Lucene query string. */
    private static long count(String query) throws Exception {
        return json(http("GET", "/" + INDEX + "/_count?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .path("count").asLong();
    }

    private static Map<String, JsonNode> byAlertId(List<JsonNode> docs) {
        return docs.stream().collect(Collectors.toMap(d -> d.path("kibana.alert.uuid").asText(), Function.identity()));
    }

    private static String http(String method, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ES.url() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
