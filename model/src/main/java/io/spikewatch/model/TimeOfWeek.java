package io.spikewatch.model;

/**
 * Calendar arithmetic on epoch milliseconds in a fixed UTC offset, without allocation:
 * hour of day, weekday or weekend, and absolute hour numbers.
 */
public final class TimeOfWeek {

    private final long offsetMs;

    public TimeOfWeek(int utcOffsetMinutes) {
        this.offsetMs = utcOffsetMinutes * DetectorSettings.MINUTE;
    }

    /** Day of week, 0 = Monday .. 6 = Sunday (1970-01-01 was a Thursday). */
    public int dayOfWeek(long epochMs) {
        long day = Math.floorDiv(epochMs + offsetMs, DetectorSettings.DAY);
        return (int) Math.floorMod(day + 3, 7);
    }

    public boolean isWeekend(long epochMs) {
        return dayOfWeek(epochMs) >= 5;
    }

    public int hourOfDay(long epochMs) {
        return (int) (Math.floorMod(epochMs + offsetMs, DetectorSettings.DAY) / DetectorSettings.HOUR);
    }

    /** Hours since the epoch in local time. */
    public long absoluteHour(long epochMs) {
        return Math.floorDiv(epochMs + offsetMs, DetectorSettings.HOUR);
    }

    /** Time-of-week cell: hour of day, plus 24 on weekends. */
    public int cell(long epochMs) {
        return hourOfDay(epochMs) + (isWeekend(epochMs) ? 24 : 0);
    }

    /**
     * How many days back the previous {@code n}-th day of the same kind (weekday or weekend) lies,
     * for {@code n} = 1 or 2. Monday's previous weekdays are Friday (3) and Thursday (4);
     * Saturday's previous weekend days are last Sunday (6) and last Saturday (7).
     */
    public int daysBackSameKind(long epochMs, int n) {
        int dow = dayOfWeek(epochMs);
        int back = 0;
        boolean weekend = dow >= 5;
        int found = 0;
        while (found < n) {
            back++;
            int d = Math.floorMod(dow - back, 7);
            if ((d >= 5) == weekend) {
                found++;
            }
        }
        return back;
    }
}
