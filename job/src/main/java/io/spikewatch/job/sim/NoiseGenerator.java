package io.spikewatch.job.sim;

import java.util.List;
import java.util.Locale;

/**
 * File events that the remote-transfer filter must drop, in the proportions that make a filter
 * bug visible: System writes attributed to {@code SYSTEM} (the most common case in real Defend
 * and Sysmon data), root over SSH, local processes, non-creation actions on the same files,
 * process-category events and events without a file name.
 *
 * <p>Most noise is anchored to a real transfer (same host, same folder, within minutes), the way
 * a copy is followed by modifications and renames; the rest is background on any active host.
 */
final class NoiseGenerator {

    /** Local Windows processes and whether they write as SYSTEM (else as the logged-on user). */
    private static final String[][] WIN_LOCAL = {
        {"svchost.exe", "SYSTEM"},
        {"explorer.exe", ""},
        {"chrome.exe", ""},
        {"msedge.exe", ""},
        {"OUTLOOK.EXE", ""},
        {"Teams.exe", ""},
        {"MsMpEng.exe", "SYSTEM"},
        {"TiWorker.exe", "SYSTEM"},
        {"OneDrive.exe", ""},
        {"WINWORD.EXE", ""},
        {"DFSRs.exe", "SYSTEM"},
        {"spoolsv.exe", "SYSTEM"},
    };
    private static final String[] WIN_SYSTEM_DIRS = {"C:\\Windows\\System32\\LogFiles\\WMI\\RtBackup",
        "C:\\Windows\\System32\\config\\TxR", "C:\\Windows\\Logs\\CBS", "C:\\Windows\\ServiceState\\EventLog\\Data",
        "C:\\Windows\\System32\\sru", "C:\\Windows\\Prefetch"};
    private static final String[] WIN_SYSTEM_FILES = {"EtwRTEventLog-System.etl", "EtwRTDiagLog.etl",
        "{53b39e88-18c4-11ea-a811-000d3aa4692b}.TxR.0.regtrans-ms", "CbsPersist_20240304.log", "lastalive0.dat",
        "SRUDB.jtx", "SVCHOST.EXE-135A30D8.pf", "edb.chk", "CHROME.EXE-D999B1BA.pf"};
    private static final String[][] LINUX_LOCAL = {
        {"bash", "/usr/bin/bash"}, {"python3", "/usr/bin/python3.10"}, {"java", "/usr/lib/jvm/java-17/bin/java"},
        {"nginx", "/usr/sbin/nginx"}, {"rsyslogd", "/usr/sbin/rsyslogd"}, {"logrotate", "/usr/sbin/logrotate"},
        {"dpkg", "/usr/bin/dpkg"}, {"containerd", "/usr/bin/containerd"}, {"cron", "/usr/sbin/cron"},
        {"systemd-journald", "/usr/lib/systemd/systemd-journald"},
    };
    private static final String[] LINUX_LOCAL_DIRS = {"/var/log", "/var/log/nginx", "/var/lib/dpkg/info", "/tmp",
        "/run/containerd/io.containerd.runtime.v2.task/k8s.io", "/var/cache/apt/archives", "/var/spool/cron"};
    private static final String[] LINUX_LOCAL_FILES = {"syslog", "auth.log", "access.log", "error.log.1",
        "app.log", "tmpq8f3k2_x", "libssl3.list", "config.json", "rootfs.tmp", "journal~"};
    private static final String[] ACTIONS = {"modification", "modification", "modification", "rename", "overwrite",
        "deletion", "deletion"};

    private final Fleet fleet;
    private final DailyRhythm rhythm;

    NoiseGenerator(Fleet fleet, DailyRhythm rhythm) {
        this.fleet = fleet;
        this.rhythm = rhythm;
    }

    /**
     * Appends the day's noise to {@code out}: as many events as make noise {@code ratio} of the
     * day's well-formed lines, given the {@code remote} transfers already generated for the day.
     */
    void day(int day, List<SimEvent> remote, double ratio, Rand rng, List<SimEvent> out) {
        if (ratio <= 0) {
            return;
        }
        int target = (int) StrictMath.round(remote.size() * ratio / (1 - ratio));
        long dayStart = fleet.dayStartMs(day);
        for (int i = 0; i < target; i++) {
            if (!remote.isEmpty() && rng.chance(0.55)) {
                SimEvent anchor = remote.get(rng.nextInt(remote.size()));
                long t = anchor.tsMs() + rng.nextLong(-120_000L, 600_000L);
                out.add(near(anchor, Math.max(Math.max(dayStart, anchor.host().joinMs()), t), rng));
            } else {
                HostModel h = fleet.hosts.get(rng.nextInt(fleet.hosts.size()));
                long t = backgroundTime(h, dayStart, rng);
                if (t >= h.joinMs()) {
                    out.add(background(h, t, rng));
                }
            }
        }
    }

    /** 70 % in the host's office hours (rejection-sampled from the office shape), the rest uniform. */
    private long backgroundTime(HostModel h, long dayStart, Rand rng) {
        if (rng.chance(0.3)) {
            return dayStart + rng.nextLong(0, Fleet.DAY_MS);
        }
        for (int tries = 0; tries < 20; tries++) {
            long t = dayStart + rng.nextLong(0, Fleet.DAY_MS);
            if (rng.uniform() < Rhythm.OFFICE.at(rhythm.localHour(h, t))) {
                return t;
            }
        }
        return dayStart + rng.nextLong(0, Fleet.DAY_MS);
    }

    /** A non-transfer event next to a real one: same host and usually the same file or folder. */
    private SimEvent near(SimEvent a, long t, Rand rng) {
        HostModel h = a.host();
        double r = rng.uniform();
        FileRef f = a.file();
        if (h.windows()) {
            if (r < 0.45) { // the same SMB write as Sysmon and older Defend versions attribute it
                return event(h, t, "System", "creation", Category.FILE, SimUser.SYSTEM, f, a.sourceIp(), rng);
            }
            if (r < 0.85) {
                return event(h, t, a.process(), rng.pick(ACTIONS), Category.FILE, a.user(), f, a.sourceIp(), rng);
            }
            if (r < 0.93) { // a directory-creation event has a path but no name
                return event(h, t, "System", "creation", Category.FILE, a.user(),
                        new FileRef(f.directory(), null, null, 0), a.sourceIp(), rng);
            }
            return processEvent(h, t, rng, a.user());
        }
        if (r < 0.35) {
            return event(h, t, a.process(), "creation", Category.FILE, SimUser.ROOT, f, a.sourceIp(), rng);
        }
        if (r < 0.85) {
            return event(h, t, a.process(), rng.pick(ACTIONS), Category.FILE, a.user(), f, a.sourceIp(), rng);
        }
        if (r < 0.93) {
            return event(h, t, a.process(), "creation", Category.FILE, a.user(), new FileRef(f.directory(), null,
                    null, 0), a.sourceIp(), rng);
        }
        return processEvent(h, t, rng, a.user());
    }

    /** Background: local processes and the system's own files, plus a few process events. */
    private SimEvent background(HostModel h, long t, Rand rng) {
        double r = rng.uniform();
        SimUser person = h.owner() != null ? h.owner() : rng.pick(fleet.usersAt(h.site()));
        if (h.windows()) {
            if (r < 0.35) {
                String name = rng.pick(WIN_SYSTEM_FILES);
                return event(h, t, "System", rng.chance(0.8) ? "creation" : "overwrite", Category.FILE,
                        SimUser.SYSTEM, new FileRef(rng.pick(WIN_SYSTEM_DIRS), name, FileCatalog.extension(name),
                                FileCatalog.size(FileCatalog.extension(name), rng)), null, rng);
            }
            if (r < 0.92) {
                String[] p = rng.pick(WIN_LOCAL);
                SimUser u = p[1].isEmpty() ? person : SimUser.SYSTEM;
                String dir = u == SimUser.SYSTEM ? rng.pick(WIN_SYSTEM_DIRS)
                        : "C:\\Users\\" + u.name() + "\\AppData\\Local\\Temp";
                String name = p[0].equals("chrome.exe") || p[0].equals("msedge.exe")
                        ? "Unconfirmed " + rng.between(100000, 999999) + ".crdownload"
                        : "~DF" + rng.hex(4).toUpperCase(Locale.ROOT) + ".tmp";
                return event(h, t, p[0], rng.chance(0.75) ? "creation" : rng.pick(ACTIONS), Category.FILE, u,
                        new FileRef(dir, name, FileCatalog.extension(name), FileCatalog.size("tmp", rng)), null, rng);
            }
            return processEvent(h, t, rng, person);
        }
        if (r < 0.9) {
            String[] p = rng.pick(LINUX_LOCAL);
            String name = rng.pick(LINUX_LOCAL_FILES);
            return event(h, t, p[0], rng.chance(0.7) ? "creation" : rng.pick(ACTIONS), Category.FILE,
                    rng.chance(0.7) ? SimUser.ROOT : person, new FileRef(rng.pick(LINUX_LOCAL_DIRS), name,
                            FileCatalog.extension(name), FileCatalog.size("log", rng)), null, rng);
        }
        return processEvent(h, t, rng, person);
    }

    /**
     * A process event: {@code ["process"]} category. A third carry action {@code creation} and
     * file fields, so only the category check rejects them.
     */
    private SimEvent processEvent(HostModel h, long t, Rand rng, SimUser user) {
        String[] winProcs = {"System", "PSEXESVC.exe", "svchost.exe", "wmiprvse.exe"};
        String[] lxProcs = {"sshd", "scp", "sftp-server", "bash"};
        String proc = h.windows() ? rng.pick(winProcs) : rng.pick(lxProcs);
        boolean creation = rng.chance(1.0 / 3);
        FileRef f = creation
                ? new FileRef(h.windows() ? "C:\\Windows\\Temp" : "/tmp", "proc_" + rng.hex(6) + ".tmp", "tmp", 4096)
                : null;
        return event(h, t, proc, creation ? "creation" : "start", Category.PROCESS, user, f, null, rng);
    }

    private static SimEvent event(HostModel h, long t, String process, String action, Category category, SimUser user,
            FileRef f, String sourceIp, Rand rng) {
        return new SimEvent(t, rng.nextInt(1_000_000), h, process, action, category, user, f, sourceIp, 0);
    }
}
