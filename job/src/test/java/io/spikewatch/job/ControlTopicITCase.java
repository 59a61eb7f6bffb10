package io.spikewatch.job;

import io.spikewatch.connectors.testing.LocalKafka;
import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikewatch.job.pipeline.Counters;
import io.spikewatch.job.sim.FleetSimulator;
import io.spikewatch.job.sim.FleetSpec;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exceptions changed while the job runs, through the control topic of a real Kafka broker: an
 * allow entry added at runtime keeps a migration account's burst from alerting; it survives a stop
 * with savepoint and a restart (broadcast state, the control topic is not re-read); after it is
 * expired by a second message, the same account's next burst alerts.
 */
class ControlTopicITCase {

    private static final Pattern TS = Pattern.compile("\"@timestamp\":\"([^\"]+)\"");
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @RegisterExtension
    @Order(1)
    static final LocalKafka KAFKA = new LocalKafka();

    @RegisterExtension
    @Order(2)
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4)
                    .build());

    @TempDir
    static Path dir;

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String INPUT = "ctl-events-" + RUN;
    private static final String CONTROL = "ctl-control-" + RUN;
    private static final String ALERTS = "ctl-alerts-" + RUN;
    private static final String ALLOW = """
            {"id":"migration","kind":"allow","user":"svc_migrate","reason":"file server migration","author":"it-ops"}""";
    private static final String EXPIRE = """
            {"id":"migration","kind":"allow","user":"svc_migrate","reason":"migration done","author":"it-ops",
             "expires":"2024-03-01T00:00:00Z"}""".replace("\n", "");

    @Test
    void anAllowEntryAddedAtRuntimeHoldsSurvivesARestartAndStopsWhenExpired() throws Exception {
        List<String> fleet = fleetLines();
        KafkaJobs.createTopics(KAFKA.bootstrapServers(), INPUT, CONTROL, ALERTS);
        JobConfig cfg = config();

        // Phase 1: the job runs; the allow entry arrives, then a migration burst on fs-lon-01.
        JobClient job = KafkaJobs.start(cfg, dir, null, "control-it");
        KafkaJobs.send(KAFKA.bootstrapServers(), CONTROL, List.of(ALLOW));
        KafkaJobs.awaitCounter(job, Counters.EXCEPTION_CHANGES, 1, PATIENCE);
        KafkaJobs.send(KAFKA.bootstrapServers(), INPUT, merge(until(fleet, "2024-03-12T00:00:00Z"),
                burst("fs-lon-01", "2024-03-11T14:00:00Z", 400)));
        KafkaJobs.awaitCounter(job, "exception_migration_transfers_allowed", 400, PATIENCE);
        String savepoint = job.stopWithSavepoint(false, dir.resolve("savepoints").toUri().toString(),
                SavepointFormatType.CANONICAL).get();

        // Phase 2: restarted from the savepoint, the entry still holds for a burst on fs-lon-02.
        job = KafkaJobs.start(cfg, dir, savepoint, "control-it");
        KafkaJobs.send(KAFKA.bootstrapServers(), INPUT, merge(between(fleet, "2024-03-12T00:00:00Z", "2024-03-13T00:00:00Z"),
                burst("fs-lon-02", "2024-03-12T14:00:00Z", 400)));
        KafkaJobs.awaitCounter(job, "exception_migration_transfers_allowed", 400, PATIENCE);

        assertThat(KafkaJobs.counter(job, Counters.EXCEPTION_CHANGES))
                .as("the entry came back from broadcast state, the control topic was not re-read").isZero();

        // Phase 3: the entry expires; the account's next burst counts and alerts.
        KafkaJobs.send(KAFKA.bootstrapServers(), CONTROL, List.of(EXPIRE));
        KafkaJobs.awaitCounter(job, Counters.EXCEPTION_CHANGES, 1, PATIENCE);
        KafkaJobs.send(KAFKA.bootstrapServers(), INPUT, merge(between(fleet, "2024-03-13T00:00:00Z", "2024-03-15T00:00:00Z"),
                burst("fs-lon-01", "2024-03-13T14:00:00Z", 400)));
        List<String> alerts = awaitAlert("fs-lon-01", "2024-03-13T14:");
        job.cancel().get();

        assertThat(alerts).as("no alert for the allowed bursts").noneMatch(a ->
                isAlert(a, "fs-lon-01", "2024-03-11T14:") || isAlert(a, "fs-lon-02", "2024-03-12T14:"));
    }

    private static JobConfig config() {
        Map<String, Object> c = KafkaJobs.settings(KAFKA.bootstrapServers(), INPUT, "ctl-" + RUN, ALERTS, 2);
        c.put("kafka.control-topic", CONTROL);
        c.put("alerting.learning-period", "0d");
        return ConfigLoader.fromMap(c);
    }

    private static boolean isAlert(String json, String host, String bucketPrefix) {
        try {
            JsonNode a = new ObjectMapper().readTree(json);
            return a.path("host").path("name").path(0).asText().equals(host)
                    && a.path("kibana.alert.original_time").asText().startsWith(bucketPrefix);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the alerts topic until an alert of {@code host} in a bucket starting with {@code bucketPrefix} appears. */
    private static List<String> awaitAlert(String host, String bucketPrefix) throws Exception {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers());
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition tp = new TopicPartition(ALERTS, 0);
            c.assign(List.of(tp));
            c.seekToBeginning(List.of(tp));
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(500)).forEach(r -> seen.add(r.value()));
                if (seen.stream().anyMatch(a -> isAlert(a, host, bucketPrefix))) {
                    return seen;
                }
            }
        }
        throw new AssertionError("no alert for " + host + " at " + bucketPrefix + "; alerts: " + seen.size());
    }

    private static List<String> fleetLines() throws Exception {
        Path f = dir.resolve("fleet.ndjson.gz");
        new FleetSimulator(FleetSpec.demo(7)).run(f);
        return KafkaJobs.lines(f);
    }

    private static List<String> until(List<String> lines, String end) {
        return between(lines, "0000-01-01T00:00:00Z", end);
    }

    /** Lines whose time is in {@code [from, to)}; lines without a readable time go with the first range. */
    private static List<String> between(List<String> lines, String from, String to) {
        Instant a = Instant.parse(from);
        Instant b = Instant.parse(to);
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            Instant t = time(l);
            if (t == null ? a.getEpochSecond() < 0 : !t.isBefore(a) && t.isBefore(b)) {
                out.add(l);
            }
        }
        return out;
    }

    private static List<String> burst(String host, String start, int n) {
        long t0 = Instant.parse(start).toEpochMilli();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("{\"@timestamp\":\"" + Instant.ofEpochMilli(t0 + i * 600_000L / n) + "\","
                    + "\"event\":{\"category\":[\"file\"],\"action\":\"creation\",\"module\":\"endpoint\"},"
                    + "\"host\":{\"name\":\"" + host + "\"},\"process\":{\"name\":\"System\"},"
                    + "\"user\":{\"name\":\"svc_migrate\",\"domain\":\"CORP\"},"
                    + "\"file\":{\"name\":\"m" + i + ".xlsx\",\"path\":\"D:\\\\Migration\\\\m" + i + ".xlsx\"}}");
        }
        return lines;
    }

    private static List<String> merge(List<String> fleet, List<String> extra) {
        List<String> all = new ArrayList<>(fleet);
        all.addAll(extra);
        // Stable: fleet lines keep their (roughly time-ordered) order; the extra lines slot in by time.
        List<String> out = new ArrayList<>(all.size());
        int e = 0;
        for (String l : fleet) {
            Instant t = time(l);
            while (t != null && e < extra.size() && !time(extra.get(e)).isAfter(t)) {
                out.add(extra.get(e++));
            }
            out.add(l);
        }
        out.addAll(extra.subList(e, extra.size()));
        return out;
    }

    private static Instant time(String line) {
        Matcher m = TS.matcher(line);
        if (!m.find()) {
            return null;
        }
        try {
            return Instant.parse(m.group(1));
        } catch (RuntimeException ex) {
            return null;
        }
    }
}
