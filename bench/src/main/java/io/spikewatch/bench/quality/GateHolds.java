package io.spikewatch.bench.quality;

import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.job.sim.Incident;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.HoldReason;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the alert policy holds back, by {@link HoldReason}: records at or above the threshold that
 * did not alert (the job writes each as a building block), how many of them fell on an incident,
 * how many incidents they touched, and how many of those incidents no alert caught: the recall the
 * gate's holds cost, measured rather than supposed.
 */
final class GateHolds {

    /** One hold reason's tally; incidents are named {@code seed/id} so fleets can be added up. */
    record Tally(int records, int onIncidents, Set<String> incidents, Set<String> missed) {
        static Tally empty() {
            return new Tally(0, 0, Set.of(), Set.of());
        }

        Tally plus(Tally o) {
            Set<String> inc = new TreeSet<>(incidents);
            inc.addAll(o.incidents);
            Set<String> miss = new TreeSet<>(missed);
            miss.addAll(o.missed);
            return new Tally(records + o.records, onIncidents + o.onIncidents, inc, miss);
        }
    }

    private final Map<HoldReason, Tally> tallies;

    private GateHolds(Map<HoldReason, Tally> tallies) {
        this.tallies = tallies;
    }

    static GateHolds none() {
        return new GateHolds(new EnumMap<>(HoldReason.class));
    }

    /**
     * The holds of one fleet: {@code held} against its {@code incidents}, an incident missed when none
     * of {@code alerts} matches it.
     */
    static GateHolds of(long seed, List<Incident> incidents, List<AnomalyRecord> alerts, List<AnomalyRecord> held) {
        Set<String> caught = new HashSet<>();
        for (Incident i : incidents) {
            for (AnomalyRecord a : alerts) {
                if (Evaluation.matches(i, alert(a))) {
                    caught.add(i.id());
                    break;
                }
            }
        }
        Map<HoldReason, Tally> out = new EnumMap<>(HoldReason.class);
        for (AnomalyRecord h : held) {
            HoldReason reason = h.summary() == null ? null : h.summary().heldBack;
            if (reason == null) {
                continue;
            }
            Set<String> touched = new TreeSet<>();
            Set<String> missed = new TreeSet<>();
            for (Incident i : incidents) {
                if (Evaluation.matches(i, alert(h))) {
                    touched.add(seed + "/" + i.id());
                    if (!caught.contains(i.id())) {
                        missed.add(seed + "/" + i.id());
                    }
                }
            }
            out.merge(reason, new Tally(1, touched.isEmpty() ? 0 : 1, touched, missed), Tally::plus);
        }
        return new GateHolds(out);
    }

    private static Evaluation.Alert alert(AnomalyRecord r) {
        return new Evaluation.Alert(r.hostName(), r.bucketStartMs());
    }

    GateHolds plus(GateHolds o) {
        Map<HoldReason, Tally> sum = new EnumMap<>(tallies);
        o.tallies.forEach((k, v) -> sum.merge(k, v, Tally::plus));
        return new GateHolds(sum);
    }

    Tally tally(HoldReason reason) {
        return tallies.getOrDefault(reason, Tally.empty());
    }

    /** One row per hold reason, in {@link HoldReason} order; with {@code ids}, the missed incidents named. */
    String table(boolean ids) {
        StringBuilder sb = new StringBuilder();
        String row = "%-24s %8s %13s %10s %9s%n";
        sb.append(String.format(Locale.ROOT, row, "held as", "records", "on incidents", "incidents", "missed"));
        for (HoldReason r : HoldReason.values()) {
            Tally t = tally(r);
            sb.append(String.format(Locale.ROOT, row, r.code(), t.records(), t.onIncidents(), t.incidents().size(),
                    ids && !t.missed().isEmpty() ? t.missed().size() + " " + t.missed() : t.missed().size()));
        }
        return sb.toString();
    }
}
