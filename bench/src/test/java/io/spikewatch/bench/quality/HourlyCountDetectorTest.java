package io.spikewatch.bench.quality;

import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.model.DetectorSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.spikewatch.bench.quality.SyntheticHosts.BURST_AT;
import static io.spikewatch.bench.quality.SyntheticHosts.SPAN;
import static io.spikewatch.bench.quality.SyntheticHosts.T0;
import static org.assertj.core.api.Assertions.assertThat;

class HourlyCountDetectorTest {

    private static final long DAY = DetectorSettings.DAY;

    @Test
    void theSettingsPerHourKeepEverythingButTheBucketPriorAndWarmUp() {
        DetectorSettings d = DetectorSettings.defaults();
        DetectorSettings h = HourlyCountDetector.perHour(d);
        assertThat(h.bucketSpanMs()).isEqualTo(DetectorSettings.HOUR);
        assertThat(h.priorMean()).isEqualTo(4 * d.priorMean());
        assertThat(h.warmupBuckets() * h.bucketSpanMs()).isEqualTo(d.warmupBuckets() * d.bucketSpanMs());
        assertThat(h.threshold()).isEqualTo(d.threshold());
        assertThat(h.halfLifeMs()).isEqualTo(d.halfLifeMs());
        assertThat(h.minDispersionIndex()).isEqualTo(d.minDispersionIndex());
    }

    @Test
    void theBurstAlertsOnceAtTheEndOfItsHourAndTheQuietHostNever() {
        List<Evaluation.Alert> alerts = new HourlyCountDetector(DetectorSettings.defaults(), DAY)
                .detect(SyntheticHosts.fleet());
        // Bucket 1500 is the first quarter of its hour: the hour's alert is written when the hour
        // ends, so it is reported at the hour's last quarter (bucket 1503).
        long hourEnd = T0 + (BURST_AT / 4 * 4 + 3) * SPAN;
        assertThat(alerts).contains(new Evaluation.Alert("FS-0001", hourEnd))
                .noneMatch(a -> a.host().equals("WS-0002"))
                .allMatch(a -> (a.bucketStartMs() - T0) / SPAN % 4 == 3);
    }

    @Test
    void aSecondBurstWithinTheSuppressionSpanDoesNotAlertAgain() {
        long[] busy = SyntheticHosts.busyHost(7, SyntheticHosts.BURST);
        busy[BURST_AT + 40] += SyntheticHosts.BURST; // ten hours later
        FleetBuckets fleet = SyntheticHosts.fleet(busy);
        long second = T0 + ((BURST_AT + 40) / 4 * 4 + 3) * SPAN;
        assertThat(new HourlyCountDetector(DetectorSettings.defaults(), 0).detect(fleet))
                .contains(new Evaluation.Alert("FS-0001", second));
        assertThat(new HourlyCountDetector(DetectorSettings.defaults(), DAY).detect(fleet))
                .doesNotContain(new Evaluation.Alert("FS-0001", second));
    }
}
