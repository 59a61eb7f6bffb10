package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostSightingsTest {

    private static final long T0 = 1_709_510_400_000L; // 2024-03-04T00:00:00Z

    @Test
    void aHostIsSightedOnceADayAndNotAgainForAnEarlierDay() {
        HostSightings s = new HostSightings();
        assertThat(s.firstToday("ws-1", T0 + 5_000)).isTrue();
        assertThat(s.firstToday("ws-1", T0 + 3_600_000)).isFalse();
        assertThat(s.firstToday("ws-2", T0 + 3_600_000)).isTrue();
        assertThat(s.firstToday("ws-1", T0 + DetectorSettings.DAY)).isTrue();
        assertThat(s.firstToday("ws-1", T0 + 10_000)).as("a late event of yesterday").isFalse();
        assertThat(s.firstToday(null, T0)).isFalse();
    }

    @Test
    void aSightingIsNoTransferAndSaysSo() {
        FileEvent e = FileEvent.sighting("ws-1", T0);
        assertThat(e.isSighting()).isTrue();
        assertThat(RemoteTransferFilter.test(e)).isNotEqualTo(FilterVerdict.ACCEPTED);
        assertThat(FileEvent.builder().timestampMs(T0).hostName("ws-1").fileName("a").build().isSighting()).isFalse();
    }
}
