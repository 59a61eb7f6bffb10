package io.spikewatch.bench;

import io.spikewatch.bench.nab.NabCommand;
import io.spikewatch.bench.quality.QualityCommand;
import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.job.sim.IncidentLabels;
import io.spikewatch.model.AnomalyRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code score --input FILE... --labels FILE [--config FILE]}: scores simulated fleet files with
 * {@link FileScorer} (no Flink) and prints the evaluation against their labels.
 *
 * <p>{@code nab --data NAB_DIR [--out DIR]}: the NAB harness ({@link NabCommand}).
 *
 * <p>{@code quality ...}: every quality table in one run ({@link QualityCommand}).
 *
 * <p>{@code throughput ...}: events per second of the model path and of the Flink job ({@link ThroughputCommand}).
 *
 * <p>{@code jmh [JMH options]}: the JMH benchmarks ({@code io.spikewatch.bench.jmh}).
 */
public final class BenchMain {

    private BenchMain() {}

    private static void exit(int code) {
        if (code != 0) {
            System.exit(code);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("quality")) {
            exit(QualityCommand.main(Arrays.asList(args).subList(1, args.length), System.out, System.err));
            return;
        }
        if (args.length > 0 && args[0].equals("throughput")) {
            exit(ThroughputCommand.main(Arrays.asList(args).subList(1, args.length), System.out, System.err));
            return;
        }
        if (args.length > 0 && args[0].equals("jmh")) {
            io.spikewatch.bench.jmh.JmhMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("nab")) {
            int code = NabCommand.main(Arrays.asList(args).subList(1, args.length), System.out, System.err);
            if (code != 0) {
                System.exit(code);
            }
            return;
        }
        if (args.length == 0 || !args[0].equals("score")) {
            System.err.println("usage: score --input FILE... --labels FILE [--config FILE]\n       "
                    + NabCommand.USAGE.replace("usage: ", "") + "\n       " + QualityCommand.USAGE.replace("usage: ", "") + "\n       "
                    + ThroughputCommand.USAGE.replace("usage: ", "") + "\n       jmh [JMH options]");
            System.exit(2);
        }
        List<Path> inputs = new ArrayList<>();
        Path labels = null;
        Path config = null;
        String option = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                option = a;
            } else if ("--input".equals(option)) {
                inputs.add(Path.of(a));
            } else if ("--labels".equals(option)) {
                labels = Path.of(a);
            } else if ("--config".equals(option)) {
                config = Path.of(a);
            } else {
                System.err.println("unexpected argument " + a);
                System.exit(2);
            }
        }
        if (inputs.isEmpty() || labels == null) {
            System.err.println("score: --input and --labels are required");
            System.exit(2);
        }
        JobConfig cfg = config == null ? JobConfig.defaults() : ConfigLoader.load(config);
        long t0 = System.nanoTime();
        List<AnomalyRecord> alerts = new FileScorer(cfg).score(inputs);
        IncidentLabels l = IncidentLabels.read(labels);
        Evaluation e = Evaluation.evaluate(l.incidents(), l.benign(),
                alerts.stream().map(a -> new Evaluation.Alert(a.hostName(), a.bucketStartMs())).toList());
        System.out.print(e.format());
        System.out.printf("scored in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        System.out.println(e.summaryLine());
    }
}
