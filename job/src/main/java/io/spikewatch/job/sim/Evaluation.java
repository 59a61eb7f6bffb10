package io.spikewatch.job.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a detector's alerts against labelled incidents.
 *
 * <p>Matching rule: an alert on host {@code h} for the 15-minute bucket {@code [b, b + 15 min)}
 * matches an incident if {@code h} is one of the incident's hosts and the bucket overlaps
 * {@code [start - 15 min, end + 60 min]}. The slack before allows for a bucket that begins before
 * the first attacker write; the hour after allows for detectors that need a few buckets of
 * sustained excess, which a 90-minute look-back rule would also see. An incident is caught if
 * any alert matches it; an alert is true if it matches any incident. Duplicate alerts (same host
 * and bucket) count once, as deterministic alert ids would make them one document.
 *
 * @param incidents number of labelled incidents
 * @param caught incidents with at least one matching alert
 * @param alerts distinct alerts
 * @param trueAlerts alerts that match some incident
 * @param recall {@code caught / incidents} (1 when there are no incidents)
 * @param precision {@code trueAlerts / alerts} (1 when there are no alerts)
 * @param f1 harmonic mean of recall and precision (0 when both are 0)
 * @param perKind caught and total per incident kind, by kind name
 * @param medianDelay median over caught incidents of (end of the first matching alert bucket minus
 *     incident start), at least zero; {@code null} when nothing was caught
 * @param results one line per incident, in input order
 * @param falseAlerts alerts that match no incident, by bucket then host, with the benign spike
 *     that explains each (if any)
 */
public record Evaluation(
        int incidents,
        int caught,
        int alerts,
        int trueAlerts,
        double recall,
        double precision,
        double f1,
        Map<String, KindScore> perKind,
        Duration medianDelay,
        List<IncidentResult> results,
        List<FalseAlert> falseAlerts) {

    public static final long BUCKET_MS = 15 * 60_000L;
    public static final Duration SLACK_BEFORE = Duration.ofMinutes(15);
    public static final Duration SLACK_AFTER = Duration.ofMinutes(60);

    /** An alert as the evaluation sees it: a host and the start of its 15-minute bucket. */
    public record Alert(String host, long bucketStartMs) {
        public Instant bucketStart() {
            return Instant.ofEpochMilli(bucketStartMs);
        }
    }

    public record KindScore(int caught, int total) {}

    /** @param delay end of the first matching bucket minus incident start (at least zero), or null */
    public record IncidentResult(Incident incident, boolean caught, int matchingAlerts, Duration delay) {}

    /** @param explainedBy the id and kind of an overlapping benign spike on the same host, or null */
    public record FalseAlert(Alert alert, String explainedBy) {}

    public Evaluation {
        perKind = Collections.unmodifiableMap(new TreeMap<>(perKind));
        results = List.copyOf(results);
        falseAlerts = List.copyOf(falseAlerts);
    }

    public static Evaluation evaluate(List<Incident> incidents, List<Alert> alerts) {
        return evaluate(incidents, List.of(), alerts);
    }

    /** As {@link #evaluate(List, List)}, and names the benign spike behind each false alert where there is one. */
    public static Evaluation evaluate(List<Incident> incidents, List<BenignSpike> benign, List<Alert> alerts) {
        List<Alert> distinct = distinct(alerts);
        List<IncidentResult> results = new ArrayList<>();
        TreeMap<String, int[]> kinds = new TreeMap<>();
        List<Duration> delays = new ArrayList<>();
        int caught = 0;
        for (Incident i : incidents) {
            int matching = 0;
            long firstBucket = Long.MAX_VALUE;
            for (Alert a : distinct) {
                if (matches(i.hosts(), i.start(), i.end(), a)) {
                    matching++;
                    firstBucket = Math.min(firstBucket, a.bucketStartMs());
                }
            }
            int[] k = kinds.computeIfAbsent(i.kind(), x -> new int[2]);
            k[1]++;
            Duration delay = null;
            if (matching > 0) {
                caught++;
                k[0]++;
                long ms = Math.max(0, firstBucket + BUCKET_MS - i.start().toEpochMilli());
                delay = Duration.ofMillis(ms);
                delays.add(delay);
            }
            results.add(new IncidentResult(i, matching > 0, matching, delay));
        }
        int trueAlerts = 0;
        List<FalseAlert> falseAlerts = new ArrayList<>();
        for (Alert a : distinct) {
            boolean hit = false;
            for (Incident i : incidents) {
                if (matches(i.hosts(), i.start(), i.end(), a)) {
                    hit = true;
                    break;
                }
            }
            if (hit) {
                trueAlerts++;
            } else {
                falseAlerts.add(new FalseAlert(a, explain(benign, a)));
            }
        }
        double recall = incidents.isEmpty() ? 1 : caught / (double) incidents.size();
        double precision = distinct.isEmpty() ? 1 : trueAlerts / (double) distinct.size();
        double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
        Map<String, KindScore> perKind = new TreeMap<>();
        kinds.forEach((kind, v) -> perKind.put(kind, new KindScore(v[0], v[1])));
        return new Evaluation(incidents.size(), caught, distinct.size(), trueAlerts, recall, precision, f1, perKind,
                median(delays), results, falseAlerts);
    }

    /** The matching rule (see the class comment). */
    public static boolean matches(Incident incident, Alert alert) {
        return matches(incident.hosts(), incident.start(), incident.end(), alert);
    }

    private static boolean matches(List<String> hosts, Instant start, Instant end, Alert a) {
        if (!hosts.contains(a.host())) {
            return false;
        }
        long from = start.toEpochMilli() - SLACK_BEFORE.toMillis();
        long to = end.toEpochMilli() + SLACK_AFTER.toMillis();
        return a.bucketStartMs() <= to && a.bucketStartMs() + BUCKET_MS > from;
    }

    private static String explain(List<BenignSpike> benign, Alert a) {
        for (BenignSpike b : benign) {
            if (matches(b.hosts(), b.start(), b.end(), a)) {
                return b.id() + " " + b.kind();
            }
        }
        return null;
    }

    private static List<Alert> distinct(List<Alert> alerts) {
        List<Alert> sorted = new ArrayList<>(alerts);
        sorted.sort(Comparator.comparingLong(Alert::bucketStartMs).thenComparing(Alert::host));
        List<Alert> out = new ArrayList<>();
        for (Alert a : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** The median of {@code delays} (the mean of the middle two for an even count), or null if empty. */
    public static Duration median(List<Duration> delays) {
        if (delays.isEmpty()) {
            return null;
        }
        List<Duration> s = new ArrayList<>(delays);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : s.get(n / 2 - 1).plus(s.get(n / 2)).dividedBy(2);
    }

    /** {@code recall=0.917 precision=0.733 f1=0.815 incidents=11/12 alerts=30 true_alerts=22}. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "recall=%.3f precision=%.3f f1=%.3f incidents=%d/%d alerts=%d true_alerts=%d",
                recall, precision, f1, caught, incidents, alerts, trueAlerts);
    }

    /** A plain-text report: per-kind table, per-incident table, false alerts, summary line. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-28s %s%n", "kind", "caught/total"));
        perKind.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-28s %d/%d%n", k, v.caught(), v.total())));
        sb.append(String.format(Locale.ROOT, "%n%-7s %-27s %-6s %-7s %-9s %s%n", "id", "kind", "caught", "alerts",
                "delay", "hosts / start"));
        for (IncidentResult r : results) {
            Incident i = r.incident();
            sb.append(String.format(Locale.ROOT, "%-7s %-27s %-6s %-7d %-9s %s @ %s%n", i.id(), i.kind(),
                    r.caught() ? "yes" : "NO", r.matchingAlerts(), r.delay() == null ? "-" : minutes(r.delay()),
                    String.join(",", i.hosts()), i.start()));
        }
        sb.append(String.format(Locale.ROOT, "%nmedian delay: %s%n", medianDelay == null ? "-" : minutes(medianDelay)));
        sb.append(String.format(Locale.ROOT, "false alerts: %d%n", falseAlerts.size()));
        for (FalseAlert f : falseAlerts) {
            sb.append(String.format(Locale.ROOT, "  %-16s %s  %s%n", f.alert().host(), f.alert().bucketStart(),
                    f.explainedBy() == null ? "" : "benign: " + f.explainedBy()));
        }
        return sb.append(summaryLine()).append(System.lineSeparator()).toString();
    }

    private static String minutes(Duration d) {
        return String.format(Locale.ROOT, "%.1fm", d.toMillis() / 60_000.0);
    }
}
