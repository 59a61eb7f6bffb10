package io.spikewatch.job.cli;

import io.spikewatch.job.Environments;
import io.spikewatch.job.StreamingJob;
import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/** {@code run --config FILE}: the production job (Kafka in, Elasticsearch out) on the embedded mini-cluster. */
final class RunCommand {

    static final String HELP = """
            usage: java -jar spikewatch-local.jar run --config FILE

            Runs the detector on an embedded Flink mini-cluster: file events from Kafka
            (kafka.input.*), alerts to Elasticsearch (elasticsearch.*) and/or a Kafka topic
            (kafka.alerts-topic), malformed and late records to kafka.dead-letter-topic.
            Before it starts, it checks that Elasticsearch answers and installs the index
            template when absent. Runs until stopped (Ctrl-C), or with kafka.input.bounded: true
            until the offsets that were latest at start are consumed and every bucket is closed.
            On a Flink cluster, submit job/target/spikewatch-job.jar with the same --config.

              --config FILE     YAML configuration (see README, "Configuration")
              --help            this text
            """;

    private final PrintStream out;

    RunCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] argv) throws Exception {
        Args a = Args.parse("run", argv, Set.of("config"), Set.of("help"));
        if (a.has("help")) {
            out.print(HELP);
            return 0;
        }
        String config = a.one("run", "config", null);
        if (config == null) {
            throw new Args.UsageException("run: --config is required\n\n" + HELP);
        }
        JobConfig cfg = ConfigLoader.load(Path.of(config));
        out.println("input:  " + cfg.kafka());
        out.println("output: " + cfg.elasticsearch());
        out.println(StreamingJob.prepare(cfg));
        StreamExecutionEnvironment env = Environments.local(cfg, cfg.kafka().bounded());
        StreamingJob.build(env, cfg, Clock.systemUTC());
        long t0 = System.nanoTime();
        JobExecutionResult result = env.execute("spikewatch");
        out.println();
        Environments.counters(result).forEach((k, v) -> out.printf("%-32s %,12d%n", k, v));
        out.printf("%-32s %,12d ms%n", "elapsed", (System.nanoTime() - t0) / 1_000_000);
        return 0;
    }
}
