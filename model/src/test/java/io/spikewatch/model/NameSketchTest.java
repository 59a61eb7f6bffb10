package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameSketchTest {

    private static int[] sketchOf(String... names) {
        int[] s = NameSketch.EMPTY;
        for (String n : names) {
            s = NameSketch.add(s, n);
        }
        return s;
    }

    private static String[] numbered(String prefix, int from, int to) {
        String[] names = new String[to - from];
        for (int i = from; i < to; i++) {
            names[i - from] = prefix + i + ".dat";
        }
        return names;
    }

    @Test
    void keepsDistinctNamesCaseInsensitivelySortedAndBounded() {
        int[] s = sketchOf("AdFind.exe", "adfind.EXE", "7za.exe", null, "");
        assertThat(s).hasSize(2).isSorted();
        int[] many = sketchOf(numbered("f", 0, 500));
        assertThat(many).hasSize(NameSketch.SIZE).isSorted();
    }

    /** The sketch of a large set is the smallest hashes of all its names, whatever their order. */
    @Test
    void aFullSketchKeepsTheSmallestHashesInAnyOrder() {
        String[] names = numbered("f", 0, 300);
        int[] forward = sketchOf(names);
        java.util.Collections.reverse(java.util.Arrays.asList(names));
        assertThat(sketchOf(names)).containsExactly(forward);
        int[] all = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            all[i] = NameSketch.hash(names[i]);
        }
        java.util.Arrays.sort(all);
        assertThat(forward).containsExactly(java.util.Arrays.copyOf(all, NameSketch.SIZE));
    }

    @Test
    void theSameFilesAreMostlyTheSameNamesAndNothingElse() {
        int[] kit = sketchOf("AdFind.exe", "adf.bat", "7za.exe", "nltest_out.txt");
        assertThat(NameSketch.sameFiles(kit, sketchOf("nltest_out.txt", "7ZA.exe", "adf.bat", "AdFind.exe"))).isTrue();
        // four of six names shared (Jaccard 0.67): the kit with a per-host service binary each
        assertThat(NameSketch.sameFiles(sketchOf("a.exe", "AdFind.exe", "adf.bat", "7za.exe", "nltest_out.txt"),
                sketchOf("b.exe", "AdFind.exe", "adf.bat", "7za.exe", "nltest_out.txt"))).isTrue();
        // one of three shared: an admin's different support files
        assertThat(NameSketch.sameFiles(sketchOf("fix_printer.bat", "drivers.zip"),
                sketchOf("drivers.zip", "logs.zip"))).isFalse();
        assertThat(NameSketch.sameFiles(kit, NameSketch.EMPTY)).isFalse();
        assertThat(NameSketch.sameFiles(null, kit)).isFalse();
    }

    /** Large sets: 400 shared of 500 each (Jaccard 0.67) match, 100 shared of 500 (0.11) do not. */
    @Test
    void estimatesTheOverlapOfLargeSets() {
        int[] a = sketchOf(concat(numbered("s", 0, 400), numbered("a", 0, 100)));
        int[] b = sketchOf(concat(numbered("s", 0, 400), numbered("b", 0, 100)));
        int[] c = sketchOf(concat(numbered("s", 0, 100), numbered("c", 0, 400)));
        assertThat(NameSketch.sameFiles(a, b)).isTrue();
        assertThat(NameSketch.sameFiles(a, c)).isFalse();
    }

    private static String[] concat(String[] x, String[] y) {
        String[] r = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }
}
