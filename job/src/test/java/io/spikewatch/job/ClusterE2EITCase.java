package io.spikewatch.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikewatch.connectors.testing.LocalElasticsearch;
import io.spikewatch.connectors.testing.LocalKafka;
import io.spikewatch.connectors.testing.LocalService;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.pipeline.Counters;
import io.spikewatch.job.sim.FleetSimulator;
import io.spikewatch.job.sim.FleetSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code deploy/local/cluster-e2e.sh} on a generated fleet file, against a real standalone Flink
 * cluster (JobManager and two TaskManagers in their own JVMs), a real Kafka broker and a real
 * Elasticsearch, all started by the test with the {@code deploy/local} scripts on ports of their
 * own under {@code target/it-services}: the job runs unbounded from the thin jar
 * ({@code spikewatch-job.jar}, submitted through Flink's CLI), is RUNNING by Flink's REST API
 * afterwards, and the alerts in Elasticsearch are exactly the documents {@code replay} writes for the
 * same file.
 *
 * <p>Runs with maven-failsafe in {@code integration-test}, after {@code package} built the jar.
 */
class ClusterE2EITCase {

    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(10);
    private static final String INDEX = "spikewatch-alerts-cluster-e2e";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    @Order(1)
    static final LocalKafka KAFKA = new LocalKafka();

    @RegisterExtension
    @Order(2)
    static final LocalElasticsearch ES = new LocalElasticsearch();

    @RegisterExtension
    @Order(3)
    static final LocalFlinkCluster FLINK = new LocalFlinkCluster();

    @TempDir
    static Path dir;

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Map<String, JsonNode> replayed;
    private static int exitCode;
    private static List<String> output;
    private static String jobId;
    private static long hostsSeen;
    private static long heldSeen;
    private static Map<String, JsonNode> replayedHeld;

    @BeforeAll
    static void replayThenRunOnTheCluster() throws Exception {
        Path fleet = dir.resolve("fleet.ndjson.gz");
        new FleetSimulator(FleetSpec.demo(7)).run(fleet);

        Path alerts = dir.resolve("replay.ndjson");
        ReplayRunner.Result replay = new ReplayRunner(JobConfig.defaults(), new PrintStream(new ByteArrayOutputStream()))
                .run(List.of(fleet), ReplayRunner.Outputs.beside(alerts));
        hostsSeen = replay.counter(Counters.HOSTS_SEEN);
        heldSeen = replay.held().size();
        replayedHeld = byAlertId(Files.readAllLines(dir.resolve("replay.held.ndjson")).stream()
                .map(ClusterE2EITCase::json).toList());
        replayed = byAlertId(Files.readAllLines(alerts).stream().map(ClusterE2EITCase::json).toList());
        assertThat(replayed).hasSizeGreaterThan(5);

        runScript(fleet);
        jobId = output.stream().filter(l -> l.startsWith("job_id=")).map(l -> l.substring("job_id=".length()))
                .findFirst().orElse(null);
    }

    @AfterAll
    static void cancelTheJob() throws Exception {
        if (jobId == null) {
            return;
        }
        http("PATCH", FLINK.restUrl() + "/jobs/" + jobId + "?mode=cancel");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!jobState().equals("CANCELED") && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        assertThat(jobState()).isEqualTo("CANCELED");
    }

    @Test
    void theJobRunsOnTheClusterAndItsAlertsAreReplays() throws Exception {
        assertThat(exitCode).as(String.join("\n", output)).isZero();
        assertThat(output).last().isEqualTo("alerts_in_es=" + replayed.size());
        assertThat(output).contains("job_state=RUNNING");
        assertThat(heldSeen).isPositive();
        assertThat(output).as("held-back records, beside the alerts").contains("held_in_es=" + heldSeen);
        assertThat(hostsSeen).isPositive();
        assertThat(output).as("the hosts_tracked gauge, scraped from the TaskManagers' Prometheus reporters")
                .contains("hosts_tracked=" + hostsSeen);
        assertThat(jobId).matches("[0-9a-f]{32}");
        assertThat(jobState()).isEqualTo("RUNNING");
        assertThat(json(http("GET", FLINK.restUrl() + "/overview")).path("taskmanagers").asInt())
                .isEqualTo(LocalFlinkCluster.TASK_MANAGERS);

        http("POST", ES.url() + "/" + INDEX + "/_refresh");
        Map<String, JsonNode> indexed = search("NOT _exists_:kibana.alert.building_block_type");
        assertThat(indexed.keySet()).isEqualTo(replayed.keySet());
        replayed.forEach((id, doc) -> assertThat(indexed.get(id)).as("alert " + id).isEqualTo(doc));
        assertThat(search("_exists_:kibana.alert.building_block_type")).as("held-back records").isEqualTo(replayedHeld);
    }

    /** The documents of the index matching a Lucene query string, by alert id. */
    private static Map<String, JsonNode> search(String query) throws Exception {
        JsonNode hits = json(http("GET", ES.url() + "/" + INDEX + "/_search?size=1000&q="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))).path("hits").path("hits");
        List<JsonNode> docs = new ArrayList<>();
        hits.forEach(h -> docs.add(h.path("_source")));
        return byAlertId(docs);
    }

    /** Runs the script as a developer would, with the test's ports and work folder. */
    private static void runScript(Path fleet) throws Exception {
        Path root = LocalService.repoRoot(Path.of("").toAbsolutePath());
        ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("deploy/local/cluster-e2e.sh").toString(),
                fleet.toString())
                .directory(FLINK.workDir().toFile())
                .redirectErrorStream(true);
        Map<String, String> env = new HashMap<>(FLINK.env());
        env.put("SPIKEWATCH_WORK", FLINK.workDir().toString());
        env.put("KAFKA_PORT", Integer.toString(LocalKafka.DEFAULT_PORT));
        env.put("KAFKA_CONTROLLER_PORT", Integer.toString(LocalKafka.DEFAULT_CONTROLLER_PORT));
        env.put("ES_PORT", Integer.toString(LocalElasticsearch.DEFAULT_PORT));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        List<String> lines = new ArrayList<>();
        Thread echo = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    System.out.println("[cluster-e2e.sh] " + l);
                    synchronized (lines) {
                        lines.add(l);
                    }
                }
            } catch (Exception e) {
                synchronized (lines) {
                    lines.add("(output unreadable: " + e + ")");
                }
            }
        }, "cluster-e2e-output");
        echo.setDaemon(true);
        echo.start();
        if (!p.waitFor(SCRIPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
        }
        echo.join(TimeUnit.SECONDS.toMillis(10));
        exitCode = p.isAlive() ? -1 : p.exitValue();
        synchronized (lines) {
            output = List.copyOf(lines);
        }
    }

    private static String jobState() throws Exception {
        return json(http("GET", FLINK.restUrl() + "/jobs/" + jobId)).path("state").asText();
    }

    private static Map<String, JsonNode> byAlertId(List<JsonNode> docs) {
        return docs.stream().collect(Collectors.toMap(d -> d.path("kibana.alert.uuid").asText(), Function.identity()));
    }

    private static String http(String method, String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(method + " " + url + ": " + r.body()).isBetween(200, 299);
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
