package io.spikewatch.job.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Determinism, presets and file output of the simulator, on the small demo preset. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FleetSimulatorTest {

    private String demo1;
    private SimulationResult demo1Result;

    @BeforeAll
    void generateOnce() throws IOException {
        StringWriter out = new StringWriter();
        demo1Result = new FleetSimulator(FleetSpec.demo(1)).run(out);
        demo1 = out.toString();
    }

    @Test
    void theSameSeedGivesIdenticalBytesAndLabels() throws IOException {
        StringWriter again = new StringWriter();
        SimulationResult r = new FleetSimulator(FleetSpec.demo(1)).run(again);
        assertThat(again.toString()).isEqualTo(demo1);
        assertThat(r).isEqualTo(demo1Result);
    }

    @Test
    void aDifferentSeedGivesDifferentData() throws IOException {
        StringWriter other = new StringWriter();
        SimulationResult r = new FleetSimulator(FleetSpec.demo(2)).run(other);
        assertThat(other.toString()).isNotEqualTo(demo1);
        assertThat(r.hosts()).isNotEqualTo(demo1Result.hosts());
    }

    @Test
    void theDemoPresetIsSmallWithAFewIncidentsAfterFiveDaysOfHistory() {
        SimulationResult r = demo1Result;
        assertThat(r.hosts()).hasSize(40);
        assertThat(r.lines()).isBetween(20_000L, 90_000L);
        assertThat(demo1.lines().count()).isEqualTo(r.lines());
        assertThat(r.incidents()).hasSizeBetween(3, 6);
        for (Incident i : r.incidents()) {
            assertThat(i.start()).isAfterOrEqualTo(FleetSpec.DEFAULT_START.plus(Duration.ofDays(5)));
            assertThat(i.end()).isBefore(r.spec().end());
        }
        assertThat(r.incidents()).extracting(Incident::id).containsExactly(
                r.incidents().stream().map(i -> i.id()).sorted().toArray(String[]::new));
    }

    @Test
    void withoutIncidentsNoAttackerWritesAppear() throws IOException {
        StringWriter out = new StringWriter();
        SimulationResult r = new FleetSimulator(FleetSpec.demo(1).withIncidents(false)).run(out);
        assertThat(r.incidents()).isEmpty();
        // the attackers' look-alike accounts and favourite folders never appear
        assertThat(out.toString()).doesNotContain("svc_deploy2", "svc_backup2", "svc_scan", "svc_update",
                "C:\\\\PerfLogs", "C:\\\\ProgramData\\\\WinSvc", "/dev/shm");
    }

    @Test
    void aCleanSpecHasNeitherNoiseNorDirt() throws IOException {
        SimulationResult r = new FleetSimulator(FleetSpec.demo(3).clean()).run(new StringWriter());
        assertThat(r.noiseLines()).isZero();
        assertThat(r.malformedLines()).isZero();
        assertThat(r.lateEvents()).isZero();
        assertThat(r.remoteTransfers()).isEqualTo(r.lines());
    }

    @Test
    void aGzFileHoldsTheSameLinesAsTheWriter(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("fleet.ndjson.gz");
        SimulationResult r = new FleetSimulator(FleetSpec.demo(1)).run(gz);
        String expected = demo1;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
        }
        assertThat(r.lines()).isEqualTo(expected.lines().count());
        assertThat(r).isEqualTo(demo1Result);
    }

    @Test
    void specsAreValidated() {
        assertThatThrownBy(() -> new FleetSpec(1, Instant.parse("2024-03-04T01:00:00Z"), 10, 1, 1, 1, 1, 0.4, 0, 0,
                FleetSpec.FormatMix.realistic(), true)).hasMessageContaining("midnight");
        assertThatThrownBy(() -> FleetSpec.demo(1).withDays(0)).hasMessageContaining("days");
        assertThatThrownBy(() -> new FleetSpec(1, FleetSpec.DEFAULT_START, 10, 0, 0, 0, 0, 0.4, 0, 0,
                FleetSpec.FormatMix.realistic(), true)).hasMessageContaining("host");
        assertThatThrownBy(() -> new FleetSpec.FormatMix(0.6, 0.6, 0, 0)).hasMessageContaining("dotted");
    }

    @Test
    void aShortRunHasNoIncidentsButStillWrites() throws IOException {
        SimulationResult r = new FleetSimulator(FleetSpec.demo(1).withDays(3)).run(new StringWriter());
        assertThat(r.incidents()).isEmpty();
        assertThat(r.lines()).isPositive();
    }
}
