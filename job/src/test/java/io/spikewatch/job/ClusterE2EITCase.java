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
import io.spikewatch.job.sim.Incident;
import io.spikewatch.job.sim.SimulationResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
 * same file. Then the failover drill on the same services: the script again, on the same fleet cut
 * into three files, with a checkpoint in the middle of a burst (the checkpoint after the first
 * file) and a TaskManager JVM killed with SIGKILL after the second (its records scored on the heap
 * since that checkpoint, never written): the job restores from the checkpoint on the restarted
 * TaskManager, and the alerts in a fresh index are again exactly those of {@code replay}.
 *
 * <p>Runs with maven-failsafe in {@code integration-test}, after {@code package} built the jar.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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

    private static Path fleet;
    private static SimulationResult simulation;
    private static Map<String, JsonNode> replayed;
    private static Run first;
    /** The job the script submitted last: cancelled at the end. */
    private static String jobId;
    private static long hostsSeen;
    private static long heldSeen;
    private static Map<String, JsonNode> replayedHeld;

    @BeforeAll
    static void replayThenRunOnTheCluster() throws Exception {
        fleet = dir.resolve("fleet.ndjson.gz");
        simulation = new FleetSimulator(FleetSpec.demo(7)).run(fleet);

        Path alerts = dir.resolve("replay.ndjson");
        ReplayRunner.Result replay = new ReplayRunner(JobConfig.defaults(), new PrintStream(new ByteArrayOutputStream()))
                .run(List.of(fleet), ReplayRunner.Outputs.beside(alerts));
        hostsSeen = replay.counter(Counters.HOSTS_SEEN);
        heldSeen = replay.held().size();
        replayedHeld = byAlertId(Files.readAllLines(dir.resolve("replay.held.ndjson")).stream()
                .map(ClusterE2EITCase::json).toList());
        replayed = byAlertId(Files.readAllLines(alerts).stream().map(ClusterE2EITCase::json).toList());
        assertThat(replayed).hasSizeGreaterThan(5);

        first = runScript(fleet.toString());
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
    @Order(1)
    void theJobRunsOnTheClusterAndItsAlertsAreReplays() throws Exception {
        assertTheRunMatchesTheReplay(first);
        assertThat(first.output()).as("no drill").noneMatch(l -> l.startsWith("taskmanagers_killed="));
    }

    @Test
    @Order(2)
    void aTaskManagerKilledBetweenCheckpointsLeavesTheAlertsOfAnUninterruptedRun() throws Exception {
        List<String> lines = KafkaJobs.lines(fleet);
        Incident burst = simulation.incidents().stream().filter(i -> i.kind().equals(Incident.BURST)).findFirst()
                .orElseThrow();
        int checkpoint = KafkaJobs.middleOf(burst, lines, JobConfig.defaults());
        int kill = checkpoint + (lines.size() - checkpoint) / 2;
        Path before = write("before-checkpoint.ndjson", lines.subList(0, checkpoint));
        Path lost = write("scored-then-lost.ndjson", lines.subList(checkpoint, kill));
        Path after = write("after-restart.ndjson", lines.subList(kill, lines.size()));

        Run drill = runScript(before.toString(), "--checkpoint", lost.toString(), "--kill-taskmanager", after.toString());

        assertThat(drill.output()).as("a TaskManager JVM killed").anyMatch(l -> l.matches("taskmanagers_killed=tm-[12]"));
        assertThat(drill.output()).as("restored from the script's checkpoint: the first file and the start marker")
                .contains("records_in_restored_checkpoint=" + (checkpoint + 1));
        assertTheRunMatchesTheReplay(drill);
    }

    /**
     * The script succeeded, its job runs on the whole cluster, and the index holds exactly the
     * replay's alerts and held-back records; the gauge counts every host.
     */
    private static void assertTheRunMatchesTheReplay(Run run) throws Exception {
        List<String> output = run.output();
        assertThat(run.exitCode()).as(String.join("\n", output)).isZero();
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

    private static Path write(String name, List<String> lines) throws Exception {
        return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    /** What a run of the script printed (its output and its errors, in order) and how it exited. */
    private record Run(int exitCode, List<String> output) {}

    /** The documents of the index matching a Lucene query string, by alert id. */
    private static Map<String, JsonNode> search(String query) throws Exception {
        JsonNode hits = json(http("GET", ES.url() + "/" + INDEX + "/_search?size=1000&q="
                + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8))).path("hits").path("hits");
        List<JsonNode> docs = new ArrayList<>();
        hits.forEach(h -> docs.add(h.path("_source")));
        return byAlertId(docs);
    }

    /**
     * Runs the script as a developer would, with the test's ports and work folder, and remembers the
     * job it submitted.
     */
    private static Run runScript(String... arguments) throws Exception {
        Path root = LocalService.repoRoot(Path.of("").toAbsolutePath());
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("deploy/local/cluster-e2e.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder pb = new ProcessBuilder(command)
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
        Run run;
        synchronized (lines) {
            run = new Run(p.isAlive() ? -1 : p.exitValue(), List.copyOf(lines));
        }
        jobId = run.output().stream().filter(l -> l.startsWith("job_id=")).map(l -> l.substring("job_id=".length()))
                .findFirst().orElse(jobId);
        return run;
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
