package io.spikewatch.model;

/**
 * What happens between a score and an alert.
 *
 * @param threshold record_score at or above which a bucket alerts (Elastic's anomaly_threshold)
 * @param maxAlertsPerBucket at most this many alerts per bucket across the fleet, highest first
 *     (Elastic's max_signals per rule run)
 * @param fleetCandidateScore a host scoring at least this joins its driver's groups (fleet rise,
 *     deployer memory)
 * @param fleetMinHosts a driver lifting at least this many hosts within the window is a fleet rise
 * @param fleetWindowBuckets how many buckets (the current included) a fleet rise spans
 * @param deployerMinHosts a driver that came back to at least this many hosts ...
 * @param deployerMinDays ... each on at least this many distinct days is a known deployment account
 * @param deployerMemoryDays how long bursts are remembered for that
 * @param suppressionBuckets a host's further alerts by the same driver within this many buckets of
 *     its last alert belong to the same incident and are suppressed (counted)
 * @param spreadMinHosts one driver lifting this many hosts (fewer than a fleet rise) within the
 *     window is a spread: all of them alert, even below the threshold
 * @param spreadCandidateScore a host scoring at least this can be part of a spread
 * @param spreadMinEvidence ... and the spread needs this much evidence in all: the sum over its hosts
 *     of {@code -log10 p} (12: four hosts at one in a thousand each, or three at one in ten thousand)
 * @param spreadWindowBuckets how many buckets (the current included) a spread spans; its candidates
 *     wait that long for the rest of the group
 * @param learningPeriodMs after the first bucket the job ever saw, alerts are held back (counted)
 *     this long: with no baseline anywhere yet, an alert would be blind. Hosts that join later are
 *     not affected; their own cold start is the model's business
 */
public record AlertPolicy(
        double threshold,
        int maxAlertsPerBucket,
        double fleetCandidateScore,
        int fleetMinHosts,
        int fleetWindowBuckets,
        int deployerMinHosts,
        int deployerMinDays,
        int deployerMemoryDays,
        int suppressionBuckets,
        int spreadMinHosts,
        long learningPeriodMs,
        double spreadCandidateScore,
        double spreadMinEvidence,
        int spreadWindowBuckets) implements java.io.Serializable {

    public static AlertPolicy defaults() {
        return new AlertPolicy(70.0, 100, 30.0, 8, 4, 2, 2, 14, 96, 3, 5 * DetectorSettings.DAY, 20.0, 12.0, 8);
    }

    /** This policy with another alert threshold on record_score. */
    public AlertPolicy withThreshold(double t) {
        return new AlertPolicy(t, maxAlertsPerBucket, fleetCandidateScore, fleetMinHosts, fleetWindowBuckets,
                deployerMinHosts, deployerMinDays, deployerMemoryDays, suppressionBuckets, spreadMinHosts,
                learningPeriodMs, spreadCandidateScore, spreadMinEvidence, spreadWindowBuckets);
    }

    public AlertPolicy validate() {
        check(threshold >= 0 && threshold <= 100, "alerting.threshold", "0..100", threshold);
        check(maxAlertsPerBucket >= 1, "alerting.max-alerts-per-bucket", ">= 1", maxAlertsPerBucket);
        check(fleetCandidateScore >= 0 && fleetCandidateScore <= 100, "alerting.fleet.candidate-score", "0..100",
                fleetCandidateScore);
        check(fleetMinHosts >= 2, "alerting.fleet.min-hosts", ">= 2", fleetMinHosts);
        check(fleetWindowBuckets >= 1, "alerting.fleet.window-buckets", ">= 1", fleetWindowBuckets);
        check(deployerMinHosts >= 2, "alerting.deployer.min-hosts", ">= 2", deployerMinHosts);
        check(deployerMinDays >= 1, "alerting.deployer.min-days", ">= 1", deployerMinDays);
        check(deployerMemoryDays >= deployerMinDays, "alerting.deployer.memory-days", ">= alerting.deployer.min-days",
                deployerMemoryDays);
        check(suppressionBuckets >= 0, "alerting.suppression-buckets", ">= 0", suppressionBuckets);
        check(learningPeriodMs >= 0, "alerting.learning-period", ">= 0", learningPeriodMs);
        check(spreadMinHosts >= 2 && spreadMinHosts <= fleetMinHosts, "alerting.spread.min-hosts",
                "2..alerting.fleet.min-hosts", spreadMinHosts);
        check(spreadCandidateScore >= 0 && spreadCandidateScore <= 100, "alerting.spread.candidate-score", "0..100",
                spreadCandidateScore);
        check(spreadMinEvidence >= 0, "alerting.spread.min-evidence", ">= 0", spreadMinEvidence);
        check(spreadWindowBuckets >= 1 && spreadWindowBuckets <= 96, "alerting.spread.window-buckets", "1..96",
                spreadWindowBuckets);
        return this;
    }

    private static void check(boolean ok, String key, String accepted, Object got) {
        if (!ok) {
            throw new IllegalArgumentException(key + ": accepted " + accepted + ", got " + got);
        }
    }
}
