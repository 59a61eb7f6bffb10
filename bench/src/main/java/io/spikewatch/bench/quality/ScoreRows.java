package io.spikewatch.bench.quality;

import io.spikewatch.job.sim.Evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Variants of spikewatch on the same fleets as a table, one row each: recall, precision, false
 * alerts, alerts, incidents and the kinds it misses ({@link OperatingPoints}, {@link StagingAblation}).
 */
final class ScoreRows {

    private ScoreRows() {}

    /** One variant's result over all scenarios, named in the first column. */
    record Row(String label, FleetScore score) {}

    /** The rows under a header whose first column is {@code heading}. */
    static String table(String heading, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        int width = Math.max(heading.length(), rows.stream().mapToInt(r -> r.label().length()).max().orElse(0));
        String row = "%-" + width + "s %7s %9s %6s %10s %7s %9s  %s%n";
        sb.append(String.format(Locale.ROOT, row, heading, "recall", "precision", "f1", "fp/1000hd", "alerts",
                "incidents", "missed"));
        for (Row r : rows) {
            FleetScore s = r.score();
            sb.append(String.format(Locale.ROOT, row, r.label(), QualityCommand.f3(s.recall()),
                    QualityCommand.f3(s.precision()), QualityCommand.f3(s.f1()),
                    String.format(Locale.ROOT, "%.2f", s.falsePerThousandHostDays()), s.alerts(),
                    s.caught() + "/" + s.incidents(), missed(s.perKind())));
        }
        return sb.toString();
    }

    /** The kinds with missed incidents, {@code "low_and_slow 2, burst 1"}; {@code "-"} if none. */
    static String missed(Map<String, Evaluation.KindScore> perKind) {
        List<String> parts = new ArrayList<>();
        perKind.forEach((k, v) -> {
            if (v.caught() < v.total()) {
                parts.add(k + " " + (v.total() - v.caught()));
            }
        });
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }
}
