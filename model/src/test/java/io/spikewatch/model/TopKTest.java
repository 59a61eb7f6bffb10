package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopKTest {

    @Test
    void countsExactlyWhileThereIsRoom() {
        TopK k = new TopK(3);
        for (String v : new String[] {"a", "b", "a", "c", "a", "b", null}) {
            k.add(v);
        }
        assertThat(k.size()).isEqualTo(3);
        assertThat(k.top()).isEqualTo("a");
        Integer[] order = k.order();
        assertThat(order).extracting(i -> k.values[i] + "=" + k.counts[i]).containsExactly("a=3", "b=2", "c=1");
    }

    @Test
    void staysBoundedAndKeepsTheHeavyHitter() {
        TopK k = new TopK(4);
        for (int i = 0; i < 10_000; i++) {
            k.add("noise-" + i);
            k.add("attacker");
        }
        assertThat(k.size()).isEqualTo(4);
        assertThat(k.top()).isEqualTo("attacker");
        assertThat(k.counts[k.order()[0]]).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void tiesAreOrderedByValue() {
        TopK k = new TopK(3);
        k.add("b");
        k.add("a");
        assertThat(k.top()).isEqualTo("a");
    }
}
