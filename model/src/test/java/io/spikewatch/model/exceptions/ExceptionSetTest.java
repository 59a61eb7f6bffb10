package io.spikewatch.model.exceptions;

import io.spikewatch.model.FileEvent;
import io.spikewatch.model.TransferLocations;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExceptionSetTest {

    private static final long NEVER = Long.MAX_VALUE;
    private static final long SPAN = 15 * 60_000L;

    private static long t(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private static ExceptionItem allow(String id, String host, String user, String dir, String source, long expires) {
        return new ExceptionItem(id, ExceptionItem.Kind.ALLOW, "r", "a", expires, host, user, null, dir, source,
                0, 0, null, null, 0, null, 0, false);
    }

    private static ExceptionItem window(String id, String host, String cron, long durationMs, ExceptionItem.Mode mode) {
        return new ExceptionItem(id, ExceptionItem.Kind.MAINTENANCE, "backup", "ops", NEVER, host, null, null, null,
                null, 0, 0, cron, "Europe/Berlin", durationMs, mode, 0, false);
    }

    private static FileEvent event(String ts, String host, String user, String path, String ip) {
        return FileEvent.builder().timestampMs(t(ts)).hostName(host).userName(user).filePath(path).sourceIp(ip).build();
    }

    @Test
    void allowEntriesMatchEveryGivenFieldWithWildcardsAndNetworks() {
        ExceptionSet s = new ExceptionSet(List.of(
                allow("migration", null, "svc_migr*", null, null, t("2024-03-20T00:00:00Z")),
                allow("sync", "FS-*", null, "D:\\Sync\\*", "10.0.3.0/24", NEVER)));
        assertThat(s.allowing(event("2024-03-10T10:00:00Z", "ws-1", "SVC_MIGRATE", "C:\\x.exe", null)).id())
                .isEqualTo("migration");
        assertThat(s.allowing(event("2024-03-21T10:00:00Z", "ws-1", "svc_migrate", "C:\\x.exe", null)))
                .as("expired").isNull();
        assertThat(s.allowing(event("2024-03-10T10:00:00Z", "fs-01", "bob", "D:\\Sync\\a\\b.doc", "10.0.3.77")).id())
                .isEqualTo("sync");
        assertThat(s.allowing(event("2024-03-10T10:00:00Z", "fs-01", "bob", "D:\\Sync\\a\\b.doc", "10.0.4.77")))
                .as("source outside the network").isNull();
        assertThat(s.allowing(event("2024-03-10T10:00:00Z", "ws-01", "bob", "D:\\Sync\\a\\b.doc", "10.0.3.77")))
                .as("host does not match").isNull();
    }

    @Test
    void recurringWindowsOpenInTheirTimeZoneAcrossDaylightSaving() {
        // Nightly backup 01:00-03:00 Berlin time, weekdays only, learning suspended.
        ExceptionSet s = new ExceptionSet(List.of(window("backup", "fs-*", "0 1 * * 1-5", 2 * 3_600_000L,
                ExceptionItem.Mode.SKIP_LEARNING)));
        // Tuesday 2024-03-19, 01:30 CET = 00:30 UTC.
        assertThat(s.maintenance("fs-01", t("2024-03-19T00:30:00Z"), t("2024-03-19T00:45:00Z"), true).id())
                .isEqualTo("backup");
        // Bucket 23:45-00:00 UTC = 00:45-01:00 CET: before the window.
        assertThat(s.maintenance("fs-01", t("2024-03-18T23:45:00Z"), t("2024-03-19T00:00:00Z"), false)).isNull();
        // Last bucket inside: 01:45-02:00 UTC = 02:45-03:00 CET.
        assertThat(s.maintenance("fs-01", t("2024-03-19T01:45:00Z"), t("2024-03-19T02:00:00Z"), false)).isNotNull();
        assertThat(s.maintenance("fs-01", t("2024-03-19T02:00:00Z"), t("2024-03-19T02:15:00Z"), false)).isNull();
        // After the switch to summer time (31 March), 01:00 CEST = 23:00 UTC the day before.
        assertThat(s.maintenance("fs-01", t("2024-04-01T23:00:00Z"), t("2024-04-01T23:15:00Z"), false)).isNotNull();
        // Saturday: no backup window; other hosts never.
        assertThat(s.maintenance("fs-01", t("2024-03-23T00:30:00Z"), t("2024-03-23T00:45:00Z"), false)).isNull();
        assertThat(s.maintenance("ws-01", t("2024-03-19T00:30:00Z"), t("2024-03-19T00:45:00Z"), false)).isNull();
    }

    @Test
    void aSkipAlertingWindowDoesNotSuspendLearning() {
        ExceptionSet s = new ExceptionSet(List.of(new ExceptionItem("patch", ExceptionItem.Kind.MAINTENANCE, "patch day",
                "ops", NEVER, null, null, null, null, null, t("2024-03-12T18:00:00Z"), t("2024-03-12T22:00:00Z"),
                null, null, 0, ExceptionItem.Mode.SKIP_ALERTING, 0, false)));
        assertThat(s.maintenance("any", t("2024-03-12T21:45:00Z"), t("2024-03-12T22:00:00Z"), false)).isNotNull();
        assertThat(s.maintenance("any", t("2024-03-12T21:45:00Z"), t("2024-03-12T22:00:00Z"), true)).isNull();
        assertThat(s.maintenance("any", t("2024-03-12T22:00:00Z"), t("2024-03-12T22:15:00Z"), false)).isNull();
    }

    @Test
    void runtimeChangesReplaceAndRemoveById() {
        ExceptionSet s = new ExceptionSet(List.of(allow("a", null, "u1", null, null, NEVER)));
        ExceptionSet changed = s.with(allow("a", null, "u2", null, null, NEVER))
                .with(new ExceptionItem("t", ExceptionItem.Kind.THRESHOLD, "crown jewel", "soc", NEVER, "dc-*", null,
                        null, null, null, 0, 0, null, null, 0, null, 55, false));
        assertThat(changed.allowing(event("2024-03-10T10:00:00Z", "h", "u1", null, null))).isNull();
        assertThat(changed.allowing(event("2024-03-10T10:00:00Z", "h", "u2", null, null))).isNotNull();
        assertThat(changed.threshold("dc-01", 0).threshold()).isEqualTo(55);
        ExceptionSet removed = changed.with(ExceptionItem.removal("a", "done", "soc"));
        assertThat(removed.ids()).containsExactly("t");
        assertThat(s.ids()).as("immutable").containsExactly("a");
    }

    @Test
    void invalidItemsAreRefusedNamingTheItem() {
        assertThatThrownBy(() -> allow("x", null, null, null, null, NEVER)).hasMessageContaining("exception x");
        assertThatThrownBy(() -> window("w", null, "0 25 * * *", 3_600_000L, ExceptionItem.Mode.SKIP_ALERTING))
                .hasMessageContaining("hour");
        assertThatThrownBy(() -> allow("n", null, null, null, "10.0.0.0/40", NEVER)).hasMessageContaining("prefix");
    }

    private static ExceptionItem staging(String id, ExceptionItem.Kind kind, String dir, String host, long expires) {
        return new ExceptionItem(id, kind, "r", "a", expires, host, null, null, dir, null, 0, 0, null, null, 0, null, 0,
                false);
    }

    /**
     * Staging entries add to the configured staging list and not-staging ones take from it, an
     * exclusion winning as at start; a set without them leaves the configured list as it is.
     */
    @Test
    void stagingEntriesExtendTheConfiguredStagingList() {
        TransferLocations configured = new TransferLocations(List.of("E:\\Drop"), List.of(), 3);
        assertThat(ExceptionSet.EMPTY.locationsOver(configured)).isSameAs(configured);
        ExceptionSet s = new ExceptionSet(List.of(staging("d", ExceptionItem.Kind.STAGING, "D:\\Tools", null, NEVER),
                staging("v", ExceptionItem.Kind.NOT_STAGING, "C:\\ProgramData\\Vendor", null, NEVER),
                staging("both", ExceptionItem.Kind.STAGING, "C:\\ProgramData\\Vendor\\Cache", null, NEVER)));
        TransferLocations l = s.locationsOver(configured);
        assertThat(l.include()).containsExactly("E:\\Drop", "D:\\Tools", "C:\\ProgramData\\Vendor\\Cache");
        assertThat(l.exclude()).containsExactly("C:\\ProgramData\\Vendor");
        assertThat(l.placeDepth()).isEqualTo(3);
        assertThat(l.isStaging("D:\\Tools\\x")).isTrue();
        assertThat(l.isStaging("C:\\ProgramData\\Vendor\\Cache")).as("the exclusion wins").isFalse();
        assertThat(l.isStaging("C:\\ProgramData\\Other")).as("built-in").isTrue();
        assertThat(s.sameLocationsAs(s.with(allow("a", null, "u", null, null, NEVER)))).isTrue();
        assertThat(s.sameLocationsAs(s.with(ExceptionItem.removal("d", "r", "a")))).isFalse();
    }

    @Test
    void aStagingEntryIsFleetWideDoesNotExpireAndNeedsADirectory() {
        assertThatThrownBy(() -> staging("s", ExceptionItem.Kind.STAGING, "D:\\Tools", "ws-*", NEVER))
                .hasMessageContaining("exception s").hasMessageContaining("fleet-wide");
        assertThatThrownBy(() -> staging("s", ExceptionItem.Kind.NOT_STAGING, "D:\\Tools", null, 1_000L))
                .hasMessageContaining("does not expire");
        assertThatThrownBy(() -> staging("s", ExceptionItem.Kind.STAGING, null, null, NEVER))
                .hasMessageContaining("exception s: directory");
    }

    @Test
    void cronFieldsSupportListsRangesAndSteps() {
        CronSchedule c = CronSchedule.parse("*/20 8-10 1,15 * *", ZoneId.of("UTC"));
        assertThat(c.startsAt(t("2024-03-15T09:40:00Z"))).isTrue();
        assertThat(c.startsAt(t("2024-03-15T09:41:00Z"))).isFalse();
        assertThat(c.startsAt(t("2024-03-14T09:40:00Z"))).isFalse();
        assertThat(c.startsAt(t("2024-03-01T11:00:00Z"))).isFalse();
    }
}
