package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventTimeGuardTest {

    private static final long T0 = 1_709_510_400_000L;
    private static final long DAY = DetectorSettings.DAY;

    @Test
    void refusesALoneEventFarAheadOfTheStream() {
        EventTimeGuard g = new EventTimeGuard(DAY, 3);
        assertThat(g.admit(T0)).isTrue();
        assertThat(g.admit(T0 + 365 * DAY)).isFalse();
        assertThat(g.admit(T0 + 60_000)).isTrue();
        assertThat(g.admit(T0 - 7 * DAY)).as("old events are the watermark's business").isTrue();
        assertThat(g.admit(T0 + DAY)).as("within the jump").isTrue();
        assertThat(g.high()).isEqualTo(T0 + DAY);
    }

    @Test
    void followsTheStreamWhenEnoughEventsConfirmAJump() {
        EventTimeGuard g = new EventTimeGuard(DAY, 3);
        g.admit(T0);
        long later = T0 + 30 * DAY;
        assertThat(g.admit(later)).isFalse();
        assertThat(g.admit(later + 1_000)).isFalse();
        assertThat(g.admit(later + 2_000)).isTrue();
        assertThat(g.admit(later + 3_000)).isTrue();
        assertThat(g.high()).isEqualTo(later + 3_000);
    }

    @Test
    void scatteredOutliersDoNotConfirmEachOther() {
        EventTimeGuard g = new EventTimeGuard(DAY, 2);
        g.admit(T0);
        assertThat(g.admit(T0 + 100 * DAY)).isFalse();
        assertThat(g.admit(T0 + 300 * DAY)).isFalse();
        assertThat(g.admit(T0 + 10)).isTrue();
    }
}
