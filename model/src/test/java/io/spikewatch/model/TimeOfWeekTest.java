package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOfWeekTest {

    private static final long MONDAY = Instant.parse("2024-03-04T00:00:00Z").toEpochMilli();
    private static final TimeOfWeek UTC = new TimeOfWeek(0);

    @Test
    void daysHoursAndCells() {
        assertThat(UTC.dayOfWeek(MONDAY)).isZero();
        assertThat(UTC.dayOfWeek(MONDAY + 6 * DetectorSettings.DAY)).isEqualTo(6);
        assertThat(UTC.isWeekend(MONDAY + 5 * DetectorSettings.DAY)).isTrue();
        assertThat(UTC.isWeekend(MONDAY + 4 * DetectorSettings.DAY)).isFalse();
        assertThat(UTC.hourOfDay(MONDAY + 13 * DetectorSettings.HOUR + 59 * DetectorSettings.MINUTE)).isEqualTo(13);
        assertThat(UTC.cell(MONDAY + 2 * DetectorSettings.HOUR)).isEqualTo(2);
        assertThat(UTC.cell(MONDAY + 5 * DetectorSettings.DAY + 2 * DetectorSettings.HOUR)).isEqualTo(26);
        assertThat(UTC.dayOfWeek(Instant.parse("1969-12-31T12:00:00Z").toEpochMilli())).as("Wednesday").isEqualTo(2);
    }

    @Test
    void offsetShiftsTheLocalDay() {
        TimeOfWeek plus2 = new TimeOfWeek(120);
        // Sunday 23:00 UTC is Monday 01:00 at +02:00.
        long sunday23 = MONDAY - DetectorSettings.HOUR;
        assertThat(plus2.dayOfWeek(sunday23)).isZero();
        assertThat(plus2.hourOfDay(sunday23)).isEqualTo(1);
        assertThat(UTC.dayOfWeek(sunday23)).isEqualTo(6);
    }

    @Test
    void previousDaysOfTheSameKind() {
        assertThat(UTC.daysBackSameKind(MONDAY, 1)).as("Friday").isEqualTo(3);
        assertThat(UTC.daysBackSameKind(MONDAY, 2)).as("Thursday").isEqualTo(4);
        long wednesday = MONDAY + 2 * DetectorSettings.DAY;
        assertThat(UTC.daysBackSameKind(wednesday, 1)).isEqualTo(1);
        assertThat(UTC.daysBackSameKind(wednesday, 2)).isEqualTo(2);
        long saturday = MONDAY + 5 * DetectorSettings.DAY;
        assertThat(UTC.daysBackSameKind(saturday, 1)).as("last Sunday").isEqualTo(6);
        assertThat(UTC.daysBackSameKind(saturday, 2)).as("last Saturday").isEqualTo(7);
        long sunday = MONDAY + 6 * DetectorSettings.DAY;
        assertThat(UTC.daysBackSameKind(sunday, 1)).isEqualTo(1);
        assertThat(UTC.daysBackSameKind(sunday, 2)).isEqualTo(7);
    }
}
