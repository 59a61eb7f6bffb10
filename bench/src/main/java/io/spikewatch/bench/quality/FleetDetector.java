package io.spikewatch.bench.quality;

import io.spikewatch.job.sim.Evaluation;

import java.util.List;

/**
 * A detector judged on simulated fleets: given every host's closed buckets, the alerts it raises.
 *
 * <p>Streaming semantics: the decision about bucket {@code b} may use buckets up to {@code b} only
 * (of this host or, for fleet-aware detectors, of any host), as if they arrived in time order. A
 * detector must not look ahead, at labels, or at the simulator's host roles.
 */
public interface FleetDetector {

    /** Short name printed in the tables ({@code spikewatch}, {@code rcf}, {@code flat}). */
    String name();

    /** The alerts, one per (host, bucket start); duplicates count once. */
    List<Evaluation.Alert> detect(FleetBuckets fleet);
}
