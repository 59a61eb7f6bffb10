package io.spikewatch.bench.nab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The raw NAB scores of one detector: per profile, the threshold it was scored at and the score of
 * every series at that threshold (the rows of NAB's {@code <detector>_<profile>_scores.csv}).
 * Normalise them with {@link NabScorer#normalized}.
 */
public record DetectorScores(String detector, Source source, Map<String, ProfileScores> profiles) {

    /** Where the scores come from. */
    public enum Source {
        /** Scored by our port from per-row anomaly scores, threshold optimised over the corpus. */
        RAW_ROWS("raw rows"),
        /** Published per-file scores ({@code results/<detector>/<detector>_<profile>_scores.csv}). */
        PUBLISHED_FILE_SCORES("per-file");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DetectorScores {
        profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
    }

    /**
     * One profile: the threshold (NaN when unknown), the corpus score the optimiser found at it
     * (NaN for published scores), and each series' score keyed by path.
     */
    public record ProfileScores(String profile, double threshold, double optimizerScore,
            Map<String, ThresholdScore> files) {

        public ProfileScores {
            // Sorted, so that totals add up in the same order on every run.
            files = Collections.unmodifiableMap(new TreeMap<>(files));
        }

        /** The sum of the scores of the subset's series (NAB's "Totals" row for the whole corpus). */
        public double total(NabSubset subset) {
            double total = 0;
            for (Map.Entry<String, ThresholdScore> e : files.entrySet()) {
                if (subset.contains(e.getKey())) {
                    total += e.getValue().score();
                }
            }
            return total;
        }
    }

    public ProfileScores profile(String name) {
        ProfileScores p = profiles.get(name);
        if (p == null) {
            throw new IllegalArgumentException(detector + " has no scores for profile '" + name + "'");
        }
        return p;
    }
}
