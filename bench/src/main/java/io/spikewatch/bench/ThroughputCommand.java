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
 * {@code throughput [--copies K] [--days D] [--seed S] [--parallelism P] [--open-buckets-on-heap N] [--rounds R]}:
 * how fast the detector runs, measured in one run on one fleet file: the standard simulated fleet (140 hosts: 100
 * workstations, 8 file servers, 18 Linux and 14 Windows servers, with its noise: 40 % of the lines
 * are file events that are no remote transfer, a few malformed) over {@code D} days, tiled
 * {@code K} times in time order with the host names suffixed ({@code ws-lon-0412-t07}), so a
 * larger fleet has the same per-host traffic.
 *
 * <p>Three numbers: the model path alone (parse, filter, per-host buckets, then scoring and the
 * alert gate, one thread, no Flink), and the Flink job as {@code replay} runs it (mini-cluster,
 * RocksDB state, checkpoints, dead letters), whose lines per second per task slot is what sizing a
 * cluster needs, as configured (open buckets on the heap between checkpoints, {@code
 * runtime.open-buckets-on-heap}, or {@code N}: a limit below the fleet's open buckets per subtask
 * measures a fleet larger than the heap) and with every transfer written through to RocksDB, alternated
 * {@code R} times (default 2) and the best of each kept (the first Flink run of a JVM is the slowest). All read the same uncompressed
 * file from the page cache (it is read once before timing). Not part of the test suite: it prints
 * measured numbers; it only checks that both Flink runs wrote the same alerts file, byte for byte.
 */
public final class ThroughputCommand {

    public static final String USAGE =
            "usage: throughput [--copies K] [--days D] [--seed S] [--parallelism P] [--open-buckets-on-heap N]"
            + " [--rounds R]";

    private ThroughputCommand() {}

    /** Parses the arguments after {@code throughput} and runs; returns the process exit code. */
    public static int main(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int copies = 10;
        int days = 3;
        long seed = 7;
        int parallelism = 2;
        int onHeap = JobConfig.DEFAULT_OPEN_BUCKETS_ON_HEAP;
        int rounds = 2;
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
                    case "--open-buckets-on-heap" -> onHeap = Integer.parseInt(v);
                    case "--rounds" -> rounds = Integer.parseInt(v);
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
        if (copies < 1 || copies > 999 || days < 1 || days > 21 || parallelism < 1 || onHeap < 1
                || rounds < 1) {
            err.println("throughput: --copies 1..999, --days 1..21, --parallelism, --open-buckets-on-heap and --rounds"
                    + " at least 1\n" + USAGE);
            return 2;
        }
        Path dir = Files.createTempDirectory("spikewatch-throughput");
        try {
            FleetSpec s = FleetSpec.standard(seed);
            run(new FleetSpec(seed, s.start(), days, s.workstations(), s.fileServers(), s.linuxServers(),
                    s.windowsServers(), s.noiseRatio(), s.malformedRatio(), s.lateEvents(), s.formats(), true),
                    copies, parallelism, onHeap, rounds, dir, out);
        } finally {
            BenchFiles.deleteRecursively(dir);
        }
        return 0;
    }

    private static void run(FleetSpec spec, int copies, int parallelism, int onHeap, int rounds, Path dir,
                            PrintStream out) throws Exception {
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
        JobConfig cfg = JobConfig.defaults().withParallelism(parallelism).withOpenBucketsOnHeap(onHeap);

        FileScorer scorer = new FileScorer(cfg);
        scorer.read(List.of(file)); // warm-up: the file into the page cache, the parser's code compiled
        long m0 = System.nanoTime();
        FleetBuckets buckets = scorer.read(List.of(file));
        long m1 = System.nanoTime();
        SpikewatchFleetDetector.Run scored = new SpikewatchFleetDetector(cfg).run(buckets);
        long m2 = System.nanoTime();
        long hostBuckets = buckets.buckets().values().stream().mapToLong(m -> m.size()).sum();

        double parse = seconds(m1 - m0);
        double score = seconds(m2 - m1);
        double modelRate = lines / (parse + score);
        out.printf(Locale.ROOT, "model path, 1 thread:   %,10.0f lines/s  (parse, filter, buckets %.1f s; score %,d host-buckets"
                + " and gate %.1f s = %.1f us per host-bucket; %d alerts)%n",
                modelRate, parse, hostBuckets, score, 1e6 * score / hostBuckets, scored.alerts().size());

        FlinkRun heap = null;
        FlinkRun through = null;
        for (int round = 1; round <= rounds; round++) { // alternated, the best of each: the JVM warms up
            heap = faster(heap, flink(cfg, dir.resolve("heap"), file,
                    "open buckets on the heap (" + cfg.openBucketsOnHeap() + "), round " + round, out));
            through = faster(through, flink(cfg.withOpenBucketsOnHeap(0), dir.resolve("through"), file,
                    "every transfer written through, round " + round, out));
        }
        boolean same = Files.mismatch(heap.alerts, through.alerts) == -1;
        out.printf(Locale.ROOT, "best of %d each, on the heap / written through: %.2fx; same alerts: %s%n", rounds,
                heap.linesPerSecond / through.linesPerSecond, same ? "yes" : "NO");
        out.printf(Locale.ROOT, "throughput: hosts=%d lines=%d model_lines_per_s=%.0f flink_lines_per_s=%.0f"
                + " flink_lines_per_s_per_slot=%.0f flink_write_through_lines_per_s=%.0f%n", hosts, lines, modelRate,
                heap.linesPerSecond, heap.linesPerSecond / parallelism, through.linesPerSecond);
        if (!same) {
            throw new IllegalStateException("the two Flink runs wrote different alerts");
        }
    }

    private record FlinkRun(Path alerts, double linesPerSecond) {}

    private static FlinkRun faster(FlinkRun best, FlinkRun run) {
        return best == null || run.linesPerSecond > best.linesPerSecond ? run : best;
    }

    /** Replays {@code file} through the Flink job as {@code replay} does and prints its rate. */
    private static FlinkRun flink(JobConfig cfg, Path dir, Path file, String label, PrintStream out) throws Exception {
        Path alerts = Files.createDirectories(dir).resolve("alerts.ndjson");
        long f0 = System.nanoTime();
        ReplayRunner.Result r = new ReplayRunner(cfg, new PrintStream(OutputStream.nullOutputStream()))
                .run(List.of(file), ReplayRunner.Outputs.beside(alerts));
        double flink = seconds(System.nanoTime() - f0);
        long linesRead = r.counter(Counters.LINES_READ);
        double rate = linesRead / flink;
        out.printf(Locale.ROOT, "flink job, parallelism %d: %,10.0f lines/s  (%s; %.1f s wall, mini-cluster start"
                + " and shutdown included; %,d lines read, %,d remote transfers, %,d buckets scored, %d alerts)%n",
                cfg.parallelism(), rate, label, flink, linesRead, r.counter(Counters.ACCEPTED),
                r.counter(Counters.BUCKETS_SCORED), r.alerts().size());
        return new FlinkRun(alerts, rate);
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
