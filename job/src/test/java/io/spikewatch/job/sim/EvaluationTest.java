package io.spikewatch.job.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.spikewatch.job.sim.Evaluation.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation's arithmetic on a hand-made example, with exact expected numbers. */
class EvaluationTest {

    private static final Instant T0 = Instant.parse("2024-03-12T00:00:00Z");

    private static Instant at(String hhmm) {
        return T0.plus(Duration.ofHours(Integer.parseInt(hhmm.substring(0, 2))))
                .plus(Duration.ofMinutes(Integer.parseInt(hhmm.substring(3))));
    }

    private static Alert alert(String host, String hhmm) {
        return new Alert(host, at(hhmm).toEpochMilli());
    }

    private static final List<Incident> INCIDENTS = List.of(
            new Incident("INC-01", Incident.BURST, List.of("h1"), at("10:05"), at("10:12"), "burst"),
            new Incident("INC-02", Incident.LOW_AND_SLOW, List.of("h2"), at("12:00"), at("14:00"), "slow"),
            new Incident("INC-03", Incident.TOOL_SPREAD, List.of("h3", "h4"), at("20:00"), at("20:30"), "spread"));
    private static final List<BenignSpike> BENIGN = List.of(
            new BenignSpike("BEN-01", BenignSpike.FOLDER_COPY, List.of("h5"), at("10:00"), at("10:20"), "copy"));
    private static final List<Alert> ALERTS = List.of(
            alert("h1", "10:00"), // INC-01, first bucket: delay 10:15 - 10:05 = 10 min
            alert("h1", "10:00"), // duplicate: counted once
            alert("h1", "11:00"), // INC-01, within end + 60 min (11:12)
            alert("h1", "11:15"), // starts after 11:12: false
            alert("h2", "11:30"), // ends exactly at start - 15 min (11:45): no overlap, false
            alert("h2", "13:00"), // INC-02: delay 13:15 - 12:00 = 75 min
            alert("h5", "10:00")); // false, explained by BEN-01

    @Test
    void countsRecallPrecisionAndF1Exactly() {
        Evaluation e = Evaluation.evaluate(INCIDENTS, BENIGN, ALERTS);
        assertThat(e.incidents()).isEqualTo(3);
        assertThat(e.caught()).isEqualTo(2);
        assertThat(e.alerts()).isEqualTo(6);
        assertThat(e.trueAlerts()).isEqualTo(3);
        assertThat(e.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(e.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(e.f1()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(e.summaryLine())
                .isEqualTo("recall=0.667 precision=0.500 f1=0.571 incidents=2/3 alerts=6 true_alerts=3");
    }

    @Test
    void reportsPerKindDelaysAndFalseAlerts() {
        Evaluation e = Evaluation.evaluate(INCIDENTS, BENIGN, ALERTS);
        assertThat(e.perKind()).containsExactly(
                java.util.Map.entry(Incident.BURST, new Evaluation.KindScore(1, 1)),
                java.util.Map.entry(Incident.LOW_AND_SLOW, new Evaluation.KindScore(1, 1)),
                java.util.Map.entry(Incident.TOOL_SPREAD, new Evaluation.KindScore(0, 1)));
        assertThat(e.results()).extracting(Evaluation.IncidentResult::delay)
                .containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(75), null);
        assertThat(e.results()).extracting(Evaluation.IncidentResult::matchingAlerts).containsExactly(2, 1, 0);
        assertThat(e.medianDelay()).isEqualTo(Duration.ofSeconds(42 * 60 + 30));
        assertThat(e.falseAlerts()).containsExactly(
                new Evaluation.FalseAlert(alert("h5", "10:00"), "BEN-01 folder_copy"),
                new Evaluation.FalseAlert(alert("h1", "11:15"), null),
                new Evaluation.FalseAlert(alert("h2", "11:30"), null));
        assertThat(e.format()).contains("tool_spread", "0/1", "INC-03", "NO", "42.5m", "benign: BEN-01 folder_copy",
                e.summaryLine());
    }

    @Test
    void anAlertOnAnyHostOfAMultiHostIncidentCatchesIt() {
        Evaluation e = Evaluation.evaluate(INCIDENTS, List.of(alert("h4", "21:30")));
        assertThat(e.results().get(2).caught()).isTrue();
        assertThat(e.results().get(2).delay()).isEqualTo(Duration.ofMinutes(105));
        assertThat(Evaluation.matches(INCIDENTS.get(2), alert("h4", "21:30"))).isTrue(); // = end + 60 min
        assertThat(Evaluation.matches(INCIDENTS.get(2), alert("h4", "21:31"))).isFalse();
        assertThat(Evaluation.matches(INCIDENTS.get(2), alert("h5", "20:00"))).isFalse();
    }

    @Test
    void anAlertInTheBucketBeforeTheAttackCountsAsZeroDelay() {
        // bucket 09:45-10:00 overlaps [09:50, ...] but ends before the 10:05 start
        Evaluation e = Evaluation.evaluate(INCIDENTS, List.of(alert("h1", "09:45")));
        assertThat(e.results().get(0).delay()).isEqualTo(Duration.ZERO);
    }

    @Test
    void noAlertsMeansZeroRecallAndNoIncidentsMeansFullRecall() {
        Evaluation none = Evaluation.evaluate(INCIDENTS, List.of());
        assertThat(none.summaryLine())
                .isEqualTo("recall=0.000 precision=1.000 f1=0.000 incidents=0/3 alerts=0 true_alerts=0");
        assertThat(none.medianDelay()).isNull();
        Evaluation quiet = Evaluation.evaluate(List.of(), List.of(alert("h1", "10:00")));
        assertThat(quiet.summaryLine())
                .isEqualTo("recall=1.000 precision=0.000 f1=0.000 incidents=0/0 alerts=1 true_alerts=0");
    }
}
