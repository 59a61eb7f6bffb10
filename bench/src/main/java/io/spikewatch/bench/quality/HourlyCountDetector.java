package io.spikewatch.bench.quality;

import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.model.BucketScore;
import io.spikewatch.model.DetectorSettings;
import io.spikewatch.model.HostModel;
import io.spikewatch.model.HostState;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference rule's view, scored by our count model: Elastic's job
 * {@code lmd_high_count_remote_file_transfer} sees one series per host, its remote transfers per
 * hour ({@code high_count} partitioned by {@code host.name}, bucket span 1 h), and nothing about
 * who wrote the files or where. This peer gives that series to {@link HostModel} at a bucket span
 * of one hour (time of day and week, robust learning, recurring spikes, sustained tests, cold
 * start: everything but accounts, places and the fleet-wide alert gate). It is not Elastic's
 * model; it is what the reference design's inputs allow, scored as well as ours scores counts.
 * What it shows, beside ours on the same fleets: how much the accounts, places and 15-minute
 * buckets buy, in alerts and in time.
 *
 * <p>An hour's alert is reported at the hour's last 15-minute bucket: it can be written when the
 * hour closes, so the delay is measured to the hour's end. Alerting: a host that alerted stays
 * quiet for the suppression span (one incident, one alert); the learning period is
 * {@link LearningPeriodHold}'s.
 */
public final class HourlyCountDetector implements FleetDetector {

    private final DetectorSettings hourly;
    private final long suppressionMs;

    /** {@code settings}: ours, at their bucket span; the same settings per hour are derived from them. */
    public HourlyCountDetector(DetectorSettings settings, long suppressionMs) {
        this.hourly = perHour(settings);
        this.suppressionMs = suppressionMs;
    }

    /**
     * {@code s} at a bucket span of one hour: the per-bucket prior mean scaled to an hour, the
     * warm-up as long in time; everything else (half-life, threshold, dispersion floors) as is.
     */
    static DetectorSettings perHour(DetectorSettings s) {
        long perHour = DetectorSettings.HOUR / s.bucketSpanMs();
        return new DetectorSettings(DetectorSettings.HOUR, s.halfLifeMs(), s.utcOffsetMinutes(), s.threshold(),
                s.priorMean() * perHour, s.priorDispersion(), s.priorWeight(), s.cellShrink(), s.minDispersionIndex(),
                s.minMean(), s.winsorSigmas(), (int) Math.max(1, s.warmupBuckets() / perHour), s.levelCv(),
                s.installMs(), s.locations()).validate();
    }

    @Override
    public String name() {
        return "hourly";
    }

    @Override
    public List<Evaluation.Alert> detect(FleetBuckets fleet) {
        long span = fleet.spanMs();
        long hour = hourly.bucketSpanMs();
        if (hour % span != 0) {
            throw new IllegalArgumentException("bucket span " + span + " ms does not divide an hour");
        }
        HostModel model = new HostModel(hourly);
        List<Evaluation.Alert> alerts = new ArrayList<>();
        for (String host : fleet.hosts()) {
            long first = fleet.firstBucket(host);
            long[] counts = fleet.counts(host);
            long firstHour = Math.floorDiv(first * span, hour);
            long[] hours = new long[(int) (Math.floorDiv((first + counts.length - 1) * span, hour) - firstHour + 1)];
            for (int i = 0; i < counts.length; i++) {
                hours[(int) (Math.floorDiv((first + i) * span, hour) - firstHour)] += counts[i];
            }
            HostState st = new HostState();
            long lastAlert = Long.MIN_VALUE / 2; // no overflow in startMs - lastAlert
            for (int i = 0; i < hours.length; i++) {
                long startMs = (firstHour + i) * hour;
                BucketScore b = model.close(st, firstHour + i, hours[i]);
                if (b.recordScore() >= hourly.threshold() && startMs - lastAlert >= suppressionMs) {
                    alerts.add(new Evaluation.Alert(host, startMs + hour - span));
                    lastAlert = startMs;
                }
            }
        }
        return alerts;
    }
}
