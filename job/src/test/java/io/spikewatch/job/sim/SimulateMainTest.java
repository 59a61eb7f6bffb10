package io.spikewatch.job.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws IOException {
        return SimulateMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheFileAndItsLabelsSidecar(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("fleet.ndjson.gz");
        assertThat(run("--preset", "demo", "--seed", "3", "--out", file.toString())).isZero();
        Path labels = dir.resolve("fleet.labels.ndjson");
        assertThat(file).isNotEmptyFile();
        assertThat(IncidentLabels.read(labels).incidents()).isNotEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("lines", "incidents", "INC-01", labels.toString());
    }

    @Test
    void anExplicitLabelsPathIsHonoured(@TempDir Path dir) throws IOException {
        Path labels = dir.resolve("l.ndjson");
        assertThat(run("--out", dir.resolve("f.ndjson").toString(), "--labels", labels.toString())).isZero();
        assertThat(Files.readString(labels)).contains("\"label\":\"incident\"");
    }

    @Test
    void aBadCommandLineExitsWithTwoAndNamesTheProblem() throws IOException {
        assertThat(run("--preset", "huge", "--out", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--preset must be demo or standard", "usage:");
        err.reset();
        assertThat(run("--preset", "demo")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out is required");
        err.reset();
        assertThat(run("--seed", "x", "--out", "f")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--seed must be an integer");
    }
}
