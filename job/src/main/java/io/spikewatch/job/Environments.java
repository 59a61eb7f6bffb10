package io.spikewatch.job;

import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.pipeline.Counters;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Execution environments with the settings every spikewatch run shares: RocksDB state with
 * incremental checkpoints, no Kryo fallback ({@code pipeline.generic-types: false}), object reuse
 * between chained operators (our functions never keep a reference to an input).
 */
public final class Environments {

    /** Key groups of the keyed state: the most subtasks a job can ever be rescaled to. */
    public static final int MAX_PARALLELISM = 128;

    private Environments() {}

    /** The common settings, for a cluster ({@code flink run}) or a mini-cluster. */
    public static Configuration common(JobConfig cfg, Path stateDir) {
        Configuration c = cluster(cfg);
        c.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, stateDir.resolve("checkpoints").toUri().toString());
        return c;
    }

    /**
     * The settings a job submitted to a cluster brings along; the checkpoint location is the
     * cluster's unless {@code runtime.state-dir} is set.
     */
    public static Configuration cluster(JobConfig cfg) {
        Configuration c = new Configuration();
        c.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
        c.set(CheckpointingOptions.INCREMENTAL_CHECKPOINTS, true);
        if (cfg.stateDir() != null) {
            c.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, Path.of(cfg.stateDir()).resolve("checkpoints").toUri().toString());
        }
        c.set(PipelineOptions.GENERIC_TYPES, false);
        c.set(PipelineOptions.OBJECT_REUSE, true);
        // Fixed, so state written at any parallelism restores at any other up to this many subtasks.
        c.set(PipelineOptions.MAX_PARALLELISM, MAX_PARALLELISM);
        c.setString("execution.checkpointing.interval", cfg.checkpointIntervalMs() + " ms");
        return c;
    }

    /**
     * An embedded mini-cluster for the local jar: bound to 127.0.0.1, state under
     * {@code runtime.state-dir} or a fresh temp folder.
     */
    public static StreamExecutionEnvironment local(JobConfig cfg) throws IOException {
        return local(cfg, true);
    }

    /**
     * {@link #local(JobConfig)}; {@code bounded} runs give up after two failed attempts (an
     * unreadable input file), unbounded ones restart with exponential delay, as a cluster would.
     */
    public static StreamExecutionEnvironment local(JobConfig cfg, boolean bounded) throws IOException {
        Path stateDir = cfg.stateDir() != null
                ? Files.createDirectories(Path.of(cfg.stateDir()))
                : Files.createTempDirectory("spikewatch-state");
        Configuration c = common(cfg, stateDir);
        c.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        c.set(RestOptions.ADDRESS, "127.0.0.1");
        c.setString("taskmanager.host", "127.0.0.1");
        c.setString("jobmanager.rpc.address", "127.0.0.1");
        c.setString("state.backend.rocksdb.localdir", stateDir.resolve("rocksdb").toString());
        // A bounded local run must end: an unreadable input file fails it after two retries
        // instead of restarting forever (Flink's default with checkpointing).
        if (bounded) {
            c.setString("restart-strategy.type", "fixed-delay");
            c.setString("restart-strategy.fixed-delay.attempts", "2");
            c.setString("restart-strategy.fixed-delay.delay", "1 s");
        } else {
            c.setString("restart-strategy.type", "exponential-delay");
        }
        int parallelism = cfg.parallelism() > 0 ? cfg.parallelism() : Math.max(2, Runtime.getRuntime().availableProcessors());
        c.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
        c.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, new MemorySize(cfg.managedMemoryBytes()));
        return StreamExecutionEnvironment.createLocalEnvironment(parallelism, c);
    }

    /** The job's {@code spikewatch.*} accumulators, by counter name. */
    public static Map<String, Long> counters(JobExecutionResult result) {
        Map<String, Long> out = new TreeMap<>();
        result.getAllAccumulatorResults().forEach((k, v) -> {
            if (k.startsWith(Counters.ACC_PREFIX) && v instanceof Number n) {
                out.put(k.substring(Counters.ACC_PREFIX.length()), n.longValue());
            }
        });
        return out;
    }

}
