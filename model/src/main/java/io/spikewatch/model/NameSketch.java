package io.spikewatch.model;

import java.util.Arrays;

/**
 * Which files a bucket received, as a bottom-{@value #SIZE} sketch: the {@value #SIZE} smallest
 * hashes of its distinct file names (case-insensitive), sorted. Two buckets' sketches estimate how
 * much their name sets overlap (their Jaccard similarity; exact while the two together hold at most
 * {@value #SIZE} names), so the gate can tell the same toolkit copied to several hosts from an account's unrelated
 * copies. Bounded whatever a bucket receives: {@value #SIZE} ints.
 *
 * <p>Static methods over a plain {@code int[]} (Flink state holds the array; no object per name).
 */
public final class NameSketch {

    /** Hashes kept per bucket. */
    public static final int SIZE = 8;

    /** The sketch of no files. */
    public static final int[] EMPTY = new int[0];

    private NameSketch() {}

    /**
     * {@code sketch} with {@code name} added: the same array when the name's hash is in it already or
     * too large to be kept, otherwise a sketch that holds it (a new array while the sketch grows,
     * the same array once it is full).
     */
    public static int[] add(int[] sketch, String name) {
        if (name == null || name.isEmpty()) {
            return sketch;
        }
        int h = hash(name);
        int at = Arrays.binarySearch(sketch, h);
        if (at >= 0) {
            return sketch;
        }
        int insert = -at - 1;
        if (sketch.length < SIZE) {
            int[] grown = new int[sketch.length + 1];
            System.arraycopy(sketch, 0, grown, 0, insert);
            grown[insert] = h;
            System.arraycopy(sketch, insert, grown, insert + 1, sketch.length - insert);
            return grown;
        }
        if (insert >= SIZE) {
            return sketch;
        }
        System.arraycopy(sketch, insert, sketch, insert + 1, SIZE - 1 - insert);
        sketch[insert] = h;
        return sketch;
    }

    /**
     * Whether two sketches are of mostly the same files: of the smallest {@value #SIZE} hashes of
     * their union, at least half are in both (an estimate of Jaccard similarity >= 0.5). "In
     * both" is decided exactly on full sketches too: each of the union's smallest hashes is among the
     * smallest of every set that holds it. Empty sketches match nothing.
     */
    public static boolean sameFiles(int[] a, int[] b) {
        if (a == null || b == null || a.length == 0 || b.length == 0) {
            return false;
        }
        int i = 0;
        int j = 0;
        int seen = 0;
        int both = 0;
        while (seen < SIZE && (i < a.length || j < b.length)) {
            if (j >= b.length || (i < a.length && a[i] < b[j])) {
                i++;
            } else if (i >= a.length || b[j] < a[i]) {
                j++;
            } else {
                both++;
                i++;
                j++;
            }
            seen++;
        }
        return 2 * both >= seen;
    }

    /**
     * A case-insensitive hash of a file name, mixed so that the smallest hashes are a uniform sample
     * of the names (no allocation).
     */
    static int hash(String name) {
        int h = 0;
        for (int k = 0; k < name.length(); k++) {
            h = 31 * h + Character.toLowerCase(name.charAt(k));
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
