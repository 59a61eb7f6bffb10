package io.spikewatch.job.pipeline;

import io.spikewatch.connectors.ecs.DeadLetter;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.model.AlertGate;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.FleetEvent;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

import java.time.Clock;
import java.time.Duration;

/**
 * The detector, top to bottom as in the README:
 * lines -> parse -> filter -> watermarks -> keyBy(host) -> score -> alert policy -> sinks.
 * Sources and sinks are the caller's, so replay, demo and production share this one method.
 */
public final class Pipeline {

    private Pipeline() {}

    /** Where the pipeline's outputs go. */
    public interface Sinks {
        void alerts(DataStream<AnomalyRecord> alerts);

        void deadLetters(DataStream<DeadLetter> deadLetters);

        void lateEvents(DataStream<LateEvent> late);

        void fleetEvents(DataStream<FleetEvent> fleet);

        void progress(DataStream<ParseFunction.Progress> progress);
    }

    public static void build(DataStream<String> lines, JobConfig cfg, Clock clock, Sinks sinks) {
        long outOfOrderness = cfg.maxOutOfOrdernessMs();
        SingleOutputStreamOperator<FileEvent> events = lines
                .process(new ParseFunction(cfg.profile(), cfg.maxFutureMs(), clock)).uid("parse-ecs")
                .name("Parse " + cfg.profile().configName());

        SingleOutputStreamOperator<FileEvent> transfers = events
                .process(new TransferFilterFunction()).uid("remote-transfer-filter").name("Remote transfer filter")
                .assignTimestampsAndWatermarks(WatermarkStrategy
                        .<FileEvent>forGenerator(ctx -> new EventDrivenWatermarks(outOfOrderness))
                        .withIdleness(Duration.ofMillis(cfg.idlenessMs()))
                        .withTimestampAssigner((e, previous) -> e.timestampMs()))
                .uid("event-time").name("Event-time watermarks");

        SingleOutputStreamOperator<AnomalyRecord> scored = transfers
                .keyBy(FileEvent::hostName)
                .process(new HostBucketFunction(cfg.detector(), cfg.hostIdleTtlMs()))
                .uid("host-buckets").name("Score host buckets");

        SingleOutputStreamOperator<AnomalyRecord> alerts = scored
                .filter(new GateInputFilter(new AlertGate(cfg.policy(), cfg.detector().bucketSpanMs())
                        .minInterestingScore()))
                .uid("alert-candidates").name("Alert candidates")
                .keyBy(r -> AlertPolicyFunction.FLEET_KEY)
                .process(new AlertPolicyFunction(cfg.policy(), cfg.detector().bucketSpanMs()))
                .uid("alert-policy").name("Alert policy").setParallelism(1);

        sinks.alerts(alerts);
        sinks.deadLetters(events.getSideOutput(ParseFunction.DEAD_LETTERS));
        sinks.progress(events.getSideOutput(ParseFunction.PROGRESS));
        sinks.lateEvents(scored.getSideOutput(HostBucketFunction.LATE));
        sinks.fleetEvents(alerts.getSideOutput(AlertPolicyFunction.FLEET));
    }
}
