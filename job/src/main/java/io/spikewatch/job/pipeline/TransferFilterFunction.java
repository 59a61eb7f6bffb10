package io.spikewatch.job.pipeline;

import io.spikewatch.job.kafka.TimeMarkers;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.FilterVerdict;
import io.spikewatch.model.HostSightings;
import io.spikewatch.model.RemoteTransferFilter;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

import java.util.EnumMap;
import java.util.Map;

/**
 * Keeps remote file transfers ({@link RemoteTransferFilter}) and counts every other event by the
 * datafeed condition it failed: dropped on purpose, but never without a trace. A host's first other
 * event of the day passes as a {@link FileEvent#sighting} ({@link HostSightings}), so the host's
 * baseline starts when the host is first seen, not at its first remote transfer.
 */
public class TransferFilterFunction extends ProcessFunction<FileEvent, FileEvent> {

    private static final long serialVersionUID = 1L;

    private transient Map<FilterVerdict, JobCounter> counters;
    private transient JobCounter sighted;
    private transient HostSightings sightings;

    @Override
    public void open(Configuration parameters) {
        counters = new EnumMap<>(FilterVerdict.class);
        for (FilterVerdict v : FilterVerdict.values()) {
            String name = v == FilterVerdict.ACCEPTED ? Counters.ACCEPTED : Counters.FILTERED_PREFIX + v.metricName();
            counters.put(v, JobCounter.register(getRuntimeContext(), name));
        }
        sighted = JobCounter.register(getRuntimeContext(), Counters.HOST_SIGHTINGS);
        sightings = new HostSightings();
    }

    @Override
    public void processElement(FileEvent e, Context ctx, Collector<FileEvent> out) {
        FilterVerdict v = RemoteTransferFilter.test(e);
        counters.get(v).inc();
        if (v == FilterVerdict.ACCEPTED) {
            out.collect(e);
        } else if (!TimeMarkers.HOST.equals(e.hostName()) && sightings.firstToday(e.hostName(), e.timestampMs())) {
            // (the time markers' host is ours, not the fleet's: no baseline for it)
            sighted.inc();
            out.collect(FileEvent.sighting(e.hostName(), e.timestampMs()));
        }
    }
}
