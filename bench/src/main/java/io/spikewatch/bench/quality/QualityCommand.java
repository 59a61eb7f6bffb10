package io.spikewatch.bench.quality;

import io.spikewatch.bench.StateSize;
import io.spikewatch.bench.nab.NabCommand;
import io.spikewatch.bench.nab.NabProfile;
import io.spikewatch.bench.nab.NabSubset;
import io.spikewatch.bench.nab.SeriesDetector;
import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.job.sim.FleetSpec;
import io.spikewatch.model.HostState;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * {@code quality [--seeds LIST] [--nab DIR] [--config FILE] [--cache DIR] [--thresholds LIST] [--no-ablation]
 * [--detail]}: every table
 * that says how good the detector is, in one run. {@code --peers} chooses the peers (default all,
 * {@code --peers ''} none). {@code --cache} keeps each simulated fleet's
 * transfers for the next run (for sweeps); {@code --detail} lists ours per incident and false alert.
 *
 * <ol>
 *   <li>Simulated fleets ({@link Scenario}), one per seed, scored by spikewatch and its peers side
 *       by side ({@link #detectors}): recall, alert precision, F1, false alerts per 1000 host-days,
 *       median delay, per attack kind. The default seeds ({@value #HELD_OUT}) are held out: the
 *       model was tuned on {@value #TUNING} only.
 *   <li>What the alert policy holds back ({@link GateHolds}): per hold reason, the records held,
 *       the incidents they fell on and those no alert caught ({@code --detail} names them).
 *   <li>Operating points ({@link OperatingPoints}): ours rerun at each threshold of
 *       {@code --thresholds} (default 50, 60, 70, 80, 90; {@code ''} for none) on the same fleets.
 *   <li>What rests on where files land ({@link StagingAblation}): ours with the configured staging
 *       list and with none, on the same fleets ({@code --no-ablation} skips it).
 *   <li>NAB ({@link NabCommand}): the scorer check (the published windowedGaussian 39.6 reproduced
 *       from its raw rows), then ours next to every published detector.
 *   <li>The model's state size per host.
 * </ol>
 *
 * <p>The last line sums it up: {@code recall=… precision=… f1=… fp_per_1000_host_days=…
 * nab_standard=… nab_realTweets=… nab_countlike=…} (ours; {@code nan} for NAB without {@code --nab}).
 */
public final class QualityCommand {

    public static final String USAGE = "usage: quality [--seeds 101-106|1,2,3] [--nab NAB_DIR] [--config FILE] [--cache DIR]\n"
            + "               [--peers rcf,flat,hourly] [--thresholds 50,60,70,80,90] [--no-ablation] [--detail]";
    static final String HELD_OUT = "101-106";
    static final String TUNING = "1-8";

    private QualityCommand() {}

    /** Parses the arguments after {@code quality} and runs; returns the exit code. */
    public static int main(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String seeds = HELD_OUT;
        Path nab = null;
        Path config = null;
        Path cache = null;
        String peers = String.join(",", PEERS);
        String thresholds = OperatingPoints.DEFAULT_THRESHOLDS.stream().map(t -> String.format(Locale.ROOT, "%.0f", t))
                .collect(java.util.stream.Collectors.joining(","));
        boolean detail = false;
        boolean ablation = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (a) {
                case "--seeds" -> seeds = hasValue ? args.get(++i) : null;
                case "--nab" -> nab = hasValue ? Path.of(args.get(++i)) : null;
                case "--config" -> config = hasValue ? Path.of(args.get(++i)) : null;
                case "--cache" -> cache = hasValue ? Path.of(args.get(++i)) : null;
                case "--peers" -> peers = hasValue ? args.get(++i) : "";
                case "--thresholds" -> thresholds = hasValue ? args.get(++i) : "";
                case "--detail" -> detail = true;
                case "--no-ablation" -> ablation = false;
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    err.println("quality: unexpected argument '" + a + "'\n" + USAGE);
                    return 2;
                }
            }
        }
        List<Long> seedList;
        List<Double> thresholdList;
        String option = "--seeds";
        try {
            seedList = parseSeeds(seeds);
            option = "--thresholds";
            thresholdList = parseThresholds(thresholds);
        } catch (IllegalArgumentException e) {
            err.println("quality: " + option + " " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (nab != null && !Files.isDirectory(nab)) {
            err.println("quality: --nab " + nab + " is not a folder");
            return 2;
        }
        JobConfig cfg = config == null ? JobConfig.defaults() : ConfigLoader.load(config);
        List<String> peerList = peers.isBlank() ? List.of() : List.of(peers.split(","));
        for (String p : peerList) {
            if (!PEERS.contains(p)) {
                err.println("quality: --peers: unknown peer '" + p + "' (known: " + String.join(",", PEERS) + ")");
                return 2;
            }
        }
        run(cfg, seedList, peerList, thresholdList, ablation, nab, cache, detail, out);
        return 0;
    }

    /** The peers by name, in table order. */
    static final List<String> PEERS = List.of("rcf", "flat", "hourly");

    /**
     * spikewatch first, then the chosen peers, configured from {@code cfg} where they share a
     * notion: the same learning period, the same suppression span (one alert per incident).
     */
    static List<FleetDetector> detectors(JobConfig cfg, List<String> peers) {
        long span = cfg.detector().bucketSpanMs();
        long suppression = cfg.policy().suppressionBuckets() * span;
        long learning = cfg.policy().learningPeriodMs();
        List<FleetDetector> out = new ArrayList<>();
        out.add(new SpikewatchFleetDetector(cfg));
        for (String p : peers) {
            out.add(new LearningPeriodHold(switch (p) {
                case "rcf" -> new RcfDetector(Duration.ofMillis(suppression), 0L);
                case "flat" -> new FlatBaselineDetector(cfg.detector(), suppression);
                case "hourly" -> new HourlyCountDetector(cfg.detector(), suppression);
                default -> throw new IllegalArgumentException("unknown peer '" + p + "' (known: " + PEERS + ")");
            }, learning));
        }
        return out;
    }

    static void run(JobConfig cfg, List<Long> seeds, List<String> peers, List<Double> thresholds, boolean ablation,
            Path nab, Path cache, boolean detail, PrintStream out)
            throws Exception {
        List<FleetDetector> detectors = detectors(cfg, peers);
        Map<String, FleetScore> totals = new LinkedHashMap<>();
        detectors.forEach(d -> totals.put(d.name(), FleetScore.empty(d.name())));
        long t0 = System.nanoTime();
        List<ScenarioResult> results = map(seeds, seed -> runScenario(cfg, seed, detectors, cache));
        out.printf(Locale.ROOT, "== Simulated fleets: %d seeds (%s), %d hosts x %d days each; held out: %s, tuned on: %s ==%n",
                seeds.size(), seedText(seeds), results.get(0).scenario.hosts(),
                results.get(0).scenario.days(), HELD_OUT, TUNING);
        out.printf(Locale.ROOT, "%-6s %-12s %s%n", "seed", "detector", "per seed");
        for (ScenarioResult r : results) {
            for (FleetDetector d : detectors) {
                Evaluation e = r.evaluations.get(d.name());
                totals.put(d.name(), totals.get(d.name()).plus(e, r.scenario.buckets().hostDays(), r.millis.get(d.name())));
                out.printf(Locale.ROOT, "%-6d %-12s %s%n", r.scenario.seed(), d.name(), e.summaryLine());
            }
        }
        out.println();
        out.print(table(totals));
        out.println();
        out.print(kindTable(totals));
        out.printf(Locale.ROOT, "simulated and scored in %d s%n", (System.nanoTime() - t0) / 1_000_000_000);
        int maxState = results.stream().mapToInt(ScenarioResult::maxStateBytes).max().orElse(0);
        out.printf(Locale.ROOT, "model state per host: at most %d bytes serialized (Flink POJO serializer, as in RocksDB),"
                + " over %d hosts at the end of every scenario; a new host: %d bytes%n", maxState,
                results.stream().mapToInt(r -> r.scenario.buckets().hosts().size()).sum(),
                StateSize.serializedBytes(new HostState()));
        out.println();
        out.println("== What the alert policy holds back: records at or above the threshold that did not alert"
                + " (written as building blocks), the incidents they fell on, and those no alert caught ==");
        out.print(results.stream().map(ScenarioResult::holds).reduce(GateHolds.none(), GateHolds::plus).table(detail));
        if (!thresholds.isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "== Operating points: spikewatch at each alert threshold (model and gate rerun"
                    + " on the same fleets; configured: %.0f) ==%n", cfg.policy().threshold());
            List<Scenario> scenarios = results.stream().map(ScenarioResult::scenario).toList();
            out.print(OperatingPoints.table(OperatingPoints.measure(cfg, scenarios, thresholds, QualityCommand::map)));
        }
        if (ablation) {
            out.println();
            out.println("== What rests on where files land: spikewatch with the configured staging list and with none"
                    + " (the same fleets, bucketed anew) ==");
            out.print(ScoreRows.table("staging list", List.of(
                    new ScoreRows.Row("configured", totals.get(detectors.get(0).name())),
                    new ScoreRows.Row("none", StagingAblation.measure(cfg,
                            seeds.stream().map(FleetSpec::standard).toList(), cache, QualityCommand::map)))));
        }
        if (detail) {
            for (ScenarioResult r : results) {
                out.printf(Locale.ROOT, "%n-- seed %d, %s --%n", r.scenario.seed(), detectors.get(0).name());
                out.print(r.evaluations.get(detectors.get(0).name()).format());
            }
        }

        FleetScore ours = totals.get(detectors.get(0).name());
        double nabStandard = Double.NaN;
        double nabTweets = Double.NaN;
        double nabCount = Double.NaN;
        out.println();
        if (nab == null) {
            out.println("== NAB: skipped (no --nab folder) ==");
        } else {
            out.println("== NAB ==");
            Map<String, SeriesDetector> nabDetectors = NabCommand.detectors();
            NabCommand.Outcome o = NabCommand.run(nab, null, nabDetectors, out);
            String name = "spikewatch";
            nabStandard = o.score(name, NabProfile.STANDARD, NabSubset.ALL);
            nabTweets = o.score(name, NabProfile.STANDARD, NabSubset.REAL_TWEETS);
            nabCount = o.score(name, NabProfile.STANDARD, NabSubset.COUNT_LIKE);
        }
        out.printf(Locale.ROOT, "recall=%.3f precision=%.3f f1=%.3f fp_per_1000_host_days=%.2f"
                + " nab_standard=%.1f nab_realTweets=%.1f nab_countlike=%.1f%n",
                ours.recall(), ours.precision(), ours.f1(), ours.falsePerThousandHostDays(),
                nabStandard, nabTweets, nabCount);
    }

    /**
     * One scenario's evaluation by every detector, and the largest serialized model state of its
     * hosts at the end (ours).
     */
    private record ScenarioResult(Scenario scenario, Map<String, Evaluation> evaluations, Map<String, Long> millis,
            int maxStateBytes, GateHolds holds) {}

    private static ScenarioResult runScenario(JobConfig cfg, long seed, List<FleetDetector> detectors, Path cache) {
        FleetSpec spec = FleetSpec.standard(seed);
        Scenario s = Scenario.of(spec, cfg, cache);
        Map<String, Evaluation> evaluations = new LinkedHashMap<>();
        Map<String, Long> millis = new LinkedHashMap<>();
        int maxState = 0;
        GateHolds holds = GateHolds.none();
        for (FleetDetector d : detectors) {
            long start = System.nanoTime();
            List<Evaluation.Alert> alerts;
            if (d instanceof SpikewatchFleetDetector ours) {
                SpikewatchFleetDetector.Run run = ours.run(s.buckets());
                alerts = run.alerts().stream().map(a -> new Evaluation.Alert(a.hostName(), a.bucketStartMs())).toList();
                for (HostState st : run.states().values()) {
                    maxState = Math.max(maxState, StateSize.serializedBytes(st));
                }
                holds = GateHolds.of(seed, s.labels().incidents(), run.alerts(), run.held());
            } else {
                alerts = d.detect(s.buckets());
            }
            millis.put(d.name(), (System.nanoTime() - start) / 1_000_000);
            evaluations.put(d.name(), Evaluation.evaluate(s.labels().incidents(), s.labels().benign(), alerts));
        }
        return new ScenarioResult(s, evaluations, millis, maxState, holds);
    }

    static String table(Map<String, FleetScore> totals) {
        StringBuilder sb = new StringBuilder();
        String row = "%-12s %7s %9s %6s %10s %8s %7s %9s %8s%n";
        sb.append(String.format(Locale.ROOT, row, "detector", "recall", "precision", "f1", "fp/1000hd", "delay",
                "alerts", "incidents", "ms"));
        for (FleetScore s : totals.values()) {
            sb.append(String.format(Locale.ROOT, row, s.detector(), f3(s.recall()), f3(s.precision()), f3(s.f1()),
                    String.format(Locale.ROOT, "%.2f", s.falsePerThousandHostDays()),
                    minutes(s.medianDelay()),
                    s.alerts(), s.caught() + "/" + s.incidents(), s.millis()));
        }
        return sb.toString();
    }

    static String kindTable(Map<String, FleetScore> totals) {
        TreeSet<String> kinds = new TreeSet<>();
        totals.values().forEach(s -> kinds.addAll(s.perKind().keySet()));
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-28s", "caught/total by kind"));
        totals.keySet().forEach(d -> sb.append(String.format(Locale.ROOT, " %12s %7s", d, "delay")));
        sb.append(System.lineSeparator());
        for (String k : kinds) {
            sb.append(String.format(Locale.ROOT, "%-28s", k));
            for (FleetScore s : totals.values()) {
                Evaluation.KindScore ks = s.perKind().getOrDefault(k, new Evaluation.KindScore(0, 0));
                sb.append(String.format(Locale.ROOT, " %12s %7s", ks.caught() + "/" + ks.total(),
                        minutes(s.medianDelay(k))));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** {@code 12.0m}, or {@code -} for none. */
    static String minutes(Duration d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.1fm", d.toMillis() / 60_000.0);
    }

    /** {@code 101-106} or {@code 1,2,5}. */
    static List<Long> parseSeeds(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("needs a value such as 101-106 or 1,2,3");
        }
        List<Long> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            int dash = p.indexOf('-', 1);
            try {
                if (dash > 0) {
                    long from = Long.parseLong(p.substring(0, dash));
                    long to = Long.parseLong(p.substring(dash + 1));
                    if (to < from || to - from > 1000) {
                        throw new IllegalArgumentException("range '" + p + "' is empty or too long");
                    }
                    for (long s = from; s <= to; s++) {
                        out.add(s);
                    }
                } else {
                    out.add(Long.parseLong(p));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + p + "' is not a seed or a range of seeds");
            }
        }
        return out;
    }

    /** {@code 50,60,70}: record_score thresholds, each 0-100; empty for none. */
    static List<Double> parseThresholds(String text) {
        List<Double> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            String p = part.trim();
            double t;
            try {
                t = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + p + "' is not a score");
            }
            if (!(t >= 0 && t <= 100)) {
                throw new IllegalArgumentException("'" + p + "' is not a score from 0 to 100");
            }
            out.add(t);
        }
        return out;
    }

    private static String seedText(List<Long> seeds) {
        return seeds.size() <= 8 ? seeds.toString() : seeds.get(0) + ".." + seeds.get(seeds.size() - 1);
    }

    static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** Runs {@code f} over {@code items} on all cores; results in input order. */
    static <T, R> List<R> map(List<T> items, Function<T, R> f) throws InterruptedException, ExecutionException {
        int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> f.apply(item)));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
