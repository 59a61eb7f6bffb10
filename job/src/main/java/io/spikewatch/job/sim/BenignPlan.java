package io.spikewatch.job.sim;

import java.util.List;

/**
 * Benign rises in remote transfers: labels, the extra writes, and activity boosts that the
 * baseline traffic applies (the period-close day).
 */
record BenignPlan(List<BenignSpike> spikes, List<SimEvent> events, List<Boost> boosts) {}
