package io.spikewatch.connectors.elasticsearch;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private final RetryPolicy defaults = new RetryPolicy(10, 100, 30_000);

    @Test
    void backoffDoublesFromTheInitialWaitUpToTheCap() {
        List<Long> waits = IntStream.rangeClosed(1, 11).mapToObj(defaults::backoffMs).toList();
        assertThat(waits).containsExactly(100L, 200L, 400L, 800L, 1_600L, 3_200L, 6_400L, 12_800L, 25_600L,
                30_000L, 30_000L);
    }

    @Test
    void backoffNeverOverflows() {
        assertThat(defaults.backoffMs(64)).isEqualTo(30_000);
        assertThat(defaults.backoffMs(Integer.MAX_VALUE)).isEqualTo(30_000);
        assertThat(new RetryPolicy(3, 1, Long.MAX_VALUE).backoffMs(70)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void maxRetriesCountsRetriesNotAttempts() {
        assertThat(defaults.exhausted(10)).isFalse();
        assertThat(defaults.exhausted(11)).isTrue();
        RetryPolicy never = new RetryPolicy(0, 100, 100);
        assertThat(never.exhausted(1)).isTrue();
    }

    @Test
    void takesItsValuesFromTheSettings() {
        ElasticsearchSettings s = ElasticsearchSettings.defaults(List.of("http://h:9200"), "i").withRetries(3, 50, 400);
        assertThat(RetryPolicy.of(s)).isEqualTo(new RetryPolicy(3, 50, 400));
    }

    @Test
    void aWaitBeforeAnyFailureIsABug() {
        assertThatThrownBy(() -> defaults.backoffMs(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
