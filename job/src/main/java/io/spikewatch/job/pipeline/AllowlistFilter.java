package io.spikewatch.job.pipeline;

import io.spikewatch.model.FileEvent;
import io.spikewatch.model.exceptions.ExceptionItem;
import io.spikewatch.model.exceptions.ExceptionSet;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

import java.util.List;

/**
 * Drops remote transfers that an allow exception covers (a migration account, a sync tool's
 * directory, a trusted partner's network) before they are counted, so they neither alert nor
 * inflate the host's baseline. Counted per exception id ({@code exception_<id>_transfers_allowed}).
 * Runtime changes arrive on the broadcast input ({@link ExceptionControl}).
 */
public class AllowlistFilter extends BroadcastProcessFunction<FileEvent, ExceptionItem, FileEvent> {

    private static final long serialVersionUID = 1L;

    private final List<ExceptionItem> configured;
    /** Built from the configured items and the broadcast state on first use (also after a restore). */
    private transient ExceptionSet exceptions;
    private transient ExceptionCounters allowed;

    public AllowlistFilter(List<ExceptionItem> configured) {
        this.configured = List.copyOf(configured);
    }

    @Override
    public void open(Configuration parameters) {
        allowed = new ExceptionCounters(getRuntimeContext(), "transfers_allowed");
    }

    @Override
    public void processElement(FileEvent e, ReadOnlyContext ctx, Collector<FileEvent> out) throws Exception {
        if (exceptions == null) {
            exceptions = ExceptionControl.effective(configured, ctx.getBroadcastState(ExceptionControl.STATE));
        }
        ExceptionItem a = exceptions.allowing(e);
        if (a == null) {
            out.collect(e);
        } else {
            allowed.inc(a.id());
        }
    }

    @Override
    public void processBroadcastElement(ExceptionItem change, Context ctx, Collector<FileEvent> out) throws Exception {
        ExceptionControl.apply(ctx.getBroadcastState(ExceptionControl.STATE), change);
        exceptions = ExceptionControl.effective(configured, ctx.getBroadcastState(ExceptionControl.STATE));
    }
}
