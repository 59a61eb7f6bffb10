package io.spikewatch.job;

import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.pipeline.Counters;
import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.job.sim.FleetSimulator;
import io.spikewatch.job.sim.FleetSpec;
import io.spikewatch.job.sim.HostRole;
import io.spikewatch.job.sim.SimHost;
import io.spikewatch.job.sim.SimulationResult;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.HoldReason;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated 10-day fleet file with injected incidents, replayed through the whole pipeline on a
 * Flink mini-cluster with parallelism 2 and RocksDB state: the incidents are alerted, quiet
 * workstations are not, bad lines are dead-lettered and counted, and a second replay writes
 * byte-identical alerts.
 */
class ReplayITCase {

    private static final int PARALLELISM = 2;

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(PARALLELISM)
                    .build());

    @TempDir
    static Path dir;

    private static SimulationResult sim;
    private static Path fleet;

    @BeforeAll
    static void generate() throws Exception {
        fleet = dir.resolve("fleet.ndjson.gz");
        sim = new FleetSimulator(FleetSpec.demo(9)).run(fleet); // a fleet with a deployment hold
    }

    private ReplayRunner.Result replay(String name) throws Exception {
        JobConfig cfg = JobConfig.defaults().withParallelism(PARALLELISM);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(PARALLELISM);
        env.configure(Environments.common(cfg, Files.createDirectories(dir.resolve(name + "-state"))));
        PrintStream log = new PrintStream(new ByteArrayOutputStream());
        return new ReplayRunner(cfg, log).run(env, List.of(fleet),
                ReplayRunner.Outputs.beside(dir.resolve(name + ".ndjson")));
    }

    @Test
    void catchesTheInjectedIncidentsAndLeavesQuietHostsAlone() throws Exception {
        ReplayRunner.Result r = replay("first");

        List<Evaluation.Alert> alerts = r.alerts().stream()
                .map(a -> new Evaluation.Alert(a.hostName(), a.bucketStartMs())).toList();
        Evaluation e = Evaluation.evaluate(sim.incidents(), sim.benign(), alerts);
        assertThat(sim.incidents()).isNotEmpty();
        assertThat(e.results()).as(e.format()).allSatisfy(ir -> assertThat(ir.caught()).isTrue());

        Set<String> involved = new HashSet<>();
        sim.incidents().forEach(i -> involved.addAll(i.hosts()));
        sim.benign().forEach(b -> involved.addAll(b.hosts()));
        Set<String> quietWorkstations = sim.hosts().stream()
                .filter(h -> h.role() == HostRole.WORKSTATION && !involved.contains(h.name()))
                .map(SimHost::name).collect(Collectors.toSet());
        assertThat(quietWorkstations).hasSizeGreaterThan(5);
        assertThat(r.alerts()).extracting(AnomalyRecord::hostName).doesNotContainAnyElementsOf(quietWorkstations);

        assertThat(r.counter(Counters.LINES_READ)).isEqualTo(sim.lines());
        assertThat(r.counter(Counters.MALFORMED)).isEqualTo(sim.malformedLines());
        assertThat(r.deadLetters()).isEqualTo(sim.malformedLines());
        assertThat(r.counter(Counters.ACCEPTED)).isEqualTo(sim.remoteTransfers());
        assertThat(r.counter(Counters.HOSTS_SEEN)).isEqualTo(sim.hosts().size());
        assertThat(r.counter(Counters.LATE)).isEqualTo(r.lateEvents());
        assertThat(Files.readAllLines(dir.resolve("first.dead-letters.ndjson")))
                .hasSize((int) (r.deadLetters() + r.lateEvents()))
                .allSatisfy(l -> assertThat(l).contains("\"reason\":"));

        // Every hold of the gate an analyst cannot see otherwise is written beside the alerts, saying why.
        long byRule = 0;
        for (HoldReason reason : HoldReason.values()) {
            if (reason != HoldReason.LEARNING_PERIOD) {
                long n = r.counter(Counters.heldBack(reason));
                assertThat(r.held()).as(reason.code()).filteredOn(h -> h.summary().heldBack == reason).hasSize((int) n);
                byRule += reason.isDeployment() ? n : 0;
            }
        }
        assertThat(byRule).as("the rules' parts add up").isEqualTo(r.counter(Counters.HELD_BACK_DEPLOYER)).isPositive();
        assertThat(r.held()).isNotEmpty()
                .hasSize((int) (r.counter(Counters.HELD_BACK_DEPLOYER) + r.counter(Counters.heldBack(HoldReason.REINSTALLATION))
                        + r.counter(Counters.HELD_BACK_LEARNING)))
                .allSatisfy(h -> assertThat(h.summary().heldBack).isNotNull());
        Set<String> alerted = r.alerts().stream().map(a -> a.hostName() + "@" + a.bucketStartMs())
                .collect(Collectors.toSet());
        assertThat(r.held()).noneMatch(h -> alerted.contains(h.hostName() + "@" + h.bucketStartMs()));
        assertThat(Files.readAllLines(dir.resolve("first.held.ndjson"))).hasSize(r.held().size())
                .allSatisfy(l -> assertThat(l).contains("\"kibana.alert.building_block_type\":\"default\"",
                        "\"held_back\":\"", "held back, not alerted: "));
    }

    @Test
    void aSecondReplayWritesByteIdenticalAlerts() throws Exception {
        replay("a");
        replay("b");
        byte[] a = Files.readAllBytes(dir.resolve("a.ndjson"));
        assertThat(a).isNotEmpty();
        assertThat(Files.readAllBytes(dir.resolve("b.ndjson"))).isEqualTo(a);
        assertThat(Files.readAllBytes(dir.resolve("b.held.ndjson"))).isEqualTo(Files.readAllBytes(dir.resolve("a.held.ndjson")));
    }
}
