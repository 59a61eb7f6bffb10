package io.spikewatch.job.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's help, usage errors and exit codes (the runs themselves are ITCases). */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("demo", "replay");
        assertThat(run("replay", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--input PATH...", "--output FILE");
        assertThat(run("demo", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--out DIR", "--seed N");
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhy(@TempDir Path dir) throws Exception {
        assertThat(run()).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'");
        assertThat(run("replay", "--output", "x.ndjson")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--input and --output are required");
        assertThat(run("replay", "--inptu", "a")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --inptu");
        assertThat(run("replay", "--input", dir.resolve("missing").toString(), "--output",
                dir.resolve("o.ndjson").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file or folder");
        Path badConfig = dir.resolve("bad.yaml");
        Files.writeString(badConfig, "detector: {half-life: soon}\n");
        assertThat(run("replay", "--input", dir.toString(), "--output", dir.resolve("o.ndjson").toString(),
                "--config", badConfig.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("detector.half-life");
        assertThat(run("demo", "--preset", "huge")).isEqualTo(2);
        assertThat(run("run")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("run: --config is required");
    }

    @Test
    void runRefusesToStartWhenElasticsearchIsUnreachableAndSaysWhere(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("run.yaml");
        Files.writeString(config, "elasticsearch: {hosts: ['http://127.0.0.1:1']}\n");
        assertThat(run("run", "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("http://127.0.0.1:1").contains("cannot connect");
    }

    @Test
    void runAndProduceHaveHelp() {
        assertThat(run("run", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--config FILE", "kafka.input.bounded");
        assertThat(run("produce", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--bootstrap-servers", "--topic");
    }
}
