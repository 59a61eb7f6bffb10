package io.spikewatch.job.pipeline;

import io.spikewatch.model.AlertGate;
import io.spikewatch.model.AlertPolicy;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.FleetEvent;
import io.spikewatch.model.FleetMark;
import io.spikewatch.model.HoldReason;
import io.spikewatch.model.Incident;
import io.spikewatch.model.exceptions.ExceptionItem;
import io.spikewatch.model.exceptions.ExceptionSet;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fleet-wide alert policy, a thin adapter over {@link AlertGate}: buffers the scored records of
 * each bucket (only those the gate can act on) until the watermark passes the bucket, then emits
 * that bucket's alerts. Runs on one key ({@link #FLEET_KEY}), so it sees every host.
 *
 * <p>Records of a bucket all carry the timestamp {@code bucketEnd - 1}; the upstream host
 * operator emits them before forwarding the watermark that closed the bucket, so a timer at that
 * same timestamp fires after the last of them arrived.
 */
public class AlertPolicyFunction extends KeyedBroadcastProcessFunction<Integer, AnomalyRecord, ControlMessage, AnomalyRecord> {

    private static final long serialVersionUID = 1L;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AlertPolicyFunction.class);

    /** The single key all records are routed to. */
    public static final int FLEET_KEY = 0;

    /** Side output: fleet-wide rises whose per-host alerts were held back. */
    public static final OutputTag<FleetEvent> FLEET =
            new OutputTag<>("fleet-events", TypeInformation.of(FleetEvent.class));

    /**
     * Side output: records at or above the threshold held back as deployments or by the learning
     * period ({@link AlertGate.Decision#held()}), each saying why; building blocks for audit.
     */
    public static final OutputTag<AnomalyRecord> HELD =
            new OutputTag<>("held-records", TypeInformation.of(AnomalyRecord.class));

    public static final ListStateDescriptor<AnomalyRecord> PENDING =
            new ListStateDescriptor<>("pending-records", TypeInformation.of(AnomalyRecord.class));
    public static final ListStateDescriptor<FleetMark> MARKS =
            new ListStateDescriptor<>("fleet-marks", TypeInformation.of(FleetMark.class));
    /** Open incidents by host and driver (see {@link Incident}). */
    public static final MapStateDescriptor<String, Incident> INCIDENTS =
            new MapStateDescriptor<>("open-incidents", Types.STRING, TypeInformation.of(Incident.class));
    /** The first bucket this job ever decided: the start of the deployment's learning period. */
    public static final ValueStateDescriptor<Long> FIRST_BUCKET = new ValueStateDescriptor<>("first-bucket", Types.LONG);

    private final AlertPolicy policy;
    private final long bucketSpanMs;
    private final ExceptionControl.View view;
    /** The set in force, from {@link #view}; read at the start of every element, timer and change. */
    private transient ExceptionSet exceptions;
    private transient ExceptionCounters held;
    private transient JobCounter changes;

    private transient AlertGate gate;
    private transient ListState<AnomalyRecord> pending;
    private transient ListState<FleetMark> marks;
    private transient ValueState<Long> firstBucket;
    private transient MapState<String, Incident> incidents;
    private transient JobCounter heldByLearning;
    private transient JobCounter alerts;
    private transient JobCounter heldByCap;
    private transient JobCounter heldByFleet;
    private transient JobCounter fleetEvents;
    private transient JobCounter heldByDeployer;
    /** Per deployment rule, the parts of {@link #heldByDeployer}. */
    private transient java.util.EnumMap<HoldReason, JobCounter> heldByRule;
    private transient JobCounter suppressed;

    public AlertPolicyFunction(AlertPolicy policy, long bucketSpanMs) {
        this(policy, bucketSpanMs, List.of());
    }

    /**
     * @param exceptions threshold overrides per host, and maintenance windows (either mode) that
     *     hold back the alerts of the hosts they cover (counted per id as
     *     {@code exception_<id>_alerts_held})
     */
    public AlertPolicyFunction(AlertPolicy policy, long bucketSpanMs, List<ExceptionItem> exceptions) {
        this.view = new ExceptionControl.View(exceptions);
        this.policy = policy;
        this.bucketSpanMs = bucketSpanMs;
    }

    @Override
    public void open(Configuration parameters) {
        gate = new AlertGate(policy, bucketSpanMs);
        held = new ExceptionCounters(getRuntimeContext(), "alerts_held");
        changes = JobCounter.register(getRuntimeContext(), Counters.EXCEPTION_CHANGES);
        pending = getRuntimeContext().getListState(PENDING);
        marks = getRuntimeContext().getListState(MARKS);
        firstBucket = getRuntimeContext().getState(FIRST_BUCKET);
        incidents = getRuntimeContext().getMapState(INCIDENTS);
        heldByLearning = JobCounter.register(getRuntimeContext(), Counters.HELD_BACK_LEARNING);
        alerts = JobCounter.register(getRuntimeContext(), Counters.ALERTS);
        heldByCap = JobCounter.register(getRuntimeContext(), Counters.HELD_BACK_CAP);
        heldByFleet = JobCounter.register(getRuntimeContext(), Counters.HELD_BACK_FLEET);
        fleetEvents = JobCounter.register(getRuntimeContext(), Counters.FLEET_EVENTS);
        heldByDeployer = JobCounter.register(getRuntimeContext(), Counters.HELD_BACK_DEPLOYER);
        heldByRule = new java.util.EnumMap<>(HoldReason.class);
        for (HoldReason r : HoldReason.values()) {
            if (r != HoldReason.LEARNING_PERIOD) {
                heldByRule.put(r, JobCounter.register(getRuntimeContext(), Counters.heldBack(r)));
            }
        }
        suppressed = JobCounter.register(getRuntimeContext(), Counters.SUPPRESSED);
    }

    /** Whether a maintenance window holds back alerts of the record's host and bucket (counted per id). */
    private boolean heldByMaintenance(AnomalyRecord a) {
        ExceptionItem window = exceptions.maintenance(a.hostName(), a.bucketStartMs(), a.bucketStartMs() + bucketSpanMs,
                false);
        if (window != null) {
            held.inc(window.id());
        }
        return window != null;
    }

    /**
     * Updates the incident {@code c} continues (same host and driver, or any incident of the host
     * for sustained evidence) and re-emits its alert with the suppression fields.
     */
    private void continueIncident(AnomalyRecord c, Collector<AnomalyRecord> out) throws Exception {
        String key = Incident.key(c.hostName(), AlertGate.driverOf(c));
        Incident open = incidents.get(key);
        if (open == null && c.sustainedBuckets() > 0) {
            for (Map.Entry<String, Incident> e : incidents.entries()) {
                if (Incident.ofHost(e.getKey(), c.hostName())) {
                    key = e.getKey();
                    open = e.getValue();
                    break;
                }
            }
        }
        if (open == null) {
            return; // the opening alert predates this state (e.g. an upgrade): nothing to update
        }
        Incident continued = open.continuedBy(c);
        incidents.put(key, continued);
        out.collect(continued.asUpdate());
    }

    private void closeIncidents(long bucketStart) throws Exception {
        List<String> closed = new ArrayList<>();
        for (Map.Entry<String, Incident> e : incidents.entries()) {
            if (e.getValue().closedAt(bucketStart, policy, bucketSpanMs)) {
                closed.add(e.getKey());
            }
        }
        for (String k : closed) {
            incidents.remove(k);
        }
    }

    /** The host's threshold override in force, or the policy's threshold. */
    private double thresholdOf(AnomalyRecord r) {
        ExceptionItem t = exceptions.threshold(r.hostName(), r.bucketStartMs());
        return t == null ? policy.threshold() : t.threshold();
    }

    @Override
    public void processElement(AnomalyRecord r, ReadOnlyContext ctx, Collector<AnomalyRecord> out) throws Exception {
        Long first = firstBucket.value();
        if (first == null || r.bucketStartMs() < first) {
            firstBucket.update(r.bucketStartMs());
        }
        if (!gate.isInteresting(r)) {
            return;
        }
        pending.add(r);
        ctx.timerService().registerEventTimeTimer(r.bucketStartMs() + bucketSpanMs - 1);
    }

    /** A runtime change of the exceptions: applied, echoed to the log, counted. Resets are the host operator's. */
    @Override
    public void processBroadcastElement(ControlMessage m, Context ctx, Collector<AnomalyRecord> out)
            throws Exception {
        if (m.isReset()) {
            return;
        }
        ExceptionItem change = m.exception();
        exceptions = view.change(ctx.getBroadcastState(ExceptionControl.STATE), change);
        changes.inc();
        LOG.info("{}; in force: {}", ExceptionControl.describe(change), exceptions.ids());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<AnomalyRecord> out) throws Exception {
        exceptions = view.get(ctx.getBroadcastState(ExceptionControl.STATE));
        long bucketStart = timestamp + 1 - bucketSpanMs;
        List<AnomalyRecord> now = new ArrayList<>();
        List<AnomalyRecord> later = new ArrayList<>();
        for (AnomalyRecord r : pending.get()) {
            (r.bucketStartMs() <= bucketStart ? now : later).add(r);
        }
        List<FleetMark> previous = new ArrayList<>();
        marks.get().forEach(previous::add);
        AlertGate.Decision d = gate.decide(bucketStart, now, previous, firstBucket.value(), this::thresholdOf);
        // Deferred records are decided with the next bucket (their timestamps are older, so they
        // are "now" then).
        later.addAll(d.deferred());
        if (!d.deferred().isEmpty()) {
            ctx.timerService().registerEventTimeTimer(timestamp + bucketSpanMs);
        }
        pending.update(later);
        marks.update(d.marks());
        int emitted = 0;
        for (AnomalyRecord a : d.alerts()) {
            if (!heldByMaintenance(a)) {
                out.collect(a);
                incidents.put(Incident.key(a.hostName(), AlertGate.driverOf(a)), Incident.open(a));
                emitted++;
            }
        }
        for (AnomalyRecord c : d.continuations()) {
            if (!heldByMaintenance(c)) {
                continueIncident(c, out);
            }
        }
        closeIncidents(bucketStart);
        d.fleetEvents().forEach(e -> ctx.output(FLEET, e));
        d.held().forEach(h -> ctx.output(HELD, h));
        alerts.inc(emitted);
        heldByCap.inc(d.heldByCap());
        heldByFleet.inc(d.heldByFleet());
        fleetEvents.inc(d.fleetEvents().size());
        heldByDeployer.inc(d.heldByDeployer());
        heldByRule.forEach((r, c) -> c.inc(d.heldByReason().getOrDefault(r, 0)));
        suppressed.inc(d.suppressed());
        heldByLearning.inc(d.heldByLearning());
    }
}
