package io.spikewatch.job.pipeline;

import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.source.RecordDecoder;
import io.spikewatch.job.source.SourceRecord;
import io.spikewatch.model.AlertGate;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.FleetEvent;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

import java.time.Clock;
import java.time.Duration;

/**
 * The detector, top to bottom as in the README:
 * source (decode, watermarks) -> route -> filter -> keyBy(host) -> score -> alert policy -> sinks.
 * Sources and sinks are the caller's, so replay, demo and production share this one method.
 */
public final class Pipeline {

    private Pipeline() {}

    /** Where the pipeline's outputs go. */
    public interface Sinks {
        /**
         * @param alerts the alerts, and updates of open incidents
         * @param held records the gate held back as deployments or by the learning period
         *     ({@code AlertPolicyFunction.HELD}): building blocks for audit, never alerts
         */
        void alerts(DataStream<AnomalyRecord> alerts, DataStream<AnomalyRecord> held);

        void deadLetters(DataStream<DeadLetterRecord> deadLetters);

        void lateEvents(DataStream<LateEvent> late);

        void fleetEvents(DataStream<FleetEvent> fleet);

        void progress(DataStream<RecordRouter.Progress> progress);

        /**
         * Every scored bucket of every host, alerting or not (e.g. for a replay's report charts).
         * Most sinks ignore it; attaching a sink here costs a full copy of the scored stream.
         */
        default void scored(DataStream<AnomalyRecord> scored) {}
    }

    /**
     * How every source decodes its records: the configured profile, with future events refused
     * before they reach the watermark.
     */
    public static RecordDecoder decoder(JobConfig cfg, Clock clock) {
        return new RecordDecoder(cfg.profile(), cfg.maxFutureMs(), clock);
    }

    /**
     * The watermarks every source uses, per file split or Kafka partition: event time of the
     * decoded events, bounded out-of-orderness, idle splits stop holding the watermark back.
     */
    public static WatermarkStrategy<SourceRecord> watermarks(JobConfig cfg) {
        long outOfOrderness = cfg.maxOutOfOrdernessMs();
        return WatermarkStrategy
                .<SourceRecord>forGenerator(ctx -> new EventDrivenWatermarks(outOfOrderness))
                .withIdleness(Duration.ofMillis(cfg.idlenessMs()))
                .withTimestampAssigner((r, previous) -> r.timestampOr(previous));
    }

    /** {@link #build(DataStream, DataStream, JobConfig, Sinks)} without runtime exception changes. */
    public static void build(DataStream<SourceRecord> records, JobConfig cfg, Sinks sinks) {
        DataStream<ControlMessage> none = records
                .transform("No exception changes", TypeInformation.of(ControlMessage.class), new NoControlMessages())
                .uid("no-exception-changes");
        build(records, none, cfg, sinks);
    }

    /**
     * @param records decoded records from a source built with {@link #decoder} and {@link #watermarks}
     * @param control runtime changes of the exceptions and baseline resets (e.g. from the control
     *     topic); must be idle
     *     or follow the records' watermarks, never end event time (see {@code ControlInput})
     */
    public static void build(DataStream<SourceRecord> records, DataStream<ControlMessage> control, JobConfig cfg,
                             Sinks sinks) {
        BroadcastStream<ControlMessage> exceptions = control.broadcast(ExceptionControl.STATE);
        SingleOutputStreamOperator<FileEvent> events = records
                .process(new RecordRouter()).uid("route-records").name("Count and route " + cfg.profile().configName());

        SingleOutputStreamOperator<FileEvent> transfers = events
                .process(new TransferFilterFunction()).uid("remote-transfer-filter").name("Remote transfer filter");

        SingleOutputStreamOperator<AnomalyRecord> scored = transfers
                .keyBy(FileEvent::hostName)
                .connect(control.broadcast())
                .transform("Score host buckets", TypeInformation.of(AnomalyRecord.class), new HostBucketOperator(
                        new HostBucketFunction(cfg.detector(), cfg.hostIdleTtlMs(), cfg.exceptions()),
                        cfg.openBucketsOnHeap()))
                .uid("host-buckets").name("Score host buckets");

        SingleOutputStreamOperator<AnomalyRecord> alerts = scored
                .filter(new GateInputFilter(new AlertGate(cfg.policy(), cfg.detector().bucketSpanMs())
                        .minInterestingScore()))
                .uid("alert-candidates").name("Alert candidates")
                .keyBy(r -> AlertPolicyFunction.FLEET_KEY)
                .connect(exceptions)
                .process(new AlertPolicyFunction(cfg.policy(), cfg.detector().bucketSpanMs(), cfg.exceptions()))
                .uid("alert-policy").name("Alert policy").setParallelism(1);

        sinks.alerts(alerts, alerts.getSideOutput(AlertPolicyFunction.HELD));
        sinks.scored(scored);
        sinks.deadLetters(events.getSideOutput(RecordRouter.DEAD_LETTERS));
        sinks.progress(events.getSideOutput(RecordRouter.PROGRESS));
        sinks.lateEvents(scored.getSideOutput(HostBucketFunction.LATE));
        sinks.fleetEvents(alerts.getSideOutput(AlertPolicyFunction.FLEET));
    }
}
