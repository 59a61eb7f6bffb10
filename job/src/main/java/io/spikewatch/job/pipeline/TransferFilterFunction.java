package io.spikewatch.job.pipeline;

import io.spikewatch.model.FileEvent;
import io.spikewatch.model.FilterVerdict;
import io.spikewatch.model.RemoteTransferFilter;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

import java.util.EnumMap;
import java.util.Map;

/**
 * Keeps remote file transfers ({@link RemoteTransferFilter}) and counts every other event by the
 * datafeed condition it failed: dropped on purpose, but never without a trace.
 */
public class TransferFilterFunction extends ProcessFunction<FileEvent, FileEvent> {

    private static final long serialVersionUID = 1L;

    private transient Map<FilterVerdict, JobCounter> counters;

    @Override
    public void open(Configuration parameters) {
        counters = new EnumMap<>(FilterVerdict.class);
        for (FilterVerdict v : FilterVerdict.values()) {
            String name = v == FilterVerdict.ACCEPTED ? Counters.ACCEPTED : Counters.FILTERED_PREFIX + v.metricName();
            counters.put(v, JobCounter.register(getRuntimeContext(), name));
        }
    }

    @Override
    public void processElement(FileEvent e, Context ctx, Collector<FileEvent> out) {
        FilterVerdict v = RemoteTransferFilter.test(e);
        counters.get(v).inc();
        if (v == FilterVerdict.ACCEPTED) {
            out.collect(e);
        }
    }
}
