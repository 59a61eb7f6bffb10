package io.spikewatch.bench.quality;

import com.amazon.randomcutforest.config.ForestMode;
import com.amazon.randomcutforest.config.ImputationMethod;
import com.amazon.randomcutforest.config.Precision;
import com.amazon.randomcutforest.config.TransformMethod;
import com.amazon.randomcutforest.parkservices.AnomalyDescriptor;
import com.amazon.randomcutforest.parkservices.ThresholdedRandomCutForest;
import io.spikewatch.job.sim.Evaluation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The OpenSearch anomaly-detection peer: one thresholded random cut forest per host (a
 * high-cardinality detector with {@code host.name} as its category field and the count of remote
 * transfers per 15-minute interval as its one feature), built as OpenSearch AD's cold start builds it
 * ({@code ADColdStart#trainModelFromDataSegments} with the plugin defaults of
 * {@code TimeSeriesSettings}):
 *
 * <ul>
 *   <li>50 trees, sample size 256, shingle size 8 with internal shingling, output after
 *       {@code max(shingle, 32)} = 32 points, initial accept fraction 32 / 256;
 *   <li>time decay and transform decay {@code 1 / recencyEmphasis} with the default recency emphasis
 *       {@code 10 x 256}, i.e. 1/2560 (releases before recency emphasis used 0.0001);
 *   <li>anomaly rate {@code 1 - 0.995} = 0.005, transform {@code NORMALIZE}, auto-adjust and
 *       alert-once on, compact forest, {@code FLOAT_32} precision, no parallel execution inside the
 *       forest;
 *   <li>bounding-box cache fraction 1, as OpenSearch's historical analysis
 *       ({@code BATCH_BOUNDING_BOX_CACHE_RATIO}); real time uses 0 to save memory. It is a cache: the
 *       descriptors are the same (checked on a 2016-bucket series), five times faster;
 *   <li>forest mode {@code STANDARD}. OpenSearch switches to {@code STREAMING_IMPUTE} (impute
 *       {@code PREVIOUS}) when the shingle is longer than 1, to fill intervals its query found no
 *       document for; our counts are dense, an empty bucket is a real zero as OpenSearch's
 *       "accept empty bucket" cold start also treats it, so there is nothing to impute and the plain
 *       mode is used.
 * </ul>
 *
 * <p>Each host's forest gets a fixed seed derived from the host name (64-bit FNV-1a, then a SplitMix64
 * finaliser, XOR a base seed), so a run is reproducible and does not depend on the order hosts are
 * visited in. OpenSearch seeds randomly in production; a fixed seed per host is the same model with one
 * draw of its randomness pinned.
 *
 * <p>Buckets are fed in time order from the host's first transfer on, one value per bucket (zeros
 * included). Bucket {@code b} is anomalous when the descriptor returned for it has
 * {@code anomalyGrade > 0}.
 *
 * <p>One-sided. RCF flags any deviation, a host going quiet included; the rule only cares about
 * spikes. The descriptor places the anomaly at {@code b + relativeIndex} (0 or earlier in the
 * shingle) and, when it can, gives the value it expected there ({@code expectedValuesList}); an
 * anomaly counts only if the count at that bucket is above that expectation. When the descriptor has
 * no expected value, the count must be above the mean of the preceding day of buckets instead (on the
 * simulated fleets it always has one). OpenSearch 2.19 and later offer the same choice per feature
 * ("spikes only").
 *
 * <p>Alerts are raised at {@code b}, the bucket at which the forest decided, even when it places the
 * anomaly a few buckets earlier: the decision about a bucket may only use buckets up to it.
 *
 * <p>Suppression, for fairness with our product's per-host alert policy: after an alert on a host,
 * further anomalous buckets of that host less than {@link #suppression()} after it raise no alert.
 *
 * <p>Hosts are independent, so they are scored on a few threads; the alerts do not depend on how
 * many (each host has its own forest and seed, and they are collected in host order).
 *
 * <p>Cost: the forest is what it is, about 0.18 ms of CPU per bucket (50 trees updated, scored and
 * attributed); a 140-host, three-week fleet (266 000 host-buckets) is 48 s of CPU. Wall time measured
 * on two cores shared with another build: 92-96 s on one thread, 60 s on two.
 */
public final class RcfDetector implements FleetDetector {

    public static final int NUMBER_OF_TREES = 50;
    public static final int SAMPLE_SIZE = 256;
    public static final int SHINGLE_SIZE = 8;
    /** {@code TimeSeriesSettings.NUM_MIN_SAMPLES}. */
    public static final int NUM_MIN_SAMPLES = 32;
    /** {@code TimeSeriesSettings.DEFAULT_RECENCY_EMPHASIS}. */
    public static final int RECENCY_EMPHASIS = 10 * SAMPLE_SIZE;
    public static final double TIME_DECAY = 1.0 / RECENCY_EMPHASIS;
    /** {@code 1 - TimeSeriesSettings.THRESHOLD_MIN_PVALUE}. */
    public static final double ANOMALY_RATE = 1 - 0.995;
    public static final Duration DEFAULT_SUPPRESSION = Duration.ofHours(24);
    /** Buckets of the "previous day" fallback for the one-sided check (at 15-minute buckets). */
    static final int FALLBACK_WINDOW = 96;

    private final Duration suppression;
    private final long baseSeed;
    private final int threads;

    /** 24 hours of per-host suppression, base seed 0, one thread per core. */
    public RcfDetector() {
        this(DEFAULT_SUPPRESSION, 0L);
    }

    /** One thread per core. */
    public RcfDetector(Duration suppression, long baseSeed) {
        this(suppression, baseSeed, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param suppression after an alert on a host, anomalous buckets of that host starting less than
     *     this later raise no alert ({@link Duration#ZERO}: every anomalous bucket alerts)
     * @param baseSeed mixed into every host's seed: another value is another draw of the forests
     * @param threads hosts scored at once (the alerts are the same for any value)
     */
    public RcfDetector(Duration suppression, long baseSeed, int threads) {
        if (suppression.isNegative()) {
            throw new IllegalArgumentException("suppression must not be negative: " + suppression);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.suppression = suppression;
        this.baseSeed = baseSeed;
        this.threads = threads;
    }

    @Override
    public String name() {
        return "rcf";
    }

    public Duration suppression() {
        return suppression;
    }

    @Override
    public List<Evaluation.Alert> detect(FleetBuckets fleet) {
        long span = fleet.spanMs();
        List<String> hosts = fleet.hosts();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, hosts.size())));
        try {
            List<Future<List<Long>>> perHost = new ArrayList<>();
            for (String host : hosts) {
                long first = fleet.firstBucket(host);
                long[] counts = fleet.counts(host);
                perHost.add(pool.submit(() -> alertBuckets(host, first, counts, span)));
            }
            List<Evaluation.Alert> alerts = new ArrayList<>();
            for (int h = 0; h < hosts.size(); h++) {
                for (long bucket : perHost.get(h).get()) {
                    alerts.add(new Evaluation.Alert(hosts.get(h), bucket * span));
                }
            }
            return alerts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring hosts", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("scoring a host failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The buckets (indices, start / span) at which one host alerts.
     *
     * @param counts the host's count in every bucket from {@code firstBucket} on, in time order
     */
    public List<Long> alertBuckets(String host, long firstBucket, long[] counts, long spanMs) {
        ThresholdedRandomCutForest forest = forest(seed(host));
        long suppressBuckets = (suppression.toMillis() + spanMs - 1) / spanMs;
        List<Long> out = new ArrayList<>();
        long lastAlert = Long.MIN_VALUE;
        double[] point = new double[1];
        double windowSum = 0;
        for (int i = 0; i < counts.length; i++) {
            long bucket = firstBucket + i;
            point[0] = counts[i];
            // OpenSearch passes each interval's end, in epoch seconds.
            AnomalyDescriptor d = forest.process(point, (bucket + 1) * spanMs / 1000);
            if (d.getAnomalyGrade() > 0 && isSpike(d, counts, i, windowSum)
                    && (lastAlert == Long.MIN_VALUE || bucket - lastAlert >= suppressBuckets)) {
                out.add(bucket);
                lastAlert = bucket;
            }
            windowSum += counts[i];
            if (i >= FALLBACK_WINDOW) {
                windowSum -= counts[i - FALLBACK_WINDOW];
            }
        }
        return out;
    }

    /**
     * Whether the anomaly is upward: the count where the forest places it against what it expected
     * there, or against the mean of the day before when it gives no expectation.
     *
     * @param windowSum sum of the {@value #FALLBACK_WINDOW} counts before {@code i} (fewer at the start)
     */
    private static boolean isSpike(AnomalyDescriptor d, long[] counts, int i, double windowSum) {
        int at = Math.max(0, Math.min(i, i + d.getRelativeIndex()));
        double actual = counts[at];
        double[][] expected = d.getExpectedValuesList();
        if (d.isExpectedValuesPresent() && expected != null && expected.length > 0 && expected[0] != null
                && expected[0].length > 0) {
            return actual > expected[0][0];
        }
        int n = Math.min(i, FALLBACK_WINDOW);
        return n > 0 && actual > windowSum / n;
    }

    private ThresholdedRandomCutForest forest(long seed) {
        return ThresholdedRandomCutForest.builder()
                .dimensions(SHINGLE_SIZE)
                .shingleSize(SHINGLE_SIZE)
                .internalShinglingEnabled(true)
                .sampleSize(SAMPLE_SIZE)
                .numberOfTrees(NUMBER_OF_TREES)
                .timeDecay(TIME_DECAY)
                .transformDecay(TIME_DECAY)
                .outputAfter(Math.max(SHINGLE_SIZE, NUM_MIN_SAMPLES))
                .initialAcceptFraction(NUM_MIN_SAMPLES * 1.0 / SAMPLE_SIZE)
                .parallelExecutionEnabled(false)
                .compact(true)
                .precision(Precision.FLOAT_32)
                .boundingBoxCacheFraction(1)
                .anomalyRate(ANOMALY_RATE)
                .transformMethod(TransformMethod.NORMALIZE)
                .alertOnce(true)
                .autoAdjust(true)
                .forestMode(ForestMode.STANDARD)
                .imputationMethod(ImputationMethod.PREVIOUS)
                .randomSeed(seed)
                .build();
    }

    /** The forest seed of a host: stable across runs, JVMs and host order. */
    long seed(String host) {
        long h = 0xcbf29ce484222325L;
        for (byte b : host.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h ^ baseSeed);
    }

    /** SplitMix64's finaliser: spreads similar names (host-001, host-002) over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
