package io.spikewatch.model;

/**
 * Parameters of the per-host detector. Defaults are documented in the README; {@link #validate()}
 * names the offending key and the accepted range.
 *
 * @param bucketSpanMs bucket length; must divide one hour (5, 10, 15, 20, 30 or 60 minutes)
 * @param halfLifeMs half-life of the exponentially decayed baselines
 * @param utcOffsetMinutes offset of the fleet's working time zone, for hour-of-day and weekends
 * @param threshold alert threshold on record_score (Elastic's anomaly_threshold)
 * @param priorMean cold-start prior mean count per bucket for a host without history
 * @param priorDispersion cold-start prior over-dispersion (variance = m + d*m^2; 1 = geometric)
 * @param priorWeight weight, in buckets, of the prior against the host's own history
 * @param cellShrink buckets of history a time-of-week cell needs to weigh as much as the host's overall level
 * @param minDispersionIndex floor of variance/mean: files arrive in batches, never as pure Poisson
 * @param minMean floor of the expected count, so a silent host is not infinitely surprised
 * @param winsorSigmas learning clips a bucket at expected + this many standard deviations
 * @param warmupBuckets buckets of history before learning clips outliers (and before a host stops being "learning")
 * @param levelCv relative day-level variation assumed when summing buckets for sustained evidence
 * @param installMs a host's first hours are its installation (imaging, software pushes): scored
 *     against the prior, but not learned, so they do not become what the host is expected to receive
 * @param locations which directories are staging locations and how deep a place is ({@link TransferLocations})
 */
public record DetectorSettings(
        long bucketSpanMs,
        long halfLifeMs,
        int utcOffsetMinutes,
        double threshold,
        double priorMean,
        double priorDispersion,
        double priorWeight,
        double cellShrink,
        double minDispersionIndex,
        double minMean,
        double winsorSigmas,
        int warmupBuckets,
        double levelCv,
        long installMs,
        TransferLocations locations) implements java.io.Serializable {

    public static final long MINUTE = 60_000L;
    public static final long HOUR = 60 * MINUTE;
    public static final long DAY = 24 * HOUR;

    /** The defaults: 15-minute buckets, 7-day half-life, threshold 70. */
    public static DetectorSettings defaults() {
        return new DetectorSettings(15 * MINUTE, 7 * DAY, 0, 70.0, 20.0, 1.0, 4.0, 2.0, 2.0, 0.1, 4.0, 96, 0.3, 4 * HOUR,
                TransferLocations.DEFAULT);
    }

    /** These settings with another installation period (0: a host is learned from its first bucket). */
    public DetectorSettings withInstallMs(long ms) {
        return new DetectorSettings(bucketSpanMs, halfLifeMs, utcOffsetMinutes, threshold, priorMean, priorDispersion,
                priorWeight, cellShrink, minDispersionIndex, minMean, winsorSigmas, warmupBuckets, levelCv, ms, locations);
    }

    /** These settings with another alert threshold on record_score. */
    public DetectorSettings withThreshold(double t) {
        return new DetectorSettings(bucketSpanMs, halfLifeMs, utcOffsetMinutes, t, priorMean, priorDispersion,
                priorWeight, cellShrink, minDispersionIndex, minMean, winsorSigmas, warmupBuckets, levelCv, installMs,
                locations);
    }

    /** These settings with other staging locations and place depth. */
    public DetectorSettings withLocations(TransferLocations l) {
        return new DetectorSettings(bucketSpanMs, halfLifeMs, utcOffsetMinutes, threshold, priorMean, priorDispersion,
                priorWeight, cellShrink, minDispersionIndex, minMean, winsorSigmas, warmupBuckets, levelCv, installMs, l);
    }

    /**
     * Checks every parameter.
     *
     * @throws IllegalArgumentException naming the key and the accepted values
     */
    public DetectorSettings validate() {
        if (bucketSpanMs < MINUTE || HOUR % bucketSpanMs != 0) {
            throw new IllegalArgumentException("detector.bucket-span: must divide one hour"
                    + " (accepted: 1m, 5m, 10m, 15m, 20m, 30m, 60m), got " + bucketSpanMs + " ms");
        }
        require(halfLifeMs >= HOUR, "detector.half-life", "at least 1h");
        require(Math.abs(utcOffsetMinutes) <= 14 * 60, "detector.utc-offset", "between -14:00 and +14:00");
        require(threshold >= 0 && threshold <= 100, "detector.threshold", "0..100");
        require(priorMean > 0, "detector.prior-mean", "> 0");
        require(priorDispersion >= 0, "detector.prior-dispersion", ">= 0");
        require(priorWeight >= 0, "detector.prior-weight", ">= 0");
        require(cellShrink >= 0, "detector.cell-shrink", ">= 0");
        require(minDispersionIndex >= 1, "detector.min-dispersion-index", ">= 1");
        require(minMean > 0, "detector.min-mean", "> 0");
        require(winsorSigmas > 0, "detector.winsor-sigmas", "> 0");
        require(warmupBuckets >= 0, "detector.warmup-buckets", ">= 0");
        require(levelCv >= 0, "detector.level-cv", ">= 0");
        require(installMs >= 0 && installMs <= 7 * DAY, "detector.install-period", "0..7d");
        require(locations != null, "detector.staging", "a staging list (the built-in one by default)");
        return this;
    }

    private static void require(boolean ok, String key, String accepted) {
        if (!ok) {
            throw new IllegalArgumentException(key + ": accepted " + accepted);
        }
    }
}
