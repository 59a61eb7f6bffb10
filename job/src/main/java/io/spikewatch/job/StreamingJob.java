package io.spikewatch.job;

import io.spikewatch.connectors.ecs.DeadLetter;
import io.spikewatch.connectors.ecs.DeadLetterReason;
import io.spikewatch.connectors.elasticsearch.ElasticsearchSettings;
import io.spikewatch.connectors.elasticsearch.ElasticsearchSink;
import io.spikewatch.connectors.elasticsearch.IndexTemplateInstaller;
import io.spikewatch.job.config.ElasticsearchConfig;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.config.KafkaConfig;
import io.spikewatch.job.kafka.AlertSerializer;
import io.spikewatch.job.kafka.ControlInput;
import io.spikewatch.job.kafka.DeadLetterSerializer;
import io.spikewatch.job.kafka.KafkaInput;
import io.spikewatch.job.kafka.KafkaOutputs;
import io.spikewatch.job.pipeline.ControlMessage;
import io.spikewatch.job.pipeline.DeadLetterRecord;
import io.spikewatch.job.pipeline.LateEvent;
import io.spikewatch.job.pipeline.Pipeline;
import io.spikewatch.job.pipeline.RecordRouter;
import io.spikewatch.job.sink.AlertDocuments;
import io.spikewatch.job.sink.LogSink;
import io.spikewatch.job.source.SourceRecord;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.FleetEvent;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.time.Clock;
import java.time.Instant;

/**
 * The production job: Kafka in, Elasticsearch (and optionally Kafka) out, dead letters and late
 * events to the dead-letter topic. Used by {@code run} on the embedded mini-cluster and by
 * {@link ClusterMain} on a Flink cluster.
 */
public final class StreamingJob {

    private StreamingJob() {}

    /**
     * Checks what can be checked before the job starts: at least one alert output, and
     * Elasticsearch reachable with the index template in place (installed when absent or of an
     * older version, and its fields put on the live alerts index, when
     * {@code elasticsearch.install-template} is on). Throws with a message a user can act on.
     *
     * @return one line saying what was done, for the log
     */
    public static String prepare(JobConfig cfg) {
        ElasticsearchConfig es = cfg.elasticsearch();
        if (!es.enabled() && cfg.kafka().alertsTopic().isBlank()) {
            throw new IllegalArgumentException("no alert output: enable elasticsearch or set kafka.alerts-topic");
        }
        if (!es.enabled()) {
            return "elasticsearch: disabled; alerts go to Kafka topic " + cfg.kafka().alertsTopic();
        }
        if (!es.installTemplate()) {
            return "elasticsearch: template installation disabled; alerts go to " + es.index();
        }
        String template = IndexTemplateInstaller.bundledAlertsTemplate();
        ElasticsearchSettings settings = settings(es);
        IndexTemplateInstaller.Result r = IndexTemplateInstaller.ensure(settings,
                IndexTemplateInstaller.ALERTS_TEMPLATE_NAME, template, false);
        // An index created under an older template gets the fields added since (after an upgrade).
        IndexTemplateInstaller.MappingUpdate m = IndexTemplateInstaller.addMissingFields(settings, es.index(), template);
        return "elasticsearch: template " + IndexTemplateInstaller.ALERTS_TEMPLATE_NAME + " " + r
                + " on " + es.hosts() + "; alerts go to " + es.index() + switch (m) {
                    case UPDATED -> " (its mappings are up to date)";
                    case NO_INDEX -> " (created by the first alert)";
                    case NOT_ALLOWED -> " (WARNING: these credentials may not update its mappings, so fields added by"
                            + " this version stay unsearchable in it: grant 'manage' on it, or roll it over)";
                };
    }

    /** Adds the whole job to {@code env}. */
    public static void build(StreamExecutionEnvironment env, JobConfig cfg, Clock clock) {
        KafkaConfig kafka = cfg.kafka();
        DataStream<SourceRecord> records = env
                .fromSource(KafkaInput.source(kafka, Pipeline.decoder(cfg, clock)), Pipeline.watermarks(cfg),
                        "Kafka " + kafka.describeInput())
                .uid("kafka-source");
        if (kafka.controlTopic().isBlank()) {
            Pipeline.build(records, cfg, new Outputs(cfg));
            return;
        }
        DataStream<ControlMessage> control = env
                .fromSource(ControlInput.source(kafka), ControlInput.noEventTime(), "Kafka " + kafka.controlTopic())
                .uid("control-source").setParallelism(1)
                .process(new ControlInput.Parse()).uid("control-parse").name("Parse control messages")
                .setParallelism(1);
        Pipeline.build(records, control, cfg, new Outputs(cfg));
    }

    /** The client settings of the Elasticsearch sink and the template installer. */
    static ElasticsearchSettings settings(ElasticsearchConfig es) {
        ElasticsearchSettings s = ElasticsearchSettings.defaults(es.hosts(), es.index())
                .withBatching(es.bulkMaxActions(), ElasticsearchSettings.DEFAULT_MAX_IN_FLIGHT_REQUESTS,
                        ElasticsearchSettings.DEFAULT_MAX_BUFFERED_REQUESTS, es.bulkMaxBytes(), es.flushIntervalMs())
                .withRetries(es.maxRetries(), es.initialBackoffMs(), es.maxBackoffMs())
                .withRequestTimeoutMs(es.requestTimeoutMs());
        if (!es.username().isEmpty()) {
            s = s.withBasicAuth(es.username(), es.password());
        }
        if (!es.apiKey().isEmpty()) {
            s = s.withApiKey(es.apiKey());
        }
        if (!es.caCertificate().isEmpty()) {
            s = s.withCaCertificatePath(es.caCertificate());
        }
        return s;
    }

    /** Where the pipeline's outputs go in production. */
    private static final class Outputs implements Pipeline.Sinks {
        private final JobConfig cfg;
        private final AlertDocuments documents;

        Outputs(JobConfig cfg) {
            this.cfg = cfg;
            this.documents = new AlertDocuments((int) Math.round(cfg.policy().threshold()));
        }

        /** Alerts to the index and the alerts topic; held records to the index as building blocks, and their own topic. */
        @Override
        public void alerts(DataStream<AnomalyRecord> alerts, DataStream<AnomalyRecord> held) {
            ElasticsearchConfig es = cfg.elasticsearch();
            if (es.enabled()) {
                (es.heldAlerts() ? alerts.union(held) : alerts)
                        .sinkTo(ElasticsearchSink.create(settings(es), documents))
                        .uid("elasticsearch-alerts").name("Elasticsearch " + es.index()).setParallelism(1);
            }
            String topic = cfg.kafka().alertsTopic();
            if (!topic.isBlank()) {
                alerts.sinkTo(KafkaOutputs.sink(cfg.kafka(), new AlertSerializer(topic, documents)))
                        .uid("kafka-alerts").name("Kafka " + topic).setParallelism(1);
            }
            String heldTopic = cfg.kafka().heldTopic();
            if (!heldTopic.isBlank()) {
                held.sinkTo(KafkaOutputs.sink(cfg.kafka(), new AlertSerializer(heldTopic, documents)))
                        .uid("kafka-held").name("Kafka " + heldTopic + " (held back)").setParallelism(1);
            }
        }

        @Override
        public void deadLetters(DataStream<DeadLetterRecord> deadLetters) {
            String topic = cfg.kafka().deadLetterTopic();
            if (!topic.isBlank()) {
                deadLetters.sinkTo(KafkaOutputs.sink(cfg.kafka(), new DeadLetterSerializer(topic)))
                        .uid("kafka-dead-letters").name("Kafka " + topic);
            }
        }

        @Override
        public void lateEvents(DataStream<LateEvent> late) {
            String topic = cfg.kafka().deadLetterTopic();
            if (!topic.isBlank()) {
                late.map(StreamingJob::asDeadLetter).returns(TypeInformation.of(DeadLetterRecord.class))
                        .uid("late-as-dead-letters").name("Late events as dead letters")
                        .sinkTo(KafkaOutputs.sink(cfg.kafka(), new DeadLetterSerializer(topic)))
                        .uid("kafka-late-events").name("Kafka " + topic + " (late)");
            }
        }

        @Override
        public void fleetEvents(DataStream<FleetEvent> fleet) {
            fleet.sinkTo(new LogSink<>("fleet rise", SideDocuments::fleetEvent))
                    .uid("log-fleet-events").name("Log fleet rises").setParallelism(1);
        }

        @Override
        public void progress(DataStream<RecordRouter.Progress> progress) {
            progress.sinkTo(new LogSink<>("progress", p -> "subtask " + p.subtask() + " read " + p.lines()
                            + " records, event time " + Instant.ofEpochMilli(p.eventTimeMs())))
                    .uid("log-progress").name("Log progress");
        }
    }

    /** A late event on the dead-letter path: the event's fields as JSON, reason {@code late_event}. */
    static DeadLetterRecord asDeadLetter(LateEvent l) {
        return new DeadLetterRecord(new DeadLetter(DeadLetterReason.LATE_EVENT, SideDocuments.lateDetail(l),
                SideDocuments.lateEvent(l)), "", -1, -1);
    }
}
