package io.spikewatch.bench.quality;

import io.spikewatch.job.sim.Incident;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.BucketSummary;
import io.spikewatch.model.HoldReason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GateHoldsTest {

    private static final Instant T = Instant.parse("2024-03-12T10:00:00Z");
    private static final long SPAN = Duration.ofMinutes(15).toMillis();

    private static AnomalyRecord record(String host, Instant at, HoldReason held) {
        BucketSummary s = BucketSummary.empty(at.toEpochMilli());
        s.heldBack = held;
        return new AnomalyRecord(host, at.toEpochMilli(), SPAN, 40, 0.2, 5, 1e-9, 90, 0, 0, 0, 0, false, s);
    }

    private static Incident incident(String id, String host) {
        return new Incident(id, Incident.BURST, List.of(host), T, T.plus(Duration.ofMinutes(10)), "");
    }

    /**
     * A held record on an incident that an alert caught elsewhere touches it; one on an incident no
     * alert caught is what the hold cost; one off every incident only counts as a record.
     */
    @Test
    void holdsAreTalliedAgainstTheIncidentsTheyFellOnAndThoseMissed() {
        List<Incident> incidents = List.of(incident("INC-01", "app-1"), incident("INC-02", "app-2"));
        List<AnomalyRecord> alerts = List.of(record("app-1", T, null));
        List<AnomalyRecord> held = List.of(record("app-1", T, HoldReason.DEPLOYMENT_FIRST_ROUNDS),
                record("app-2", T, HoldReason.DEPLOYMENT_FIRST_ROUNDS), record("app-3", T, HoldReason.DEPLOYMENT_ROUND));

        GateHolds h = GateHolds.of(7, incidents, alerts, held).plus(GateHolds.of(8, incidents, alerts, held.subList(1, 2)));

        GateHolds.Tally first = h.tally(HoldReason.DEPLOYMENT_FIRST_ROUNDS);
        assertThat(first.records()).isEqualTo(3);
        assertThat(first.onIncidents()).isEqualTo(3);
        assertThat(first.incidents()).containsExactly("7/INC-01", "7/INC-02", "8/INC-02");
        assertThat(first.missed()).containsExactly("7/INC-02", "8/INC-02");
        GateHolds.Tally round = h.tally(HoldReason.DEPLOYMENT_ROUND);
        assertThat(round.records()).isEqualTo(1);
        assertThat(round.onIncidents()).isZero();
        assertThat(h.tally(HoldReason.LEARNING_PERIOD).records()).isZero();
        assertThat(h.table(true)).contains("deployment_first_rounds", "[7/INC-02, 8/INC-02]");
        assertThat(h.table(false)).doesNotContain("INC-02");
    }
}
