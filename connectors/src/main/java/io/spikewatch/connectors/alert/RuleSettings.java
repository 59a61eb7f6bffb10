package io.spikewatch.connectors.alert;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The detection rule an alert document names: the constants of Elastic's prebuilt rule
 * "Spike in Remote File Transfers" by default ({@link #defaults()}), overridable where an operator
 * has a reason (another job id, a stricter threshold, a higher severity). Kept apart from the
 * detector's own configuration because these values describe the rule to Kibana and to an analyst;
 * they do not change what is detected.
 *
 * @param name {@code kibana.alert.rule.name}
 * @param ruleId {@code kibana.alert.rule.rule_id} (also its {@code uuid}); part of every alert id
 * @param jobId the anomaly job name written as {@code job_id}
 * @param severity {@code low}, {@code medium}, {@code high} or {@code critical}
 * @param riskScore 0-100
 * @param anomalyThreshold 0-100, the record score an alert needs
 * @param interval how often the rule runs, e.g. {@code 15m}
 * @param from look-back of a run, e.g. {@code now-90m}
 * @param to end of a run's range, e.g. {@code now}
 * @param maxSignals alerts per run at most
 * @param tags rule tags as Kibana shows them
 * @param description what the rule detects
 * @param note the investigation guide, Markdown
 * @param references links shown with the rule
 * @param author rule authors
 * @param license licence of the rule content
 */
public record RuleSettings(
        String name,
        String ruleId,
        String jobId,
        String severity,
        int riskScore,
        int anomalyThreshold,
        String interval,
        String from,
        String to,
        int maxSignals,
        List<String> tags,
        String description,
        String note,
        List<String> references,
        List<String> author,
        String license) {

    /** Elastic's rule id of "Spike in Remote File Transfers". */
    public static final String ELASTIC_RULE_ID = "e9b0902b-c515-413b-b80b-a8dcebc81a66";
    /** Elastic's anomaly job the rule reads. */
    public static final String ELASTIC_JOB_ID = "lmd_high_count_remote_file_transfer";

    private static final Set<String> SEVERITIES = Set.of("low", "medium", "high", "critical");

    /** Validates at startup, so a bad override fails with the component's name, not in an alert. */
    public RuleSettings {
        requireText(name, "name");
        requireText(ruleId, "ruleId");
        requireText(jobId, "jobId");
        if (severity == null || !SEVERITIES.contains(severity)) {
            throw new IllegalArgumentException(
                    "severity must be one of low, medium, high, critical; got " + severity);
        }
        requireRange(riskScore, 0, 100, "riskScore");
        requireRange(anomalyThreshold, 0, 100, "anomalyThreshold");
        requireText(interval, "interval");
        requireText(from, "from");
        requireText(to, "to");
        requireRange(maxSignals, 1, Integer.MAX_VALUE, "maxSignals");
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        requireText(description, "description");
        Objects.requireNonNull(note, "note");
        references = List.copyOf(Objects.requireNonNull(references, "references"));
        author = List.copyOf(Objects.requireNonNull(author, "author"));
        requireText(license, "license");
    }

    /** The prebuilt Elastic rule, as spikewatch reproduces it. */
    public static RuleSettings defaults() {
        return new RuleSettings(
                "Spike in Remote File Transfers",
                ELASTIC_RULE_ID,
                ELASTIC_JOB_ID,
                "low",
                21,
                70,
                "15m",
                "now-90m",
                "now",
                100,
                List.of("Domain: Endpoint", "Use Case: Lateral Movement Detection", "Rule Type: ML",
                        "Rule Type: Machine Learning", "Tactic: Lateral Movement",
                        "Resources: Investigation Guide"),
                RuleTexts.DESCRIPTION,
                RuleTexts.INVESTIGATION_GUIDE,
                List.of(),
                List.of("Elastic", "spikewatch"),
                "Elastic License v2");
    }

    /** A copy with another anomaly job name. */
    public RuleSettings withJobId(String newJobId) {
        return new RuleSettings(name, ruleId, newJobId, severity, riskScore, anomalyThreshold, interval, from,
                to, maxSignals, tags, description, note, references, author, license);
    }

    /** A copy with another alert threshold. */
    public RuleSettings withAnomalyThreshold(int newThreshold) {
        return new RuleSettings(name, ruleId, jobId, severity, riskScore, newThreshold, interval, from, to,
                maxSignals, tags, description, note, references, author, license);
    }

    /** A copy with another severity and risk score (Kibana shows both, they should agree). */
    public RuleSettings withSeverity(String newSeverity, int newRiskScore) {
        return new RuleSettings(name, ruleId, jobId, newSeverity, newRiskScore, anomalyThreshold, interval,
                from, to, maxSignals, tags, description, note, references, author, license);
    }

    private static void requireText(String value, String component) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(component + " must not be empty");
        }
    }

    private static void requireRange(int value, int min, int max, String component) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    component + " must be in [" + min + ", " + max + "], got " + value);
        }
    }
}
