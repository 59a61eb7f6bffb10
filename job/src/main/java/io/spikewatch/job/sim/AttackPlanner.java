package io.spikewatch.job.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Plans the labelled lateral-movement incidents and writes the attacker's files.
 *
 * <p>Incidents start after a week of history (five days in short runs), are spread over the
 * remaining days, and vary in size from "obvious" to "only a good per-host baseline sees it":
 * the point is to measure a detector, not to flatter it. Sizes are drawn log-uniformly and,
 * for the sustained kind, relative to the host's own normal rate.
 */
final class AttackPlanner {

    /** Kinds in the order they are added as the fleet grows; the first n are used. */
    private static final String[] PRIORITY = {Incident.BURST, Incident.LOW_AND_SLOW, Incident.TOOL_SPREAD,
        Incident.NEW_HOST_BURST, Incident.LINUX_SCP, Incident.NIGHT_BURST_ON_BUSY_SERVER, Incident.BURST,
        Incident.LOW_AND_SLOW, Incident.LINUX_SCP, Incident.BURST, Incident.TOOL_SPREAD,
        Incident.NIGHT_BURST_ON_BUSY_SERVER, Incident.LOW_AND_SLOW, Incident.BURST, Incident.LINUX_SCP};
    private static final String[] WIN_DIRS = {"C:\\ProgramData\\WinSvc", "C:\\ProgramData\\Microsoft\\Crypto\\Keys",
        "C:\\ProgramData\\Intel\\Logs", "C:\\ProgramData\\USOShared\\Logs", "C:\\Windows\\Temp", "C:\\Windows",
        "C:\\Windows\\Tasks", "C:\\Windows\\System32\\wbem", "C:\\Users\\Public\\Libraries", "C:\\PerfLogs",
        "C:\\ProgramData\\ssh"};
    private static final String[] LINUX_DIRS = {"/tmp/.X11-unix/.x", "/dev/shm", "/var/tmp/.cache", "/tmp",
        "/usr/local/lib/.cache"};

    private final Fleet fleet;
    private final FleetSpec spec;
    private final Rand rng;
    private final BaselineTraffic traffic;
    private final DailyRhythm rhythm;
    private final FileCatalog catalog;
    private final Attackers attackers;
    private final List<Incident> incidents = new ArrayList<>();
    private final List<SimEvent> events = new ArrayList<>();
    private final TreeSet<Integer> usedHosts = new TreeSet<>();
    private final TreeSet<Long> busy = new TreeSet<>();
    private int lowAndSlowCount;
    private boolean lowAndSlowOnServer;

    AttackPlanner(Fleet fleet, Rand rng, BaselineTraffic traffic, DailyRhythm rhythm, FileCatalog catalog) {
        this.fleet = fleet;
        this.spec = fleet.spec;
        this.rng = rng;
        this.traffic = traffic;
        this.rhythm = rhythm;
        this.catalog = catalog;
        this.attackers = new Attackers(fleet, rng);
    }

    /** First day an incident may start: a week of history (five days in runs shorter than two weeks). */
    static int firstIncidentDay(FleetSpec spec) {
        return spec.days() >= 14 ? 7 : 5;
    }

    AttackPlan plan() {
        int minDay = firstIncidentDay(spec);
        if (!spec.injectIncidents() || spec.days() - 1 < minDay) {
            return new AttackPlan(List.of(), List.of(), busy);
        }
        int n = (int) Math.max(4, Math.min(15, Math.round(spec.hosts() * spec.days() / 250.0)));
        List<String> kinds = new ArrayList<>();
        boolean newHost = false;
        for (int i = 0; i < n; i++) {
            if (PRIORITY[i].equals(Incident.NEW_HOST_BURST)) {
                newHost = true;
            } else {
                kinds.add(PRIORITY[i]);
            }
        }
        for (int i = kinds.size() - 1; i > 0; i--) { // which kind lands in which week varies by seed
            int j = rng.nextInt(i + 1);
            String tmp = kinds.get(i);
            kinds.set(i, kinds.get(j));
            kinds.set(j, tmp);
        }
        int patchDay = BenignPlanner.patchDay(spec);
        int span = spec.days() - minDay;
        for (int i = 0; i < kinds.size(); i++) {
            int day = minDay + (int) ((i + rng.uniform()) * span / kinds.size());
            if (day == patchDay) {
                day = day + 1 < spec.days() ? day + 1 : day - 1;
            }
            attack(kinds.get(i), Math.min(spec.days() - 1, day));
        }
        if (newHost) {
            newHostBurst();
        }
        return new AttackPlan(incidents, events, busy);
    }

    private void attack(String kind, int day) {
        switch (kind) {
            case Incident.BURST -> burst(day);
            case Incident.LOW_AND_SLOW -> lowAndSlow(day);
            case Incident.TOOL_SPREAD -> toolSpread(day);
            case Incident.LINUX_SCP -> linuxScp(day);
            case Incident.NIGHT_BURST_ON_BUSY_SERVER -> nightBurst(day);
            default -> throw new IllegalStateException(kind);
        }
    }

    // ---- the kinds ------------------------------------------------------------------------------

    private void burst(int day) {
        HostModel h = pickHost(HostRole.WORKSTATION, day);
        if (h == null) {
            return;
        }
        long t0 = when(h, day);
        int count = Labelled.logUniform(rng, 18, 200);
        long spanMs = rng.between(5, 15) * 60_000L;
        SimUser actor = attackers.account();
        String src = attackers.source(h);
        String dir = rng.pick(WIN_DIRS);
        List<SimEvent> mine = writes(h, t0, spanMs, count, actor, "System", src, dir, true);
        label(Incident.BURST, List.of(h), mine, String.format(Locale.ROOT,
                "%d tools and scripts written over SMB to %s on %s within %d min by %s\\%s from %s",
                count, dir, h.name(), minutes(mine), actor.domain(), actor.name(), src));
    }

    private void nightBurst(int day) {
        List<HostModel> candidates = new ArrayList<>();
        for (HostModel h : fleet.fileServers) {
            if (h.jobs().isEmpty()) {
                candidates.add(h);
            }
        }
        HostModel h = pickFrom(candidates.isEmpty() ? fleet.fileServers : candidates, day);
        if (h == null) {
            return;
        }
        long t0 = fleet.dayStartMs(day) + rng.nextLong(60, 4 * 60 - 20) * 60_000L;
        int count = Labelled.logUniform(rng, 40, 300);
        long spanMs = rng.between(8, 20) * 60_000L;
        SimUser actor = attackers.account();
        String src = attackers.source(h);
        String dir = rng.chance(0.5) ? rng.pick(WIN_DIRS)
                : "D:\\Shares\\" + rng.pick(Fleet.DEPARTMENTS) + "\\.cache";
        List<SimEvent> mine = writes(h, t0, spanMs, count, actor, "System", src, dir, true);
        label(Incident.NIGHT_BURST_ON_BUSY_SERVER, List.of(h), mine, String.format(Locale.ROOT,
                "%d files written at night to %s on busy file server %s within %d min by %s\\%s from %s",
                count, dir, h.name(), minutes(mine), actor.domain(), actor.name(), src));
    }

    private void linuxScp(int day) {
        HostModel h = pickHost(HostRole.LINUX_SERVER, day);
        if (h == null) {
            return;
        }
        long t0 = when(h, day);
        long spanMs = rng.between(10, 40) * 60_000L;
        int count = Labelled.logUniform(rng, 15, 120);
        // a server that already receives feeds needs more than its usual batch to stand out at all
        count += (int) (2 * peakExpected(h, day));
        String name = rng.pick(Attackers.LINUX_ACCOUNTS);
        SimUser actor = new SimUser(name, null, String.valueOf(rng.between(1000, 60000)), null, null, null);
        String process = h.sshProcess().equals("sshd") || rng.chance(0.5) ? "scp" : "sftp-server";
        String src = rng.chance(0.6) ? attackers.otherLinuxIp(h) : Fleet.JUMP_HOST_IP;
        String dir = rng.pick(LINUX_DIRS);
        if (dir.equals("/tmp") && rng.chance(0.5)) {
            dir = "/home/" + name + "/.local/bin";
        }
        List<SimEvent> mine = new ArrayList<>();
        int waves = rng.between(1, 4);
        long waveSpan = spanMs / waves;
        for (int w = 0; w < waves; w++) {
            int k = w == waves - 1 ? count - mine.size() : count / waves;
            for (long t : Labelled.times(t0 + w * waveSpan, waveSpan / 3, k, rng)) {
                mine.add(attackEvent(h, t, actor, process, src, catalog.file(FileKind.LINUX_ATTACK, dir, t, rng)));
            }
        }
        label(Incident.LINUX_SCP, List.of(h), mine, String.format(Locale.ROOT,
                "%d archives and binaries copied with %s to %s on %s in %d wave(s) over %d min by unusual account %s"
                        + " from %s", count, process, dir, h.name(), waves, minutes(mine), name, src));
    }

    private void toolSpread(int day) {
        int hostsWanted = rng.between(3, 6);
        List<HostModel> pool = new ArrayList<>();
        long dayEnd = fleet.dayStartMs(day + 1);
        for (HostModel h : fleet.hosts) {
            boolean fits = h.role() == HostRole.WORKSTATION
                    || (h.role() == HostRole.WINDOWS_SERVER && (h.profile("app") || h.profile("rds")));
            if (fits && !usedHosts.contains(h.index()) && h.joinMs() < dayEnd - 3 * Fleet.DAY_MS) {
                pool.add(h);
            }
        }
        if (pool.size() < hostsWanted) {
            return;
        }
        List<HostModel> targets = new ArrayList<>();
        while (targets.size() < hostsWanted) {
            HostModel h = pool.remove(rng.nextInt(pool.size()));
            targets.add(h);
        }
        long t0 = when(targets.get(0), day);
        SimUser actor = attackers.account();
        String src = attackers.source(targets.get(0));
        String dir = rng.pick(WIN_DIRS);
        int kit = rng.between(5, 30);
        List<FileRef> files = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>();
        while (files.size() < kit) {
            FileRef f = catalog.file(files.size() < 4 ? FileKind.ATTACK_TOOL : FileKind.ATTACK_STAGING, dir, t0, rng);
            if (names.add(f.name())) {
                files.add(f);
            }
        }
        long[] offsets = Labelled.times(0, 55 * 60_000L, targets.size(), rng);
        List<SimEvent> mine = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            HostModel h = targets.get(i);
            long start = t0 + (i == 0 ? 0 : offsets[i]);
            long[] ts = Labelled.times(start, rng.between(1, 5) * 60_000L, files.size(), rng);
            for (int k = 0; k < files.size(); k++) {
                mine.add(attackEvent(h, ts[k], actor, "System", src, files.get(k)));
            }
        }
        List<String> names2 = new ArrayList<>();
        for (HostModel h : targets) {
            names2.add(h.name());
        }
        label(Incident.TOOL_SPREAD, targets, mine, String.format(Locale.ROOT,
                "the same %d-file toolkit (%s, ...) copied over SMB to %s on %d hosts (%s) within an hour by %s\\%s"
                        + " from %s", kit, files.get(0).name(), dir, targets.size(), String.join(", ", names2),
                actor.domain(), actor.name(), src));
    }

    private void lowAndSlow(int day) {
        // alternate between a busy file server and a quiet workstation, starting either way
        if (lowAndSlowCount++ == 0) {
            lowAndSlowOnServer = rng.chance(0.5);
        } else {
            lowAndSlowOnServer = !lowAndSlowOnServer;
        }
        boolean server = lowAndSlowOnServer && !fleet.fileServers.isEmpty();
        HostModel h = server ? pickFrom(fleet.fileServers, day) : pickHost(HostRole.WORKSTATION, day);
        if (h == null) {
            return;
        }
        long dayStart = fleet.dayStartMs(day);
        long t0 = server || rng.chance(0.5)
                ? Labelled.atLocalHour(rhythm, h, dayStart, rng.uniform(9, 12.5))
                : Labelled.atLocalHour(rhythm, h, dayStart, rng.uniform(18, 23));
        int hours = rng.between(2, 6);
        SimUser actor;
        String src;
        String dir;
        if (server) {
            actor = rng.pick(fleet.usersAt(h.site())); // a compromised ordinary account blends in on a share
            src = rng.chance(0.5) ? actor.ip() : attackers.source(h);
            dir = "D:\\Shares\\" + (h.shares().isEmpty() ? "Projects" : rng.pick(h.shares())) + "\\Archive";
        } else {
            actor = attackers.account();
            src = attackers.source(h);
            dir = "C:\\Windows\\Temp\\" + rng.hex(6);
        }
        String base = rng.pick(new String[] {"bk", "arc", "data", "upd", "sync"}) + "_" + rng.hex(4);
        boolean parts = rng.chance(0.5);
        double relative = rng.uniform(0.4, 0.8);
        double quiet = rng.uniform(1, 3);
        double floor = rng.uniform(1.5, 3.0);
        List<SimEvent> mine = new ArrayList<>();
        for (long t = t0; t < t0 + hours * 3_600_000L; t += BaselineTraffic.BUCKET_MS) {
            double expected = traffic.expectedFiles(h, t);
            double lambda = expected >= 8 ? expected * relative : Math.max(expected * quiet, floor);
            for (long ts : Labelled.times(t, BaselineTraffic.BUCKET_MS, rng.poisson(lambda), rng)) {
                int i = mine.size() + 1;
                String name = parts ? String.format(Locale.ROOT, "%s.7z.%03d", base, i)
                        : String.format(Locale.ROOT, "%s_%04d.dat", base, i);
                String ext = FileCatalog.extension(name);
                long size = parts ? 1_048_576L * rng.between(1, 4) : (long) rng.logNormal(200_000, 1.0);
                mine.add(attackEvent(h, ts, actor, "System", src, new FileRef(dir, name, ext, size)));
            }
        }
        if (mine.isEmpty()) {
            return;
        }
        label(Incident.LOW_AND_SLOW, List.of(h), mine, String.format(Locale.ROOT,
                "%d small files written to %s on %s over %d min, modestly above normal in every 15-min bucket, by"
                        + " %s\\%s from %s", mine.size(), dir, h.name(), minutes(mine), actor.domain(), actor.name(),
                src));
    }

    private void newHostBurst() {
        long end = fleet.dayStartMs(spec.days()) - 3_600_000L;
        for (HostModel h : fleet.hosts) {
            if (h.joinMs() <= fleet.startMs || h.role() != HostRole.WORKSTATION || usedHosts.contains(h.index())) {
                continue;
            }
            long t0 = h.joinMs() + rng.nextLong(44, 52) * 3_600_000L;
            int day = (int) ((t0 - fleet.startMs) / Fleet.DAY_MS);
            if (t0 + 3_600_000L > end || day < firstIncidentDay(spec)) {
                continue;
            }
            int count = Labelled.logUniform(rng, 25, 150);
            long spanMs = rng.between(5, 15) * 60_000L;
            SimUser actor = attackers.account();
            String src = attackers.source(h);
            String dir = rng.pick(WIN_DIRS);
            usedHosts.add(h.index());
            List<SimEvent> mine = writes(h, t0, spanMs, count, actor, "System", src, dir, true);
            label(Incident.NEW_HOST_BURST, List.of(h), mine, String.format(Locale.ROOT,
                    "%d files written over SMB to %s on %s, a host first seen %s, within %d min by %s\\%s from %s",
                    count, dir, h.name(), Instant.ofEpochMilli(h.joinMs()), minutes(mine), actor.domain(),
                    actor.name(), src));
            return;
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** Attack start on a day: mostly working hours (to blend in), sometimes evening or night. */
    private long when(HostModel h, int day) {
        long dayStart = fleet.dayStartMs(day);
        double r = rng.uniform();
        if (r < 0.6) {
            return Labelled.atLocalHour(rhythm, h, dayStart, rng.uniform(9, 16.5));
        }
        if (r < 0.85) {
            return Labelled.atLocalHour(rhythm, h, dayStart, rng.uniform(18.5, 23));
        }
        return Labelled.atLocalHour(rhythm, h, dayStart, rng.uniform(0.5, 5.5));
    }

    private HostModel pickHost(HostRole role, int day) {
        return pickFrom(fleet.byRole(role), day);
    }

    /** A host of the list that is unused, present for at least three days, or null. */
    private HostModel pickFrom(List<HostModel> hosts, int day) {
        List<HostModel> ok = new ArrayList<>();
        long cutoff = fleet.dayStartMs(day) - 3 * Fleet.DAY_MS;
        for (HostModel h : hosts) {
            if (!usedHosts.contains(h.index()) && h.joinMs() <= cutoff) {
                ok.add(h);
            }
        }
        if (ok.isEmpty()) {
            return null;
        }
        HostModel h = rng.pick(ok);
        usedHosts.add(h.index());
        return h;
    }

    /** The host's busiest expected bucket count that day (interactive plus scheduled). */
    private double peakExpected(HostModel h, int day) {
        double max = 0;
        for (long t = fleet.dayStartMs(day); t < fleet.dayStartMs(day + 1); t += BaselineTraffic.BUCKET_MS) {
            max = Math.max(max, traffic.expectedFiles(h, t));
        }
        for (ScheduledJob job : h.jobs()) {
            max = Math.max(max, job.filesMean() * Math.min(1.0, 15.0 / Math.max(1, job.spreadMinutes())));
        }
        return max;
    }

    /** A toolkit copy: a few named tools first, then the bulk of modules and scripts. */
    private List<SimEvent> writes(HostModel h, long t0, long spanMs, int count, SimUser actor, String process,
            String src, String dir, boolean toolsFirst) {
        List<SimEvent> out = new ArrayList<>();
        long[] ts = Labelled.times(t0, spanMs, count, rng);
        int tools = toolsFirst ? Math.min(count, rng.between(3, 8)) : 0;
        for (int i = 0; i < count; i++) {
            FileKind kind = i < tools ? FileKind.ATTACK_TOOL : FileKind.ATTACK_STAGING;
            String d = i < tools || count < 40 ? dir : dir + "\\lib";
            out.add(attackEvent(h, ts[i], actor, process, src, catalog.file(kind, d, ts[i], rng)));
        }
        return out;
    }

    /** Minutes from the first to the last write, rounded up: what the label really spans. */
    private static long minutes(List<SimEvent> events) {
        return (Labelled.end(events).toEpochMilli() - Labelled.start(events).toEpochMilli() + 59_999) / 60_000;
    }

    private SimEvent attackEvent(HostModel h, long ts, SimUser actor, String process, String src, FileRef f) {
        return new SimEvent(ts, rng.nextInt(1_000_000), h, process, "creation", Category.FILE, actor, f, src,
                SimEvent.REMOTE | SimEvent.ATTACK);
    }

    private void label(String kind, List<HostModel> hosts, List<SimEvent> mine, String description) {
        List<String> names = new ArrayList<>();
        for (HostModel h : hosts) {
            names.add(h.name());
            usedHosts.add(h.index());
        }
        Instant start = Labelled.start(mine);
        Instant end = Labelled.end(mine);
        for (HostModel h : hosts) {
            for (long d = (start.toEpochMilli() - fleet.startMs) / Fleet.DAY_MS - 1;
                    d <= (end.toEpochMilli() - fleet.startMs) / Fleet.DAY_MS + 1; d++) {
                busy.add(AttackPlan.key(h.index(), (int) d));
            }
        }
        events.addAll(mine);
        incidents.add(new Incident("pending", kind, names, start, end, description));
    }
}
