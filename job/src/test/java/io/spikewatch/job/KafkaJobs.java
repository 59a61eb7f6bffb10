package io.spikewatch.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.pipeline.Counters;
import io.spikewatch.job.pipeline.Pipeline;
import io.spikewatch.job.sim.Incident;
import io.spikewatch.job.source.RecordDecoder;
import io.spikewatch.job.source.SourceRecord;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

/**
 * What the ITCases that run the production job on a mini-cluster against the real Kafka broker
 * share: topics, producing lines, starting the job (or restoring it), waiting on its accumulators,
 * and the alerts they are compared with: those of an uninterrupted {@code replay}.
 */
final class KafkaJobs {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The future-event guard's clock of these tests: after every simulated event. */
    static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);

    private KafkaJobs() {}

    /**
     * The config keys these tests share: the production job on the test broker, from the earliest
     * offset, alerts to a Kafka topic only, no dead-letter topic, checkpoints every second. Callers
     * add or override keys and pass the map to {@code ConfigLoader.fromMap}.
     */
    static Map<String, Object> settings(String bootstrapServers, String input, String groupId, String alerts,
                                        int parallelism) {
        Map<String, Object> c = new java.util.HashMap<>();
        c.put("kafka.bootstrap-servers", bootstrapServers);
        c.put("kafka.input.topic", input);
        c.put("kafka.input.group-id", groupId);
        c.put("kafka.input.starting-offsets", "earliest");
        c.put("kafka.alerts-topic", alerts);
        c.put("kafka.dead-letter-topic", "");
        c.put("elasticsearch.enabled", false);
        c.put("runtime.parallelism", parallelism);
        c.put("runtime.checkpoint-interval", "1s");
        return c;
    }

    /** Creates single-partition topics. */
    static void createTopics(String bootstrapServers, String... topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(Arrays.stream(topics).map(t -> new NewTopic(t, 1, (short) 1)).toList()).all().get();
        }
    }

    /** Writes {@code values} to {@code topic} in order; fails on the first record that was not written. */
    static void send(String bootstrapServers, String topic, List<String> values) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(),
                new StringSerializer())) {
            List<Future<?>> sent = new ArrayList<>(values.size());
            for (String v : values) {
                sent.add(producer.send(new ProducerRecord<>(topic, v)));
            }
            producer.flush();
            for (Future<?> f : sent) {
                f.get();
            }
        }
    }

    /** The non-blank lines of a gzipped NDJSON file. */
    static List<String> lines(Path gz) throws Exception {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.isBlank()) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /**
     * The index of the line at which half of {@code incident}'s transfers to its first host are
     * written: a cut there leaves that host's bucket half filled (failover tests checkpoint there).
     */
    static int middleOf(Incident incident, List<String> lines, JobConfig cfg) {
        RecordDecoder decoder = Pipeline.decoder(cfg, CLOCK);
        String host = incident.hosts().get(0);
        List<Integer> during = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceRecord r = decoder.decode(lines.get(i), "fleet", i);
            if (r.kind() == SourceRecord.Kind.EVENT && r.event().hostName().equals(host)
                    && r.event().timestampMs() >= incident.start().toEpochMilli()
                    && r.event().timestampMs() <= incident.end().toEpochMilli()) {
                during.add(i);
            }
        }
        if (during.size() <= 10) {
            throw new IllegalArgumentException(during.size() + " events of " + incident.id() + " on " + host);
        }
        return during.get(during.size() / 2);
    }

    /**
     * Starts the production job ({@link StreamingJob}) on the test's mini-cluster at the config's
     * parallelism, from {@code savepoint} when not {@code null}; state under {@code dir/state}.
     */
    static JobClient start(JobConfig cfg, Path dir, String savepoint, String name) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(cfg.parallelism());
        Configuration c = Environments.common(cfg, Files.createDirectories(dir.resolve("state")));
        if (savepoint != null) {
            c.setString("execution.savepoint.path", savepoint);
        }
        env.configure(c);
        StreamingJob.build(env, cfg, CLOCK);
        return env.executeAsync(name);
    }

    /** The running job's accumulator {@code spikewatch.<name>}, 0 before it exists. */
    static long counter(JobClient job, String name) throws Exception {
        Object v = job.getAccumulators().get().get(Counters.ACC_PREFIX + name);
        return v instanceof Number n ? n.longValue() : 0;
    }

    /** Waits until the running job's accumulator {@code name} reaches {@code atLeast}. */
    static void awaitCounter(JobClient job, String name, long atLeast, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        long value = 0;
        while (System.nanoTime() < deadline) {
            value = counter(job, name);
            if (value >= atLeast) {
                return;
            }
            Thread.sleep(200); // polls a condition with a deadline; the result is asserted, not assumed
        }
        throw new AssertionError(name + " stayed at " + value + ", expected at least " + atLeast);
    }

    /**
     * The alert documents an uninterrupted {@code replay} of {@code fleet} writes (mini-cluster at
     * the config's parallelism, state under {@code dir/replay-state}), by {@code kibana.alert.uuid},
     * the last document of each id: what a Kafka or Elasticsearch consumer ends up with.
     */
    static Map<String, JsonNode> replayAlerts(JobConfig cfg, Path fleet, Path dir) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(cfg.parallelism());
        env.configure(Environments.common(cfg, Files.createDirectories(dir.resolve("replay-state"))));
        Path out = dir.resolve("replay.ndjson");
        new ReplayRunner(cfg, new PrintStream(new ByteArrayOutputStream())).run(env, List.of(fleet),
                ReplayRunner.Outputs.beside(out));
        Map<String, JsonNode> docs = new HashMap<>();
        for (String l : Files.readAllLines(out)) {
            JsonNode d = JSON.readTree(l);
            docs.put(d.path("kibana.alert.uuid").asText(), d);
        }
        return docs;
    }

    /**
     * The single-partition alerts {@code topic} from its beginning, the latest document per key
     * (the alert id), read until it equals {@code expected} or the patience ends.
     */
    static Map<String, JsonNode> awaitAlerts(String bootstrapServers, String topic, Map<String, JsonNode> expected,
                                             Duration patience) throws Exception {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        Map<String, JsonNode> latest = new HashMap<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            c.assign(List.of(tp));
            c.seekToBeginning(List.of(tp));
            long deadline = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < deadline && !latest.equals(expected)) {
                for (var r : c.poll(Duration.ofMillis(500))) {
                    latest.put(r.key(), JSON.readTree(r.value()));
                }
            }
        }
        return latest;
    }

    /**
     * What differs between two sets of alert documents by id, one line per id ({@code missing},
     * {@code extra}, or {@code differs}, with the expected alert's reason): empty when they are equal.
     */
    static List<String> differences(Map<String, JsonNode> got, Map<String, JsonNode> expected) {
        List<String> out = new ArrayList<>();
        new TreeSet<>(expected.keySet()).forEach(id -> {
            JsonNode g = got.get(id);
            if (!expected.get(id).equals(g)) {
                out.add((g == null ? "missing " : "differs ") + id + ": "
                        + expected.get(id).path("kibana.alert.reason").asText());
            }
        });
        new TreeSet<>(got.keySet()).stream().filter(id -> !expected.containsKey(id))
                .forEach(id -> out.add("extra " + id + ": " + got.get(id).path("kibana.alert.reason").asText()));
        return out;
    }
}
