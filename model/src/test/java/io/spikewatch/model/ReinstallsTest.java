package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReinstallsTest {

    private static final long SPAN = 15 * DetectorSettings.MINUTE;
    private static final long PER_DAY = DetectorSettings.DAY / SPAN;
    private static final long B0 = 1_709_510_400_000L / SPAN; // 2024-03-04T00:00:00Z
    private static final long INSTALL = 16; // 4 hours

    @Test
    void aHostsFirstIdIsNoReinstallNorIsALayout6BaselineLearningIts() {
        HostState st = new HostState(); // hostMark 0, as a baseline restored from layout 6
        assertThat(Reinstalls.notice(st, B0, "id-a", SPAN)).isFalse();
        assertThat(Reinstalls.installing(st, B0, INSTALL)).isFalse();
        assertThat(Reinstalls.notice(st, B0 + 1, null, SPAN)).as("a bucket without an id").isFalse();
        assertThat(Reinstalls.notice(st, B0 + 2, "id-a", SPAN)).isFalse();
    }

    @Test
    void anotherIdIsAReinstallWhoseInstallationLastsTheInstallPeriod() {
        HostState st = new HostState();
        Reinstalls.notice(st, B0, "id-a", SPAN);
        long at = B0 + 20 * PER_DAY;
        assertThat(Reinstalls.notice(st, at, "id-b", SPAN)).isTrue();
        assertThat(Reinstalls.installing(st, at, INSTALL)).isTrue();
        assertThat(Reinstalls.installing(st, at + INSTALL - 1, INSTALL)).isTrue();
        assertThat(Reinstalls.installing(st, at + INSTALL, INSTALL)).isFalse();
        assertThat(Reinstalls.notice(st, at + 1, "id-b", SPAN)).as("the new id again").isFalse();
        assertThat(Reinstalls.installing(st, at + 1, INSTALL)).as("the installation goes on").isTrue();
    }

    @Test
    void idsByTurnsAreOneReinstallAtMostThenNone() {
        HostState st = new HostState();
        Reinstalls.notice(st, B0, "id-a", SPAN);
        long at = B0 + 20 * PER_DAY;
        int reinstalls = 0;
        for (long b = at; b < at + 21 * PER_DAY; b++) {
            if (Reinstalls.notice(st, b, b % 2 == 0 ? "id-b" : "id-a", SPAN)) {
                reinstalls++;
            }
        }
        assertThat(reinstalls).as("three weeks of two sources by turns").isEqualTo(1);
        assertThat(Reinstalls.installing(st, at + 21 * PER_DAY, INSTALL)).isFalse();
        long later = at + 80 * PER_DAY;
        assertThat(Reinstalls.notice(st, later, "id-c", SPAN)).as("a third id two months later").isFalse();
        assertThat(Reinstalls.installing(st, later, INSTALL)).isFalse();
    }

    @Test
    void theMarkNeverWrapsRoundToLookLikeARecentChange() {
        HostState st = new HostState();
        Reinstalls.notice(st, B0, "id-a", SPAN);
        for (long day = 1; day < 1000; day++) {
            long b = B0 + day * PER_DAY;
            assertThat(Reinstalls.notice(st, b, "id-a", SPAN)).isFalse();
            assertThat(Reinstalls.installing(st, b, INSTALL)).as("day %d", day).isFalse();
        }
        assertThat(Reinstalls.notice(st, B0 + 1000 * PER_DAY, "id-b", SPAN)).as("a change after 1000 days").isTrue();
    }
}
