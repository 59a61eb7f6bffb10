package io.spikewatch.job.cli;

import io.spikewatch.job.ReplayRunner;
import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.job.sim.FleetSimulator;
import io.spikewatch.job.sim.FleetSpec;
import io.spikewatch.job.sim.Incident;
import io.spikewatch.job.sim.IncidentLabels;
import io.spikewatch.job.sim.SimulationResult;
import io.spikewatch.model.AnomalyRecord;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code demo [--out DIR] [--seed N] [--preset demo|standard] [--config FILE]}. */
final class DemoCommand {

    static final String HELP = """
            usage: java -jar spikewatch-local.jar demo [--out DIR] [--seed N] [--preset demo|standard] [--config FILE]

            Simulates an enterprise fleet (workstations, file servers, Linux servers; daily and
            weekly rhythm, nightly backups, a patch day, noise the filter drops, malformed and late
            lines) with injected lateral-movement incidents, replays it through the detector on an
            embedded Flink mini-cluster, and prints the alerts and which incidents were caught.

              --out DIR        where to write fleet.ndjson.gz, its labels, alerts.ndjson, dead
                               letters and report.html (default: spikewatch-demo)
              --seed N         simulator seed (default 42); the same seed gives the same fleet
              --preset NAME    demo (40 hosts, 10 days; default) or standard (140 hosts, 21 days)
              --config FILE    YAML configuration (see README, "Configuration")
              --help           this text
            """;

    private final PrintStream out;

    DemoCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] argv) throws Exception {
        Args a = Args.parse("demo", argv, Set.of("out", "seed", "preset", "config"), Set.of("help"));
        if (a.has("help")) {
            out.print(HELP);
            return 0;
        }
        long seed = parseSeed(a.one("demo", "seed", "42"));
        String preset = a.one("demo", "preset", "demo");
        FleetSpec spec = switch (preset) {
            case "demo" -> FleetSpec.demo(seed);
            case "standard" -> FleetSpec.standard(seed);
            default -> throw new Args.UsageException("demo: --preset accepts demo or standard, got '" + preset + "'");
        };
        JobConfig cfg = a.has("config") ? ConfigLoader.load(Path.of(a.one("demo", "config", null))) : JobConfig.defaults();
        Path dir = Files.createDirectories(Path.of(a.one("demo", "out", "spikewatch-demo")));

        Path fleetFile = dir.resolve("fleet.ndjson.gz");
        SimulationResult sim = new FleetSimulator(spec).run(fleetFile);
        sim.labels().write(IncidentLabels.sidecarFor(fleetFile));
        out.printf("simulated %d hosts over %d days from %s: %,d lines (%,d remote transfers, %,d noise, %d malformed,"
                + " %d late), %d injected incidents -> %s%n", sim.hosts().size(), spec.days(), spec.start(), sim.lines(),
                sim.remoteTransfers(), sim.noiseLines(), sim.malformedLines(), sim.lateEvents(), sim.incidents().size(),
                fleetFile);

        long t0 = System.nanoTime();
        ReplayRunner.Outputs outputs = ReplayRunner.Outputs.beside(dir.resolve("alerts.ndjson"));
        ReplayRunner.Result r = new ReplayRunner(cfg, out, true).run(List.of(fleetFile), outputs);
        Summary.print(out, r, outputs, (System.nanoTime() - t0) / 1_000_000);
        Reports.write(out, dir.resolve("report.html"), String.format("spikewatch demo: %s preset, seed %d, %d hosts"
                + " over %d days", preset, seed, sim.hosts().size(), spec.days()), r, cfg.detector().bucketSpanMs());
        Summary.printAlerts(out, r, 60);

        Evaluation e = Evaluation.evaluate(sim.incidents(), sim.benign(), alertsOf(r.alerts()));
        out.println();
        out.println("injected incidents:");
        for (Evaluation.IncidentResult ir : e.results()) {
            Incident i = ir.incident();
            out.printf("  %-6s %-27s %-7s %s%n", i.id(), i.kind(), ir.caught() ? "CAUGHT" : "missed",
                    i.description());
        }
        out.println();
        out.println(e.summaryLine());
        return 0;
    }

    static List<Evaluation.Alert> alertsOf(List<AnomalyRecord> records) {
        return records.stream().map(a -> new Evaluation.Alert(a.hostName(), a.bucketStartMs())).toList();
    }

    private static long parseSeed(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new Args.UsageException("demo: --seed expects an integer, got '" + s + "'");
        }
    }
}
