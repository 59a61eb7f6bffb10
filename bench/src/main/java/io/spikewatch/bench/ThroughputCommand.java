package io.spikewatch.bench;

import io.spikewatch.bench.quality.FleetBuckets;
import io.spikewatch.bench.quality.SpikewatchFleetDetector;
import io.spikewatch.connectors.ecs.EcsEventParser;
import io.spikewatch.connectors.ecs.ParseResult;
import io.spikewatch.job.ReplayRunner;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.pipeline.Counters;
import io.spikewatch.job.sim.FleetSimulator;
import io.spikewatch.job.sim.FleetSpec;
import io.spikewatch.job.sim.SimulationResult;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code throughput [--copies K] [--days D] [--seed S] [--parallelism P]}: how fast the detector
 * runs, measured in one run on one fleet file: the standard simulated fleet (140 hosts: 100
 * workstations, 8 file servers, 18 Linux and 14 Windows servers, with its noise: 40 % of the lines
 * are file events that are no remote transfer, a few malformed) over {@code D} days, tiled
 * {@code K} times in time order with the host names suffixed ({@code ws-lon-0412-t07}), so a
 * larger fleet has the same per-host traffic.
 *
 * <p>Two numbers: the model path alone (parse, filter, per-host buckets, then scoring and the
 * alert gate, one thread, no Flink), and the Flink job as {@code replay} runs it (mini-cluster,
 * RocksDB state, checkpoints, dead letters), whose lines per second per task slot is what sizing a
 * cluster needs. Both read the same uncompressed file from the page cache (it is read once before
 * timing). Not part of the test suite: it prints measured numbers, it asserts nothing.
 */
public final class ThroughputCommand {

    public static final String USAGE = "usage: throughput [--copies K] [--days D] [--seed S] [--parallelism P]";

    private ThroughputCommand() {}

    /** Parses the arguments after {@code throughput} and runs; returns the process exit code. */
    public static int main(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int copies = 10;
        int days = 3;
        long seed = 7;
        int parallelism = 2;
        for (int i = 0; i < args.size(); i += 2) {
            String a = args.get(i);
            if (i + 1 >= args.size()) {
                err.println("throughput: " + a + " needs a value\n" + USAGE);
                return 2;
            }
            String v = args.get(i + 1);
            try {
                switch (a) {
                    case "--copies" -> copies = Integer.parseInt(v);
                    case "--days" -> days = Integer.parseInt(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--parallelism" -> parallelism = Integer.parseInt(v);
                    default -> {
                        err.println("throughput: unexpected argument '" + a + "'\n" + USAGE);
                        return 2;
                    }
                }
            } catch (NumberFormatException e) {
                err.println("throughput: " + a + " expects a number, got '" + v + "'\n" + USAGE);
                return 2;
            }
        }
        if (copies < 1 || copies > 999 || days < 1 || days > 21 || parallelism < 1) {
            err.println("throughput: --copies 1..999, --days 1..21, --parallelism at least 1\n" + USAGE);
            return 2;
        }
        Path dir = Files.createTempDirectory("spikewatch-throughput");
        try {
            FleetSpec s = FleetSpec.standard(seed);
            run(new FleetSpec(seed, s.start(), days, s.workstations(), s.fileServers(), s.linuxServers(),
                    s.windowsServers(), s.noiseRatio(), s.malformedRatio(), s.lateEvents(), s.formats(), true),
                    copies, parallelism, dir, out);
        } finally {
            BenchFiles.deleteRecursively(dir);
        }
        return 0;
    }

    private static void run(FleetSpec spec, int copies, int parallelism, Path dir, PrintStream out) throws Exception {
        Path one = dir.resolve("fleet-1.ndjson");
        Path file = dir.resolve("fleet.ndjson");
        long t0 = System.nanoTime();
        SimulationResult sim = new FleetSimulator(spec).run(one);
        long lines = tile(one, file, copies, spec.start().toEpochMilli(), spec.end().toEpochMilli());
        Files.delete(one);
        long t1 = System.nanoTime();
        int hosts = spec.hosts() * copies;
        out.printf(Locale.ROOT, "fleet: %d hosts (%d x %d) over %d days, %,d lines (%,d remote transfers), %,d MB;"
                + " simulated in %.1f s%n", hosts, copies, spec.hosts(), spec.days(), lines,
                sim.remoteTransfers() * copies, Files.size(file) >> 20, seconds(t1 - t0));
        JobConfig cfg = JobConfig.defaults().withParallelism(parallelism);

        FileScorer scorer = new FileScorer(cfg);
        scorer.read(List.of(file)); // warm-up: the file into the page cache, the parser's code compiled
        long m0 = System.nanoTime();
        FleetBuckets buckets = scorer.read(List.of(file));
        long m1 = System.nanoTime();
        SpikewatchFleetDetector.Run scored = new SpikewatchFleetDetector(cfg).run(buckets);
        long m2 = System.nanoTime();
        long hostBuckets = buckets.buckets().values().stream().mapToLong(m -> m.size()).sum();

        ReplayRunner.Result r = new ReplayRunner(cfg, new PrintStream(OutputStream.nullOutputStream()))
                .run(List.of(file), ReplayRunner.Outputs.beside(dir.resolve("alerts.ndjson")));
        long f1 = System.nanoTime();

        double parse = seconds(m1 - m0);
        double score = seconds(m2 - m1);
        double flink = seconds(f1 - m2);
        double modelRate = lines / (parse + score);
        long linesRead = r.counter(Counters.LINES_READ);
        double flinkRate = linesRead / flink;
        out.printf(Locale.ROOT, "model path, 1 thread:   %,10.0f lines/s  (parse, filter, buckets %.1f s; score %,d host-buckets"
                + " and gate %.1f s = %.1f us per host-bucket; %d alerts)%n",
                modelRate, parse, hostBuckets, score, 1e6 * score / hostBuckets, scored.alerts().size());
        out.printf(Locale.ROOT, "flink job, parallelism %d: %,10.0f lines/s  (%.1f s wall, mini-cluster start and"
                + " shutdown included; %,d lines read, %,d remote transfers, %,d buckets scored, %d alerts)%n",
                parallelism, flinkRate, flink, linesRead,
                r.counter(Counters.ACCEPTED), r.counter(Counters.BUCKETS_SCORED), r.alerts().size());
        out.printf(Locale.ROOT, "throughput: hosts=%d lines=%d model_lines_per_s=%.0f flink_lines_per_s=%.0f"
                + " flink_lines_per_s_per_slot=%.0f%n", hosts, lines, modelRate, flinkRate, flinkRate / parallelism);
    }

    /**
     * Writes {@code copies} copies of every line of {@code source} in turn, copy {@code k}'s host
     * renamed with the suffix {@code -tk}; returns the lines written. A line that does not parse,
     * or whose time is outside {@code [fromMs, toMs)} (the simulator's hosts with a wrong clock), is
     * written once, as it is: ten copies of a clock jump would be the 16 events that confirm it.
     */
    static long tile(Path source, Path target, int copies, long fromMs, long toMs) throws IOException {
        EcsEventParser parser = new EcsEventParser();
        long n = 0;
        try (BufferedReader r = Files.newBufferedReader(source, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                ParseResult p = parser.parse(line);
                boolean inSpan = p.isOk() && p.event().timestampMs() >= fromMs && p.event().timestampMs() < toMs;
                String host = inSpan ? p.event().hostName() : null;
                if (host == null || copies == 1) {
                    w.write(line);
                    w.newLine();
                    n++;
                    continue;
                }
                String quoted = '"' + host + '"';
                for (int k = 1; k <= copies; k++) {
                    w.write(line.replace(quoted, String.format(Locale.ROOT, "\"%s-t%02d\"", host, k)));
                    w.newLine();
                    n++;
                }
            }
        }
        return n;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
