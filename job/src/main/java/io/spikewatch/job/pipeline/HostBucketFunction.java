package io.spikewatch.job.pipeline;

import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.BucketScore;
import io.spikewatch.model.BucketSummary;
import io.spikewatch.model.DetectorSettings;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.HostModel;
import io.spikewatch.model.HostState;
import io.spikewatch.model.exceptions.ExceptionItem;
import io.spikewatch.model.exceptions.ExceptionSet;
import io.spikewatch.model.exceptions.Glob;
import org.apache.flink.api.common.TaskInfo;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Consumer;


/**
 * Per host: counts remote transfers into event-time buckets, closes each bucket with an
 * event-time timer at its end, scores it with {@link HostModel} and emits an {@link AnomalyRecord}.
 *
 * <p>State per host: one {@link HostState} (the baseline) and the open buckets (at most a few,
 * bounded by the watermark's out-of-orderness; under {@link HostBucketOperator} kept on the heap
 * between checkpoints, see {@link OpenBuckets}). Empty buckets need no timer: the model learns them
 * as zeros when the next bucket closes, with the same result as closing each one.
 *
 * <p>Cleanup: a timer at the end of the last closed bucket plus {@code idleTtl} drops the host's
 * state when it has been silent that long; each closed bucket moves that timer.
 *
 * <p>An event whose bucket the watermark has already passed is late: counted and routed to
 * {@link #LATE}, never silently dropped.
 *
 * <p>Transfers an allow exception covers (a migration account, a sync tool's directory, a trusted
 * partner's network) are dropped before they are counted, so they neither alert nor inflate the
 * baseline (counted per id as {@code exception_<id>_transfers_allowed}). A maintenance window that suspends learning (configured, or changed at runtime on the
 * broadcast input, see {@link ExceptionControl}) makes a bucket pass without scoring or learning.
 * Staging and not-staging entries change where the model sees tools land, from the next transfer on.
 *
 * <p>A reset on the control topic ({@link ControlMessage#resetBaseline}) clears the baselines of the
 * matching hosts at once, on every subtask ({@code applyToKeyedState}); their open buckets stay and
 * are scored from the cold-start prior, as for a new host (counted as {@code baselines_reset}).
 *
 * <p>Metrics besides the counters: {@code hosts_tracked} (hosts with a baseline on this subtask,
 * checkpointed per key group, see {@link TrackedHosts}) and {@code event_time_lag_ms}.
 */
public class HostBucketFunction extends KeyedBroadcastProcessFunction<String, FileEvent, ControlMessage, AnomalyRecord>
        implements CheckpointedFunction {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HostBucketFunction.class);

    /** Side output of transfers that arrived after their bucket closed. */
    public static final OutputTag<LateEvent> LATE = new OutputTag<>("late-events", TypeInformation.of(LateEvent.class));

    /** Baseline of the host. */
    public static final ValueStateDescriptor<HostState> HOST_STATE =
            new ValueStateDescriptor<>("host-state", TypeInformation.of(HostState.class));

    /** Open buckets by bucket index. */
    public static final MapStateDescriptor<Long, BucketSummary> OPEN_BUCKETS =
            new MapStateDescriptor<>("open-buckets", Types.LONG, TypeInformation.of(BucketSummary.class));

    private final DetectorSettings settings;
    private final long idleTtlMs;
    private final ExceptionControl.View view;
    /** The set in force, from {@link #view}; read at the start of every element, timer and change. */
    private transient ExceptionSet exceptions;
    private transient ExceptionCounters skipped;
    private transient ExceptionCounters allowed;

    /** The model, with the staging locations of {@link #locationsFrom} in force. */
    private transient HostModel model;
    /** {@link #settings} with the staging entries of the exceptions in force. */
    private transient DetectorSettings effective;
    /** The exceptions {@link #model} and {@link #effective} were built from; {@code null} before the first. */
    private transient ExceptionSet locationsFrom;
    /** Set by {@link HostBucketOperator}, which flushes them: open buckets stay on the heap between checkpoints. */
    private boolean writeBack;
    private transient ValueState<HostState> hostState;
    private transient OpenBuckets openBuckets;
    private transient JobCounter lateCounter;
    /** Read by the lag gauge from the metrics thread. */
    private transient volatile long lastWatermark;
    private transient JobCounter scoredCounter;
    private transient JobCounter hostsSeen;
    private transient JobCounter expiredCounter;
    private transient JobCounter resetCounter;
    private transient TrackedHosts tracked;
    private transient ListState<HostCount> trackedState;

    public HostBucketFunction(DetectorSettings settings, long idleTtlMs) {
        this(settings, idleTtlMs, List.of());
    }

    /**
     * @param exceptions maintenance windows with {@code skip-learning} suspend scoring and learning
     *     of the buckets they cover (counted per id as {@code exception_<id>_buckets_skipped})
     */
    public HostBucketFunction(DetectorSettings settings, long idleTtlMs, List<ExceptionItem> exceptions) {
        this.view = new ExceptionControl.View(exceptions);
        this.settings = settings;
        this.idleTtlMs = idleTtlMs;
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        TaskInfo task = getRuntimeContext().getTaskInfo();
        tracked = new TrackedHosts(task.getMaxNumberOfParallelSubtasks(), task.getNumberOfParallelSubtasks(),
                task.getIndexOfThisSubtask());
        trackedState = context.getOperatorStateStore().getUnionListState(TrackedHosts.STATE);
        tracked.restore(trackedState.get(), context.isRestored());
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        trackedState.update(tracked.snapshot());
    }

    @Override
    public void open(Configuration parameters) {
        model = new HostModel(settings);
        effective = settings;
        skipped = new ExceptionCounters(getRuntimeContext(), "buckets_skipped");
        allowed = new ExceptionCounters(getRuntimeContext(), "transfers_allowed");
        hostState = getRuntimeContext().getState(HOST_STATE);
        MapState<Long, BucketSummary> open = getRuntimeContext().getMapState(OPEN_BUCKETS);
        openBuckets = writeBack ? OpenBuckets.writeBack(open) : OpenBuckets.writeThrough(open);
        lateCounter = JobCounter.register(getRuntimeContext(), Counters.LATE);
        lastWatermark = Long.MIN_VALUE;
        getRuntimeContext().getMetricGroup().gauge(Counters.EVENT_TIME_LAG, (Gauge<Long>) this::eventTimeLagMs);
        getRuntimeContext().getMetricGroup().gauge(Counters.HOSTS_TRACKED, (Gauge<Long>) this::hostsTracked);
        getRuntimeContext().getMetricGroup().gauge(Counters.OPEN_BUCKETS_ON_HEAP, (Gauge<Integer>) this::openBucketsOnHeap);
        scoredCounter = JobCounter.register(getRuntimeContext(), Counters.BUCKETS_SCORED);
        hostsSeen = JobCounter.register(getRuntimeContext(), Counters.HOSTS_SEEN);
        expiredCounter = JobCounter.register(getRuntimeContext(), Counters.HOSTS_EXPIRED);
        resetCounter = JobCounter.register(getRuntimeContext(), Counters.BASELINES_RESET);
    }

    @Override
    public void processElement(FileEvent e, ReadOnlyContext ctx, Collector<AnomalyRecord> out) throws Exception {
        if (e.isSighting()) {
            sighted(e, ctx);
            return;
        }
        if (exceptions == null) { // per event: skip the state lookup once the set is known
            use(view.get(ctx.getBroadcastState(ExceptionControl.STATE)));
        }
        ExceptionItem allow = exceptions.allowing(e);
        if (allow != null) {
            allowed.inc(allow.id());
            return;
        }
        long bucket = model.bucketOf(e.timestampMs());
        long closeAt = bucketEnd(bucket) - 1;
        lastWatermark = ctx.timerService().currentWatermark();
        if (closeAt <= lastWatermark) {
            late(e, ctx);
            return;
        }
        String host = ctx.getCurrentKey();
        BucketSummary summary = openBuckets.get(host, bucket);
        if (summary == null) {
            // The bucket's first event: late too if the host has closed this bucket or a later one
            // (after a restore the watermark starts over). Later events of an open bucket need not
            // read the baseline.
            HostState st = hostState.value();
            if (st != null && bucket <= st.lastBucket) {
                late(e, ctx);
                return;
            }
            summary = BucketSummary.empty(bucket * settings.bucketSpanMs());
            ctx.timerService().registerEventTimeTimer(closeAt);
        }
        summary.add(e, effective.locations());
        openBuckets.put(host, bucket, summary);
    }

    /**
     * A sighting ({@link io.spikewatch.model.HostSightings}): opens an empty bucket when the model
     * wants one ({@link HostModel#wantsSighting}: no baseline yet, or none closed for a day) and the
     * host has no bucket open; a late sighting is dropped (it carries no data).
     */
    private void sighted(FileEvent e, ReadOnlyContext ctx) throws Exception {
        long bucket = model.bucketOf(e.timestampMs());
        long closeAt = bucketEnd(bucket) - 1;
        String host = ctx.getCurrentKey();
        if (closeAt <= ctx.timerService().currentWatermark() || !openBuckets.isEmpty(host)
                || !model.wantsSighting(hostState.value(), bucket)) {
            return;
        }
        openBuckets.put(host, bucket, BucketSummary.empty(bucket * settings.bucketSpanMs()));
        ctx.timerService().registerEventTimeTimer(closeAt);
    }

    private void late(FileEvent e, ReadOnlyContext ctx) {
        lateCounter.inc();
        ctx.output(LATE, new LateEvent(e, ctx.timerService().currentWatermark()));
    }

    @Override
    public void processBroadcastElement(ControlMessage m, Context ctx, Collector<AnomalyRecord> out)
            throws Exception {
        if (!m.isReset()) {
            use(view.change(ctx.getBroadcastState(ExceptionControl.STATE), m.exception()));
            return;
        }
        long[] cleared = {0};
        ctx.applyToKeyedState(HOST_STATE, (host, state) -> {
            if (Glob.matches(m.resetHost(), host) && state.value() != null) {
                state.clear();
                tracked.removed(host);
                cleared[0]++;
            }
        });
        resetCounter.inc(cleared[0]);
        LOG.info("baseline reset of hosts '{}': {} cleared on subtask {} ({}, by {})", m.resetHost(), cleared[0],
                getRuntimeContext().getTaskInfo().getIndexOfThisSubtask(), m.reason(), m.author());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AnomalyRecord> out) throws Exception {
        use(view.get(ctx.getBroadcastState(ExceptionControl.STATE)));
        lastWatermark = ctx.timerService().currentWatermark();
        long bucket = model.bucketOf(timestamp);
        String host = ctx.getCurrentKey();
        BucketSummary summary = openBuckets.get(host, bucket);
        HostState st = hostState.value();
        if (summary != null) {
            boolean first = st == null;
            if (first) {
                st = new HostState();
                summary.firstOfHost = true;
            }
            long previousCleanup = st.isNew() ? Long.MIN_VALUE : cleanupTime(st.lastBucket);
            ExceptionItem window = exceptions.maintenance(host, bucket * settings.bucketSpanMs(),
                    bucketEnd(bucket), true);
            if (window != null) {
                skipped.inc(window.id());
                model.skip(st, bucket);
                openBuckets.remove(host, bucket);
                if (!st.isNew()) {
                    store(host, st, first);
                }
                return;
            }
            BucketScore score = model.close(st, bucket, summary);
            summary.scoredAs(score);
            openBuckets.remove(host, bucket);
            store(host, st, first);
            scoredCounter.inc();
            if (previousCleanup != Long.MIN_VALUE) {
                ctx.timerService().deleteEventTimeTimer(previousCleanup);
            }
            ctx.timerService().registerEventTimeTimer(cleanupTime(bucket));
            out.collect(toRecord(host, score, summary));
        } else if (st != null && timestamp >= cleanupTime(st.lastBucket) && openBuckets.isEmpty(host)) {
            hostState.clear();
            tracked.removed(host);
            expiredCounter.inc();
        }
    }

    /**
     * Takes {@code set} as the exceptions in force; when its staging entries differ from those the
     * model was built with, the model is rebuilt with the new staging locations.
     */
    private void use(ExceptionSet set) {
        exceptions = set;
        if (set != locationsFrom && (locationsFrom == null || !locationsFrom.sameLocationsAs(set))) {
            effective = settings.withLocations(set.locationsOver(settings.locations()));
            model = new HostModel(effective);
        }
        locationsFrom = set;
    }

    /** Writes the baseline; a host's first one is counted as seen and tracked. */
    private void store(String host, HostState st, boolean first) throws Exception {
        hostState.update(st);
        if (first) {
            hostsSeen.inc();
            tracked.added(host);
        }
    }

    /** Keeps the open buckets on the heap until {@link #flushOpenBuckets}; before {@code open}. */
    void keepOpenBucketsOnHeap() {
        writeBack = true;
    }

    /** Open buckets on the heap, not yet in keyed state (0 when written through). */
    int openBucketsOnHeap() {
        return openBuckets == null ? 0 : openBuckets.onHeap();
    }

    /**
     * Writes the open buckets held on the heap to keyed state.
     *
     * @param selectKey makes a host the keyed state's current key (the operator's {@code setCurrentKey})
     */
    void flushOpenBuckets(Consumer<String> selectKey) throws Exception {
        openBuckets.flush(selectKey);
    }

    /** Hosts with a baseline on this subtask; -1 after a restore from state without the count. */
    long hostsTracked() {
        return tracked.value();
    }

    /**
     * Wall clock minus this subtask's event time (its last seen watermark), for live input: how far
     * detection runs behind; -1 before the first watermark. Replays of old data show their age.
     */
    private long eventTimeLagMs() {
        long wm = lastWatermark;
        return wm == Long.MIN_VALUE ? -1 : System.currentTimeMillis() - wm;
    }

    private long bucketEnd(long bucket) {
        return (bucket + 1) * settings.bucketSpanMs();
    }

    private long cleanupTime(long lastBucket) {
        return bucketEnd(lastBucket) + idleTtlMs - 1;
    }

    private AnomalyRecord toRecord(String host, BucketScore s, BucketSummary summary) {
        return new AnomalyRecord(host, s.bucketIndex() * settings.bucketSpanMs(), settings.bucketSpanMs(), s.actual(),
                s.typical(), s.upper(), s.probability(), s.recordScore(), s.multiBucketImpact(), s.sustainedBuckets(),
                s.sustainedActual(), s.sustainedTypical(), s.learning(), summary);
    }
}
