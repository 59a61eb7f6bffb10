package io.spikewatch.job.config;

import io.spikewatch.connectors.profile.SourceProfile;
import io.spikewatch.model.AlertPolicy;
import io.spikewatch.model.DetectorSettings;
import io.spikewatch.model.TransferLocations;
import org.apache.flink.configuration.MemorySize;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the YAML config file into a {@link JobConfig}. Nested sections and dotted keys are
 * equivalent ({@code detector: {half-life: 7d}} = {@code detector.half-life: 7d}). Unknown keys
 * and bad values fail at startup with a message naming the key and what it accepts.
 */
public final class ConfigLoader {

    /** Every accepted key; the README documents each. */
    public static final List<String> KEYS = List.of(
            "detector.bucket-span", "detector.half-life", "detector.utc-offset-minutes", "detector.host-idle-ttl",
            "detector.prior-mean", "detector.prior-dispersion", "detector.prior-weight", "detector.cell-shrink",
            "detector.min-dispersion-index", "detector.min-mean", "detector.winsor-sigmas",
            "detector.warmup-buckets", "detector.level-cv", "detector.install-period",
            "detector.staging.include", "detector.staging.exclude", "detector.place-depth",
            "alerting.threshold", "alerting.max-alerts-per-bucket", "alerting.fleet.candidate-score",
            "alerting.fleet.min-hosts", "alerting.fleet.window-buckets", "alerting.deployer.min-hosts",
            "alerting.deployer.min-days", "alerting.deployer.memory-days", "alerting.suppression-buckets",
            "alerting.spread.min-hosts", "alerting.learning-period", "alerting.spread.candidate-score",
            "alerting.spread.min-evidence", "alerting.spread.window-buckets",
            "time.max-out-of-orderness", "time.idleness", "time.max-future",
            "runtime.parallelism", "runtime.checkpoint-interval", "runtime.state-dir", "runtime.managed-memory",
            "runtime.open-buckets-on-heap", "source.profile",
            "kafka.bootstrap-servers", "kafka.input.topic", "kafka.input.topic-pattern", "kafka.input.group-id",
            "kafka.input.starting-offsets", "kafka.input.bounded", "kafka.input.partition-discovery",
            "kafka.dead-letter-topic", "kafka.alerts-topic", "kafka.held-topic", "kafka.control-topic",
            "elasticsearch.enabled", "elasticsearch.hosts", "elasticsearch.index", "elasticsearch.username",
            "elasticsearch.password", "elasticsearch.api-key", "elasticsearch.ca-certificate",
            "elasticsearch.install-template", "elasticsearch.bulk-max-actions", "elasticsearch.bulk-max-bytes",
            "elasticsearch.flush-interval", "elasticsearch.max-retries", "elasticsearch.initial-backoff",
            "elasticsearch.max-backoff", "elasticsearch.request-timeout", "elasticsearch.held-alerts", "exceptions");

    /** Keys under this prefix are Kafka client properties, passed through unchanged. */
    public static final String KAFKA_PROPERTIES = "kafka.properties.";

    private ConfigLoader() {}

    public static JobConfig load(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            if (root == null) {
                return JobConfig.defaults();
            }
            if (!(root instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + ": expected a YAML mapping at the top level");
            }
            return fromMap(map);
        }
    }

    /** Builds a config from a (possibly nested) map of keys to values. */
    public static JobConfig fromMap(Map<?, ?> map) {
        return fromMap(map, new Secrets());
    }

    /** {@link #fromMap(Map)} with secret references resolved by {@code secrets}. */
    public static JobConfig fromMap(Map<?, ?> map, Secrets secrets) {
        Map<String, Object> flat = new TreeMap<>();
        flatten("", map, flat);
        for (String key : flat.keySet()) {
            if (!KEYS.contains(key) && !key.startsWith(KAFKA_PROPERTIES)) {
                throw new IllegalArgumentException("unknown config key '" + key + "'; accepted keys: " + KEYS);
            }
        }
        Values v = new Values(flat);
        JobConfig d = JobConfig.defaults();
        DetectorSettings ds = d.detector();
        AlertPolicy ap = d.policy();
        double threshold = v.dbl("alerting.threshold", ap.threshold());
        DetectorSettings detector = new DetectorSettings(
                v.millis("detector.bucket-span", ds.bucketSpanMs()),
                v.millis("detector.half-life", ds.halfLifeMs()),
                v.integer("detector.utc-offset-minutes", ds.utcOffsetMinutes()),
                threshold,
                v.dbl("detector.prior-mean", ds.priorMean()),
                v.dbl("detector.prior-dispersion", ds.priorDispersion()),
                v.dbl("detector.prior-weight", ds.priorWeight()),
                v.dbl("detector.cell-shrink", ds.cellShrink()),
                v.dbl("detector.min-dispersion-index", ds.minDispersionIndex()),
                v.dbl("detector.min-mean", ds.minMean()),
                v.dbl("detector.winsor-sigmas", ds.winsorSigmas()),
                v.integer("detector.warmup-buckets", ds.warmupBuckets()),
                v.dbl("detector.level-cv", ds.levelCv()),
                v.millis("detector.install-period", ds.installMs()),
                new TransferLocations(
                        v.list("detector.staging.include", ds.locations().include()),
                        v.list("detector.staging.exclude", ds.locations().exclude()),
                        v.integer("detector.place-depth", ds.locations().placeDepth())));
        AlertPolicy policy = new AlertPolicy(
                threshold,
                v.integer("alerting.max-alerts-per-bucket", ap.maxAlertsPerBucket()),
                v.dbl("alerting.fleet.candidate-score", ap.fleetCandidateScore()),
                v.integer("alerting.fleet.min-hosts", ap.fleetMinHosts()),
                v.integer("alerting.fleet.window-buckets", ap.fleetWindowBuckets()),
                v.integer("alerting.deployer.min-hosts", ap.deployerMinHosts()),
                v.integer("alerting.deployer.min-days", ap.deployerMinDays()),
                v.integer("alerting.deployer.memory-days", ap.deployerMemoryDays()),
                v.integer("alerting.suppression-buckets", ap.suppressionBuckets()),
                v.integer("alerting.spread.min-hosts", ap.spreadMinHosts()),
                v.millis("alerting.learning-period", ap.learningPeriodMs()),
                v.dbl("alerting.spread.candidate-score", ap.spreadCandidateScore()),
                v.dbl("alerting.spread.min-evidence", ap.spreadMinEvidence()),
                v.integer("alerting.spread.window-buckets", ap.spreadWindowBuckets()));
        return new JobConfig(detector, policy,
                v.millis("detector.host-idle-ttl", d.hostIdleTtlMs()),
                v.millis("time.max-out-of-orderness", d.maxOutOfOrdernessMs()),
                v.millis("time.idleness", d.idlenessMs()),
                v.millis("time.max-future", d.maxFutureMs()),
                v.integer("runtime.parallelism", d.parallelism()),
                v.millis("runtime.checkpoint-interval", d.checkpointIntervalMs()),
                v.string("runtime.state-dir", d.stateDir()),
                v.bytes("runtime.managed-memory", d.managedMemoryBytes()),
                v.integer("runtime.open-buckets-on-heap", d.openBucketsOnHeap()),
                SourceProfile.fromConfig(v.string("source.profile", d.profile().configName())),
                kafka(v, flat, secrets, d.kafka()),
                elasticsearch(v, secrets, d.elasticsearch()),
                flat.containsKey("exceptions") ? ExceptionItems.fromList(flat.get("exceptions")) : d.exceptions())
                .validate();
    }

    private static KafkaConfig kafka(Values v, Map<String, Object> flat, Secrets secrets, KafkaConfig d) {
        Map<String, String> props = new TreeMap<>();
        flat.forEach((k, val) -> {
            if (k.startsWith(KAFKA_PROPERTIES)) {
                props.put(k.substring(KAFKA_PROPERTIES.length()), secrets.resolve(k, String.valueOf(val)));
            }
        });
        return new KafkaConfig(
                v.string("kafka.bootstrap-servers", d.bootstrapServers()),
                v.list("kafka.input.topic", d.topics()),
                v.string("kafka.input.topic-pattern", d.topicPattern()),
                v.string("kafka.input.group-id", d.groupId()),
                v.string("kafka.input.starting-offsets", d.startingOffsets()),
                v.bool("kafka.input.bounded", d.bounded()),
                v.millis("kafka.input.partition-discovery", d.partitionDiscoveryMs()),
                v.string("kafka.dead-letter-topic", d.deadLetterTopic()),
                v.string("kafka.alerts-topic", d.alertsTopic()),
                v.string("kafka.held-topic", d.heldTopic()),
                v.string("kafka.control-topic", d.controlTopic()),
                props);
    }

    private static ElasticsearchConfig elasticsearch(Values v, Secrets secrets, ElasticsearchConfig d) {
        return new ElasticsearchConfig(
                v.bool("elasticsearch.enabled", d.enabled()),
                v.list("elasticsearch.hosts", d.hosts()),
                v.string("elasticsearch.index", d.index()),
                secrets.resolve("elasticsearch.username", v.string("elasticsearch.username", d.username())),
                secrets.resolve("elasticsearch.password", v.string("elasticsearch.password", d.password())),
                secrets.resolve("elasticsearch.api-key", v.string("elasticsearch.api-key", d.apiKey())),
                v.string("elasticsearch.ca-certificate", d.caCertificate()),
                v.bool("elasticsearch.install-template", d.installTemplate()),
                v.integer("elasticsearch.bulk-max-actions", d.bulkMaxActions()),
                v.longValue("elasticsearch.bulk-max-bytes", d.bulkMaxBytes()),
                v.millis("elasticsearch.flush-interval", d.flushIntervalMs()),
                v.integer("elasticsearch.max-retries", d.maxRetries()),
                v.millis("elasticsearch.initial-backoff", d.initialBackoffMs()),
                v.millis("elasticsearch.max-backoff", d.maxBackoffMs()),
                v.millis("elasticsearch.request-timeout", d.requestTimeoutMs()),
                v.bool("elasticsearch.held-alerts", d.heldAlerts()));
    }

    private static void flatten(String prefix, Map<?, ?> map, Map<String, Object> out) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = prefix + e.getKey();
            if (e.getValue() instanceof Map<?, ?> nested) {
                flatten(key + ".", nested, out);
            } else {
                out.put(key, e.getValue());
            }
        }
    }

    /** Typed access with the key named in every error. */
    private record Values(Map<String, Object> map) {
        Values {
            map = new LinkedHashMap<>(map);
        }

        long millis(String key, long dflt) {
            Object o = map.get(key);
            return o == null ? dflt : Durations.parseMillis(key, o);
        }

        double dbl(String key, double dflt) {
            Object o = map.get(key);
            if (o == null) {
                return dflt;
            }
            if (o instanceof Number n) {
                return n.doubleValue();
            }
            throw new IllegalArgumentException(key + ": expected a number, got '" + o + "'");
        }

        int integer(String key, int dflt) {
            Object o = map.get(key);
            if (o == null) {
                return dflt;
            }
            if (o instanceof Integer || o instanceof Long) {
                return ((Number) o).intValue();
            }
            throw new IllegalArgumentException(key + ": expected an integer, got '" + o + "'");
        }

        long longValue(String key, long dflt) {
            Object o = map.get(key);
            if (o == null) {
                return dflt;
            }
            if (o instanceof Integer || o instanceof Long) {
                return ((Number) o).longValue();
            }
            throw new IllegalArgumentException(key + ": expected an integer, got '" + o + "'");
        }

        /** A memory size: {@code 512m}, {@code 1g}, {@code 256mb} or a number of bytes. */
        long bytes(String key, long dflt) {
            Object o = map.get(key);
            if (o == null) {
                return dflt;
            }
            try {
                return MemorySize.parse(String.valueOf(o)).getBytes();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ": expected a memory size such as 512m or 2g, got '" + o + "'");
            }
        }

        String string(String key, String dflt) {
            Object o = map.get(key);
            return o == null ? dflt : String.valueOf(o);
        }

        boolean bool(String key, boolean dflt) {
            Object o = map.get(key);
            if (o == null) {
                return dflt;
            }
            if (o instanceof Boolean b) {
                return b;
            }
            throw new IllegalArgumentException(key + ": expected true or false, got '" + o + "'");
        }

        /** A YAML list, or one comma-separated string. */
        List<String> list(String key, List<String> dflt) {
            Object o = map.get(key);
            if (o == null) {
                return dflt;
            }
            if (o instanceof List<?> l) {
                return l.stream().map(String::valueOf).map(String::trim).toList();
            }
            return java.util.Arrays.stream(String.valueOf(o).split(",")).map(String::trim)
                    .filter(x -> !x.isEmpty()).toList();
        }
    }
}
