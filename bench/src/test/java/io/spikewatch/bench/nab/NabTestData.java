package io.spikewatch.bench.nab;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the NAB corpus is: {@code ../shared/data/nab} from the repository root (the folder holding {@code deploy/}). */
final class NabTestData {

    private NabTestData() {}

    /** The NAB folder, or the calling test is skipped with a message saying where it was looked for. */
    static Path rootOrSkip() {
        Path nab = expectedRoot();
        Assumptions.assumeTrue(isPresent(nab), () -> missing(nab));
        return nab;
    }

    /** {@code ../shared/data/nab} from the repository root; null when no parent folder holds {@code deploy/}. */
    static Path expectedRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy"))) {
            dir = dir.getParent();
        }
        return dir == null || dir.getParent() == null ? null : dir.getParent().resolve("shared/data/nab");
    }

    static boolean isPresent(Path nab) {
        return nab != null && Files.isRegularFile(nab.resolve(NabCorpus.WINDOWS));
    }

    static String missing(Path nab) {
        return "NAB data not found at ../shared/data/nab beside the repository root (looked for " + nab
                + "); NAB reproduction checks skipped";
    }
}
