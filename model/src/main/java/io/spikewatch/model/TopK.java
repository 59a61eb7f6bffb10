package io.spikewatch.model;

import java.util.Arrays;

/**
 * Bounded heavy-hitter counter (Space-Saving): at most {@code capacity} distinct values, whatever
 * the input. When full, a new value replaces the least counted one and inherits its count plus
 * one, so the counts of frequent values are overestimated by at most the smallest count.
 *
 * <p>A strict POJO (public no-arg constructor, public fields) so Flink serializes it without
 * Kryo; slots are filled from index 0, {@code null} marks a free slot.
 */
public final class TopK {

    /** Values in the slots; {@code null} where free. */
    public String[] values;
    /** Counts of the slots. */
    public long[] counts;

    /** For Flink's POJO serializer. */
    public TopK() {}

    public TopK(int capacity) {
        values = new String[capacity];
        counts = new long[capacity];
    }

    /** Counts one occurrence of {@code value}; {@code null} is ignored. */
    public void add(String value) {
        if (value == null) {
            return;
        }
        int min = 0;
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (v == null) {
                values[i] = value;
                counts[i] = 1;
                return;
            }
            if (v.equals(value)) {
                counts[i]++;
                return;
            }
            if (counts[i] < counts[min]) {
                min = i;
            }
        }
        if (values.length > 0) {
            values[min] = value;
            counts[min]++;
        }
    }

    /** Number of occupied slots. */
    public int size() {
        int n = 0;
        while (n < values.length && values[n] != null) {
            n++;
        }
        return n;
    }

    /** Slot indices ordered by count descending, then value ascending (deterministic). */
    public Integer[] order() {
        Integer[] idx = new Integer[size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> counts[a] != counts[b]
                ? Long.compare(counts[b], counts[a])
                : values[a].compareTo(values[b]));
        return idx;
    }

    /** The most counted value (ties: the smallest value), or {@code null} when empty; no allocation. */
    public String top() {
        String best = null;
        long bestCount = -1;
        for (int i = 0; i < values.length && values[i] != null; i++) {
            if (counts[i] > bestCount || (counts[i] == bestCount && values[i].compareTo(best) < 0)) {
                best = values[i];
                bestCount = counts[i];
            }
        }
        return best;
    }
}
