package io.spikewatch.bench.nab;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A part of the corpus that scores are normalised over: the whole corpus, the realTweets folder,
 * or the count-like series. Names are the keys of {@code subset_scores_derived.json}.
 */
public final class NabSubset {

    /**
     * The count-like series: values that are event counts or volumes per interval, non-negative
     * and spiky, like transfers per bucket: tweets per 5 minutes, taxi passengers per 30 minutes,
     * ELB requests, EC2 bytes in and bytes written.
     *
     * <p>{@code subset_scores_derived.json} gives only the scores over this subset, not its files.
     * This list is the subset that reproduces them: re-normalising every published detector's
     * per-file scores ({@code results/<detector>/<detector>_<profile>_scores.csv}) over these 17
     * files gives all 45 published {@code countlike} numbers to within their rounding (largest
     * difference 0.047), and no other choice among the corpus' integer-valued and byte/count series
     * does ({@code NabScorerTest} checks it).
     */
    public static final List<String> COUNT_LIKE_FILES = List.of(
            "realAWSCloudwatch/ec2_disk_write_bytes_1ef3de.csv",
            "realAWSCloudwatch/ec2_disk_write_bytes_c0d644.csv",
            "realAWSCloudwatch/ec2_network_in_257a54.csv",
            "realAWSCloudwatch/ec2_network_in_5abac7.csv",
            "realAWSCloudwatch/elb_request_count_8c0756.csv",
            "realAWSCloudwatch/iio_us-east-1_i-a2eb1cd9_NetworkIn.csv",
            "realKnownCause/nyc_taxi.csv",
            "realTweets/Twitter_volume_AAPL.csv",
            "realTweets/Twitter_volume_AMZN.csv",
            "realTweets/Twitter_volume_CRM.csv",
            "realTweets/Twitter_volume_CVS.csv",
            "realTweets/Twitter_volume_FB.csv",
            "realTweets/Twitter_volume_GOOG.csv",
            "realTweets/Twitter_volume_IBM.csv",
            "realTweets/Twitter_volume_KO.csv",
            "realTweets/Twitter_volume_PFE.csv",
            "realTweets/Twitter_volume_UPS.csv");

    public static final NabSubset ALL = new NabSubset("ALL", path -> true);
    public static final NabSubset REAL_TWEETS = new NabSubset("realTweets", path -> path.startsWith("realTweets/"));
    public static final NabSubset COUNT_LIKE = new NabSubset("countlike", Set.copyOf(COUNT_LIKE_FILES)::contains);

    private final String name;
    private final Predicate<String> filter;

    private NabSubset(String name, Predicate<String> filter) {
        this.name = name;
        this.filter = filter;
    }

    public static List<NabSubset> all() {
        return List.of(ALL, REAL_TWEETS, COUNT_LIKE);
    }

    public String name() {
        return name;
    }

    /** Whether a series path (relative to {@code data/}) belongs to the subset. */
    public boolean contains(String path) {
        return filter.test(path);
    }

    @Override
    public String toString() {
        return name;
    }
}
