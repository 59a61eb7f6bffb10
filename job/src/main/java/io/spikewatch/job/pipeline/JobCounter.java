package io.spikewatch.job.pipeline;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.metrics.Counter;

/**
 * A count that is both a Flink metric (live, per subtask, for dashboards) and an accumulator
 * (summed over the job, read by the command line after a bounded run).
 */
public final class JobCounter {

    private final Counter metric;
    private final LongCounter accumulator;

    private JobCounter(Counter metric, LongCounter accumulator) {
        this.metric = metric;
        this.accumulator = accumulator;
    }

    /** Registers the metric and the accumulator {@code spikewatch.<name>} on this subtask. */
    public static JobCounter register(RuntimeContext ctx, String name) {
        LongCounter acc = new LongCounter();
        ctx.addAccumulator(Counters.ACC_PREFIX + name, acc);
        return new JobCounter(ctx.getMetricGroup().counter(name), acc);
    }

    public void inc() {
        metric.inc();
        accumulator.add(1L);
    }

    public void inc(long n) {
        metric.inc(n);
        accumulator.add(n);
    }
}
