package io.spikewatch.job.pipeline;

import io.spikewatch.model.AlertGate;
import io.spikewatch.model.AnomalyRecord;
import org.apache.flink.api.common.functions.FilterFunction;

/**
 * Drops records the alert policy cannot act on before they cross the network to its single
 * subtask: with 100k hosts, nearly every bucket scores low. A host's first bucket always passes,
 * so the policy knows when the deployment started seeing data (its learning period).
 */
public class GateInputFilter implements FilterFunction<AnomalyRecord> {

    private static final long serialVersionUID = 1L;

    private final double minScore;

    public GateInputFilter(double minScore) {
        this.minScore = minScore;
    }

    @Override
    public boolean filter(AnomalyRecord r) {
        return AlertGate.isInteresting(r, minScore) || (r.summary() != null && r.summary().firstOfHost);
    }
}
