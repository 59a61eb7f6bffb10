package io.spikewatch.bench.quality;

import io.spikewatch.job.sim.Evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One detector's result summed over several scenarios: incidents caught and alerts raised are
 * added up before the ratios are taken (a micro average), so a seed with many alerts weighs more.
 *
 * @param detector detector name
 * @param incidents labelled incidents over all scenarios
 * @param caught incidents with at least one matching alert
 * @param alerts distinct alerts
 * @param trueAlerts alerts that match an incident
 * @param hostDays host-days watched ({@link FleetBuckets#hostDays()} summed)
 * @param perKind caught and total per incident kind
 * @param delays detection delay of every caught incident
 * @param kindDelays the same per incident kind
 * @param millis time the detector took over all scenarios
 */
public record FleetScore(String detector, int incidents, int caught, int alerts, int trueAlerts, double hostDays,
        Map<String, Evaluation.KindScore> perKind, List<Duration> delays, Map<String, List<Duration>> kindDelays,
        long millis) {

    public static FleetScore empty(String detector) {
        return new FleetScore(detector, 0, 0, 0, 0, 0, new TreeMap<>(), List.of(), new TreeMap<>(), 0);
    }

    /** This score plus one scenario's evaluation. */
    public FleetScore plus(Evaluation e, double scenarioHostDays, long scenarioMillis) {
        Map<String, Evaluation.KindScore> kinds = new TreeMap<>(perKind);
        e.perKind().forEach((k, v) -> kinds.merge(k, v,
                (a, b) -> new Evaluation.KindScore(a.caught() + b.caught(), a.total() + b.total())));
        List<Duration> d = new ArrayList<>(delays);
        Map<String, List<Duration>> byKind = new TreeMap<>();
        kindDelays.forEach((k, v) -> byKind.put(k, new ArrayList<>(v)));
        e.results().stream().filter(Evaluation.IncidentResult::caught).forEach(r -> {
            d.add(r.delay());
            byKind.computeIfAbsent(r.incident().kind(), k -> new ArrayList<>()).add(r.delay());
        });
        return new FleetScore(detector, incidents + e.incidents(), caught + e.caught(), alerts + e.alerts(),
                trueAlerts + e.trueAlerts(), hostDays + scenarioHostDays, kinds, d, byKind, millis + scenarioMillis);
    }

    public double recall() {
        return incidents == 0 ? 1 : caught / (double) incidents;
    }

    public double precision() {
        return alerts == 0 ? 1 : trueAlerts / (double) alerts;
    }

    public double f1() {
        double r = recall();
        double p = precision();
        return r + p == 0 ? 0 : 2 * r * p / (r + p);
    }

    /** False alerts per 1000 host-days watched. */
    public double falsePerThousandHostDays() {
        return hostDays == 0 ? 0 : 1000.0 * (alerts - trueAlerts) / hostDays;
    }

    /** Median detection delay over caught incidents, or null. */
    public Duration medianDelay() {
        return Evaluation.median(delays);
    }

    /** Median detection delay over the caught incidents of {@code kind}, or null. */
    public Duration medianDelay(String kind) {
        List<Duration> d = kindDelays.get(kind);
        return d == null ? null : Evaluation.median(d);
    }
}
