package io.spikewatch.model;

/**
 * What happens between a score and an alert.
 *
 * @param threshold record_score at or above which a bucket alerts (Elastic's anomaly_threshold)
 * @param maxAlertsPerBucket at most this many alerts per bucket across the fleet, highest first
 *     (Elastic's max_signals per rule run)
 * @param fleetCandidateScore a host scoring at least this joins its driver's fleet group
 * @param fleetMinHosts a group of at least this many hosts within the window is a fleet event
 * @param fleetWindowBuckets how many buckets (the current included) a fleet group spans
 */
public record AlertPolicy(
        double threshold,
        int maxAlertsPerBucket,
        double fleetCandidateScore,
        int fleetMinHosts,
        int fleetWindowBuckets) implements java.io.Serializable {

    public static AlertPolicy defaults() {
        return new AlertPolicy(70.0, 100, 50.0, 8, 4);
    }

    public AlertPolicy validate() {
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("alerting.threshold: accepted 0..100, got " + threshold);
        }
        if (maxAlertsPerBucket < 1) {
            throw new IllegalArgumentException("alerting.max-alerts-per-bucket: accepted >= 1, got " + maxAlertsPerBucket);
        }
        if (fleetCandidateScore < 0 || fleetCandidateScore > 100) {
            throw new IllegalArgumentException("alerting.fleet.candidate-score: accepted 0..100, got " + fleetCandidateScore);
        }
        if (fleetMinHosts < 2) {
            throw new IllegalArgumentException("alerting.fleet.min-hosts: accepted >= 2, got " + fleetMinHosts);
        }
        if (fleetWindowBuckets < 1) {
            throw new IllegalArgumentException("alerting.fleet.window-buckets: accepted >= 1, got " + fleetWindowBuckets);
        }
        return this;
    }
}
