package io.spikewatch.job.sink;

import io.spikewatch.connectors.alert.AlertDocument;
import io.spikewatch.connectors.alert.RuleSettings;
import io.spikewatch.connectors.elasticsearch.DocumentConverter;
import io.spikewatch.model.AnomalyRecord;

/**
 * Alerts as Kibana-shaped documents with their deterministic id ({@code kibana.alert.uuid}), the
 * same bytes whether written to a file ({@code replay}), Elasticsearch or Kafka.
 */
public final class AlertDocuments implements DocumentConverter<AnomalyRecord> {

    private static final long serialVersionUID = 1L;

    private final int threshold;
    private transient RuleSettings rule;

    /** @param threshold the alert threshold, shown as the rule's anomaly threshold */
    public AlertDocuments(int threshold) {
        this.threshold = threshold;
    }

    /** The rule the documents name; built on first use (not serialized with the job). */
    public RuleSettings rule() {
        if (rule == null) {
            rule = RuleSettings.defaults().withAnomalyThreshold(threshold);
        }
        return rule;
    }

    @Override
    public String id(AnomalyRecord alert) {
        return AlertDocument.alertId(rule().ruleId(), alert.hostName(), alert.bucketStartMs());
    }

    @Override
    public byte[] json(AnomalyRecord alert) {
        return AlertDocument.toJson(alert, rule());
    }
}
