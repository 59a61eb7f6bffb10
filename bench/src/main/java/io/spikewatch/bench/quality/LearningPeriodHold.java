package io.spikewatch.bench.quality;

import io.spikewatch.job.sim.Evaluation;

import java.util.List;

/**
 * A peer under the same deployment rule as ours ({@code alerting.learning-period}): nothing alerts
 * until the period after the fleet's first bucket has passed, so that no detector is charged for
 * alerts ours would hold back, nor credited with incidents ours could not see.
 */
public final class LearningPeriodHold implements FleetDetector {

    private final FleetDetector inner;
    private final long periodMs;

    public LearningPeriodHold(FleetDetector inner, long periodMs) {
        this.inner = inner;
        this.periodMs = periodMs;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public List<Evaluation.Alert> detect(FleetBuckets fleet) {
        long until = fleet.firstBucket() * fleet.spanMs() + periodMs;
        return inner.detect(fleet).stream().filter(a -> a.bucketStartMs() >= until).toList();
    }
}
