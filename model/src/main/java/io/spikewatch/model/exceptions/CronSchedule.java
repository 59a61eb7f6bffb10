package io.spikewatch.model.exceptions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;

/**
 * A five-field cron expression ({@code minute hour day-of-month month day-of-week}) saying when
 * a recurring maintenance window starts, in a time zone. Fields take {@code *}, numbers, lists
 * ({@code 1,15}), ranges ({@code 1-5}) and steps ({@code *}{@code /10}, {@code 0-30/5}); day of week is
 * 0-7 with 0 and 7 Sunday. As in cron, when both day fields are restricted either may match.
 */
public final class CronSchedule {

    private static final long MINUTE = 60_000L;

    private final String text;
    private final ZoneId zone;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet days;
    private final BitSet months;
    private final BitSet weekdays;
    private final boolean anyDay;
    private final boolean anyWeekday;

    private CronSchedule(String text, ZoneId zone, String[] f) {
        this.text = text;
        this.zone = zone;
        this.minutes = field(f[0], 0, 59, "minute");
        this.hours = field(f[1], 0, 23, "hour");
        this.days = field(f[2], 1, 31, "day of month");
        this.months = field(f[3], 1, 12, "month");
        BitSet dow = field(f[4], 0, 7, "day of week");
        if (dow.get(7)) {
            dow.set(0);
        }
        this.weekdays = dow;
        this.anyDay = f[2].equals("*");
        this.anyWeekday = f[4].equals("*");
    }

    /**
     * Parses {@code cron} in {@code zone}.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public static CronSchedule parse(String cron, ZoneId zone) {
        String[] f = cron.trim().split("\\s+");
        if (f.length != 5) {
            throw new IllegalArgumentException("cron '" + cron + "': expected 5 fields (minute hour day-of-month "
                    + "month day-of-week), got " + f.length);
        }
        return new CronSchedule(cron.trim(), zone, f);
    }

    /** Whether a window starts in the minute that begins at {@code epochMs} (truncated to the minute). */
    public boolean startsAt(long epochMs) {
        ZonedDateTime t = Instant.ofEpochMilli(epochMs - Math.floorMod(epochMs, MINUTE)).atZone(zone);
        if (!minutes.get(t.getMinute()) || !hours.get(t.getHour()) || !months.get(t.getMonthValue())) {
            return false;
        }
        boolean day = days.get(t.getDayOfMonth());
        boolean weekday = weekdays.get(t.getDayOfWeek().getValue() % 7);
        if (anyDay || anyWeekday) {
            return day && weekday;
        }
        return day || weekday;
    }

    /**
     * Whether a window of {@code durationMs} starting at a scheduled minute overlaps
     * {@code [fromMs, toMs)}. Looks back at most {@code durationMs} minute by minute, so callers
     * cache the answer per bucket rather than per host.
     */
    public boolean overlaps(long fromMs, long toMs, long durationMs) {
        long first = fromMs - durationMs + 1;
        first += Math.floorMod(-first, MINUTE);
        for (long s = first; s < toMs; s += MINUTE) {
            if (startsAt(s)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text + " " + zone;
    }

    private static BitSet field(String spec, int min, int max, String name) {
        BitSet out = new BitSet(max + 1);
        for (String part : spec.split(",")) {
            int step = 1;
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                step = number(part.substring(slash + 1), 1, max, name);
                range = part.substring(0, slash);
            }
            int lo;
            int hi;
            if (range.equals("*")) {
                lo = min;
                hi = max;
            } else if (range.contains("-")) {
                String[] ab = range.split("-", 2);
                lo = number(ab[0], min, max, name);
                hi = number(ab[1], min, max, name);
            } else {
                lo = number(range, min, max, name);
                hi = slash >= 0 ? max : lo;
            }
            if (lo > hi) {
                throw new IllegalArgumentException("cron " + name + ": range " + range + " runs backwards");
            }
            for (int v = lo; v <= hi; v += step) {
                out.set(v);
            }
        }
        return out;
    }

    private static int number(String s, int min, int max, String name) {
        try {
            int v = Integer.parseInt(s.trim());
            if (v < min || v > max) {
                throw new IllegalArgumentException("cron " + name + ": " + v + " is outside " + min + "-" + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cron " + name + ": '" + s + "' is not a number, *, a list, a range or a step");
        }
    }
}
