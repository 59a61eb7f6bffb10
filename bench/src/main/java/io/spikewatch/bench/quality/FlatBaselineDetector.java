package io.spikewatch.bench.quality;

import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.model.CountTail;
import io.spikewatch.model.DetectorSettings;
import io.spikewatch.model.ScoreScale;

import java.util.ArrayList;
import java.util.List;

/**
 * The textbook peer: one flat baseline per host, no time of day, no weekday, no memory of bursts
 * or drivers. An exponentially decayed mean and variance of every bucket (empty ones as zeros,
 * the same half-life as ours), each bucket scored by the same one-sided negative-binomial tail and
 * 0-100 scale as ours, an alert at the same threshold. What it shows: how much of our result comes
 * from the model rather than from the scale or the threshold.
 *
 * <p>Alerting: nothing during a host's first day, and a host that alerted stays quiet for the
 * suppression span (one incident, one alert); the learning period is {@link LearningPeriodHold}'s.
 */
public final class FlatBaselineDetector implements FleetDetector {

    private final DetectorSettings s;
    private final long suppressionMs;

    public FlatBaselineDetector(DetectorSettings settings, long suppressionMs) {
        this.s = settings;
        this.suppressionMs = suppressionMs;
    }

    @Override
    public String name() {
        return "flat";
    }

    @Override
    public List<Evaluation.Alert> detect(FleetBuckets fleet) {
        long span = fleet.spanMs();
        double alpha = 1 - Math.pow(2, -(double) span / s.halfLifeMs());
        int warmup = (int) (DetectorSettings.DAY / span);
        List<Evaluation.Alert> alerts = new ArrayList<>();
        for (String host : fleet.hosts()) {
            long first = fleet.firstBucket(host);
            long[] counts = fleet.counts(host);
            double mean = 0;
            double var = 0;
            long lastAlert = Long.MIN_VALUE / 2; // no overflow in startMs - lastAlert
            for (int i = 0; i < counts.length; i++) {
                long startMs = (first + i) * span;
                if (i >= warmup && startMs - lastAlert >= suppressionMs) {
                    double mu = Math.max(mean, s.minMean());
                    double v = Math.max(var, s.minDispersionIndex() * mu);
                    if (ScoreScale.score(CountTail.upperTail(counts[i], mu, v)) >= s.threshold()) {
                        alerts.add(new Evaluation.Alert(host, startMs));
                        lastAlert = startMs;
                    }
                }
                double a = Math.max(1.0 / (i + 1), alpha);
                double d = counts[i] - mean;
                mean += a * d;
                var = (1 - a) * (var + a * d * d);
            }
        }
        return alerts;
    }
}
