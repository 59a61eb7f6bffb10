package io.spikewatch.job.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentLabelsTest {

    private static final Instant T0 = Instant.parse("2024-03-12T14:03:11Z");

    private static final IncidentLabels LABELS = new IncidentLabels(
            List.of(new Incident("INC-01", Incident.TOOL_SPREAD, List.of("ws-lon-0412", "ws-fra-0007"), T0,
                    T0.plusSeconds(600), "toolkit to C:\\ProgramData \"quoted\"")),
            List.of(new BenignSpike("BEN-01", BenignSpike.PATCH_DAY, List.of("ws-lon-0412"), T0.minusSeconds(7200),
                    T0.minusSeconds(3600), "patch")));

    @Test
    void writesOneLinePerLabelAndReadsThemBack() throws IOException {
        StringWriter out = new StringWriter();
        LABELS.write(out);
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(out.toString()).startsWith("{\"label\":\"incident\",\"id\":\"INC-01\",\"kind\":\"tool_spread\","
                + "\"hosts\":[\"ws-lon-0412\",\"ws-fra-0007\"],\"start\":\"2024-03-12T14:03:11Z\"");
        assertThat(IncidentLabels.read(new StringReader(out + "\n\n"))).isEqualTo(LABELS);
    }

    @Test
    void roundTripsThroughAFileIncludingASimulatedRun(@TempDir Path dir) throws IOException {
        SimulationResult r = new FleetSimulator(FleetSpec.demo(9)).run(new StringWriter());
        Path file = dir.resolve("x.labels.ndjson");
        r.labels().write(file);
        assertThat(IncidentLabels.read(file)).isEqualTo(r.labels());
    }

    @Test
    void badLinesFailWithTheirLineNumber() {
        assertThatThrownBy(() -> IncidentLabels.read(new StringReader("\n{\"label\":\"nope\"}\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> IncidentLabels.read(new StringReader("not json")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1");
    }

    @Test
    void theSidecarSitsNextToTheDataFile() {
        assertThat(IncidentLabels.sidecarFor(Path.of("/data/fleet.ndjson.gz")))
                .isEqualTo(Path.of("/data/fleet.labels.ndjson"));
        assertThat(IncidentLabels.sidecarFor(Path.of("fleet.ndjson"))).isEqualTo(Path.of("fleet.labels.ndjson"));
        assertThat(IncidentLabels.sidecarFor(Path.of("events"))).isEqualTo(Path.of("events.labels.ndjson"));
    }
}
