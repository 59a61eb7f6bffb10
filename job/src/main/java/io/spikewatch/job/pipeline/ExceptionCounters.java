package io.spikewatch.job.pipeline;

import org.apache.flink.api.common.functions.RuntimeContext;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts per exception id, registered on first use as {@code exception_<id>_<what>} (metric and
 * accumulator; the id lower-cased with characters outside {@code [a-z0-9_-]} as {@code _}), plus a
 * total {@code <what>_by_exceptions}. Exceptions come and go at runtime, so the counters cannot
 * all be registered in {@code open}.
 */
final class ExceptionCounters {

    private final RuntimeContext ctx;
    private final String what;
    private final JobCounter total;
    private final Map<String, JobCounter> byId = new HashMap<>();

    /** @param what the thing counted, e.g. {@code transfers_allowed} or {@code alerts_held} */
    ExceptionCounters(RuntimeContext ctx, String what) {
        this.ctx = ctx;
        this.what = what;
        this.total = JobCounter.register(ctx, what + "_by_exceptions");
    }

    void inc(String id) {
        total.inc();
        byId.computeIfAbsent(id, k -> JobCounter.register(ctx, name(k))).inc();
    }

    String name(String id) {
        return "exception_" + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_") + "_" + what;
    }
}
