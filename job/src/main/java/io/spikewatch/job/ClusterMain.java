package io.spikewatch.job;

import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Entry point of {@code job/target/spikewatch-job.jar} on a Flink cluster:
 * {@code flink run job/target/spikewatch-job.jar --config /etc/spikewatch/spikewatch.yaml}.
 * The config file is read where {@code main} runs (the client, or the JobManager in application
 * mode). The cluster's own settings (state backend location, restart strategy) apply unless the
 * config sets {@code runtime.state-dir}; RocksDB, incremental checkpoints, the checkpoint interval
 * and the Kryo ban are always set by the job.
 */
public final class ClusterMain {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterMain.class);

    private ClusterMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !args[0].equals("--config")) {
            System.err.println("usage: flink run spikewatch-job.jar --config FILE");
            System.exit(2);
        }
        JobConfig cfg = ConfigLoader.load(Path.of(args[1]));
        LOG.info("spikewatch: input {}, output {}", cfg.kafka(), cfg.elasticsearch());
        LOG.info(StreamingJob.prepare(cfg));
        Configuration settings = Environments.cluster(cfg);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(settings);
        if (cfg.parallelism() > 0) {
            env.setParallelism(cfg.parallelism());
        }
        StreamingJob.build(env, cfg, Clock.systemUTC());
        env.execute("spikewatch");
    }
}
