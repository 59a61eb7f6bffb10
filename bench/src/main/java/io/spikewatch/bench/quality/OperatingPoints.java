package io.spikewatch.bench.quality;

import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.sim.Evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the alert threshold buys: spikewatch rerun on the same scenarios at each of several
 * thresholds ({@code alerting.threshold}, which the model also uses), with recall, precision,
 * false alerts and the incidents it still misses by kind. A deployment choosing its threshold
 * reads the trade here; 70 is the default.
 */
final class OperatingPoints {

    /** The thresholds {@code quality} sweeps unless told otherwise. */
    static final List<Double> DEFAULT_THRESHOLDS = List.of(50.0, 60.0, 70.0, 80.0, 90.0);

    private OperatingPoints() {}

    /** One threshold's result over all scenarios. */
    record Point(double threshold, FleetScore score) {}

    /**
     * Scores every scenario at every threshold, with {@code map} running the scenarios of one
     * threshold (in parallel, results in input order).
     */
    static List<Point> measure(JobConfig cfg, List<Scenario> scenarios, List<Double> thresholds,
            Mapper map) throws Exception {
        List<Point> out = new ArrayList<>();
        for (double t : thresholds) {
            out.add(new Point(t, score(cfg.withThreshold(t).validate(), scenarios, map)));
        }
        return out;
    }

    /** Spikewatch configured by {@code cfg} over every scenario ({@code map} running them), summed. */
    static FleetScore score(JobConfig cfg, List<Scenario> scenarios, Mapper map) throws Exception {
        SpikewatchFleetDetector d = new SpikewatchFleetDetector(cfg);
        List<Evaluation> evaluations = map.apply(scenarios, s -> Evaluation.evaluate(s.labels().incidents(),
                s.labels().benign(), d.detect(s.buckets())));
        FleetScore score = FleetScore.empty(d.name());
        for (int i = 0; i < scenarios.size(); i++) {
            score = score.plus(evaluations.get(i), scenarios.get(i).buckets().hostDays(), 0);
        }
        return score;
    }

    /** The points as a table, one row per threshold. */
    static String table(List<Point> points) {
        return ScoreRows.table("threshold", points.stream()
                .map(p -> new ScoreRows.Row(String.format(Locale.ROOT, "%.0f", p.threshold()), p.score())).toList());
    }

    /** Applies a function to every item, results in input order. */
    @FunctionalInterface
    interface Mapper {
        <T, R> List<R> apply(List<T> items, Function<T, R> f) throws Exception;
    }
}
