package io.spikewatch.bench.nab;

/**
 * An application profile of NAB's {@code config/profiles.json}: the weights of a true positive, a
 * false positive and a missed window (false negative).
 */
public record NabProfile(String name, double tpWeight, double fpWeight, double fnWeight) {

    public static final String STANDARD = "standard";
    public static final String LOW_FP = "reward_low_FP_rate";
    public static final String LOW_FN = "reward_low_FN_rate";
}
