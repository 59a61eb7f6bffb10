package io.spikewatch.bench;

import io.spikewatch.bench.quality.FleetBuckets;
import io.spikewatch.job.Environments;
import io.spikewatch.bench.quality.SpikewatchFleetDetector;
import io.spikewatch.job.ReplayRunner;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.sim.FleetSimulator;
import io.spikewatch.job.sim.FleetSpec;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.TransferLocations;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flink-free scorer makes the same alerts as the streaming pipeline on a simulated fleet, with
 * the built-in staging list and with none.
 */
class FileScorerTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2)
                    .build());

    /** No directory is a staging location: everything rests on counts, drivers and places. */
    private static final JobConfig NO_STAGING = JobConfig.defaults()
            .withLocations(new TransferLocations(List.of(), List.of("**"), TransferLocations.DEFAULT_PLACE_DEPTH));

    static List<JobConfig> configs() {
        return List.of(JobConfig.defaults(), NO_STAGING);
    }

    @ParameterizedTest
    @MethodSource("configs")
    void agreesWithTheStreamingPipeline(JobConfig cfg, @TempDir Path dir) throws Exception {
        Path fleet = dir.resolve("fleet.ndjson.gz");
        new FleetSimulator(FleetSpec.demo(7)).run(fleet);

        SpikewatchFleetDetector.Run run = new SpikewatchFleetDetector(cfg).run(new FileScorer(cfg).read(List.of(fleet)));
        List<String> offline = run.alerts().stream().map(FileScorerTest::key).sorted().toList();

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.configure(Environments.common(cfg, Files.createDirectories(dir.resolve("state"))));
        ReplayRunner.Result r = new ReplayRunner(cfg, new PrintStream(new ByteArrayOutputStream()))
                .run(env, List.of(fleet), ReplayRunner.Outputs.beside(dir.resolve("alerts.ndjson")));
        List<String> streaming = r.alerts().stream().map(FileScorerTest::key).sorted().toList();

        assertThat(offline).isNotEmpty().isEqualTo(streaming);
        // The holds too, with their reasons: what the quality command tallies is what the job writes.
        assertThat(run.held().stream().map(FileScorerTest::heldKey).sorted().toList()).isNotEmpty()
                .isEqualTo(r.held().stream().map(FileScorerTest::heldKey).sorted().toList());
    }

    private static String heldKey(AnomalyRecord a) {
        return key(a) + " " + a.summary().heldBack;
    }

    @Test
    void countsFilesAgainstTheConfiguredStagingList(@TempDir Path dir) throws Exception {
        Path fleet = dir.resolve("fleet.ndjson.gz");
        new FleetSimulator(FleetSpec.demo(7)).run(fleet);

        assertThat(stagedFiles(new FileScorer(JobConfig.defaults()).read(List.of(fleet)))).isPositive();
        assertThat(stagedFiles(new FileScorer(NO_STAGING).read(List.of(fleet)))).isZero();
    }

    private static long stagedFiles(FleetBuckets fleet) {
        return fleet.buckets().values().stream().flatMap(m -> m.values().stream()).mapToLong(s -> s.stagedFiles).sum();
    }

    private static String key(AnomalyRecord a) {
        return a.bucketStartMs() + " " + a.hostName() + " " + Math.round(a.recordScore() * 1000);
    }
}
