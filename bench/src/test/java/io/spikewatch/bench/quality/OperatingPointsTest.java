package io.spikewatch.bench.quality;

import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.job.sim.FleetSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The threshold sweep reruns the product at each threshold on the same fleets. */
class OperatingPointsTest {

    private static final JobConfig CFG = JobConfig.defaults();

    @Test
    void eachThresholdIsAFullRunOfTheProductAtThatThreshold() throws Exception {
        List<Scenario> fleets = List.of(Scenario.simulate(FleetSpec.demo(3), CFG),
                Scenario.simulate(FleetSpec.demo(4), CFG));

        List<OperatingPoints.Point> points = OperatingPoints.measure(CFG, fleets, List.of(70.0, 30.0),
                QualityCommand::map);

        assertThat(points).extracting(OperatingPoints.Point::threshold).containsExactly(70.0, 30.0);
        FleetScore atDefault = FleetScore.empty("spikewatch");
        FleetScore atThirty = FleetScore.empty("spikewatch");
        for (Scenario s : fleets) {
            atDefault = atDefault.plus(evaluate(s, CFG), s.buckets().hostDays(), 0);
            atThirty = atThirty.plus(evaluate(s, CFG.withThreshold(30).validate()), s.buckets().hostDays(), 0);
        }
        assertThat(points.get(0).score()).isEqualTo(atDefault);
        assertThat(points.get(1).score()).isEqualTo(atThirty);
        assertThat(atThirty.alerts()).as("a lower threshold alerts more").isGreaterThan(atDefault.alerts());
        assertThat(OperatingPoints.table(points)).startsWith("threshold").contains(System.lineSeparator() + "70 ")
                .contains(System.lineSeparator() + "30 ");
    }

    @Test
    void theMissedColumnNamesTheKindsWithMisses() {
        Map<String, Evaluation.KindScore> kinds = new TreeMap<>();
        kinds.put("burst", new Evaluation.KindScore(3, 3));
        assertThat(ScoreRows.missed(kinds)).isEqualTo("-");
        kinds.put("low_and_slow", new Evaluation.KindScore(1, 3));
        kinds.put("linux_scp", new Evaluation.KindScore(0, 1));
        assertThat(ScoreRows.missed(kinds)).isEqualTo("linux_scp 1, low_and_slow 2");
    }

    @Test
    void thresholdsAreScoresFromZeroToAHundred() {
        assertThat(QualityCommand.parseThresholds("50, 60,70")).containsExactly(50.0, 60.0, 70.0);
        assertThat(QualityCommand.parseThresholds("")).isEmpty();
        assertThatThrownBy(() -> QualityCommand.parseThresholds("50,abc")).hasMessageContaining("'abc'");
        assertThatThrownBy(() -> QualityCommand.parseThresholds("120")).hasMessageContaining("0 to 100");
    }

    private static Evaluation evaluate(Scenario s, JobConfig cfg) {
        return Evaluation.evaluate(s.labels().incidents(), s.labels().benign(),
                new SpikewatchFleetDetector(cfg).detect(s.buckets()));
    }
}
