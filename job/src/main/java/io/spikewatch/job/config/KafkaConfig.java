package io.spikewatch.job.config;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where events come from and where dead letters (and optionally alerts) go in Kafka.
 *
 * @param bootstrapServers comma-separated {@code host:port} list
 * @param topics input topics (ignored when {@code topicPattern} is set)
 * @param topicPattern a Java regex of input topics, {@code ""} for none; new matching topics are
 *     picked up by partition discovery
 * @param groupId consumer group; offsets are committed to it on each checkpoint
 * @param startingOffsets {@code committed} (falls back to earliest for a new group),
 *     {@code earliest}, {@code latest}, or {@code timestamp:<ISO-8601 or epoch ms>}
 * @param bounded stop at the latest offsets found at start (replays, end-to-end runs): the job then
 *     closes every bucket and ends
 * @param partitionDiscoveryMs how often new partitions and topics are looked for
 * @param deadLetterTopic malformed, refused and late records, with reasons in headers; {@code ""}
 *     = none (they are still counted)
 * @param alertsTopic a copy of every alert document, {@code ""} = none
 * @param heldTopic the documents of the records the gate held back (building blocks, see
 *     {@code AlertPolicyFunction.HELD}), {@code ""} = none; apart from the alerts topic, whose consumers
 *     (ticketing, SOAR) should see alerts only
 * @param controlTopic runtime changes of the exceptions (JSON, one per record), {@code ""} = none
 * @param properties any Kafka client property, passed to the consumer and the producers unchanged
 *     (security.protocol, sasl.*, ssl.*, ...), secrets already resolved
 */
public record KafkaConfig(
        String bootstrapServers,
        List<String> topics,
        String topicPattern,
        String groupId,
        String startingOffsets,
        boolean bounded,
        long partitionDiscoveryMs,
        String deadLetterTopic,
        String alertsTopic,
        String heldTopic,
        String controlTopic,
        Map<String, String> properties) implements Serializable {

    public KafkaConfig {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        topics = List.copyOf(topics);
        properties = Map.copyOf(properties);
    }

    public static KafkaConfig defaults() {
        return new KafkaConfig("127.0.0.1:9092", List.of("logs-endpoint.events.file-default"), "", "spikewatch",
                "committed", false, 300_000L, "spikewatch-dead-letters", "", "", "", Map.of());
    }

    /** Checks the values that can be checked before connecting. */
    public KafkaConfig validate() {
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("kafka.bootstrap-servers: required");
        }
        if (topicPattern.isBlank() && (topics.isEmpty() || topics.stream().anyMatch(String::isBlank))) {
            throw new IllegalArgumentException("kafka.input.topic: one or more topic names, or kafka.input.topic-pattern");
        }
        if (!topicPattern.isBlank()) {
            try {
                java.util.regex.Pattern.compile(topicPattern);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("kafka.input.topic-pattern: not a regular expression: "
                        + e.getDescription());
            }
        }
        if (groupId.isBlank()) {
            throw new IllegalArgumentException("kafka.input.group-id: required");
        }
        StartingOffsets.parse(startingOffsets);
        if (partitionDiscoveryMs < 0) {
            throw new IllegalArgumentException("kafka.input.partition-discovery: accepted >= 0 (0 = off)");
        }
        if (!heldTopic.isBlank() && heldTopic.equals(alertsTopic)) {
            throw new IllegalArgumentException("kafka.held-topic: not the alerts topic '" + alertsTopic
                    + "', whose consumers would take every held-back record for an alert");
        }
        outputIsNotInput("kafka.dead-letter-topic", deadLetterTopic);
        outputIsNotInput("kafka.alerts-topic", alertsTopic);
        outputIsNotInput("kafka.held-topic", heldTopic);
        return this;
    }

    /** An output topic the job reads too would feed its own documents back to it. */
    private void outputIsNotInput(String key, String topic) {
        if (topic.isBlank()) {
            return;
        }
        boolean read = topicPattern.isBlank() ? topics.contains(topic) : topic.matches(topicPattern);
        if (read) {
            throw new IllegalArgumentException(key + ": '" + topic + "' is also an input topic ("
                    + describeInput() + "); the job would read its own output");
        }
    }

    /** The input topics for people: the list or the pattern. */
    public String describeInput() {
        return topicPattern.isBlank() ? String.join(",", topics) : "/" + topicPattern + "/";
    }

    @Override
    public String toString() {
        return "KafkaConfig[" + bootstrapServers + ", input " + describeInput() + ", group " + groupId + ", "
                + startingOffsets + (bounded ? ", bounded" : "") + ", dead letters '" + deadLetterTopic
                 + "', alerts '" + alertsTopic + "', held '" + heldTopic + "', control '" + controlTopic + "', properties " + properties.keySet() + "]";
    }
}
