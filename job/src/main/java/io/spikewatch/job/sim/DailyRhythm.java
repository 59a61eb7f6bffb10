package io.spikewatch.job.sim;

import java.time.Instant;

/**
 * Local time of day and weekday for each host, from its site's time zone (with the real
 * daylight-saving switches) and its personal shift. Offsets are precomputed per site and UTC hour
 * so the per-bucket loop does no time-zone arithmetic.
 */
final class DailyRhythm {

    private static final long HOUR_MS = 3_600_000L;
    private static final long MINUTE_MS = 60_000L;

    private final long originMs;
    private final int[][] offsetMinutes;

    DailyRhythm(long startMs, int days) {
        this.originMs = startMs - Fleet.DAY_MS;
        int hours = (days + 2) * 24;
        Site[] sites = Site.values();
        offsetMinutes = new int[sites.length][hours];
        for (Site s : sites) {
            for (int h = 0; h < hours; h++) {
                offsetMinutes[s.ordinal()][h] =
                        s.zone.getRules().getOffset(Instant.ofEpochMilli(originMs + h * HOUR_MS)).getTotalSeconds() / 60;
            }
        }
    }

    /** Epoch ms shifted into the host's local wall-clock (site zone plus personal shift). */
    long localMs(HostModel h, long utcMs) {
        int hourIndex = (int) Math.floorDiv(utcMs - originMs, HOUR_MS);
        int[] row = offsetMinutes[h.site().ordinal()];
        int offset = row[Math.max(0, Math.min(row.length - 1, hourIndex))];
        return utcMs + (offset - h.shiftMinutes()) * MINUTE_MS;
    }

    /** Hour of day in [0, 24) in the host's local time. */
    double localHour(HostModel h, long utcMs) {
        long local = localMs(h, utcMs);
        return Math.floorMod(local, Fleet.DAY_MS) / (double) HOUR_MS;
    }

    boolean localWeekend(HostModel h, long utcMs) {
        return weekend(localMs(h, utcMs));
    }

    /** Whether the epoch-ms instant (read as a wall clock) falls on a Saturday or Sunday. */
    static boolean weekend(long wallMs) {
        long epochDay = Math.floorDiv(wallMs, Fleet.DAY_MS);
        int dow = Math.floorMod(epochDay + 3, 7); // 0 = Monday; 1970-01-01 was a Thursday
        return dow >= 5;
    }

    /** The activity's level in [0, 1] at this instant: daily shape times the weekend factor. */
    double level(HostModel h, Activity a, long utcMs) {
        long local = localMs(h, utcMs);
        double hour = Math.floorMod(local, Fleet.DAY_MS) / (double) HOUR_MS;
        double v = a.rhythm().at(hour);
        return weekend(local) ? v * a.weekendFactor() : v;
    }
}
