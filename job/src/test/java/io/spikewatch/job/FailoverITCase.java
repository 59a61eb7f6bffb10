package io.spikewatch.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.spikewatch.connectors.testing.LocalKafka;
import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.kafka.TimeMarkers;
import io.spikewatch.job.pipeline.Counters;
import io.spikewatch.job.sim.FleetSimulator;
import io.spikewatch.job.sim.FleetSpec;
import io.spikewatch.job.sim.Incident;
import io.spikewatch.job.sim.SimulationResult;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.execution.ExecutionState;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.executiongraph.AccessExecutionVertex;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A task manager lost between checkpoints loses nothing: the production job reads a fleet from
 * Kafka, completes a checkpoint in the middle of a burst (its bucket half filled, on the heap until
 * the checkpoint writes it), scores half of what follows (open buckets held on the heap, never
 * written to RocksDB), and its only task manager is then killed. The job restarts on a
 * fresh task manager from that checkpoint, rereads the input from the checkpoint's offsets, and
 * the alert documents at the end (latest per id on the alerts topic, as a consumer or the
 * Elasticsearch index ends up with them) are exactly those an uninterrupted {@code replay} writes.
 */
class FailoverITCase {

    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @RegisterExtension
    @Order(1)
    static final LocalKafka KAFKA = new LocalKafka();

    @RegisterExtension
    @Order(2)
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2)
                    .build());

    @TempDir
    static Path dir;

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String INPUT = "failover-events-" + RUN;
    private static final String ALERTS = "failover-alerts-" + RUN;

    @Test
    void aTaskManagerKilledAfterACheckpointLeavesTheAlertsOfAnUninterruptedRun(@InjectMiniCluster MiniCluster cluster)
            throws Exception {
        Path fleet = dir.resolve("fleet.ndjson.gz");
        SimulationResult sim = new FleetSimulator(FleetSpec.demo(7)).run(fleet);
        JobConfig cfg = config();
        Map<String, JsonNode> expected = KafkaJobs.replayAlerts(cfg, fleet, dir);
        assertThat(expected).hasSizeGreaterThan(5);

        List<String> lines = KafkaJobs.lines(fleet);
        Incident burst = sim.incidents().stream().filter(i -> i.kind().equals(Incident.BURST)).findFirst().orElseThrow();
        int checkpoint = KafkaJobs.middleOf(burst, lines, cfg);
        int kill = checkpoint + (lines.size() - checkpoint) / 2;
        KafkaJobs.createTopics(KAFKA.bootstrapServers(), INPUT, ALERTS);
        JobClient job = KafkaJobs.start(cfg, dir, null, "failover");

        // The checkpoint holds the burst's bucket half filled: it must hold its transfers so far.
        KafkaJobs.send(KAFKA.bootstrapServers(), INPUT, lines.subList(0, checkpoint));
        KafkaJobs.awaitCounter(job, Counters.LINES_READ, checkpoint, PATIENCE);
        cluster.triggerCheckpoint(job.getJobID()).get();

        // Scored after the checkpoint, on the heap only: lost with the task manager, replayed.
        KafkaJobs.send(KAFKA.bootstrapServers(), INPUT, lines.subList(checkpoint, kill));
        KafkaJobs.awaitCounter(job, Counters.LINES_READ, kill, PATIENCE);
        cluster.startTaskManager();
        cluster.terminateTaskManager(0).get();
        awaitRunningAgain(cluster, job);

        List<String> rest = new ArrayList<>(lines.subList(kill, lines.size()));
        rest.add(TimeMarkers.of(cfg, List.of(fleet), KafkaJobs.CLOCK).end()); // past every bucket; filtered out
        KafkaJobs.send(KAFKA.bootstrapServers(), INPUT, rest);
        Map<String, JsonNode> got = KafkaJobs.awaitAlerts(KAFKA.bootstrapServers(), ALERTS, expected, PATIENCE);
        job.cancel().get();
        assertThat(KafkaJobs.differences(got, expected)).as("alerts against an uninterrupted replay").isEmpty();
    }

    /** Waits until every task of the job runs again in a later attempt than the first (it failed over). */
    private static void awaitRunningAgain(MiniCluster cluster, JobClient job) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            AccessExecutionGraph graph = cluster.getExecutionGraph(job.getJobID()).get();
            boolean restarted = graph.getState() == JobStatus.RUNNING;
            for (AccessExecutionVertex task : graph.getAllExecutionVertices()) {
                restarted &= task.getCurrentExecutionAttempt().getAttemptNumber() > 0
                        && task.getExecutionState() == ExecutionState.RUNNING;
            }
            if (restarted) {
                return;
            }
            Thread.sleep(200); // polls a condition with a deadline; the result is asserted, not assumed
        }
        throw new AssertionError("the job did not run again on the new task manager within " + PATIENCE);
    }

    private static JobConfig config() {
        Map<String, Object> c = KafkaJobs.settings(KAFKA.bootstrapServers(), INPUT, "failover-" + RUN, ALERTS, 2);
        // Checkpoints only when the test triggers one: the failure falls after it, never on one.
        c.put("runtime.checkpoint-interval", "1h");
        // At parallelism 2 one source subtask has no partition: it must go idle quickly.
        c.put("time.idleness", "1s");
        return ConfigLoader.fromMap(c);
    }
}
