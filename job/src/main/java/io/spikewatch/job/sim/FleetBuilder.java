package io.spikewatch.job.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Builds a {@link Fleet}: hires people, names and addresses hosts, gives each role its activities
 * and scheduled jobs, and decides who joins mid-run. All mutable state of construction lives here
 * so that the finished fleet is immutable.
 */
final class FleetBuilder {

    private static final String[] FIRST = {"james", "mary", "john", "patricia", "robert", "jennifer", "michael",
        "linda", "david", "elizabeth", "william", "barbara", "richard", "susan", "joseph", "jessica", "thomas",
        "sarah", "charles", "karen", "christopher", "lisa", "daniel", "nancy", "matthew", "betty", "anthony",
        "sandra", "mark", "margaret", "paul", "ashley", "steven", "kimberly", "andrew", "emily", "kenneth",
        "donna", "joshua", "michelle", "kevin", "carol", "brian", "amanda", "george", "melissa", "hans", "anna",
        "lukas", "sophie", "jonas", "lea", "felix", "marie", "oliver", "amelia", "harry", "isla", "priya", "raj",
        "wei", "mei", "carlos", "lucia", "ahmed", "fatima", "yuki", "kenji", "olga", "ivan", "noah", "zoe"};
    private static final String[] LAST = {"smith", "johnson", "williams", "brown", "jones", "garcia", "miller",
        "davis", "rodriguez", "martinez", "hernandez", "lopez", "gonzalez", "wilson", "anderson", "thomas",
        "taylor", "moore", "jackson", "martin", "lee", "perez", "thompson", "white", "harris", "sanchez", "clark",
        "ramirez", "lewis", "robinson", "walker", "young", "allen", "king", "wright", "scott", "torres", "nguyen",
        "hill", "flores", "green", "adams", "nelson", "baker", "hall", "rivera", "campbell", "mitchell", "carter",
        "roberts", "mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker", "schulz",
        "hoffmann", "patel", "singh", "chen", "wang", "kim", "tanaka", "evans", "hughes", "murphy", "cooper",
        "reed", "bailey", "novak", "kowalski", "dubois", "rossi"};
    private static final String[] LINUX_PROFILES = {"app", "etl", "samba", "app", "ftp", "web", "app", "etl",
        "app", "samba", "web", "app", "etl", "ftp", "app", "web", "app", "etl", "app", "samba"};
    private static final String[] WINDOWS_PROFILES = {"dc", "app", "sql", "sccm", "app", "rds", "dc", "app",
        "sql", "app", "rds", "app", "dc", "app", "sql", "rds"};
    private static final String[] AGENT_VERSIONS = {"8.11.4", "8.12.2", "8.12.2", "8.13.1"};
    private static final String DOMAIN_SID = "S-1-5-21-1004336348-1177238915-682003330-";

    // read by the Fleet constructor
    final FleetSpec spec;
    private final Rand rng;
    private final TreeSet<String> takenNames = new TreeSet<>();
    private final TreeSet<String> takenIps = new TreeSet<>();
    final List<HostModel> hosts = new ArrayList<>();
    final List<SimUser> users = new ArrayList<>();
    final List<SimUser> helpdesk = new ArrayList<>();
    final List<SimUser> linuxAdmins = new ArrayList<>();
    final List<SimUser> dbas = new ArrayList<>();
    final List<SimUser> partners = new ArrayList<>();
    private int nextRid = 1104;
    SimUser svcSccm;
    SimUser svcSwdist;
    SimUser svcBackup;
    SimUser svcDeploy;
    SimUser svcRobocopy;
    SimUser svcSql;
    SimUser linuxDeploy;
    SimUser jenkins;
    SimUser svcEtl;
    private long[] joinMs;

    FleetBuilder(FleetSpec spec, Rand rng) {
        this.spec = spec;
        this.rng = rng;
    }

    Fleet build() {
        serviceAccounts();
        joinMs = planJoins();
        for (int i = 0; i < spec.workstations(); i++) {
            workstation();
        }
        int extraUsers = Math.max(6, (int) Math.round(spec.workstations() * 0.35));
        for (int i = 0; i < extraUsers; i++) {
            Site site = Site.values()[rng.weighted(Site.shares())];
            users.add(person(site, Fleet.unmanagedClientIp(site, rng)));
        }
        staff();
        Site[] fsSites = {Site.LON, Site.FRA, Site.NYC, Site.LON, Site.LON, Site.FRA, Site.NYC, Site.LON};
        double[] fsRates = fileServerRates();
        for (int i = 0; i < spec.fileServers(); i++) {
            fileServer(fsSites[i % fsSites.length], i, fsRates[i]);
        }
        for (int i = 0; i < spec.linuxServers(); i++) {
            linuxServer(LINUX_PROFILES[i % LINUX_PROFILES.length], i);
        }
        for (int i = 0; i < spec.windowsServers(); i++) {
            windowsServer(i == 0 ? "backup" : WINDOWS_PROFILES[(i - 1) % WINDOWS_PROFILES.length], i);
        }
        return new Fleet(this);
    }

    /**
     * Join times in host-index order. About 3.5 % of hosts appear mid-run (new laptops, a new
     * server). The first of them is a workstation joining in the second half, late enough that
     * an attack two days later still has a week of fleet history behind it.
     */
    private long[] planJoins() {
        long start = spec.start().toEpochMilli();
        long[] joins = new long[spec.hosts()];
        for (int i = 0; i < joins.length; i++) {
            joins[i] = start;
        }
        if (spec.days() < 6) {
            return joins;
        }
        int newHosts = Math.max(1, (int) Math.round(spec.hosts() * 0.035));
        TreeSet<Integer> chosen = new TreeSet<>();
        for (int n = 0; n < newHosts; n++) {
            int index;
            int day;
            if (n == 0 && spec.workstations() > 0) {
                index = rng.nextInt(spec.workstations());
                day = rng.between(Math.max(3, spec.days() / 2 - 3), spec.days() - 3);
            } else {
                // skip the first file server and the backup target: the fleet's anchors
                index = rng.nextInt(spec.hosts());
                day = rng.between(2, spec.days() - 2);
                if (index == spec.workstations() || index == spec.hosts() - spec.windowsServers()) {
                    continue;
                }
            }
            if (!chosen.add(index)) {
                continue;
            }
            long hourMs = 3_600_000L;
            joins[index] = start + day * Fleet.DAY_MS + rng.between(8, 16) * hourMs + rng.nextLong(0, hourMs);
        }
        return joins;
    }

    private void serviceAccounts() {
        svcSccm = service("svc_sccm", Fleet.SCCM_IP);
        svcSwdist = service("svc_swdist", Fleet.SCCM_IP);
        svcBackup = service("svc_backup", Fleet.BACKUP_PROXY_IP);
        svcDeploy = service("svc_deploy", Fleet.JENKINS_IP);
        svcRobocopy = service("svc_robocopy", null);
        svcSql = service("svc_sql", null);
        linuxDeploy = new SimUser("deploy", null, "1001", null, null, Fleet.JENKINS_IP);
        jenkins = new SimUser("jenkins", null, "1002", null, null, Fleet.JENKINS_IP);
        svcEtl = new SimUser("svc_etl", null, "1003", null, null, Fleet.ETL_SOURCE_IP);
        String[] partnerNames = {"ftp_acme", "ftp_globex", "ftp_initech", "ftp_umbrella", "ftp_contoso"};
        for (int i = 0; i < partnerNames.length; i++) {
            String ip = (i % 2 == 0 ? "203.0.113." : "198.51.100.") + rng.between(10, 240);
            partners.add(new SimUser(partnerNames[i], null, String.valueOf(2001 + i), null, null, ip));
        }
    }

    private SimUser service(String name, String ip) {
        int rid = nextRid++;
        return new SimUser(name, DOMAIN_SID + rid, String.valueOf(1_650_000_000L + rid), "CORP", null, ip);
    }

    private SimUser person(Site site, String ip) {
        String name;
        do {
            name = rng.pick(FIRST).charAt(0) + rng.pick(LAST);
            if (takenNames.contains("u:" + name)) {
                name = name + rng.between(2, 9);
            }
        } while (!takenNames.add("u:" + name));
        int rid = nextRid++;
        return new SimUser(name, DOMAIN_SID + rid, String.valueOf(1_650_000_000L + rid), "CORP", site, ip);
    }

    /** Helpdesk admins, Linux admins and DBAs come from the people already hired. */
    private void staff() {
        int helpdeskCount = Math.max(2, (spec.workstations() + 19) / 20);
        for (int i = 0; i < helpdeskCount && i < users.size(); i++) {
            SimUser u = users.get((i * 7 + 3) % users.size());
            int rid = nextRid++;
            helpdesk.add(new SimUser("adm_" + u.name(), DOMAIN_SID + rid, String.valueOf(1_650_000_000L + rid),
                    "CORP", u.site(), u.ip()));
        }
        int linuxAdminCount = Math.max(2, Math.min(6, spec.linuxServers() / 3 + 1));
        for (int i = 0; i < linuxAdminCount && i < users.size(); i++) {
            linuxAdmins.add(users.get((i * 11 + 5) % users.size()));
        }
        for (int i = 0; i < 2 && i < users.size(); i++) {
            dbas.add(users.get((i * 13 + 9) % users.size()));
        }
    }

    private String uniqueName(String pattern, int lo, int hi) {
        String name;
        do {
            name = String.format(Locale.ROOT, pattern, rng.between(lo, hi));
        } while (!takenNames.add("h:" + name));
        return name;
    }

    private String uniqueIp(String prefix, int thirdLo, int thirdHi) {
        String ip;
        do {
            ip = prefix + rng.between(thirdLo, thirdHi) + "." + rng.between(10, 250);
        } while (!takenIps.add(ip));
        return ip;
    }

    private List<String> hostIps(String ip) {
        if (rng.chance(0.7)) {
            return List.of(ip, "fe80::" + rng.hex(4) + ":" + rng.hex(4) + ":" + rng.hex(4) + ":" + rng.hex(4));
        }
        return List.of(ip);
    }

    private void workstation() {
        Site site = Site.values()[rng.weighted(Site.shares())];
        String name = uniqueName((rng.chance(0.3) ? "lt-" : "ws-") + site.code + "-%04d", 100, 9999);
        String ip = uniqueIp("10." + site.octet + ".", 1, 40);
        SimUser owner = person(site, ip);
        users.add(owner);
        double scale = rng.logNormal(1, 0.8) * (rng.chance(0.1) ? 4 : 1);
        List<Activity> acts = List.of(new Activity(Style.WORKSTATION_MIXED, Rhythm.OFFICE, 0.05 * scale, 1.8,
                rng.uniform(0.02, 0.08), 0.8));
        add(name, ip, HostRole.WORKSTATION, "workstation", site, rng.pick(OsInfo.WORKSTATION), acts, List.of(),
                owner, null, List.of(), null);
    }

    /**
     * Peak sessions per bucket of each file server: log-normal (some shares are far busier than
     * others), rescaled so that their mean is fixed. File servers carry most of the volume, and
     * without the rescaling the size of a "400k-line" data set would swing by +-30 % with the seed.
     */
    private double[] fileServerRates() {
        int n = spec.fileServers();
        double[] rates = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            rates[i] = rng.logNormal(1, 0.6);
            sum += rates[i];
        }
        for (int i = 0; i < n; i++) {
            rates[i] = rates[i] / (sum / n) * 14;
        }
        return rates;
    }

    private void fileServer(Site site, int i, double peakSessions) {
        String name = String.format(Locale.ROOT, "fs-%s-%02d", site.code, i + 1);
        takenNames.add("h:" + name);
        String ip = uniqueIp("10.1.1", 0, 9);
        List<Activity> acts = List.of(
                new Activity(Style.SHARE, Rhythm.OFFICE, peakSessions, 2.6, rng.uniform(0.04, 0.12), 6),
                new Activity(Style.WINDOWS_ADMIN, Rhythm.OFFICE, 0.03, 1.5, 0.1, 1));
        List<ScheduledJob> jobs = new ArrayList<>();
        if (i == 1 && !hosts.isEmpty()) {
            HostModel primary = firstFileServer();
            if (primary != null) {
                // a nightly replication from the first file server, configured mid-run
                int firstDay = Math.max(2, spec.days() * 2 / 5 + 1);
                jobs.add(new ScheduledJob(Style.REPLICA, svcRobocopy, "System", primary.ip(), 1440, 90, 30,
                        rng.logNormal(180, 0.25), 1.0, firstDay));
            }
        }
        add(name, ip, HostRole.FILE_SERVER, "file_server", site, rng.pick(OsInfo.WINDOWS_SERVER), acts, jobs,
                null, null, departments(rng.between(3, 5)), null);
    }

    private HostModel firstFileServer() {
        for (HostModel h : hosts) {
            if (h.role() == HostRole.FILE_SERVER) {
                return h;
            }
        }
        return null;
    }

    private List<String> departments(int n) {
        TreeSet<String> picked = new TreeSet<>();
        while (picked.size() < n) {
            picked.add(rng.pick(Fleet.DEPARTMENTS));
        }
        return List.copyOf(picked);
    }

    private void linuxServer(String profile, int i) {
        Site site = Site.values()[rng.weighted(Site.shares())];
        String name = String.format(Locale.ROOT, "%s-lx-%02d", profile, i + 1);
        takenNames.add("h:" + name);
        String ip = uniqueIp("10.1.2", 0, 9);
        String[] sshProcs = {"sftp-server", "sftp-server", "scp", "scp", "sshd"};
        String ssh = profile.equals("web") ? "sshd" : rng.pick(sshProcs);
        List<Activity> acts = new ArrayList<>();
        List<ScheduledJob> jobs = new ArrayList<>();
        String app = rng.pick(Fleet.APPS);
        List<String> shares = List.of();
        switch (profile) {
            case "app" -> {
                acts.add(new Activity(Style.LINUX_DEPLOY, Rhythm.OFFICE, rng.logNormal(0.03, 0.5), 14, 0.1, 0.5));
                acts.add(new Activity(Style.LINUX_ADMIN, Rhythm.OFFICE, rng.logNormal(0.08, 0.6), 1.6, 0.15, 1));
                if (rng.chance(0.4)) {
                    jobs.add(new ScheduledJob(Style.LINUX_DEPLOY, jenkins, "scp", Fleet.JENKINS_IP, 60,
                            rng.between(0, 59), 2, 1.6, 1.0, 0));
                }
            }
            case "etl" -> {
                int[] periods = {15, 30, 60, 60};
                int period = periods[rng.nextInt(periods.length)];
                jobs.add(new ScheduledJob(Style.ETL_FEED, svcEtl, "sftp-server", Fleet.ETL_SOURCE_IP, period,
                        rng.between(0, period - 1), 3, rng.logNormal(4, 0.5) * period / 60.0 + 0.8,
                        rng.uniform(0.5, 1.0), 0));
                SimUser partner = rng.pick(partners);
                jobs.add(new ScheduledJob(Style.ETL_FEED, partner, "sftp-server", partner.ip(), 1440,
                        rng.between(4 * 60, 7 * 60), 15, rng.logNormal(25, 0.4), 0.0, 0));
                acts.add(new Activity(Style.LINUX_ADMIN, Rhythm.OFFICE, 0.05, 1.5, 0.1, 1));
            }
            case "samba" -> {
                shares = departments(rng.between(2, 3));
                acts.add(new Activity(Style.SAMBA, Rhythm.OFFICE, rng.logNormal(2.5, 0.5), 2.2, 0.06, 4));
                acts.add(new Activity(Style.LINUX_ADMIN, Rhythm.OFFICE, 0.03, 1.5, 0.1, 1));
            }
            case "ftp" -> {
                SimUser partner = rng.pick(partners);
                acts.add(new Activity(Style.FTP_DROP, Rhythm.EXTENDED, rng.logNormal(0.4, 0.5), 2.5, 0.3, 1.5));
                jobs.add(new ScheduledJob(Style.FTP_DROP, partner, "vsftpd", partner.ip(), 1440,
                        rng.between(5 * 60, 8 * 60), 20, rng.logNormal(40, 0.3), 0.0, 0));
                acts.add(new Activity(Style.LINUX_ADMIN, Rhythm.OFFICE, 0.03, 1.5, 0.1, 1));
            }
            default -> { // web
                acts.add(new Activity(Style.LINUX_ADMIN, Rhythm.OFFICE, rng.logNormal(0.1, 0.5), 2, 0.2, 1));
                acts.add(new Activity(Style.LINUX_DEPLOY, Rhythm.OFFICE, 0.015, 25, 0.05, 0.5));
            }
        }
        add(name, ip, HostRole.LINUX_SERVER, profile, site, rng.pick(OsInfo.LINUX), acts, jobs, null, ssh, shares,
                app);
    }

    private void windowsServer(String profile, int i) {
        Site site = Site.values()[rng.weighted(Site.shares())];
        String name = profile.equals("dc")
                ? uniqueName("dc-" + site.code + "-%02d", 1, 9)
                : String.format(Locale.ROOT, "%s-win-%02d", profile, i + 1);
        takenNames.add("h:" + name);
        String ip = uniqueIp("10.1.3", 0, 9);
        List<Activity> acts = new ArrayList<>();
        List<ScheduledJob> jobs = new ArrayList<>();
        List<String> shares = List.of();
        String app = rng.pick(Fleet.APPS);
        Activity admin = new Activity(Style.WINDOWS_ADMIN, Rhythm.OFFICE, rng.logNormal(0.04, 0.4), 1.5, 0.1, 1);
        switch (profile) {
            case "backup" -> jobs.add(new ScheduledJob(Style.BACKUP, svcBackup, "System", Fleet.BACKUP_PROXY_IP,
                    1440, 120, 45, rng.logNormal(350, 0.2), 1.3, 0));
            case "dc" -> acts.add(new Activity(Style.SYSVOL, Rhythm.OFFICE, 0.02, 2.5, 0.05, 0.7));
            case "app" -> acts.add(new Activity(Style.WINDOWS_DEPLOY, Rhythm.OFFICE, rng.logNormal(0.015, 0.5), 18,
                    0.05, 0.5));
            case "sql" -> {
                acts.add(new Activity(Style.SQL_DBA, Rhythm.OFFICE, 0.05, 1.4, 0.1, 1));
                jobs.add(new ScheduledJob(Style.BACKUP, svcSql, "System", "10.1.3." + rng.between(200, 220), 1440,
                        rng.between(30, 90), 10, 6, 1.0, 0));
            }
            case "sccm" -> {
                acts.add(new Activity(Style.SCCM_CONTENT, Rhythm.OFFICE, 0.3, 8, 0.05, 0.7));
                jobs.add(new ScheduledJob(Style.SCCM_CONTENT, svcSccm, "System", Fleet.SCCM_IP, 1440, 22 * 60, 30,
                        40, 0.5, 0));
            }
            default -> { // rds
                shares = departments(2);
                acts.add(new Activity(Style.RDS_USER, Rhythm.OFFICE, rng.logNormal(1.2, 0.4), 1.8, 0.05, 3));
            }
        }
        acts.add(admin);
        add(name, ip, HostRole.WINDOWS_SERVER, profile, site, rng.pick(OsInfo.WINDOWS_SERVER), acts, jobs, null,
                null, shares, app);
    }

    private void add(String name, String ip, HostRole role, String profile, Site site, OsInfo os,
            List<Activity> acts, List<ScheduledJob> jobs, SimUser owner, String ssh, List<String> shares,
            String app) {
        int index = hosts.size();
        long join = joinMs[index];
        SimHost host = new SimHost(name, rng.uuid(), ip, role, profile, site.code, Instant.ofEpochMilli(join));
        int shift = rng.between(-50, 50);
        hosts.add(new HostModel(index, host, site, os, List.copyOf(acts), List.copyOf(jobs), shift, join, owner,
                ssh, rng.uuid(), rng.pick(AGENT_VERSIONS), hostIps(ip), shares, app));
    }
}
