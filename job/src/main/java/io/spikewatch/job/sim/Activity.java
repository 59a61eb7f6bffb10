package io.spikewatch.job.sim;

/**
 * A stream of interactive sessions on a host: sessions per 15-minute bucket at the daily peak,
 * shaped by a {@link Rhythm}, thinned on weekends, with gamma over-dispersion per bucket.
 *
 * @param style what the sessions write
 * @param rhythm daily shape
 * @param peakSessions expected sessions per bucket at the weekday peak
 * @param filesPerSession mean files per session (geometric, at least one)
 * @param weekendFactor multiplier on Saturdays and Sundays (local time)
 * @param dispersion gamma shape of the per-bucket multiplier (smaller = burstier)
 */
record Activity(Style style, Rhythm rhythm, double peakSessions, double filesPerSession, double weekendFactor,
        double dispersion) {}
