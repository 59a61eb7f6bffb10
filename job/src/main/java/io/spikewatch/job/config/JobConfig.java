package io.spikewatch.job.config;

import io.spikewatch.connectors.profile.SourceProfile;
import io.spikewatch.model.AlertPolicy;
import io.spikewatch.model.DetectorSettings;
import io.spikewatch.model.TransferLocations;
import io.spikewatch.model.exceptions.ExceptionItem;

import java.util.List;

/**
 * The whole, validated, immutable configuration of one run. Built by {@link ConfigLoader} from the
 * YAML file (every key documented in the README with its default) or from {@link #defaults()}.
 *
 * @param detector the per-host model
 * @param policy the fleet-wide alert policy
 * @param hostIdleTtlMs a host silent this long is forgotten (its state dropped)
 * @param maxOutOfOrdernessMs watermark bound: events up to this much out of order are in time
 * @param idlenessMs a source split without events this long stops holding the watermark back
 * @param maxFutureMs events stamped further than this ahead of the wall clock are dead-lettered
 * @param parallelism operator parallelism ({@code 0} = the environment's default)
 * @param checkpointIntervalMs checkpoint interval
 * @param stateDir where RocksDB keeps local state and checkpoints ({@code null} = a temp folder)
 * @param managedMemoryBytes the embedded mini-cluster's managed memory: RocksDB's block cache and
 *     write buffers, shared by its task slots (a cluster's own memory settings apply there)
 * @param openBucketsOnHeap open buckets a host-operator subtask keeps on the heap between
 *     checkpoints before it writes them all to RocksDB ({@code 0}: every transfer written through)
 * @param profile what kind of events the source carries
 * @param kafka the Kafka input and outputs ({@code run})
 * @param elasticsearch the alert index ({@code run})
 * @param exceptions allow entries, maintenance windows and threshold overrides in force from the start
 */
public record JobConfig(
        DetectorSettings detector,
        AlertPolicy policy,
        long hostIdleTtlMs,
        long maxOutOfOrdernessMs,
        long idlenessMs,
        long maxFutureMs,
        int parallelism,
        long checkpointIntervalMs,
        String stateDir,
        long managedMemoryBytes,
        int openBucketsOnHeap,
        SourceProfile profile,
        KafkaConfig kafka,
        ElasticsearchConfig elasticsearch,
        List<ExceptionItem> exceptions) {

    public JobConfig {
        exceptions = List.copyOf(exceptions);
    }

    /**
     * 512 MiB: Flink's default for an embedded mini-cluster (128 MiB) makes RocksDB flush and compact
     * its write buffers all the time when every transfer rewrites its bucket's summary (~2 KB,
     * {@code runtime.open-buckets-on-heap: 0}); a 1,400-host replay then ran 5x slower
     * ({@code spikewatch-bench throughput}).
     */
    public static final long DEFAULT_MANAGED_MEMORY = 512L << 20;

    /**
     * A subtask's open buckets on the heap before they are all written to RocksDB early; each is
     * a bucket summary (a few KB on the heap, see README "Configuration"). Checkpoints write them
     * all anyway.
     */
    public static final int DEFAULT_OPEN_BUCKETS_ON_HEAP = 20_000;

    public static JobConfig defaults() {
        return new JobConfig(DetectorSettings.defaults(), AlertPolicy.defaults(), 35 * DetectorSettings.DAY,
                2 * DetectorSettings.MINUTE, DetectorSettings.MINUTE, DetectorSettings.DAY, 2, 30_000L, null,
                DEFAULT_MANAGED_MEMORY, DEFAULT_OPEN_BUCKETS_ON_HEAP, SourceProfile.ELASTIC_DEFEND,
                KafkaConfig.defaults(), ElasticsearchConfig.defaults(), List.of());
    }

    public JobConfig withParallelism(int p) {
        return new JobConfig(detector, policy, hostIdleTtlMs, maxOutOfOrdernessMs, idlenessMs, maxFutureMs, p,
                checkpointIntervalMs, stateDir, managedMemoryBytes, openBucketsOnHeap, profile, kafka, elasticsearch,
                exceptions);
    }

    /** This configuration keeping up to {@code n} open buckets per subtask on the heap ({@code 0}: none). */
    public JobConfig withOpenBucketsOnHeap(int n) {
        return new JobConfig(detector, policy, hostIdleTtlMs, maxOutOfOrdernessMs, idlenessMs, maxFutureMs, parallelism,
                checkpointIntervalMs, stateDir, managedMemoryBytes, n, profile, kafka, elasticsearch, exceptions);
    }

    /** This configuration alerting at another record_score (the detector's threshold and the policy's). */
    public JobConfig withThreshold(double t) {
        return new JobConfig(detector.withThreshold(t), policy.withThreshold(t), hostIdleTtlMs, maxOutOfOrdernessMs,
                idlenessMs, maxFutureMs, parallelism, checkpointIntervalMs, stateDir, managedMemoryBytes,
                openBucketsOnHeap, profile, kafka, elasticsearch, exceptions);
    }

    /** This configuration with another staging list and place depth ({@code detector.staging}, {@code detector.place-depth}). */
    public JobConfig withLocations(TransferLocations l) {
        return new JobConfig(detector.withLocations(l), policy, hostIdleTtlMs, maxOutOfOrdernessMs, idlenessMs,
                maxFutureMs, parallelism, checkpointIntervalMs, stateDir, managedMemoryBytes, openBucketsOnHeap, profile,
                kafka, elasticsearch, exceptions);
    }

    /** Checks cross-field rules; each section validated itself on construction. */
    public JobConfig validate() {
        detector.validate();
        policy.validate();
        if (Math.abs(policy.threshold() - detector.threshold()) > 1e-9) {
            throw new IllegalArgumentException("alerting.threshold and detector threshold differ");
        }
        if (hostIdleTtlMs < detector.bucketSpanMs() || hostIdleTtlMs % detector.bucketSpanMs() != 0) {
            throw new IllegalArgumentException("detector.host-idle-ttl: accepted a multiple of the bucket span, got "
                    + Durations.format(hostIdleTtlMs));
        }
        if (maxOutOfOrdernessMs < 0) {
            throw new IllegalArgumentException("time.max-out-of-orderness: accepted >= 0");
        }
        if (idlenessMs <= 0) {
            throw new IllegalArgumentException("time.idleness: accepted > 0");
        }
        if (maxFutureMs <= 0) {
            throw new IllegalArgumentException("time.max-future: accepted > 0");
        }
        if (managedMemoryBytes < (64L << 20)) {
            throw new IllegalArgumentException("runtime.managed-memory: accepted at least 64m, got " + managedMemoryBytes
                    + " bytes");
        }
        if (openBucketsOnHeap < 0) {
            throw new IllegalArgumentException("runtime.open-buckets-on-heap: accepted >= 0 (0 = none), got "
                    + openBucketsOnHeap);
        }
        if (parallelism < 0) {
            throw new IllegalArgumentException("runtime.parallelism: accepted >= 0 (0 = default), got " + parallelism);
        }
        if (checkpointIntervalMs < 1000) {
            throw new IllegalArgumentException("runtime.checkpoint-interval: accepted >= 1s");
        }
        for (ExceptionItem e : exceptions) {
            if (e.kind() == ExceptionItem.Kind.THRESHOLD && e.threshold() < policy.fleetCandidateScore()) {
                throw new IllegalArgumentException("exception " + e.id() + ": threshold below "
                        + "alerting.fleet.candidate-score (" + policy.fleetCandidateScore() + ") cannot take effect");
            }
        }
        kafka.validate();
        elasticsearch.validate();
        return this;
    }
}
