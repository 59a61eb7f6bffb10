package io.spikewatch.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides, once per closed bucket and across the fleet, which scored records become alerts.
 *
 * <ol>
 *   <li>Fleet rises: hosts scoring at least {@link AlertPolicy#fleetCandidateScore()} are grouped by
 *       their driver (top user, else top source address). When one driver lifts at least
 *       {@link AlertPolicy#fleetMinHosts()} hosts within {@link AlertPolicy#fleetWindowBuckets()}
 *       buckets, it is a fleet-wide event (a patch day, a rollout): that driver's per-host alerts in
 *       this bucket are held back and one {@link FleetEvent} says why.
 *   <li>The rest at or above the threshold alert, highest score first, at most
 *       {@link AlertPolicy#maxAlertsPerBucket()}; the overflow is counted.
 * </ol>
 *
 * <p>Deterministic: ties are broken by host name. The caller keeps the marks between buckets.
 */
public final class AlertGate {

    private final AlertPolicy policy;
    private final long bucketSpanMs;

    public AlertGate(AlertPolicy policy, long bucketSpanMs) {
        this.policy = policy.validate();
        this.bucketSpanMs = bucketSpanMs;
    }

    /** Outcome for one bucket. */
    public record Decision(List<AnomalyRecord> alerts, int heldByCap, int heldByFleet, List<FleetEvent> fleetEvents,
                           List<FleetMark> marks) {}

    /** Lowest score the gate needs to see; callers may drop lower records before buffering. */
    public double minInterestingScore() {
        return Math.min(policy.threshold(), policy.fleetCandidateScore());
    }

    /** The influencer that drove a bucket: its top user, else its top source address. */
    public static String driverOf(AnomalyRecord r) {
        BucketSummary s = r.summary();
        if (s != null) {
            String user = s.userNames == null ? null : s.userNames.top();
            if (user != null) {
                return "user.name=" + user;
            }
            String ip = s.sourceIps == null ? null : s.sourceIps.top();
            if (ip != null) {
                return "source.ip=" + ip;
            }
        }
        return "unknown";
    }

    /**
     * Decides bucket {@code bucketStartMs}.
     *
     * @param records the bucket's records scoring at least {@link #minInterestingScore()}
     * @param previousMarks marks kept from earlier buckets
     * @return alerts, counts held back, fleet events, and the marks to keep for the next buckets
     */
    public Decision decide(long bucketStartMs, List<AnomalyRecord> records, List<FleetMark> previousMarks) {
        long windowStart = bucketStartMs - (policy.fleetWindowBuckets() - 1) * bucketSpanMs;
        List<FleetMark> marks = new ArrayList<>();
        for (FleetMark m : previousMarks) {
            if (m.bucketStartMs() >= windowStart && m.bucketStartMs() < bucketStartMs) {
                marks.add(m);
            }
        }
        for (AnomalyRecord r : records) {
            if (r.recordScore() >= policy.fleetCandidateScore()) {
                marks.add(new FleetMark(bucketStartMs, driverOf(r), r.hostName()));
            }
        }
        Map<String, TreeSet<String>> hostsByDriver = new TreeMap<>();
        for (FleetMark m : marks) {
            hostsByDriver.computeIfAbsent(m.driver(), k -> new TreeSet<>()).add(m.host());
        }

        List<AnomalyRecord> above = new ArrayList<>();
        Map<String, Integer> heldByDriver = new TreeMap<>();
        for (AnomalyRecord r : records) {
            if (!r.isAlert(policy.threshold())) {
                continue;
            }
            String driver = driverOf(r);
            TreeSet<String> group = hostsByDriver.get(driver);
            if (!"unknown".equals(driver) && group != null && group.size() >= policy.fleetMinHosts()) {
                heldByDriver.merge(driver, 1, Integer::sum);
            } else {
                above.add(r);
            }
        }
        above.sort(Comparator.comparingDouble(AnomalyRecord::recordScore).reversed()
                .thenComparing(AnomalyRecord::hostName));
        int cap = Math.min(above.size(), policy.maxAlertsPerBucket());
        List<FleetEvent> fleet = new ArrayList<>();
        int heldByFleet = 0;
        for (Map.Entry<String, Integer> e : heldByDriver.entrySet()) {
            TreeSet<String> group = hostsByDriver.get(e.getKey());
            String[] sample = group.stream().limit(10).toArray(String[]::new);
            fleet.add(new FleetEvent(bucketStartMs, e.getKey(), group.size(), e.getValue(), sample));
            heldByFleet += e.getValue();
        }
        return new Decision(List.copyOf(above.subList(0, cap)), above.size() - cap, heldByFleet, fleet, marks);
    }
}
