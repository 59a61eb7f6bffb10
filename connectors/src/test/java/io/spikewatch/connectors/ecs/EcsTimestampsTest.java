package io.spikewatch.connectors.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EcsTimestampsTest {

    /** 2022-04-04T18:37:01Z. */
    private static final long T0 = 1_649_097_421_000L;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2022-04-04T18:37:01Z,            0",
        "2022-04-04T18:37:01.5Z,          500",
        "2022-04-04T18:37:01.577Z,        577",
        "2022-04-04T18:37:01.577577Z,     577",
        "2022-04-04T18:37:01.5775771Z,    577",
        "2022-04-04T18:37:01.999999999Z,  999",
        "2022-04-04T18:37:01.000000001Z,  0",
        "2022-04-04T18:37:01.05Z,         50",
    })
    void fractionalDigitsZeroToNineAreTruncatedToMillis(String text, long millis) {
        assertThat(EcsTimestamps.parseCommonForm(text)).as("fast path").isEqualTo(T0 + millis);
        assertThat(EcsTimestamps.parseIso(text)).isEqualTo(T0 + millis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2022-04-04T20:37:01.577+02:00,   577",
        "2022-04-04T13:07:01.5775771-05:30, 577",
        "2022-04-04T18:37:01+00:00,       0",
        "2022-04-04T18:37:01-00:00,       0",
        "2022-04-05T08:37:01+14:00,       0",
    })
    void offsetsAreAppliedOnTheFastPath(String text, long millis) {
        assertThat(EcsTimestamps.parseCommonForm(text)).isEqualTo(T0 + millis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2022-04-04t18:37:01.577z,        577",
        "2022-04-04 18:37:01.577Z,        577",
        "2022-04-04T20:37:01.577+0200,    577",
        "2022-04-04T20:37:01.577+02,      577",
        "2022-04-04T18:37:01.577,         577",
        "2022-04-04T18:37Z,               -1000",
    })
    void rarerFormsGoThroughTheFallback(String text, long millis) {
        assertThat(EcsTimestamps.parseCommonForm(text)).as("not the fast path").isEqualTo(EcsTimestamps.INVALID);
        assertThat(EcsTimestamps.parseIso(text)).isEqualTo(T0 + millis);
    }

    @Test
    void aDateAloneIsMidnightUtc() {
        assertThat(EcsTimestamps.parseIso("2022-04-04")).isEqualTo(1_649_030_400_000L);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "", "yesterday", "2022-04-04T18:37:01.Z", "2022-04-04T18:37:01.1234567890Z",
        "2022-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2022-13-01T00:00:00Z", "2022-04-04T24:00:00Z",
        "2022-04-04T18:60:00Z", "2022-04-04T18:37:01+19:00", "2022-04-04T18:37:01Zjunk", "2022-04-04T18:37:01 Z",
        "1649097421577",
    })
    void invalidTextIsInvalidNeverAnException(String text) {
        assertThat(EcsTimestamps.parseIso(text)).isEqualTo(EcsTimestamps.INVALID);
    }

    @Test
    void leapDayAndPreEpochInstantsMatchJavaTime() {
        assertThat(EcsTimestamps.parseIso("2024-02-29T23:59:59.999Z")).isEqualTo(1_709_251_199_999L);
        assertThat(EcsTimestamps.parseIso("1969-12-31T23:59:59.9995Z")).isEqualTo(-1L);
        assertThat(EcsTimestamps.parseIso("1970-01-01T00:00:00Z")).isZero();
        assertThat(EcsTimestamps.parseIso("0001-01-01T00:00:00Z"))
                .isEqualTo(Instant.parse("0001-01-01T00:00:00Z").toEpochMilli());
    }

    /** The fast path agrees with java.time on many seeded random instants, offsets and precisions. */
    @Test
    void fastPathAgreesWithJavaTimeOnRandomInstants() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong() % 20_000_000_000L; // about 1336 to 2603
            int nanos = random.nextInt(1_000_000_000);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(18 * 4 * 2 + 1) - 18 * 4) * 15 * 60);
            OffsetDateTime t = Instant.ofEpochSecond(seconds, nanos).atOffset(offset);
            int digits = random.nextInt(10);
            String pattern = "uuuu-MM-dd'T'HH:mm:ss" + (digits == 0 ? "" : "." + "S".repeat(digits)) + "xxx";
            String text = DateTimeFormatter.ofPattern(pattern).format(t).replace("+00:00", random.nextBoolean() ? "Z" : "+00:00");
            long expected = OffsetDateTime.parse(text).toInstant().toEpochMilli();
            assertThat(EcsTimestamps.parseCommonForm(text)).as(text).isEqualTo(expected);
        }
    }
}
