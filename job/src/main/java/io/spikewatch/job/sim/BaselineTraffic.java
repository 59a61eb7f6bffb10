package io.spikewatch.job.sim;

import java.util.List;

/**
 * The normal remote transfers of every host, one day at a time: interactive sessions per
 * 15-minute bucket (Poisson with gamma over-dispersion, shaped by local office hours and
 * weekends, varied day to day) plus scheduled jobs at their fixed times.
 */
final class BaselineTraffic {

    static final long BUCKET_MS = 15 * 60_000L;
    private static final int BUCKETS_PER_DAY = 96;

    private final Fleet fleet;
    private final DailyRhythm rhythm;
    private final TransferFactory factory;
    private final FileCatalog catalog;
    private final List<Boost> boosts;

    BaselineTraffic(Fleet fleet, DailyRhythm rhythm, TransferFactory factory, FileCatalog catalog, List<Boost> boosts) {
        this.fleet = fleet;
        this.rhythm = rhythm;
        this.factory = factory;
        this.catalog = catalog;
        this.boosts = List.copyOf(boosts);
    }

    /** Appends day {@code day}'s normal transfers of every host to {@code out} (unsorted). */
    void day(int day, Rand rng, List<SimEvent> out) {
        long dayStart = fleet.dayStartMs(day);
        long dayEnd = dayStart + Fleet.DAY_MS;
        for (HostModel h : fleet.hosts) {
            if (h.joinMs() >= dayEnd) {
                continue;
            }
            double dayFactor = rng.gammaFactor(10);
            for (Activity a : h.activities()) {
                for (int b = 0; b < BUCKETS_PER_DAY; b++) {
                    long t = dayStart + b * BUCKET_MS;
                    if (t + BUCKET_MS <= h.joinMs()) {
                        continue;
                    }
                    double lambda = a.peakSessions() * rhythm.level(h, a, t + BUCKET_MS / 2) * dayFactor
                            * boost(h.index(), t) * rng.gammaFactor(a.dispersion());
                    int sessions = rng.poisson(lambda);
                    for (int s = 0; s < sessions; s++) {
                        long t0 = t + rng.nextLong(0, BUCKET_MS);
                        session(factory.open(a.style(), h, t0, rng), t0, rng.atLeastOne(a.filesPerSession()),
                                gapMs(a.style()), h.joinMs(), rng, out);
                    }
                }
            }
            for (ScheduledJob job : h.jobs()) {
                runs(h, job, day, rng, out);
            }
        }
    }

    private void runs(HostModel h, ScheduledJob job, int day, Rand rng, List<SimEvent> out) {
        if (day < job.firstDay()) {
            return;
        }
        long dayStart = fleet.dayStartMs(day);
        boolean weekend = DailyRhythm.weekend(dayStart);
        for (long off = job.offsetMinutes(); off < 1440; off += job.periodMinutes()) {
            long runStart = dayStart + off * 60_000L + rng.nextLong(0, 90_000L);
            if (runStart < h.joinMs()) {
                continue;
            }
            double mean = job.filesMean() * (weekend ? job.weekendFactor() : 1) * rng.logNormal(1, 0.15);
            int files = rng.poisson(mean);
            Session s = factory.scheduled(job, h, runStart, rng);
            long spread = Math.max(1, job.spreadMinutes()) * 60_000L;
            for (int i = 0; i < files; i++) {
                if (i > 0 && rng.chance(0.15)) {
                    s = factory.scheduled(job, h, runStart, rng); // a new folder within the same run
                }
                out.add(s.write(runStart + rng.nextLong(0, spread), catalog, rng));
            }
        }
    }

    /** Writes {@code files} files of one session, one after another from {@code t0}. */
    void session(Session s, long t0, int files, double meanGapMs, long notBefore, Rand rng, List<SimEvent> out) {
        long t = t0;
        for (int i = 0; i < files; i++) {
            if (t >= notBefore) {
                out.add(s.write(t, catalog, rng));
            }
            t += 1 + (long) rng.exponential(meanGapMs);
        }
    }

    /** Expected remote transfers of the host's interactive activities in the bucket starting at {@code t}. */
    double expectedFiles(HostModel h, long t) {
        double sum = 0;
        for (Activity a : h.activities()) {
            sum += a.peakSessions() * rhythm.level(h, a, t + BUCKET_MS / 2) * a.filesPerSession();
        }
        return sum;
    }

    private double boost(int host, long t) {
        double f = 1;
        for (Boost b : boosts) {
            if (b.covers(host, t)) {
                f *= b.factor();
            }
        }
        return f;
    }

    static double gapMs(Style style) {
        return switch (style) {
            case SHARE, SAMBA, RDS_USER -> 4_000;
            case LINUX_DEPLOY, WINDOWS_DEPLOY -> 400;
            case WORKSTATION_MIXED, SCCM_CONTENT -> 1_500;
            default -> 3_000;
        };
    }
}
