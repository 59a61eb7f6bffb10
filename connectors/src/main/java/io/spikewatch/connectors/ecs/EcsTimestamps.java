package io.spikewatch.connectors.ecs;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * {@code @timestamp} text to epoch milliseconds.
 *
 * <p>Almost every ECS timestamp has the form {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)};
 * a hand-rolled scan of that form avoids the allocations and exceptions of {@code java.time}
 * parsing, which dominate the cost of a record otherwise. Anything else (lower-case {@code t}/
 * {@code z}, a space instead of {@code T}, {@code ±hhmm} or {@code ±hh} offsets, no offset, no
 * seconds, a date alone) goes to a {@code java.time} fallback that accepts what Elasticsearch's
 * {@code strict_date_optional_time} accepts; a missing offset means UTC, as in Elasticsearch.
 *
 * <p>Sub-millisecond digits are truncated (floor, like {@link java.time.Instant#toEpochMilli()}).
 */
public final class EcsTimestamps {

    /** Returned for text that is not a valid timestamp; no valid timestamp maps to it. */
    public static final long INVALID = Long.MIN_VALUE;

    private static final long MS_PER_DAY = 86_400_000L;

    private static final DateTimeFormatter FALLBACK = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .padNext(1)
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalEnd()
            .optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    private EcsTimestamps() {}

    /**
     * Parses an ISO-8601 date-time to epoch milliseconds, or returns {@link #INVALID}. Never throws.
     */
    public static long parseIso(String text) {
        if (text == null) {
            return INVALID;
        }
        long fast = parseCommonForm(text);
        return fast != INVALID ? fast : parseFallback(text);
    }

    /**
     * The fast path: exactly {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±hh:mm)} with valid field
     * ranges, else {@link #INVALID} (the caller then tries the fallback).
     */
    static long parseCommonForm(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return INVALID;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return INVALID;
        }
        int i = 19;
        int millis = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && isDigit(s.charAt(i))) {
                if (i - start < 3) {
                    millis = millis * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            int fractionDigits = i - start;
            if (fractionDigits == 0 || fractionDigits > 9) {
                return INVALID;
            }
            for (int k = fractionDigits; k < 3; k++) {
                millis *= 10;
            }
        }
        if (i >= n) {
            return INVALID;
        }
        char c = s.charAt(i);
        int offsetSeconds;
        if (c == 'Z') {
            offsetSeconds = 0;
            i++;
        } else if ((c == '+' || c == '-') && n - i == 6 && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if (oh < 0 || om < 0 || om > 59 || oh > 18 || (oh == 18 && om > 0)) {
                return INVALID;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
            i += 6;
        } else {
            return INVALID;
        }
        if (i != n) {
            return INVALID;
        }
        return daysFromCivil(year, month, day) * MS_PER_DAY + hour * 3_600_000L + minute * 60_000L
                + second * 1000L + millis - offsetSeconds * 1000L;
    }

    /** The java.time path for rarer forms; {@link #INVALID} when it fails too. */
    static long parseFallback(String s) {
        try {
            TemporalAccessor t = FALLBACK.parse(s.trim());
            LocalTime time = t.isSupported(ChronoField.NANO_OF_DAY) ? LocalTime.from(t) : LocalTime.MIDNIGHT;
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS));
            return LocalDateTime.of(LocalDate.from(t), time).toInstant(offset).toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
            return INVALID;
        }
    }

    /** Non-negative value of {@code len} decimal digits at {@code from}, or -1. */
    private static int digits(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                return IsoChronology.INSTANCE.isLeapYear(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
