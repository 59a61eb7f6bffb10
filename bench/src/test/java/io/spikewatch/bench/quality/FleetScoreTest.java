package io.spikewatch.bench.quality;

import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.job.sim.Incident;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Scores summed over scenarios keep the detection delays of each incident kind apart. */
class FleetScoreTest {

    private static final Instant T = Instant.parse("2024-03-12T10:00:00Z");
    private static final long BUCKET = Evaluation.BUCKET_MS;

    @Test
    void theMedianDelayOfEachKindIsOverTheIncidentsOfThatKind() {
        Evaluation first = Evaluation.evaluate(
                List.of(incident("INC-01", Incident.BURST, "ws-1", 10),
                        incident("INC-02", Incident.LOW_AND_SLOW, "fs-1", 240)),
                List.of(alert("ws-1", 0), alert("fs-1", 8)));
        Evaluation second = Evaluation.evaluate(
                List.of(incident("INC-01", Incident.BURST, "ws-2", 10),
                        incident("INC-02", Incident.LOW_AND_SLOW, "fs-2", 240),
                        incident("INC-03", Incident.TOOL_SPREAD, "app-1", 10)),
                List.of(alert("ws-2", 2), alert("fs-2", 12)));

        FleetScore s = FleetScore.empty("d").plus(first, 100, 0).plus(second, 100, 0);

        assertThat(s.medianDelay(Incident.BURST)).isEqualTo(Duration.ofMinutes(30)); // 15 and 45 minutes
        assertThat(s.medianDelay(Incident.LOW_AND_SLOW)).isEqualTo(Duration.ofMinutes(165)); // 135 and 195
        assertThat(s.medianDelay(Incident.TOOL_SPREAD)).as("never caught").isNull();
        assertThat(s.medianDelay()).as("over all kinds").isEqualTo(Duration.ofMinutes(90));
        assertThat(s.perKind().get(Incident.TOOL_SPREAD)).isEqualTo(new Evaluation.KindScore(0, 1));
    }

    /** An incident on {@code host} from {@link #T}, lasting {@code minutes}. */
    private static Incident incident(String id, String kind, String host, int minutes) {
        return new Incident(id, kind, List.of(host), T, T.plus(Duration.ofMinutes(minutes)), "");
    }

    /** An alert on {@code host} for the bucket {@code bucket} buckets after {@link #T}. */
    private static Evaluation.Alert alert(String host, int bucket) {
        return new Evaluation.Alert(host, T.toEpochMilli() + bucket * BUCKET);
    }
}
