package io.spikewatch.bench.quality;

import static io.spikewatch.bench.quality.SyntheticHosts.FIRST;
import static io.spikewatch.bench.quality.SyntheticHosts.SPAN;
import static io.spikewatch.bench.quality.SyntheticHosts.emit;
import static org.assertj.core.api.Assertions.assertThat;

import io.spikewatch.model.TransferLocations;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class FleetBucketsTest {

    private static final long DAY = 96;

    /**
     * A lab PC whose dead CMOS battery stamps 2010, and a workstation 2.5 years ahead, are wrong
     * clocks the job never scores (late, or beyond the tolerated future): the fleet starts at its
     * own first bucket, not in 2010. A fleet that pauses for a week and goes on is no island.
     */
    @Test
    void islandsOfWrongClocksAreDroppedAPauseIsNot() {
        FleetBuckets.Builder b = new FleetBuckets.Builder(SPAN, Duration.ofDays(1).toMillis(), TransferLocations.DEFAULT);
        long stale = -16 * 365 * DAY; // bucket indices from SyntheticHosts.T0
        for (int i = 0; i < 10; i++) {
            emit(b, "lab-lib-12", stale + i, 2);
        }
        for (long i = 0; i < 4 * DAY; i++) {
            emit(b, "fs-01", i, 5);
        }
        for (long i = 11 * DAY; i < 14 * DAY; i++) {
            emit(b, "fs-01", i, 5);
        }
        for (int i = 0; i < 3; i++) {
            emit(b, "ws-ahead", 900 * DAY + i, 5);
        }
        FleetBuckets fleet = b.build();
        assertThat(fleet.firstBucket()).isEqualTo(FIRST);
        assertThat(fleet.lastBucket()).isEqualTo(FIRST + 14 * DAY - 1);
        assertThat(fleet.hosts()).containsExactly("fs-01");
    }
}
