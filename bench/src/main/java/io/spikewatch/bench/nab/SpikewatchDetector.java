package io.spikewatch.bench.nab;

import io.spikewatch.model.BucketScore;
import io.spikewatch.model.DetectorSettings;
import io.spikewatch.model.HostModel;
import io.spikewatch.model.HostState;

import java.util.Arrays;

/**
 * spikewatch's per-host model as a NAB detector: each series is one "host", each row one bucket
 * (the series' own interval, when it divides an hour; 5 minutes otherwise) whose count is the
 * row's value rounded to a whole number (negative values count as 0). The model is the production
 * one, with its defaults: one-sided (only rises are anomalies), so falls and level drops that NAB
 * labels are missed by design.
 *
 * <p>Score: the tail probability on a log scale that does not saturate ({@code 1 - 1/(1 + L/10)}
 * with {@code L = -log10 p}), so the threshold sweep can rank the strongest anomalies; and, as the
 * product suppresses an incident's continuation into one alert, a row scores only the part of its
 * evidence that exceeds the strongest of the previous day's rows (tried on NAB: 3, 12, 48, a day,
 * 3 days, a week of 5-minute rows gave standard 7.6, 12.2, 16.9, 26.9, 24.9, 23.2).
 */
public final class SpikewatchDetector implements SeriesDetector {

    private static final long FIVE_MINUTES = 5 * DetectorSettings.MINUTE;

    @Override
    public double[] scores(long[] timestampsMs, double[] values) {
        DetectorSettings d = DetectorSettings.defaults();
        long span = interval(timestampsMs);
        DetectorSettings s = new DetectorSettings(span, d.halfLifeMs(), d.utcOffsetMinutes(), d.threshold(),
                d.priorMean(), d.priorDispersion(), d.priorWeight(), d.cellShrink(), d.minDispersionIndex(),
                d.minMean(), d.winsorSigmas(), (int) Math.max(1, DetectorSettings.DAY / span), d.levelCv(), 0);
        HostModel model = new HostModel(s);
        HostState st = new HostState();
        double[] out = new double[values.length];
        int suppress = (int) Math.max(1, DetectorSettings.DAY / span);
        double[] evidence = new double[values.length];
        long last = Long.MIN_VALUE;
        for (int i = 0; i < values.length; i++) {
            long bucket = Math.max(model.bucketOf(timestampsMs[i]), last + 1);
            last = bucket;
            long count = Math.max(0, Math.round(values[i]));
            BucketScore score = model.close(st, bucket, count);
            evidence[i] = -Math.log10(Math.max(score.probability(), 1e-300));
            double recent = 0;
            for (int j = Math.max(0, i - suppress); j < i; j++) {
                recent = Math.max(recent, evidence[j]);
            }
            double fresh = evidence[i] > recent ? evidence[i] : 0;
            out[i] = 1 - 1 / (1 + fresh / 10);
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
