package io.spikewatch.job.sim;

import java.util.List;
import java.util.Locale;

/**
 * Opens the sessions of normal traffic: for each {@link Style}, who connects, from where, with
 * which process, into which folder. Benign look-alikes of attacks (helpdesk admins copying
 * PsExec, software pushes into {@code C:\Windows\Temp}) are here on purpose.
 */
final class TransferFactory {

    private static final String[] WS_PUSH_DIRS = {"C:\\Windows\\ccmcache\\", "C:\\Windows\\Temp\\",
        "C:\\ProgramData\\Package Cache\\"};
    private static final String[] USER_DIRS = {"Downloads", "Documents", "Desktop", "Documents\\Projects"};
    private static final String[] SUPPORT_DIRS = {"C:\\Windows\\Temp\\Support", "C:\\Support",
        "C:\\ProgramData\\HelpDesk", "C:\\Users\\Public\\Desktop"};
    private static final String[] SUBFOLDERS = {"2024", "Q1", "Archive", "Shared", "Working", "Templates",
        "Clients", "Reports", "Meetings", "Contracts", "Scans", "Drafts"};
    private static final String[] LINUX_ADMIN_DIRS = {"/tmp", "/etc/", "/opt/", "/home/"};

    private final Fleet fleet;

    TransferFactory(Fleet fleet) {
        this.fleet = fleet;
    }

    /** A session of an interactive activity. */
    Session open(Style style, HostModel h, long tMs, Rand rng) {
        return switch (style) {
            case WORKSTATION_MIXED -> workstation(h, rng);
            case SHARE -> share(h, rng, "System", "D:\\Shares\\", '\\');
            case SAMBA -> share(h, rng, "smbd", "/srv/samba/", '/');
            case RDS_USER -> {
                SimUser u = person(h, rng);
                yield new Session(h, u, "System", u.ip(), "C:\\Users\\" + u.name() + "\\" + rng.pick(USER_DIRS),
                        FileKind.DOCUMENT, SimEvent.REMOTE);
            }
            case LINUX_DEPLOY -> new Session(h, rng.chance(0.6) ? fleet.linuxDeploy : fleet.jenkins,
                    rng.chance(0.7) ? h.sshProcess() : "scp", Fleet.JENKINS_IP,
                    "/opt/" + h.app() + "/releases/" + FileCatalog.stamp(tMs) + "/" + rng.pick(new String[] {"lib",
                        "bin", "conf", "static", "lib"}), FileKind.LINUX_RELEASE, SimEvent.REMOTE);
            case LINUX_ADMIN -> linuxAdmin(h, rng);
            case FTP_DROP -> {
                SimUser p = rng.pick(fleet.partners);
                yield new Session(h, p, "vsftpd", p.ip(), "/srv/ftp/" + p.name().substring(4) + "/incoming",
                        FileKind.FTP_DOCUMENT, SimEvent.REMOTE);
            }
            case ETL_FEED -> new Session(h, fleet.svcEtl, "sftp-server", Fleet.ETL_SOURCE_IP,
                    "/data/inbound/" + h.app(), FileKind.FEED, SimEvent.REMOTE);
            case WINDOWS_DEPLOY -> {
                boolean pipeline = rng.chance(0.8);
                SimUser u = pipeline ? fleet.svcDeploy : rng.pick(fleet.helpdesk);
                String dir = rng.chance(0.5) ? "C:\\inetpub\\wwwroot\\" + h.app() + "\\bin"
                        : "C:\\Apps\\" + h.app() + "\\" + FileCatalog.stamp(tMs);
                yield new Session(h, u, "System", pipeline ? Fleet.JENKINS_IP : u.ip(), dir, FileKind.WINDOWS_RELEASE,
                        SimEvent.REMOTE);
            }
            case WINDOWS_ADMIN -> {
                SimUser u = rng.pick(fleet.helpdesk);
                yield new Session(h, u, "System", rng.chance(0.4) ? Fleet.JUMP_HOST_IP : u.ip(),
                        rng.pick(new String[] {"C:\\Windows\\Temp", "C:\\Support", "C:\\Scripts", "C:\\Temp"}),
                        FileKind.SUPPORT_TOOL, SimEvent.REMOTE);
            }
            case SYSVOL -> {
                SimUser u = rng.pick(fleet.helpdesk);
                String dir = rng.chance(0.7)
                        ? "C:\\Windows\\SYSVOL\\domain\\Policies\\" + rng.guid() + "\\Machine"
                        : "C:\\Windows\\SYSVOL\\domain\\scripts";
                yield new Session(h, u, "System", u.ip(), dir, FileKind.GPO, SimEvent.REMOTE);
            }
            case SQL_DBA -> {
                SimUser u = rng.pick(fleet.dbas);
                yield new Session(h, u, "System", u.ip(), rng.chance(0.6) ? "D:\\Scripts" : "D:\\MSSQL\\Import",
                        FileKind.SQL, SimEvent.REMOTE);
            }
            case SCCM_CONTENT -> new Session(h, fleet.svcSccm, "System", Fleet.SCCM_IP,
                    "D:\\SCCMContentLib\\FileLib\\" + rng.hex(4).toUpperCase(Locale.ROOT),
                    FileKind.SCCM_BLOB, SimEvent.REMOTE);
            case BACKUP, REPLICA -> throw new IllegalArgumentException(style + " is scheduled, not interactive");
        };
    }

    /** A session of a scheduled job run. */
    Session scheduled(ScheduledJob job, HostModel h, long tMs, Rand rng) {
        return switch (job.style()) {
            case BACKUP -> new Session(h, job.user(), job.process(), job.sourceIp(),
                    "D:\\Backup\\" + backupSource(h, rng) + "\\" + FileCatalog.date(tMs) + "\\"
                            + rng.pick(Fleet.DEPARTMENTS), FileKind.BACKUP_COPY, SimEvent.REMOTE);
            case REPLICA -> new Session(h, job.user(), job.process(), job.sourceIp(),
                    "D:\\Replica\\" + rng.pick(Fleet.DEPARTMENTS) + "\\" + rng.pick(SUBFOLDERS), FileKind.DOCUMENT,
                    SimEvent.REMOTE);
            case ETL_FEED -> new Session(h, job.user(), job.process(), job.sourceIp(),
                    "/data/inbound/" + (job.user() == fleet.svcEtl ? h.app() : job.user().name().substring(4)),
                    FileKind.FEED, SimEvent.REMOTE);
            case FTP_DROP -> new Session(h, job.user(), job.process(), job.sourceIp(),
                    "/srv/ftp/" + job.user().name().substring(4) + "/incoming", FileKind.FTP_DOCUMENT,
                    SimEvent.REMOTE);
            case LINUX_DEPLOY -> new Session(h, job.user(), job.process(), job.sourceIp(),
                    "/etc/" + h.app() + "/conf.d", FileKind.LINUX_ADMIN_FILE, SimEvent.REMOTE);
            case SCCM_CONTENT -> new Session(h, job.user(), job.process(), job.sourceIp(),
                    "D:\\SCCMContentLib\\FileLib\\" + rng.hex(4).toUpperCase(Locale.ROOT),
                    FileKind.SCCM_BLOB, SimEvent.REMOTE);
            default -> open(job.style(), h, tMs, rng);
        };
    }

    private String backupSource(HostModel target, Rand rng) {
        List<HostModel> fs = fleet.fileServers;
        return fs.isEmpty() ? target.name() : rng.pick(fs).name();
    }

    private Session workstation(HostModel h, Rand rng) {
        double r = rng.uniform();
        SimUser owner = h.owner() != null ? h.owner() : rng.pick(fleet.users);
        if (r < 0.45) {
            String from = rng.chance(0.5) ? Fleet.unmanagedClientIp(h.site(), rng) : fileServerIp(rng);
            return new Session(h, owner, "System", from, "C:\\Users\\" + owner.name() + "\\" + rng.pick(USER_DIRS),
                    FileKind.DOCUMENT, SimEvent.REMOTE);
        }
        if (r < 0.80) {
            String base = rng.pick(WS_PUSH_DIRS);
            String dir = base.endsWith("ccmcache\\") ? base + rng.between(1, 40) : base + rng.guid();
            return new Session(h, rng.chance(0.6) ? fleet.svcSwdist : fleet.svcSccm, "System", Fleet.SCCM_IP, dir,
                    FileKind.SOFTWARE, SimEvent.REMOTE);
        }
        SimUser admin = rng.pick(fleet.helpdesk);
        return new Session(h, admin, "System", admin.ip(), rng.pick(SUPPORT_DIRS), FileKind.SUPPORT_TOOL,
                SimEvent.REMOTE);
    }

    private String fileServerIp(Rand rng) {
        List<HostModel> fs = fleet.fileServers;
        return fs.isEmpty() ? Fleet.JUMP_HOST_IP : rng.pick(fs).ip();
    }

    private SimUser person(HostModel h, Rand rng) {
        return rng.chance(0.85) ? rng.pick(fleet.usersAt(h.site())) : rng.pick(fleet.users);
    }

    private Session share(HostModel h, Rand rng, String process, String root, char sep) {
        SimUser u = person(h, rng);
        String dir;
        if (sep == '\\' && rng.chance(0.2)) {
            dir = "E:\\Home\\" + u.name() + "\\Documents";
        } else {
            String share = h.shares().isEmpty() ? rng.pick(Fleet.DEPARTMENTS) : rng.pick(h.shares());
            dir = root + share + sep + rng.pick(SUBFOLDERS);
            if (rng.chance(0.4)) {
                dir = dir + sep + rng.pick(SUBFOLDERS);
            }
        }
        return new Session(h, u, process, u.ip(), dir, FileKind.DOCUMENT, SimEvent.REMOTE);
    }

    private Session linuxAdmin(HostModel h, Rand rng) {
        SimUser u = rng.pick(fleet.linuxAdmins);
        String process = rng.chance(0.7) ? h.sshProcess() : (rng.chance(0.5) ? "scp" : "sftp-server");
        String base = rng.pick(LINUX_ADMIN_DIRS);
        String dir = switch (base) {
            case "/etc/" -> "/etc/" + h.app();
            case "/opt/" -> "/opt/" + h.app() + "/scripts";
            case "/home/" -> "/home/" + u.name();
            default -> base;
        };
        return new Session(h, u, process, rng.chance(0.5) ? Fleet.JUMP_HOST_IP : u.ip(), dir,
                FileKind.LINUX_ADMIN_FILE, SimEvent.REMOTE);
    }
}
