package io.spikewatch.job;

import io.spikewatch.connectors.testing.LocalKafka;
import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.kafka.TimeMarkers;
import io.spikewatch.job.pipeline.Counters;
import io.spikewatch.job.sim.FleetSimulator;
import io.spikewatch.job.sim.FleetSpec;
import io.spikewatch.job.sim.SimulationResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job's metrics as an operator sees them: the production job (real Kafka in, control topic)
 * runs on a mini-cluster with Flink's Prometheus reporter, and the test scrapes the reporter's
 * HTTP endpoint on 127.0.0.1 while the job runs. Every spikewatch counter summed over subtasks
 * equals the job's accumulator of the same name, the lines read equal the lines produced,
 * {@code hosts_tracked} equals the hosts with a baseline, the event-time lag is the age of the
 * replayed data, Flink's checkpoint size is exported, and a baseline reset sent on the control
 * topic is counted and lowers {@code hosts_tracked} by one.
 */
class PrometheusMetricsITCase {

    /** The reporter's port range; the mini-cluster runs one reporter (one metric registry). */
    private static final int FIRST_PORT = 19249;
    private static final int LAST_PORT = 19252;
    private static final String OPERATOR = "flink_taskmanager_job_task_operator_";
    private static final Duration PATIENCE = Duration.ofSeconds(300); // 2 shared cores
    private static final List<String> COUNTERS = List.of(Counters.LINES_READ, Counters.PARSED, Counters.MALFORMED,
            Counters.ACCEPTED, Counters.LATE, Counters.HOSTS_SEEN, Counters.HOSTS_EXPIRED, Counters.BUCKETS_SCORED,
            Counters.ALERTS, Counters.SUPPRESSED, Counters.HELD_BACK_LEARNING, Counters.BASELINES_RESET,
            Counters.EXCEPTION_CHANGES, Counters.CONTROL_REJECTED);

    @RegisterExtension
    @Order(1)
    static final LocalKafka KAFKA = new LocalKafka();

    @RegisterExtension
    @Order(2)
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4)
                    .setConfiguration(reporter()).build());

    @TempDir
    static Path dir;

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String INPUT = "prom-events-" + RUN;
    private static final String CONTROL = "prom-control-" + RUN;
    private static final String ALERTS = "prom-alerts-" + RUN;

    private static Configuration reporter() {
        Configuration c = new Configuration();
        c.setString("metrics.reporter.prom.factory.class",
                "org.apache.flink.metrics.prometheus.PrometheusReporterFactory");
        c.setString("metrics.reporter.prom.port", FIRST_PORT + "-" + LAST_PORT);
        return c;
    }

    @Test
    void theCountersAndGaugesAreExportedWithTheJobsValues() throws Exception {
        Path fleet = dir.resolve("fleet.ndjson.gz");
        SimulationResult sim = new FleetSimulator(FleetSpec.demo(7)).run(fleet);
        List<String> lines = new ArrayList<>(KafkaJobs.lines(fleet));
        TimeMarkers.Markers markers = TimeMarkers.of(config(), List.of(fleet), KafkaJobs.CLOCK);
        lines.add(markers.end()); // moves the watermark past every bucket; dropped by the filter
        KafkaJobs.createTopics(KAFKA.bootstrapServers(), INPUT, CONTROL, ALERTS);

        Instant started = Instant.now();
        JobClient job = KafkaJobs.start(config(), dir, null, "prometheus-it");
        KafkaJobs.send(KAFKA.bootstrapServers(), INPUT, lines);
        KafkaJobs.awaitCounter(job, Counters.LINES_READ, lines.size(), PATIENCE);
        KafkaJobs.awaitCounter(job, Counters.HOSTS_SEEN, sim.hosts().size(), PATIENCE);
        Map<String, Double> before = awaitAgreement(job);
        System.out.println("scraped: " + spikewatch(before));

        assertThat(before.get(Counters.LINES_READ)).isEqualTo((double) sim.lines() + 1);
        assertThat(before.get(Counters.MALFORMED)).isEqualTo((double) sim.malformedLines()).isPositive();
        assertThat(before.get(Counters.ACCEPTED)).isEqualTo((double) sim.remoteTransfers());
        assertThat(before.get(Counters.BUCKETS_SCORED)).isGreaterThan(1000.0);
        assertThat(before.get(Counters.HOSTS_TRACKED)).as("every host of the fleet has a baseline")
                .isEqualTo((double) sim.hosts().size());
        // Event time is the simulated fleet's (2024): the lag is about its age, on every subtask.
        double oldest = Duration.between(sim.spec().start(), Instant.now()).toMillis();
        double newest = Duration.between(Instant.ofEpochMilli(markers.endWatermarkMs()), started).toMillis();
        assertThat(before.get(Counters.EVENT_TIME_LAG + "_min")).isBetween(newest, oldest);
        assertThat(before.get("flink_jobmanager_job_lastCheckpointSize")).as("state size, Flink's own metric")
                .isPositive();

        String host = sim.hosts().get(0).name();
        KafkaJobs.send(KAFKA.bootstrapServers(), CONTROL,
                List.of("{\"reset-baseline\":\"" + host + "\",\"reason\":\"repurposed\",\"author\":\"it\"}"));
        KafkaJobs.awaitCounter(job, Counters.BASELINES_RESET, 1, PATIENCE);
        Map<String, Double> after = awaitAgreement(job);
        job.cancel().get();

        assertThat(after.get(Counters.BASELINES_RESET)).isEqualTo(1.0);
        assertThat(after.get(Counters.HOSTS_TRACKED)).isEqualTo(before.get(Counters.HOSTS_TRACKED) - 1);
    }

    private static JobConfig config() {
        Map<String, Object> c = KafkaJobs.settings(KAFKA.bootstrapServers(), INPUT, "prom-" + RUN, ALERTS, 2);
        c.put("kafka.control-topic", CONTROL);
        c.put("runtime.checkpoint-interval", "3s");
        c.put("time.idleness", "5s"); // the source subtask without a partition stops holding the watermark soon
        return ConfigLoader.fromMap(c);
    }

    /**
     * Scrapes until every counter's exported sum equals its accumulator (all of them: the
     * {@link #COUNTERS} and the per-reason ones) and {@code hosts_tracked}
     * equals the hosts seen less those expired or reset, all in one scrape (values settle once the
     * input is consumed); returns that scrape. Fails with the last disagreement.
     */
    private static Map<String, Double> awaitAgreement(JobClient job) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String disagreement = "no scrape";
        while (System.nanoTime() < deadline) {
            Map<String, Double> m = scrape();
            Map<String, String> off = new LinkedHashMap<>();
            Map<String, Object> accumulators = job.getAccumulators().get();
            for (String name : COUNTERS) {
                if (!accumulators.containsKey(Counters.ACC_PREFIX + name)) {
                    off.put(name, "no accumulator");
                }
            }
            for (Map.Entry<String, Object> a : accumulators.entrySet()) {
                if (!a.getKey().startsWith(Counters.ACC_PREFIX)) {
                    continue;
                }
                String name = a.getKey().substring(Counters.ACC_PREFIX.length());
                double acc = ((Number) a.getValue()).doubleValue();
                if (m.get(name) == null || m.get(name) != acc) {
                    off.put(name, m.get(name) + " exported, accumulator " + acc);
                }
            }
            double tracked = KafkaJobs.counter(job, Counters.HOSTS_SEEN) - KafkaJobs.counter(job, Counters.HOSTS_EXPIRED)
                    - KafkaJobs.counter(job, Counters.BASELINES_RESET);
            if (m.get(Counters.HOSTS_TRACKED) == null || m.get(Counters.HOSTS_TRACKED) != tracked) {
                off.put(Counters.HOSTS_TRACKED, m.get(Counters.HOSTS_TRACKED) + " exported, hosts with a baseline "
                        + tracked);
            }
            if (off.isEmpty()) {
                return m;
            }
            disagreement = off.toString();
            Thread.sleep(500); // polls a condition with a deadline; the values are asserted
        }
        throw new AssertionError("exported metrics disagree with the job: " + disagreement);
    }

    /** The spikewatch metrics of a scrape, for the test's output. */
    private static Map<String, Double> spikewatch(Map<String, Double> scrape) {
        Map<String, Double> out = new java.util.TreeMap<>();
        scrape.forEach((k, v) -> {
            if (!k.endsWith("_min") && (COUNTERS.contains(k) || k.equals(Counters.HOSTS_TRACKED)
                    || k.equals(Counters.EVENT_TIME_LAG) || k.startsWith("flink_jobmanager_job_lastCheckpoint"))) {
                out.put(k, v);
            }
        });
        return out;
    }

    /**
     * One scrape of the reporter, in the Prometheus text format: spikewatch's operator metrics
     * summed over subtasks by their short name, {@code <gauge>_min} the smallest subtask value, and
     * Flink's job metrics by their full name. Finds the reporter's port in the configured range.
     */
    private static Map<String, Double> scrape() throws Exception {
        String body = null;
        for (int port = FIRST_PORT; port <= LAST_PORT && body == null; port++) {
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/metrics")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains(OPERATOR)) {
                    body = r.body();
                }
            } catch (IOException notThisPort) {
                // the reporter took another port of the range
            }
        }
        assertThat(body).as("a Prometheus endpoint on 127.0.0.1:%d-%d", FIRST_PORT, LAST_PORT).isNotNull();
        Map<String, Double> out = new HashMap<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int brace = line.indexOf('{');
            String name = line.substring(0, brace < 0 ? line.indexOf(' ') : brace);
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            if (name.startsWith(OPERATOR)) {
                String shortName = name.substring(OPERATOR.length());
                out.merge(shortName, value, Double::sum);
                out.merge(shortName + "_min", value, Math::min);
            } else if (name.startsWith("flink_jobmanager_job_")) {
                out.put(name, value);
            }
        }
        return out;
    }
}
