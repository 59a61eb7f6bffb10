package io.spikewatch.job.cli;

import io.spikewatch.job.ReplayRunner;
import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code replay --input PATH... --output FILE [--config FILE] [--report FILE]}. */
final class ReplayCommand {

    static final String HELP = """
            usage: java -jar spikewatch-local.jar replay --input PATH... --output FILE [--config FILE] [--report FILE]

            Replays ECS NDJSON file events (one JSON object per line; .gz allowed; folders are read
            recursively) through the detector on an embedded Flink mini-cluster, and writes one
            alert per line to FILE. Exits 0 once all input is processed and every bucket is closed.

              --input PATH...   files or folders (repeatable)
              --output FILE     alerts NDJSON; dead letters and late events go to
                                FILE's name + .dead-letters.ndjson, fleet-wide rises to + .fleet.ndjson
              --config FILE     YAML configuration (see README, "Configuration")
              --report FILE     also write a self-contained HTML report: per alerted host a chart
                                of actual counts against the expected band, the alerts, the counters
              --help            this text
            """;

    private final PrintStream out;

    ReplayCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] argv) throws Exception {
        Args a = Args.parse("replay", argv, Set.of("input", "output", "config", "report"), Set.of("help"));
        if (a.has("help")) {
            out.print(HELP);
            return 0;
        }
        if (a.all("input").isEmpty() || a.one("replay", "output", null) == null) {
            throw new Args.UsageException("replay: --input and --output are required\n\n" + HELP);
        }
        JobConfig cfg = a.has("config")
                ? ConfigLoader.load(Path.of(a.one("replay", "config", null)))
                : JobConfig.defaults();
        List<Path> inputs = a.all("input").stream().map(Path::of).toList();
        ReplayRunner.Outputs outputs = ReplayRunner.Outputs.beside(Path.of(a.one("replay", "output", null)));
        long t0 = System.nanoTime();
        String report = a.one("replay", "report", null);
        ReplayRunner.Result r = new ReplayRunner(cfg, out, report != null).run(inputs, outputs);
        Summary.print(out, r, outputs, (System.nanoTime() - t0) / 1_000_000);
        if (report != null) {
            Reports.write(out, Path.of(report), "spikewatch replay: " + String.join(", ", a.all("input")), r,
                    cfg.detector().bucketSpanMs());
        }
        return 0;
    }
}
