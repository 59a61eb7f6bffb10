package io.spikewatch.job.pipeline;

/**
 * Hosts with a baseline in one key group: the checkpointed unit of {@link TrackedHosts}.
 *
 * @param keyGroup Flink key group (0 to max parallelism - 1)
 * @param hosts hosts of that key group that have a {@code HostState}
 */
public record HostCount(int keyGroup, long hosts) {}
