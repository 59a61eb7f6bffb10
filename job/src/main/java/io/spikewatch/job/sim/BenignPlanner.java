package io.spikewatch.job.sim;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plans the benign spikes every real fleet has and every detector must live with: Patch Tuesday,
 * a period-close day on the file servers, users copying whole folders, big deployments, new
 * machines being provisioned, and the first night of a new scheduled job. They are labelled so
 * false alerts can be explained, and they are not incidents.
 */
final class BenignPlanner {

    /** Daily chance of a one-off large copy per host, by role (about 15 in the standard preset). */
    private static final double[] ONE_OFF_DAILY = {0.003, 0.02, 0.01, 0.005};

    private final Fleet fleet;
    private final FleetSpec spec;
    private final Rand rng;
    private final DailyRhythm rhythm;
    private final FileCatalog catalog;
    private final TransferFactory factory;
    private final Set<Long> busy;
    private final List<BenignSpike> spikes = new ArrayList<>();
    private final List<SimEvent> events = new ArrayList<>();
    private final List<Boost> boosts = new ArrayList<>();

    BenignPlanner(Fleet fleet, Rand rng, DailyRhythm rhythm, FileCatalog catalog, TransferFactory factory,
            Set<Long> busyHostDays) {
        this.fleet = fleet;
        this.spec = fleet.spec;
        this.rng = rng;
        this.rhythm = rhythm;
        this.catalog = catalog;
        this.factory = factory;
        this.busy = busyHostDays;
    }

    /** The second-week Tuesday (first Tuesday on or after day 7), or -1 if the run is too short. */
    static int patchDay(FleetSpec spec) {
        for (int d = 7; d < spec.days(); d++) {
            if (spec.start().plusSeconds(86_400L * d).atOffset(ZoneOffset.UTC).getDayOfWeek() == DayOfWeek.TUESDAY) {
                return d;
            }
        }
        return -1;
    }

    BenignPlan plan() {
        patchTuesday();
        periodClose();
        oneOffCopies();
        provisioning();
        jobStarts();
        return new BenignPlan(spikes, events, boosts);
    }

    /** Most workstations receive a patch bundle from the deployment account within two hours. */
    private void patchTuesday() {
        int day = patchDay(spec);
        if (day < 0) {
            return;
        }
        long windowStart = fleet.dayStartMs(day) + (long) (rng.uniform(10, 16) * 3_600_000L);
        double share = rng.uniform(0.6, 0.85);
        String kb = "KB50358" + rng.between(10, 99);
        List<SimEvent> mine = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (HostModel h : fleet.byRole(HostRole.WORKSTATION)) {
            if (h.joinMs() > windowStart || busy.contains(AttackPlan.key(h.index(), day)) || !rng.chance(share)) {
                continue;
            }
            long t0 = windowStart + rng.nextLong(0, 110 * 60_000L);
            String dir = rng.chance(0.5) ? "C:\\Windows\\Temp\\PatchStage\\" + kb
                    : "C:\\ProgramData\\PatchMgmt\\" + FileCatalog.date(t0);
            Session s = new Session(h, fleet.svcSwdist, "System", Fleet.SCCM_IP, dir, FileKind.PATCH, SimEvent.REMOTE);
            for (long t : Labelled.times(t0, rng.between(3, 12) * 60_000L, rng.between(8, 40), rng)) {
                mine.add(s.write(t, catalog, rng));
            }
            hosts.add(h.name());
        }
        if (!mine.isEmpty()) {
            add(BenignSpike.PATCH_DAY, hosts, mine, String.format(Locale.ROOT,
                    "Patch Tuesday: %s pushed to %d workstations by CORP\\%s from %s within two hours",
                    kb, hosts.size(), fleet.svcSwdist.name(), Fleet.SCCM_IP));
        }
    }

    /**
     * One weekday in the second half, file servers run at about twice their usual rate. The day
     * avoids Patch Tuesday and, where possible, days with an incident on a file server; if none is
     * left, servers with an incident that day are simply not boosted.
     */
    private void periodClose() {
        if (fleet.fileServers.isEmpty() || spec.days() < 4) {
            return;
        }
        int patch = patchDay(spec);
        List<Integer> weekdays = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int d = spec.days() / 2; d < spec.days(); d++) {
            if (d != patch && !DailyRhythm.weekend(fleet.dayStartMs(d))) {
                weekdays.add(d);
                if (!anyBusy(fleet.fileServers, d)) {
                    free.add(d);
                }
            }
        }
        if (weekdays.isEmpty()) {
            return;
        }
        int day = free.isEmpty() ? rng.pick(weekdays) : rng.pick(free);
        double factor = rng.uniform(1.6, 2.4);
        long from = fleet.dayStartMs(day) + 5 * 3_600_000L;
        long to = fleet.dayStartMs(day) + 23 * 3_600_000L;
        List<String> hosts = new ArrayList<>();
        for (HostModel h : fleet.fileServers) {
            if (!busy.contains(AttackPlan.key(h.index(), day))) {
                boosts.add(new Boost(h.index(), from, to, factor));
                hosts.add(h.name());
            }
        }
        spikes.add(new BenignSpike("pending", BenignSpike.PERIOD_CLOSE, hosts, Instant.ofEpochMilli(from),
                Instant.ofEpochMilli(to), String.format(Locale.ROOT,
                        "period close: file-share activity x%.1f all day on %d file servers", factor, hosts.size())));
    }

    private boolean anyBusy(List<HostModel> hosts, int day) {
        for (HostModel h : hosts) {
            if (busy.contains(AttackPlan.key(h.index(), day))) {
                return true;
            }
        }
        return false;
    }

    /** A user copying a whole folder, or an unusually large release: rare, in office hours. */
    private void oneOffCopies() {
        for (int day = 0; day < spec.days(); day++) {
            long dayStart = fleet.dayStartMs(day);
            // people rarely copy whole folders at weekends
            double dayFactor = DailyRhythm.weekend(dayStart) ? 0.2 : 1.0;
            for (HostModel h : fleet.hosts) {
                if (!rng.chance(ONE_OFF_DAILY[h.role().ordinal()] * dayFactor) || h.joinMs() > dayStart
                        || busy.contains(AttackPlan.key(h.index(), day))) {
                    continue;
                }
                long t0 = Labelled.atLocalHour(rhythm, h, dayStart, rng.uniform(9, 17.5));
                oneOff(h, t0);
            }
        }
    }

    private void oneOff(HostModel h, long t0) {
        int count;
        Session s;
        String kind = BenignSpike.FOLDER_COPY;
        String what;
        switch (h.role()) {
            case WORKSTATION -> {
                count = Labelled.logUniform(rng, 30, 300);
                SimUser u = h.owner() != null && rng.chance(0.7) ? h.owner() : rng.pick(fleet.helpdesk);
                String dir = "C:\\Users\\" + (h.owner() != null ? h.owner().name() : u.name()) + "\\Documents\\"
                        + rng.pick(Fleet.DEPARTMENTS) + " files";
                s = new Session(h, u, "System", u.ip() != null ? u.ip() : Fleet.JUMP_HOST_IP, dir, FileKind.DOCUMENT,
                        SimEvent.REMOTE);
                what = "folder copied to the workstation by " + u.name();
            }
            case FILE_SERVER -> {
                count = Labelled.logUniform(rng, 100, 1500);
                s = factory.open(Style.SHARE, h, t0, rng);
                what = "project folder saved to a share by " + s.user().name();
            }
            case LINUX_SERVER -> {
                count = Labelled.logUniform(rng, 50, 400);
                Style style = h.profile("samba") ? Style.SAMBA : h.profile("ftp") ? Style.FTP_DROP
                        : h.profile("etl") ? Style.ETL_FEED : Style.LINUX_DEPLOY;
                s = factory.open(style, h, t0, rng);
                if (style == Style.LINUX_DEPLOY) {
                    kind = BenignSpike.LARGE_DEPLOY;
                }
                what = style == Style.LINUX_DEPLOY ? "full release deployed by " + s.user().name()
                        : "backfill of files by " + s.user().name();
            }
            default -> {
                count = Labelled.logUniform(rng, 20, 200);
                Style style = h.profile("app") ? Style.WINDOWS_DEPLOY
                        : h.profile("rds") ? Style.RDS_USER : Style.WINDOWS_ADMIN;
                s = factory.open(style, h, t0, rng);
                if (style == Style.WINDOWS_DEPLOY) {
                    kind = BenignSpike.LARGE_DEPLOY;
                }
                what = (style == Style.WINDOWS_DEPLOY ? "full release deployed by " : "bulk copy by ")
                        + s.user().name();
            }
        }
        long spanMs = rng.between(5, 40) * 60_000L;
        List<SimEvent> mine = new ArrayList<>();
        for (long t : Labelled.times(t0, spanMs, count, rng)) {
            mine.add(s.write(t, catalog, rng));
        }
        add(kind, List.of(h.name()), mine, String.format(Locale.ROOT, "%d files in %d min on %s: %s into %s",
                count, spanMs / 60_000, h.name(), what, s.directory()));
    }

    /** A machine that joins mid-run gets its software installed within its first hour or two. */
    private void provisioning() {
        for (HostModel h : fleet.hosts) {
            if (h.joinMs() <= fleet.startMs) {
                continue;
            }
            long t0 = h.joinMs() + rng.nextLong(10, 60) * 60_000L;
            long spanMs = rng.between(30, 90) * 60_000L;
            int count = rng.between(20, 120);
            Session s = h.windows()
                    ? new Session(h, fleet.svcSccm, "System", Fleet.SCCM_IP, "C:\\Windows\\ccmcache\\"
                            + rng.between(1, 9), FileKind.SOFTWARE, SimEvent.REMOTE)
                    : new Session(h, fleet.linuxDeploy, "scp", Fleet.JENKINS_IP, "/opt/" + h.app() + "/releases/initial",
                            FileKind.LINUX_RELEASE, SimEvent.REMOTE);
            List<SimEvent> mine = new ArrayList<>();
            for (long t : Labelled.times(t0, spanMs, count, rng)) {
                mine.add(s.write(t, catalog, rng));
            }
            add(BenignSpike.NEW_HOST_PROVISIONING, List.of(h.name()), mine, String.format(Locale.ROOT,
                    "new %s %s provisioned: %d files by %s within %d min of first contact",
                    h.role().name().toLowerCase(Locale.ROOT), h.name(), count, s.user().name(), spanMs / 60_000));
        }
    }

    /** The first run of a scheduled job configured mid-run (a recurring spike that starts one night). */
    private void jobStarts() {
        for (HostModel h : fleet.hosts) {
            for (ScheduledJob job : h.jobs()) {
                if (job.firstDay() <= 0 || job.firstDay() >= spec.days()) {
                    continue;
                }
                long from = fleet.dayStartMs(job.firstDay()) + job.offsetMinutes() * 60_000L;
                long to = from + (job.spreadMinutes() + 2) * 60_000L;
                spikes.add(new BenignSpike("pending", BenignSpike.RECURRING_JOB_START, List.of(h.name()),
                        Instant.ofEpochMilli(from), Instant.ofEpochMilli(to), String.format(Locale.ROOT,
                                "first night of a new %s job by %s from %s (about %.0f files nightly from now on)",
                                job.style().name().toLowerCase(Locale.ROOT), job.user().name(), job.sourceIp(),
                                job.filesMean())));
            }
        }
    }

    private void add(String kind, List<String> hosts, List<SimEvent> mine, String description) {
        events.addAll(mine);
        spikes.add(new BenignSpike("pending", kind, hosts, Labelled.start(mine), Labelled.end(mine), description));
    }
}
