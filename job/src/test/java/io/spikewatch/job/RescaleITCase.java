package io.spikewatch.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.spikewatch.connectors.testing.LocalKafka;
import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.kafka.TimeMarkers;
import io.spikewatch.job.pipeline.Counters;
import io.spikewatch.job.sim.FleetSimulator;
import io.spikewatch.job.sim.FleetSpec;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
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
 * Upgrades and rescaling keep every baseline: the production job reads a fleet from Kafka in three
 * legs, stopped with a savepoint after each and restored at parallelism 1, then 2, then 1 again
 * (open buckets and baselines move between subtasks through key groups); the alert documents at
 * the end (latest per id on the alerts topic) are exactly those an uninterrupted {@code replay}
 * writes for the same input.
 */
class RescaleITCase {

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
    private static final String INPUT = "rescale-events-" + RUN;
    private static final String ALERTS = "rescale-alerts-" + RUN;

    @Test
    void aSavepointFromParallelismOneRestoresAtTwoAndBackWithTheAlertsOfAnUninterruptedRun() throws Exception {
        Path fleet = dir.resolve("fleet.ndjson.gz");
        new FleetSimulator(FleetSpec.demo(7)).run(fleet);
        Map<String, JsonNode> expected = replay(fleet);
        assertThat(expected).hasSizeGreaterThan(5);

        List<String> lines = KafkaJobs.lines(fleet);
        TimeMarkers.Markers markers = TimeMarkers.of(config(1), List.of(fleet), KafkaJobs.CLOCK);
        KafkaJobs.createTopics(KAFKA.bootstrapServers(), INPUT, ALERTS);
        int third = lines.size() / 3;
        String savepoint = leg(1, null, lines.subList(0, third), false);
        savepoint = leg(2, savepoint, lines.subList(third, 2 * third), false);
        List<String> last = new ArrayList<>(lines.subList(2 * third, lines.size()));
        last.add(markers.end()); // moves the watermark past every bucket; dropped by the filter
        leg(1, savepoint, last, true);
    }

    /** One leg: start (or restore) at {@code parallelism}, feed {@code input}, stop with a savepoint. */
    private String leg(int parallelism, String savepoint, List<String> input, boolean lastLeg) throws Exception {
        JobClient job = KafkaJobs.start(config(parallelism), dir, savepoint, "rescale-p" + parallelism);
        KafkaJobs.send(KAFKA.bootstrapServers(), INPUT, input);
        KafkaJobs.awaitCounter(job, Counters.LINES_READ, input.size(), PATIENCE);
        if (lastLeg) {
            Map<String, JsonNode> expected = replay(dir.resolve("fleet.ndjson.gz"));
            Map<String, JsonNode> got = KafkaJobs.awaitAlerts(KAFKA.bootstrapServers(), ALERTS, expected, PATIENCE);
            job.cancel().get();
            assertThat(KafkaJobs.differences(got, expected)).as("alerts against an uninterrupted replay").isEmpty();
            return null;
        }
        return job.stopWithSavepoint(false, dir.resolve("savepoints").toUri().toString(),
                SavepointFormatType.CANONICAL).get();
    }

    private static Map<String, JsonNode> cachedReplay;

    private static Map<String, JsonNode> replay(Path fleet) throws Exception {
        if (cachedReplay == null) {
            cachedReplay = KafkaJobs.replayAlerts(config(2), fleet, dir);
        }
        return cachedReplay;
    }

    private static JobConfig config(int parallelism) {
        Map<String, Object> c = KafkaJobs.settings(KAFKA.bootstrapServers(), INPUT, "rescale-" + RUN, ALERTS,
                parallelism);
        // At parallelism 2 one source subtask has no partition: it must go idle quickly.
        c.put("time.idleness", "1s");
        return ConfigLoader.fromMap(c);
    }
}
