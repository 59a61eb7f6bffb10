package io.spikewatch.job.pipeline;

import io.spikewatch.model.FileEvent;
import io.spikewatch.model.exceptions.ExceptionItem;
import io.spikewatch.model.exceptions.ExceptionSet;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

import java.util.List;

/**
 * Drops remote transfers that an allow exception covers (a migration account, a sync tool's
 * directory, a trusted partner's network) before they are counted, so they neither alert nor
 * inflate the host's baseline. Counted per exception id ({@code exception_<id>_transfers_allowed}).
 */
public class AllowlistFilter extends ProcessFunction<FileEvent, FileEvent> {

    private static final long serialVersionUID = 1L;

    private final List<ExceptionItem> configured;
    private transient ExceptionSet exceptions;
    private transient ExceptionCounters allowed;

    public AllowlistFilter(List<ExceptionItem> configured) {
        this.configured = List.copyOf(configured);
    }

    @Override
    public void open(Configuration parameters) {
        exceptions = new ExceptionSet(configured);
        allowed = new ExceptionCounters(getRuntimeContext(), "transfers_allowed");
    }

    @Override
    public void processElement(FileEvent e, Context ctx, Collector<FileEvent> out) {
        ExceptionItem a = exceptions.allowing(e);
        if (a == null) {
            out.collect(e);
        } else {
            allowed.inc(a.id());
        }
    }
}
