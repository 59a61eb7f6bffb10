// A second independent generator (see AltFleet.java): written from the brief alone, by another
// author who read neither spikewatch's code nor AltFleet. Usage:
//   java bench/independent/Fleet2.java --seed N --out DIR     (about 20 s, up to 2 GB of heap)
// Kept as its author wrote it. README "A fleet we did not write" has the numbers.
// Fleet2 - independent synthetic Elastic Defend file-event fleet generator.
// Organisation: "Tri-Rivers Health Partners" (domain TRHP), a regional hospital group with
// three hospitals in two time zones:
//   SAG  St. Agnes Medical Center        America/New_York  (flagship, data centre)
//   RVS  Riverside Community Hospital    America/New_York
//   HLD  Highland Regional Hospital      America/Chicago
// Usage: java Fleet2.java --seed N --out DIR
// Writes DIR/fleet.ndjson.gz and DIR/fleet.labels.ndjson. JDK only, deterministic per seed.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.zip.GZIPOutputStream;

public class Fleet2 {
    // Monday 2026-01-12 00:00 US Eastern
    static final long START_S = Instant.parse("2026-01-12T05:00:00Z").getEpochSecond();
    static final int DAYS = 21;
    static final long END_S = START_S + DAYS * 86400L;
    static final long NS = 1_000_000_000L;

    // ---------------------------------------------------------------- model types
    static final class Site {
        final String code, name; final ZoneId zone; final int net;
        Site(String c, String n, String z, int net) { code = c; name = n; zone = ZoneId.of(z); this.net = net; }
    }
    static final class Usr {
        final String name, id, domain; Site site; String dept; String display;
        Usr(String n, String i, String d) { name = n; id = i; domain = d; }
    }
    static final class Proc {
        final String name, exe, signer; final boolean trusted; final int pid;
        Proc(String n, String e, String s, boolean t, int pid) { name = n; exe = e; signer = s; trusted = t; this.pid = pid; }
    }
    enum Role { NS, ADM, LT, FS, PROF, BKS, PRN, PACS, EHR, SQL, RDS, DC, MECM, LWEB, LDB, LBKP, LHL7, LBUILD, LSFTP, LLAB, LNAS }
    static final class Host {
        final String name; final Role role; final Site site; final boolean win;
        String id, agentId, ip, ip6, mac, osFull, osVer, kernel, variant, agentVer;
        long first = START_S, last = END_S; int tsDigits; double dottedBias; double catStringBias;
        List<Usr> users = new ArrayList<>(); int seqCounter; boolean linuxRhel;
        Host(String n, Role r, Site s, boolean w) { name = n; role = r; site = s; win = w; }
        boolean active(long t) { return t >= first && t < last; }
        boolean isWorkstation() { return role == Role.NS || role == Role.ADM || role == Role.LT; }
    }
    static final class Label {
        final String label, id, kind, desc; final LinkedHashSet<String> hosts = new LinkedHashSet<>();
        long start = Long.MAX_VALUE, end = Long.MIN_VALUE; int files;
        Label(String l, String i, String k, String d) { label = l; id = i; kind = k; desc = d; }
        Label(Label o, String nid) { this(o.label, nid, o.kind, o.desc); hosts.addAll(o.hosts); start = o.start; end = o.end; files = o.files; }
        void hit(Host h, long tNs) { hosts.add(h.name); start = Math.min(start, tNs); end = Math.max(end, tNs); files++; }
    }
    // actions
    static final int CREATE = 0, MODIFY = 1, DELETE = 2, RENAME = 3, OVERWRITE = 4, PSTART = 5, NETCONN = 6;
    static final String[] ACT = { "creation", "modification", "deletion", "rename", "overwrite", "start", "connection_accepted" };
    static final class Ev {
        long t, key; int seq; Host h; byte act; Proc p; Usr u; String path; long size; String src;
        boolean noName; int mal; Label lab;
    }

    // ---------------------------------------------------------------- state
    final SplittableRandom r;
    final long seed;
    final List<Ev> evs = new ArrayList<>(600_000);
    final List<Host> hosts = new ArrayList<>();
    final Map<String, Host> byName = new LinkedHashMap<>();
    final List<Usr> staff = new ArrayList<>();
    final List<Usr> admins = new ArrayList<>();
    final List<Label> incidents = new ArrayList<>();
    final List<Label> benign = new ArrayList<>();
    final Site SAG = new Site("SAG", "St. Agnes Medical Center", "America/New_York", 10);
    final Site RVS = new Site("RVS", "Riverside Community Hospital", "America/New_York", 20);
    final Site HLD = new Site("HLD", "Highland Regional Hospital", "America/Chicago", 30);
    final Site[] SITES = { SAG, RVS, HLD };
    int seqGen = 0;

    static final String DOMAIN_SID = "S-1-5-21-2871003941-1185720352-3395104476-";
    final Usr SYSTEM = new Usr("SYSTEM", "S-1-5-18", "NT AUTHORITY");
    final Usr LOCALSVC = new Usr("LOCAL SERVICE", "S-1-5-19", "NT AUTHORITY");
    final Usr NETSVC = new Usr("NETWORK SERVICE", "S-1-5-20", "NT AUTHORITY");
    final Usr ROOT = new Usr("root", "0", null);
    final Map<String, Usr> svc = new LinkedHashMap<>();
    final Map<String, Usr> lin = new LinkedHashMap<>();

    Fleet2(long seed) { this.seed = seed; this.r = new SplittableRandom(mix(seed + 0x51ED27L)); }
    static long mix(long z) { z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL; z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L; return z ^ (z >>> 33); }

    // ---------------------------------------------------------------- random helpers
    int ri(int lo, int hi) { return lo + r.nextInt(hi - lo + 1); }
    double rd() { return r.nextDouble(); }
    boolean pb(double p) { return r.nextDouble() < p; }
    <T> T pick(T[] a) { return a[r.nextInt(a.length)]; }
    <T> T pick(List<T> a) { return a.get(r.nextInt(a.size())); }
    int poisson(double lam) {
        if (lam <= 0) return 0;
        if (lam > 40) return Math.max(0, (int) Math.round(lam + Math.sqrt(lam) * gauss()));
        double L = Math.exp(-lam), p = 1; int k = 0;
        do { k++; p *= r.nextDouble(); } while (p > L);
        return k - 1;
    }
    double gauss() { double u = Math.max(1e-12, rd()), v = rd(); return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v); }
    long logn(double median, double sigma) { return Math.max(0, (long) (median * Math.exp(sigma * gauss()))); }
    String hex(int n) { StringBuilder s = new StringBuilder(); for (int i = 0; i < n; i++) s.append("0123456789abcdef".charAt(r.nextInt(16))); return s.toString(); }
    String uuid() { return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-" + "89ab".charAt(r.nextInt(4)) + hex(3) + "-" + hex(12); }
    String digits(int n) { StringBuilder s = new StringBuilder(); for (int i = 0; i < n; i++) s.append((char) ('0' + r.nextInt(10))); return s.toString(); }
    String alnum(int n) { String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"; StringBuilder s = new StringBuilder(); for (int i = 0; i < n; i++) s.append(a.charAt(r.nextInt(a.length()))); return s.toString(); }
    long tns(long sec) { return sec * NS + r.nextInt(1_000_000_000); }

    ZonedDateTime local(Site s, long sec) { return Instant.ofEpochSecond(sec).atZone(s.zone); }
    long localToUtc(Site s, LocalDateTime ldt) { return ldt.atZone(s.zone).toEpochSecond(); }
    LocalDate day(int d) { return LocalDate.of(2026, 1, 12).plusDays(d); }
    static String ymd(ZonedDateTime z) { return String.format("%04d%02d%02d", z.getYear(), z.getMonthValue(), z.getDayOfMonth()); }
    static String hms(ZonedDateTime z) { return String.format("%02d%02d%02d", z.getHour(), z.getMinute(), z.getSecond()); }

    // activity profiles by local time
    static double dayProfile(ZonedDateTime z) {
        int h = z.getHour(); double m = z.getMinute() / 60.0; double v;
        double[] P = { .03, .02, .02, .02, .03, .05, .12, .35, .75, 1.0, 1.0, .95, .7, .9, 1.0, .95, .8, .5, .25, .15, .10, .07, .05, .04 };
        v = P[h] + (P[(h + 1) % 24] - P[h]) * m;
        DayOfWeek d = z.getDayOfWeek();
        if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) v *= 0.12;
        return v;
    }
    static double wardProfile(ZonedDateTime z) {
        int h = z.getHour();
        double[] P = { .55, .45, .4, .38, .4, .5, .8, 1.7, 1.2, 1.0, 1.0, 1.0, .9, 1.0, 1.0, 1.0, 1.0, .95, 1.1, 1.6, 1.0, .85, .75, .65 };
        double v = P[h];
        DayOfWeek d = z.getDayOfWeek();
        if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) v *= 0.8;
        return v;
    }
    static boolean weekend(ZonedDateTime z) { return z.getDayOfWeek() == DayOfWeek.SATURDAY || z.getDayOfWeek() == DayOfWeek.SUNDAY; }

    // ---------------------------------------------------------------- processes
    static final Proc P_SYSTEM = new Proc("System", "System", "Microsoft Windows", true, 4);
    Proc lp(String name, String exe, String signer, boolean trusted) { return new Proc(name, exe, signer, trusted, -1); }
    Proc[] WS_USER_PROCS, WS_SVC_PROCS;
    Proc P_SPOOL, P_SQL, P_W3WP, P_DFSR, P_PACS, P_EHRSVC, P_ROBO, P_PS, P_CCM, P_DEFENDER, P_SVCHOST, P_TIW, P_MSI;
    Proc L_SSHD = new Proc("sshd", "/usr/sbin/sshd", null, false, -1);
    Proc L_SCP = new Proc("scp", "/usr/bin/scp", null, false, -1);
    Proc L_SFTP_DEB = new Proc("sftp-server", "/usr/lib/openssh/sftp-server", null, false, -1);
    Proc L_SFTP_RH = new Proc("sftp-server", "/usr/libexec/openssh/sftp-server", null, false, -1);
    Proc L_SMBD = new Proc("smbd", "/usr/sbin/smbd", null, false, -1);
    Proc L_VSFTPD = new Proc("vsftpd", "/usr/sbin/vsftpd", null, false, -1);
    Proc[] LIN_LOCAL;
    Proc L_JAVA = new Proc("java", "/opt/mirthconnect/jre/bin/java", null, false, -1);
    Proc L_PG = new Proc("postgres", "/usr/lib/postgresql/15/bin/postgres", null, false, -1);
    Proc L_NGINX = new Proc("nginx", "/usr/sbin/nginx", null, false, -1);
    Proc L_TAR = new Proc("tar", "/usr/bin/tar", null, false, -1);

    void initProcs() {
        String MO = "C:\\Program Files\\Microsoft Office\\root\\Office16\\";
        WS_USER_PROCS = new Proc[] {
            lp("explorer.exe", "C:\\Windows\\explorer.exe", "Microsoft Windows", true),
            lp("chrome.exe", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "Google LLC", true),
            lp("msedge.exe", "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe", "Microsoft Corporation", true),
            lp("WINWORD.EXE", MO + "WINWORD.EXE", "Microsoft Corporation", true),
            lp("EXCEL.EXE", MO + "EXCEL.EXE", "Microsoft Corporation", true),
            lp("OUTLOOK.EXE", MO + "OUTLOOK.EXE", "Microsoft Corporation", true),
            lp("Hyperspace.exe", "C:\\Program Files (x86)\\Epic\\v10.4\\Shared Files\\Hyperspace.exe", "Epic Systems Corporation", true),
            lp("ms-teams.exe", "C:\\Program Files\\WindowsApps\\MSTeams_25017.203.3370.1174_x64__8wekyb3d8bbwe\\ms-teams.exe", "Microsoft Corporation", true),
            lp("Acrobat.exe", "C:\\Program Files\\Adobe\\Acrobat DC\\Acrobat\\Acrobat.exe", "Adobe Inc.", true),
            lp("OneDrive.exe", "C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe", "Microsoft Corporation", true),
            lp("PowerChartTouch.exe", "C:\\Program Files\\TRHP\\BedBoard\\PowerChartTouch.exe", "Tri-Rivers Health Partners", false),
            lp("Dragon.exe", "C:\\Program Files (x86)\\Nuance\\Dragon Medical One\\Dragon.exe", "Nuance Communications, Inc.", true),
        };
        P_DEFENDER = lp("MsMpEng.exe", "C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.25010.11-0\\MsMpEng.exe", "Microsoft Corporation", true);
        P_SVCHOST = lp("svchost.exe", "C:\\Windows\\System32\\svchost.exe", "Microsoft Windows", true);
        P_CCM = lp("CcmExec.exe", "C:\\Windows\\CCM\\CcmExec.exe", "Microsoft Corporation", true);
        P_TIW = lp("TiWorker.exe", "C:\\Windows\\WinSxS\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_10.0.22621.4825_none_7c9a4e1f2c1f6a45\\TiWorker.exe", "Microsoft Windows", true);
        P_MSI = lp("msiexec.exe", "C:\\Windows\\System32\\msiexec.exe", "Microsoft Windows", true);
        WS_SVC_PROCS = new Proc[] { P_DEFENDER, P_SVCHOST, P_CCM, P_TIW, P_MSI,
            lp("elastic-endpoint.exe", "C:\\Program Files\\Elastic\\Endpoint\\elastic-endpoint.exe", "Elasticsearch, Inc.", true),
            lp("SearchIndexer.exe", "C:\\Windows\\System32\\SearchIndexer.exe", "Microsoft Windows", true) };
        P_SPOOL = lp("spoolsv.exe", "C:\\Windows\\System32\\spoolsv.exe", "Microsoft Windows", true);
        P_SQL = lp("sqlservr.exe", "C:\\Program Files\\Microsoft SQL Server\\MSSQL16.MSSQLSERVER\\MSSQL\\Binn\\sqlservr.exe", "Microsoft Corporation", true);
        P_W3WP = lp("w3wp.exe", "C:\\Windows\\System32\\inetsrv\\w3wp.exe", "Microsoft Windows", true);
        P_DFSR = lp("DFSRs.exe", "C:\\Windows\\System32\\DFSRs.exe", "Microsoft Windows", true);
        P_PACS = lp("VireoStore.exe", "D:\\Vireo\\PACS\\bin\\VireoStore.exe", "Vireo Imaging Systems Ltd", true);
        P_EHRSVC = lp("EpicInterconnect.exe", "D:\\Epic\\Interconnect\\bin\\EpicInterconnect.exe", "Epic Systems Corporation", true);
        P_ROBO = lp("Robocopy.exe", "C:\\Windows\\System32\\Robocopy.exe", "Microsoft Windows", true);
        P_PS = lp("powershell.exe", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "Microsoft Windows", true);
        LIN_LOCAL = new Proc[] {
            new Proc("rsyslogd", "/usr/sbin/rsyslogd", null, false, -1),
            new Proc("logrotate", "/usr/sbin/logrotate", null, false, -1),
            new Proc("bash", "/usr/bin/bash", null, false, -1),
            new Proc("python3", "/usr/bin/python3.11", null, false, -1),
            new Proc("systemd-journald", "/usr/lib/systemd/systemd-journald", null, false, -1),
            new Proc("cron", "/usr/sbin/cron", null, false, -1),
            new Proc("gzip", "/usr/bin/gzip", null, false, -1) };
    }

    // ---------------------------------------------------------------- users and hosts
    static final String[] FIRST = { "Ana", "Brian", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hector", "Imani", "Jorge", "Kayla", "Liam", "Maya", "Nikhil", "Olivia", "Pedro", "Quinn", "Rosa", "Samuel", "Tanya", "Uma", "Victor", "Wendy", "Xavier", "Yasmin", "Zoe", "Aaron", "Beatriz", "Carlos", "Dana", "Eli", "Fatima", "Gabe", "Hannah", "Ivan", "Julia", "Kofi", "Lena", "Marcus", "Nora", "Omar", "Priya", "René", "Sofía", "Tomás", "Ursula", "Vera", "Will" };
    static final String[] LAST = { "Alvarez", "Baker", "Chen", "Dubois", "Evans", "Fischer", "Garcia", "Haddad", "Ibrahim", "Jensen", "Kowalski", "Lopez", "Morales", "Nguyen", "Okafor", "Patel", "Quintero", "Reyes", "Schmidt", "Tran", "Underwood", "Vasquez", "Walsh", "Xu", "Yilmaz", "Zimmerman", "Abbott", "Brennan", "Castillo", "Diaz", "Ellison", "Flores", "Gupta", "Hoffman", "Iverson", "Jackson", "Kim", "Larsen", "Muñoz", "Novak", "O'Brien", "Price", "Rossi", "Silva", "Thompson", "Ueda", "Volkov", "Wright", "Young", "Zhang", "Becker", "Carter", "Mendez", "Hughes" };
    static final String[] DEPTS_CLIN = { "Nursing", "Cardiology", "Emergency", "Surgery", "Pharmacy", "Laboratory", "Radiology", "Oncology", "Pediatrics", "Maternity", "Respiratory" };
    static final String[] DEPTS_ADMIN = { "Finance", "HR", "HIM", "PatientAccess", "Quality", "Facilities", "IT", "Compliance", "Revenue Cycle", "Supply Chain" };

    static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    void initUsers() {
        Set<String> used = new HashSet<>();
        int rid = 4100 + r.nextInt(500);
        for (int i = 0; i < 720; i++) {
            String f = pick(FIRST), l = pick(LAST);
            String base = ascii(f).charAt(0) + ascii(l);
            String n = base; int k = 2;
            while (used.contains(n)) n = base + (k++);
            used.add(n);
            Usr u = new Usr(n, DOMAIN_SID + (rid += 1 + r.nextInt(7)), "TRHP");
            double sp = rd();
            u.site = sp < 0.5 ? SAG : sp < 0.75 ? RVS : HLD;
            u.dept = rd() < 0.68 ? pick(DEPTS_CLIN) : pick(DEPTS_ADMIN);
            u.display = f + "_" + l.replace("'", "");
            staff.add(u);
        }
        String[] adm = { "adm_jkowalski", "adm_rpatel", "adm_mthompson", "adm_lnguyen", "adm_cdiaz", "adm_bokafor", "adm_szhang", "adm_eflores" };
        for (String a : adm) { Usr u = new Usr(a, DOMAIN_SID + (rid += 3), "TRHP"); u.site = SAG; u.dept = "IT"; admins.add(u); }
        for (String s : new String[] { "svc_pdq", "svc_mecm", "svc_scan", "svc_sqlagent", "svc_ehrrpt", "svc_dicomimp", "svc_migrate", "svc_pacsrepl", "svc_veeam", "svc_citrixprof", "svc_labint" })
            svc.put(s, new Usr(s, DOMAIN_SID + (rid += 2), "TRHP"));
        int uid = 1001;
        for (String s : new String[] { "deploy", "jenkins", "bkpsvc", "hl7lab", "hl7rad", "hl7adt", "labftp", "payer_midstate", "reflab_acl", "dmorgan", "kchen_dba", "scanner", "www-data", "postgres", "mirth" }) {
            String id = s.equals("www-data") ? "33" : s.equals("postgres") ? "114" : String.valueOf(uid++);
            lin.put(s, new Usr(s, id, null));
        }
    }

    Host addHost(String name, Role role, Site site, boolean win) {
        Host h = new Host(name, role, site, win);
        h.id = uuid(); h.agentId = uuid();
        h.mac = String.format("00-50-56-%02X-%02X-%02X", r.nextInt(256), r.nextInt(256), r.nextInt(256));
        h.ip6 = "fe80::" + hex(4) + ":" + hex(4) + ":" + hex(4) + ":" + hex(4);
        int third;
        switch (role) {
            case NS: third = 100 + r.nextInt(10); break;
            case ADM: third = 110 + r.nextInt(10); break;
            case LT: third = 120 + r.nextInt(10); break;
            case LWEB: case LDB: case LBKP: case LHL7: case LBUILD: case LSFTP: case LLAB: case LNAS: third = 20; break;
            default: third = 10;
        }
        String ip;
        do { ip = "10." + site.net + "." + third + "." + (10 + r.nextInt(240)); } while (usedIps.contains(ip));
        usedIps.add(ip); h.ip = ip;
        h.agentVer = pick(new String[] { "8.15.3", "8.16.1", "8.17.0", "8.17.0", "8.16.1" });
        if (win) {
            if (h.isWorkstation()) {
                boolean w11 = pb(0.6);
                h.variant = w11 ? "Windows 11 Enterprise" : "Windows 10 Enterprise";
                h.osVer = w11 ? "23H2 (10.0.22631.4751)" : "22H2 (10.0.19045.5371)";
            } else {
                boolean s22 = pb(0.65);
                h.variant = s22 ? "Windows Server 2022 Datacenter" : "Windows Server 2019 Standard";
                h.osVer = s22 ? "21H2 (10.0.20348.3091)" : "1809 (10.0.17763.6775)";
            }
            h.osFull = h.variant + " " + h.osVer; h.kernel = h.osVer;
            h.tsDigits = pb(0.85) ? 7 : pick(new Integer[] { 3, 6, 9 });
        } else {
            h.linuxRhel = pb(0.4);
            h.variant = h.linuxRhel ? "Red Hat Enterprise Linux" : "Ubuntu";
            h.osVer = h.linuxRhel ? "9.4" : "22.04.5";
            h.osFull = h.linuxRhel ? "Red Hat Enterprise Linux 9.4 (Plow)" : "Ubuntu 22.04.5 LTS";
            h.kernel = h.linuxRhel ? "5.14.0-427.42.1.el9_4.x86_64" : "5.15.0-130-generic";
            h.tsDigits = pb(0.7) ? 9 : pick(new Integer[] { 6, 3, 0 });
        }
        h.dottedBias = pb(0.15) ? 0.45 : 0.05;
        h.catStringBias = pb(0.2) ? 0.6 : 0.05;
        hosts.add(h); byName.put(name, h);
        return h;
    }
    final Set<String> usedIps = new HashSet<>();

    List<Host> role(Role ro) { List<Host> l = new ArrayList<>(); for (Host h : hosts) if (h.role == ro) l.add(h); return l; }
    List<Host> roleSite(Role ro, Site s) { List<Host> l = new ArrayList<>(); for (Host h : hosts) if (h.role == ro && h.site == s) l.add(h); return l; }
    List<Usr> staffAt(Site s) { List<Usr> l = new ArrayList<>(); for (Usr u : staff) if (u.site == s) l.add(u); return l; }
    List<Host> newHosts = new ArrayList<>();

    void initHosts() {
        String[][] units = { { "3W", "4E", "ICU", "ED", "OR", "LD" }, { "2N", "MED", "ED" }, { "1S", "ICU", "ED", "2W" } };
        int[] nsPerSite = { 24, 12, 14 }, admPerSite = { 14, 8, 8 }, ltPerSite = { 8, 4, 4 };
        for (int si = 0; si < 3; si++) {
            Site s = SITES[si];
            for (int i = 0; i < nsPerSite[si]; i++) {
                String u = units[si][i % units[si].length];
                addHost(String.format("%s-NS-%s-%02d", s.code, u, i / units[si].length + 1), Role.NS, s, true);
            }
            for (int i = 1; i <= admPerSite[si]; i++) addHost(String.format("%s-ADM-%02d", s.code, i), Role.ADM, s, true);
            for (int i = 1; i <= ltPerSite[si]; i++) addHost(String.format("%s-LT-%02d", s.code, i), Role.LT, s, true);
        }
        addHost("SAG-FS01", Role.FS, SAG, true); addHost("HLD-FS01", Role.FS, HLD, true);
        Host rvsOld = addHost("RVS-FS01", Role.FS, RVS, true);
        addHost("SAG-PROF01", Role.PROF, SAG, true); addHost("SAG-FS02", Role.BKS, SAG, true);
        for (Site s : SITES) { addHost(s.code + "-PRN01", Role.PRN, s, true); addHost(s.code + "-DC01", Role.DC, s, true); }
        addHost("SAG-DC02", Role.DC, SAG, true);
        addHost("SAG-PACS01", Role.PACS, SAG, true); addHost("HLD-PACS01", Role.PACS, HLD, true);
        addHost("SAG-EHRAPP01", Role.EHR, SAG, true); addHost("SAG-EHRAPP02", Role.EHR, SAG, true);
        addHost("SAG-SQL01", Role.SQL, SAG, true); addHost("SAG-SQL02", Role.SQL, SAG, true); addHost("HLD-SQL01", Role.SQL, HLD, true);
        for (int i = 1; i <= 3; i++) addHost("SAG-RDS0" + i, Role.RDS, SAG, true);
        addHost("HLD-RDS01", Role.RDS, HLD, true); addHost("RVS-RDS01", Role.RDS, RVS, true);
        addHost("SAG-MECM01", Role.MECM, SAG, true);
        addHost("sag-web01", Role.LWEB, SAG, false); addHost("sag-web02", Role.LWEB, SAG, false); addHost("hld-web01", Role.LWEB, HLD, false);
        addHost("sag-db01", Role.LDB, SAG, false); addHost("sag-db02", Role.LDB, SAG, false);
        addHost("sag-bkp01", Role.LBKP, SAG, false);
        addHost("sag-hl7-01", Role.LHL7, SAG, false); addHost("hld-hl7-01", Role.LHL7, HLD, false);
        addHost("sag-build01", Role.LBUILD, SAG, false);
        addHost("sag-sftp01", Role.LSFTP, SAG, false);
        addHost("rvs-lab01", Role.LLAB, RVS, false);
        addHost("hld-nas01", Role.LNAS, HLD, false);
        // hosts appearing partway (provisioned) - day offsets jittered per seed
        Object[][] nh = { { "SAG-LT-21", Role.LT, SAG, true, 4 }, { "SAG-RDS04", Role.RDS, SAG, true, 6 },
            { "HLD-NS-5N-01", Role.NS, HLD, true, 9 }, { "HLD-NS-5N-02", Role.NS, HLD, true, 9 }, { "HLD-NS-5N-03", Role.NS, HLD, true, 9 },
            { "HLD-NS-5N-04", Role.NS, HLD, true, 10 }, { "RVS-FS02", Role.FS, RVS, true, 10 }, { "sag-web03", Role.LWEB, SAG, false, 12 },
            { "HLD-ADM-09", Role.ADM, HLD, true, 13 }, { "SAG-LT-22", Role.LT, SAG, true, 15 }, { "sag-db03", Role.LDB, SAG, false, 16 },
            { "RVS-ADM-09", Role.ADM, RVS, true, 17 } };
        for (Object[] o : nh) {
            Host h = addHost((String) o[0], (Role) o[1], (Site) o[2], (Boolean) o[3]);
            int d = (Integer) o[4];
            if (!h.name.equals("RVS-FS02")) d += ri(-1, 1);
            LocalDateTime ldt = day(d).atTime(ri(8, 15), ri(0, 59), ri(0, 59));
            h.first = localToUtc(h.site, ldt);
            newHosts.add(h);
        }
        // retirements
        rvsOld.last = localToUtc(RVS, day(20).atTime(10, ri(0, 59)));
        byName.get("SAG-LT-03").last = localToUtc(SAG, day(ri(9, 12)).atTime(ri(9, 16), ri(0, 59)));
        byName.get("RVS-NS-ED-04").last = localToUtc(RVS, day(ri(13, 16)).atTime(ri(9, 16), ri(0, 59)));
        byName.get("SAG-RDS03").last = localToUtc(SAG, day(ri(17, 19)).atTime(ri(9, 16), ri(0, 59)));
        // assign workstation users
        for (Host h : hosts) {
            if (!h.win) continue;
            List<Usr> pool = staffAt(h.site);
            int n = h.role == Role.NS ? ri(8, 20) : h.role == Role.RDS ? ri(40, 80) : h.role == Role.ADM ? ri(1, 3) : h.isWorkstation() ? 1 : 0;
            for (int i = 0; i < n; i++) h.users.add(pick(pool));
        }
    }

    // ---------------------------------------------------------------- event emission
    Ev ev(long tNs, Host h, int act, Proc p, Usr u, String path, long size, String src) {
        Ev e = new Ev(); e.t = tNs; e.h = h; e.act = (byte) act; e.p = p; e.u = u; e.path = path; e.size = size; e.src = src; e.seq = seqGen++;
        evs.add(e); return e;
    }
    // remote SMB write on a Windows host
    Ev smb(long tNs, Host h, Usr u, String src, String path, long size, Label lab) {
        Ev e = ev(tNs, h, CREATE, P_SYSTEM, u, path, size, pb(0.82) ? src : null);
        if (lab != null) { e.lab = lab; lab.hit(h, tNs); }
        return e;
    }
    Ev linx(long tNs, Host h, Proc p, Usr u, String src, String path, long size, Label lab) {
        Ev e = ev(tNs, h, CREATE, p, u, path, size, pb(0.7) ? src : null);
        if (lab != null) { e.lab = lab; lab.hit(h, tNs); }
        return e;
    }
    Proc sftp(Host h) { return h.linuxRhel ? L_SFTP_RH : L_SFTP_DEB; }
    Proc withPid(Proc p, int pid) { return new Proc(p.name, p.exe, p.signer, p.trusted, pid); }
    int pid() { return 1000 + r.nextInt(60000); }
    static String ext(String path) {
        int s = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
        String n = path.substring(s + 1); int d = n.lastIndexOf('.');
        return d > 0 && d < n.length() - 1 ? n.substring(d + 1).toLowerCase(Locale.ROOT) : null;
    }
    String wsIp(Site s) { // a workstation address at a site
        List<Host> l = new ArrayList<>(); for (Host h : hosts) if (h.site == s && h.isWorkstation()) l.add(h);
        return pick(l).ip;
    }
    String vpnIp() { return "10.250." + ri(0, 3) + "." + ri(10, 250); }
    String mfpIp(Site s) { return "10." + s.net + ".250." + ri(20, 60); }

    // ---------------------------------------------------------------- names
    String docName(String dept, ZonedDateTime z) {
        String d = String.format("%04d-%02d-%02d", z.getYear(), z.getMonthValue(), z.getDayOfMonth());
        int w = z.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        switch (r.nextInt(16)) {
            case 0: return "Staffing_Schedule_Wk" + String.format("%02d", w) + ".xlsx";
            case 1: return "Incident_Report_" + d + "_" + ri(1, 99) + ".docx";
            case 2: return dept.replace(' ', '_') + "_Huddle_Notes_" + d + ".docx";
            case 3: return "Census_" + d + ".xlsx";
            case 4: return "Policy_" + pick(new String[] { "Fall_Prevention", "Hand_Hygiene", "Sepsis_Bundle", "Restraints", "Med_Reconciliation", "Visitor" }) + "_v" + ri(2, 9) + ".docx";
            case 5: return "Audit_" + pick(new String[] { "Chart", "Narcotic", "Crash_Cart", "Fridge_Temp", "Badge" }) + "_" + d + ".pdf";
            case 6: return "Shift_Handover_" + d + "_" + (pb(0.5) ? "Day" : "Night") + ".docx";
            case 7: return pick(staff).display + "_" + pick(new String[] { "Competency", "Timesheet", "Orientation_Checklist", "CEU_Certificate" }) + ".pdf";
            case 8: return "Supply_Order_" + digits(6) + ".xlsx";
            case 9: return "Minutes_" + pick(new String[] { "Committee", "Staff_Meeting", "MEC", "Unit_Council" }) + "_" + d + ".docx";
            case 10: return "Budget_FY26_" + dept.replace(' ', '_') + "_r" + ri(1, 12) + ".xlsx";
            case 11: return "Presentation_" + pick(new String[] { "Grand_Rounds", "QI_Project", "Onboarding", "Town_Hall" }) + ".pptx";
            case 12: return "IMG_" + digits(4) + ".jpg";
            case 13: return "Roster " + z.getMonth().toString().charAt(0) + z.getMonth().toString().substring(1, 3).toLowerCase() + " (" + ri(1, 4) + ").xlsx";
            case 14: return "Patient_Education_" + pick(new String[] { "Diabetes", "Heart_Failure", "Discharge", "Wound_Care", "Anticoag" }) + "_ES.pdf";
            default: return "Document" + ri(1, 40) + ".docx";
        }
    }
    long docSize(String n) {
        String e = ext(n);
        if (e == null) return logn(40_000, 1.2);
        switch (e) {
            case "xlsx": return logn(60_000, 1.0);
            case "docx": return logn(45_000, 1.0);
            case "pdf": return logn(350_000, 1.2);
            case "pptx": return logn(2_500_000, 1.0);
            case "jpg": return logn(1_800_000, 0.5);
            case "tmp": return logn(30_000, 1.0);
            case "dcm": return logn(520_000, 0.6);
            case "hl7": return logn(2_400, 0.6);
            default: return logn(80_000, 1.3);
        }
    }

    // ---------------------------------------------------------------- background generation
    void background() {
        for (long hs = START_S; hs < END_S; hs += 3600) {
            for (Host h : hosts) {
                if (!h.active(hs) && !h.active(hs + 3599)) continue;
                ZonedDateTime z = local(h.site, hs);
                switch (h.role) {
                    case NS: localNoise(h, hs, 2.4 * wardProfile(z)); break;
                    case ADM: localNoise(h, hs, 0.2 + 3.5 * dayProfile(z)); break;
                    case LT: localNoise(h, hs, 0.1 + 2.6 * dayProfile(z) * (h.name.hashCode() % 3 == 0 ? 0.5 : 1)); break;
                    case FS: fsHour(h, hs, z); localNoise(h, hs, 2 + 2 * dayProfile(z)); break;
                    case PROF: profHour(h, hs, z); localNoise(h, hs, 1.2); break;
                    case BKS: sqlBackupHour(h, hs, z); localNoise(h, hs, 1); break;
                    case PRN: printHour(h, hs, z); break;
                    case PACS: pacsHour(h, hs, z); break;
                    case EHR: localNoise(h, hs, 2 + 3 * wardProfile(z)); ehrHour(h, hs, z); break;
                    case SQL: localNoise(h, hs, 1.5 + 1.5 * wardProfile(z)); break;
                    case RDS: localNoise(h, hs, 2 + 6 * wardProfile(z)); rdsHour(h, hs, z); break;
                    case DC: localNoise(h, hs, 1.0); dcHour(h, hs, z); break;
                    case MECM: localNoise(h, hs, 1 + 1.5 * dayProfile(z)); mecmHour(h, hs, z); break;
                    case LWEB: linNoise(h, hs, 1.5 + 1.5 * wardProfile(z), L_NGINX); break;
                    case LDB: linNoise(h, hs, 2.5, L_PG); dbHour(h, hs, z); break;
                    case LBKP: linNoise(h, hs, 1.2, L_TAR); break;
                    case LHL7: hl7Hour(h, hs, z); linNoise(h, hs, 1, L_JAVA); break;
                    case LBUILD: linNoise(h, hs, 0.5 + 8 * dayProfile(z), new Proc("java", "/usr/lib/jvm/java-17-openjdk/bin/java", null, false, -1)); buildHour(h, hs, z); break;
                    case LSFTP: sftpGwHour(h, hs, z); linNoise(h, hs, 1.5, L_SSHD); break;
                    case LLAB: labHour(h, hs, z); linNoise(h, hs, 2, L_JAVA); break;
                    case LNAS: nasHour(h, hs, z); linNoise(h, hs, 2, L_SMBD); break;
                }
                // other-category noise (process / network) for everyone
                int k = poisson(h.win ? 0.3 : 0.2);
                for (int i = 0; i < k; i++) {
                    long t = tns(hs + r.nextInt(3600));
                    if (!h.active(t / NS)) continue;
                    if (pb(0.6)) ev(t, h, PSTART, h.win ? pick(WS_SVC_PROCS) : pick(LIN_LOCAL), h.win ? SYSTEM : ROOT, null, 0, null);
                    else {
                        Usr u = h.win ? (h.users.isEmpty() ? pick(staff) : pick(h.users)) : pick(new ArrayList<>(lin.values()));
                        ev(t, h, NETCONN, h.win ? P_SYSTEM : L_SSHD, u, null, 0, wsIp(h.site));
                    }
                }
            }
        }
    }

    // local (non-remote) file writes on Windows hosts: all dropped by the filter
    void localNoise(Host h, long hs, double lam) {
        int n = poisson(lam);
        for (int i = 0; i < n; i++) {
            long t = tns(hs + r.nextInt(3600));
            if (!h.active(t / NS)) continue;
            double x = rd();
            Usr u = h.users.isEmpty() ? SYSTEM : pick(h.users);
            Proc p; String path;
            if (x < 0.55 && !h.users.isEmpty()) {
                p = pick(WS_USER_PROCS);
                String base = "C:\\Users\\" + u.name + "\\";
                switch (r.nextInt(6)) {
                    case 0: path = base + "Downloads\\" + docName(u.dept == null ? "Nursing" : u.dept, local(h.site, t / NS)); break;
                    case 1: path = base + "AppData\\Local\\Temp\\" + alnum(8) + ".tmp"; break;
                    case 2: path = base + "AppData\\Local\\Google\\Chrome\\User Data\\Default\\Cache\\Cache_Data\\f_" + hex(6); break;
                    case 3: path = base + "AppData\\Roaming\\Microsoft\\Windows\\Recent\\" + docName("x", local(h.site, t / NS)) + ".lnk"; break;
                    case 4: path = base + "AppData\\Local\\Epic\\Hyperspace\\Cache\\" + hex(10) + ".dat"; break;
                    default: path = base + "Documents\\" + docName(u.dept == null ? "Nursing" : u.dept, local(h.site, t / NS));
                }
            } else if (x < 0.93) {
                p = h.role == Role.PRN ? P_SPOOL : h.role == Role.SQL ? P_SQL : h.role == Role.EHR ? (pb(0.5) ? P_W3WP : P_EHRSVC) : (h.role == Role.FS || h.role == Role.DC) && pb(0.5) ? P_DFSR : pick(WS_SVC_PROCS);
                u = p == P_SQL ? new Usr("MSSQLSERVER", "S-1-5-80-3880718306-3832830129-1677859214-2598158968-1052248003", "NT SERVICE") : p == P_W3WP ? new Usr("EHRPool", "S-1-5-82-1036420768-1044797643-1061213386-2937092688-4282445334", "IIS APPPOOL") : pb(0.15) ? pick(new Usr[] { LOCALSVC, NETSVC }) : SYSTEM;
                switch (r.nextInt(6)) {
                    case 0: path = "C:\\Windows\\Temp\\" + alnum(6) + ".tmp"; break;
                    case 1: path = "C:\\ProgramData\\Microsoft\\Windows Defender\\Scans\\History\\Service\\" + hex(8) + ".bin"; break;
                    case 2: path = "C:\\Windows\\CCM\\Logs\\" + pick(new String[] { "CcmExec", "PolicyAgent", "DataTransferService", "StatusAgent" }) + "-" + ymd(local(h.site, t / NS)) + "-" + digits(6) + ".log"; break;
                    case 3: path = "C:\\Windows\\ServiceProfiles\\LocalService\\AppData\\Local\\" + hex(8) + ".dat"; break;
                    case 4: path = p == P_SPOOL ? "C:\\Windows\\System32\\spool\\PRINTERS\\" + digits(5) + ".SPL" : p == P_SQL ? "D:\\MSSQL\\Data\\tempdb_" + ri(1, 8) + ".ndf" : "C:\\Windows\\Logs\\" + alnum(5) + ".etl"; break;
                    default: path = "C:\\Windows\\SoftwareDistribution\\Download\\" + hex(32);
                }
            } else {
                // System writing as SYSTEM (kernel / cache manager) - dropped by user filter
                p = P_SYSTEM; u = SYSTEM;
                path = pick(new String[] { "C:\\Windows\\System32\\config\\TxR\\{" + uuid() + "}.TxR.0.regtrans-ms", "C:\\Windows\\Prefetch\\" + alnum(8) + ".EXE-" + hex(8).toUpperCase() + ".pf", "C:\\System Volume Information\\{" + uuid() + "}" , "C:\\Windows\\bootstat.dat.tmp" });
            }
            int act = pickAct(0.55);
            Ev e = ev(t, h, act, p, u, path, logn(20_000, 1.5), null);
            if (pb(0.004)) e.noName = true;
        }
    }
    int pickAct(double pCreate) {
        double x = rd();
        if (x < pCreate) return CREATE;
        x = (x - pCreate) / (1 - pCreate);
        return x < 0.45 ? MODIFY : x < 0.7 ? DELETE : x < 0.88 ? RENAME : OVERWRITE;
    }
    void linNoise(Host h, long hs, double lam, Proc main) {
        int n = poisson(lam);
        for (int i = 0; i < n; i++) {
            long t = tns(hs + r.nextInt(3600));
            if (!h.active(t / NS)) continue;
            Proc p = pb(0.6) ? main : pick(LIN_LOCAL);
            Usr u = p == L_PG ? lin.get("postgres") : p == L_NGINX ? (pb(0.5) ? lin.get("www-data") : ROOT) : p == L_JAVA ? lin.get("mirth") : p.name.equals("java") ? lin.get("jenkins") : ROOT;
            String path;
            if (p == L_SSHD || p == L_SMBD) {
                u = ROOT; // daemon housekeeping as root
                path = p == L_SSHD ? "/var/log/btmp" : "/var/lib/samba/lock/" + pick(new String[] { "smbXsrv_session_global.tdb", "locking.tdb", "brlock.tdb" });
            } else if (p == L_PG) path = "/var/lib/postgresql/15/main/pg_wal/0000000100000" + hex(3).toUpperCase() + "000000" + hex(2).toUpperCase();
            else if (p == L_NGINX) path = "/var/log/nginx/access.log." + ri(1, 9);
            else if (p == L_JAVA) path = "/srv/mirth/processed/" + ymd(local(h.site, t / NS)) + "/" + hex(12) + ".hl7";
            else if (p == L_TAR) path = "/backup/staging/" + hex(8) + ".tar.zst";
            else if (p.name.equals("java")) path = "/var/lib/jenkins/workspace/portal-" + pick(new String[] { "main", "release", "pr-" + ri(100, 400) }) + "/target/classes/" + alnum(6) + ".class";
            else path = pick(new String[] { "/var/log/syslog", "/var/log/messages-" + ymd(local(h.site, t / NS)), "/tmp/tmp" + alnum(8).toLowerCase(), "/var/cache/apt/archives/partial/" + alnum(6).toLowerCase() + ".deb", "/run/systemd/journal/streams/8:" + ri(10000, 99999) });
            int act = pickAct(0.5);
            ev(t, h, act, withPid(p, pid()), u, path, logn(15_000, 1.5), null);
        }
        // root transfers (e.g. admin scp as root) - dropped by the filter
        if (pb(0.03)) {
            long t = tns(hs + r.nextInt(3600));
            if (h.active(t / NS)) for (int i = ri(1, 4); i > 0; i--)
                ev(t + i * 700_000_000L, h, CREATE, withPid(pb(0.5) ? L_SCP : sftp(h), pid()), ROOT, "/root/" + pick(new String[] { "patch.tar.gz", "certs.zip", "fix.sh", "nginx.conf", "cert-2026.pem" }), logn(50_000, 1), "10.10.110." + ri(10, 200));
        }
    }

    // Office-style SMB save: creates owner/temp files plus modification/rename/delete companions
    void officeSave(Host h, long t, Usr u, String src, String dir, String name, Label lab) {
        String full = dir + "\\" + name;
        String e = ext(name);
        boolean office = e != null && (e.equals("docx") || e.equals("xlsx") || e.equals("pptx"));
        if (office && pb(0.5)) {
            smb(t, h, u, src, dir + "\\~$" + (name.length() > 2 ? name.substring(2) : name), 162, lab);
            t += r.nextInt(3_000_000) * 1000L;
            smb(t, h, u, src, dir + "\\~WRL" + digits(4) + ".tmp", docSize(name), lab);
            ev(t + 200_000_000L, h, RENAME, P_SYSTEM, u, full, docSize(name), src);
            ev(t + 400_000_000L, h, DELETE, P_SYSTEM, u, dir + "\\~$" + (name.length() > 2 ? name.substring(2) : name), 0, src);
        } else {
            Ev x = smb(t, h, u, src, full, docSize(name), lab);
            if (pb(0.004)) x.noName = true;
            if (pb(0.35)) ev(t + 50_000_000L + r.nextInt(900_000_000), h, pb(0.6) ? MODIFY : OVERWRITE, P_SYSTEM, u, full, docSize(name), src);
        }
    }

    Host fsFor(Site s, long t) {
        for (Host h : hosts) if (h.role == Role.FS && h.site == s && h.active(t)) {
            if (s == RVS) { Host n = byName.get("RVS-FS02"); if (t > migrationEnd && n.active(t)) return n; if (h.name.equals("RVS-FS01")) return h; }
            else return h;
        }
        return null;
    }
    long migrationStart, migrationEnd;

    void fsHour(Host h, long hs, ZonedDateTime z) {
        if (fsFor(h.site, hs) != h) { // RVS-FS02 before cutover: only a trickle of pilot users
            if (pb(0.3)) { long t = tns(hs + r.nextInt(3600)); Usr u = pick(staffAt(h.site)); officeSave(h, t, u, wsIp(h.site), "D:\\Shares\\Departments\\IT\\Pilot", docName("IT", z), null); }
            return;
        }
        double base = h.site == SAG ? 42 : h.site == RVS ? 15 : 19;
        int sessions = poisson(base * (dayProfile(z) + 0.08 * wardProfile(z)));
        List<Usr> pool = staffAt(h.site);
        for (int s = 0; s < sessions; s++) {
            Usr u = pick(pool); String src = pb(0.07) ? vpnIp() : wsIp(h.site);
            long t = tns(hs + r.nextInt(3600));
            String dept = u.dept;
            String dir = pb(0.8) ? "D:\\Shares\\Departments\\" + dept + (pb(0.5) ? "\\" + pick(new String[] { "Schedules", "Policies", "Audits", "Meetings", "Reports", "Shared", "Education", "2026" }) : "")
                : "D:\\Home\\" + u.name + "\\Documents";
            int n = 1 + (pb(0.3) ? poisson(2.5) : 0);
            for (int i = 0; i < n; i++) { t += (long) (rd() * 40) * NS; if (h.active(t / NS)) officeSave(h, t, u, src, dir, docName(dept, z), null); }
        }
        // multifunction printer scan-to-folder (SAG, RVS shares; HLD uses hld-nas01)
        int scans = poisson(7 * dayProfile(z) + 0.8 * wardProfile(z) * (h.site == SAG ? 1 : 0.5));
        for (int s = 0; s < scans; s++) {
            long t = tns(hs + r.nextInt(3600)); String ip = mfpIp(h.site);
            Usr u = pb(0.6) ? svc.get("svc_scan") : pick(pool);
            int n = pb(0.8) ? 1 : ri(2, 6);
            for (int i = 0; i < n; i++) {
                ZonedDateTime zz = local(h.site, t / NS);
                smb(t, h, u, ip, "D:\\Scans\\" + pick(pb(0.5) ? DEPTS_CLIN : DEPTS_ADMIN) + "\\SCN_" + ymd(zz) + hms(zz) + "_" + digits(3) + ".pdf", logn(420_000, 0.8), null);
                t += ri(8, 40) * NS;
            }
        }
        // EHR report exports from the EHR application servers (SAG only), nightly batch + daytime
        if (h.site == SAG || pb(0.3)) {
            double lam = 3 * dayProfile(z) + (z.getHour() == 2 ? 70 : z.getHour() == 3 ? 25 : 0) * (h.site == SAG ? 1 : 0.4);
            int n = poisson(lam); Host app = byName.get(pb(0.5) ? "SAG-EHRAPP01" : "SAG-EHRAPP02");
            String rpt = pick(new String[] { "Census", "ADT_Daily", "Discharges", "Pharmacy_Dispense", "Lab_TAT", "ED_Throughput", "Readmissions", "Infection_Control" });
            for (int i = 0; i < n; i++) {
                long t = tns(hs + r.nextInt(3600)); ZonedDateTime zz = local(h.site, t / NS);
                if (pb(0.5)) rpt = pick(new String[] { "Census", "ADT_Daily", "Discharges", "Pharmacy_Dispense", "Lab_TAT", "ED_Throughput", "Readmissions", "Infection_Control" });
                smb(t, h, svc.get("svc_ehrrpt"), app.ip, "D:\\Reports\\EHR\\" + rpt + "\\" + ymd(zz) + "\\" + rpt + "_" + ymd(zz) + "_" + digits(5) + (pb(0.7) ? ".pdf" : ".csv"), logn(180_000, 1), null);
            }
        }
    }

    void profHour(Host h, long hs, ZonedDateTime z) {
        // FSLogix containers + folder redirection for all sites' RDS and shared nurse stations
        double logons = 25 * wardProfile(z) * wardProfile(z) + 22 * dayProfile(z);
        int n = poisson(logons);
        for (int i = 0; i < n; i++) {
            Usr u = pick(staff); long t = tns(hs + r.nextInt(3600));
            String rds = pick(role(Role.RDS)).ip;
            String dir = "D:\\FSLogix\\" + u.id + "_" + u.name;
            smb(t, h, u, rds, dir + "\\RW.VHDX", logn(4_000_000, 0.4), null);
            if (pb(0.6)) smb(t + 3 * NS, h, u, rds, dir + "\\Profile_" + u.name + ".VHDX.metadata", 412, null);
            ev(t + 2 * NS, h, MODIFY, P_SYSTEM, u, dir + "\\Profile_" + u.name + ".VHDX", logn(2_000_000_000L, 0.3), rds);
            long off = t + (long) ri(1800, 12 * 3600) * NS;
            ev(off, h, DELETE, P_SYSTEM, u, dir + "\\RW.VHDX", 0, rds);
        }
        int fr = poisson(14 * dayProfile(z) + 4 * wardProfile(z));
        for (int i = 0; i < fr; i++) {
            Usr u = pick(staff); long t = tns(hs + r.nextInt(3600));
            officeSave(h, t, u, wsIp(u.site), "D:\\Redirect\\" + u.name + "\\" + pick(new String[] { "Desktop", "Documents", "Documents\\Work", "Pictures" }), docName(u.dept, z), null);
        }
    }

    void sqlBackupHour(Host h, long hs, ZonedDateTime z) {
        String[][] dbs = { { "SAG-SQL01", "Kronos", "PharmacyInv", "BedBoard" }, { "SAG-SQL02", "FinanceDW", "PayrollStage" }, { "HLD-SQL01", "HLD_Lab", "HLD_Dietary" } };
        for (String[] d : dbs) {
            Host sq = byName.get(d[0]);
            for (int i = 1; i < d.length; i++) {
                for (int q = 0; q < 4; q++) {
                    long t = (hs + q * 900) * NS + (long) ri(5, 90) * NS + r.nextInt(1_000_000_000);
                    if (pb(0.03)) continue;
                    ZonedDateTime zz = local(SAG, t / NS);
                    smb(t, h, svc.get("svc_sqlagent"), sq.ip, "E:\\SQLBackup\\" + d[0] + "\\" + d[i] + "\\LOG\\" + d[0] + "_" + d[i] + "_LOG_" + ymd(zz) + "_" + hms(zz) + ".trn", logn(3_000_000 * (0.3 + dayProfile(zz)), 0.6), null);
                }
                if (z.getHour() == 1) {
                    long t = tns(hs + 300 + r.nextInt(1200)); ZonedDateTime zz = local(SAG, t / NS);
                    smb(t, h, svc.get("svc_sqlagent"), sq.ip, "E:\\SQLBackup\\" + d[0] + "\\" + d[i] + "\\FULL\\" + d[0] + "_" + d[i] + "_FULL_" + ymd(zz) + "_" + hms(zz) + ".bak", logn(8_000_000_000L, 0.4), null);
                }
            }
        }
    }

    void printHour(Host h, long hs, ZonedDateTime z) {
        localNoise(h, hs, 1 + 8 * dayProfile(z) + 2 * wardProfile(z));
        if (pb(0.004)) { // print driver staging by an admin
            Usr a = pick(admins); long t = tns(hs + r.nextInt(3600)); String src = wsIp(SAG);
            String drv = pick(new String[] { "HP_UPD_7.3", "Xerox_GPD_5.9", "Zebra_ZDesigner_8.6" });
            Label lab = newBenign("admin_troubleshooting", "Print driver package " + drv + " staged on " + h.name + " by " + a.name);
            for (int i = ri(6, 25); i > 0; i--) { smb(t, h, a, src, "C:\\Drivers\\" + drv + "\\" + alnum(6).toLowerCase() + pick(new String[] { ".inf", ".cab", ".dll", ".cat", ".gpd" }), logn(300_000, 1), lab); t += ri(0, 3) * NS + r.nextInt(1_000_000_000); }
        }
    }

    void pacsHour(Host h, long hs, ZonedDateTime z) {
        localNoise(h, hs, 1);
        int loc = poisson((h.site == SAG ? 9 : 4) * wardProfile(z));
        for (int i = 0; i < loc; i++) {
            long t = tns(hs + r.nextInt(3600));
            ev(t, h, pickAct(0.7), P_PACS, SYSTEM, "D:\\Vireo\\Archive\\" + ymd(z) + "\\" + uid() + ".dcm", logn(500_000, 0.7), null);
        }
        // ultrasound / modality SMB exports into the PACS import share (24/7, busier by day)
        int st = poisson((h.site == SAG ? 1.5 : 0.7) * wardProfile(z));
        for (int s = 0; s < st; s++) {
            long t = tns(hs + r.nextInt(3600)); String mod = "10." + h.site.net + ".60." + ri(10, 40);
            String study = uid(); int n = ri(4, 40); boolean dcmExt = pb(0.5);
            Usr u = svc.get("svc_dicomimp");
            for (int i = 0; i < n; i++) {
                smb(t, h, u, mod, "D:\\PACS\\Import\\US\\" + study + "\\" + (dcmExt ? uid() + ".dcm" : String.format("IM%06d", i + 1)), logn(600_000, 0.5), null);
                t += r.nextInt(2_000_000_000);
            }
        }
        // outside-CD imports at the film library: larger spiky bursts by day
        if (!weekend(z) && z.getHour() >= 8 && z.getHour() <= 17 && pb(h.site == SAG ? 0.2 : 0.09)) {
            long t = tns(hs + r.nextInt(3600)); Usr u = pb(0.5) ? svc.get("svc_dicomimp") : pick(staffAt(h.site));
            String src = wsIp(h.site); int n = ri(60, 420); String study = uid();
            Label lab = n >= 150 ? newBenign("dicom_cd_import", "Outside imaging CD (" + n + " DICOM objects) imported into " + h.name + " by " + u.name) : null;
            for (int i = 0; i < n; i++) {
                smb(t, h, u, src, "D:\\PACS\\Import\\CD\\" + study + "\\DICOM\\" + String.format("I%07d", i), logn(520_000, 0.6), lab);
                t += r.nextInt(700_000_000);
            }
        }
    }
    String uid() { return "1.2.840.113619.2." + ri(50, 400) + "." + digits(4) + "." + digits(8) + "." + digits(6); }

    void ehrHour(Host h, long hs, ZonedDateTime z) { }

    void rdsHour(Host h, long hs, ZonedDateTime z) {
        if (pb(0.03)) { // users copying files via redirected drives appear as local; occasional admin push
            long t = tns(hs + r.nextInt(3600));
            smb(t, h, svc.get("svc_pdq"), byName.get("SAG-MECM01").ip, "C:\\Windows\\AdminArsenal\\PDQDeployRunner\\service-1\\exec\\" + pick(new String[] { "FSLogixAppsSetup.exe", "DragonMedicalOne_2025.4.msi", "CitrixWorkspaceApp.exe", "ChromeEnterprise.msi" }), logn(90_000_000, 0.6), null);
        }
    }
    void dcHour(Host h, long hs, ZonedDateTime z) {
        if (!weekend(z) && pb(0.04 * dayProfile(z) * 3)) {
            Usr a = pick(admins); long t = tns(hs + r.nextInt(3600)); String guid = "{" + uuid().toUpperCase() + "}";
            for (int i = ri(1, 5); i > 0; i--) {
                smb(t, h, a, wsIp(SAG), "C:\\Windows\\SYSVOL\\domain\\Policies\\" + guid + "\\" + pick(new String[] { "Machine\\Registry.pol", "GPT.INI", "User\\Documents & Settings\\fdeploy1.ini", "Machine\\Preferences\\ScheduledTasks\\ScheduledTasks.xml", "Machine\\Scripts\\Startup\\map_drives.ps1" }), logn(3_000, 1), null);
                t += ri(1, 30) * NS;
            }
        }
    }
    void mecmHour(Host h, long hs, ZonedDateTime z) {
        if (!weekend(z) && pb(0.06 * dayProfile(z))) {
            Usr a = pick(admins); long t = tns(hs + r.nextInt(3600));
            String pkg = pick(new String[] { "Chrome_132.0.6834", "Zoom_6.3.6", "AdobeReader_25.001", "EpicHyperdrive_10.4.2", "Dragon_2025.4", "JRE_8u441" });
            Label lab = newBenign("package_staging", "Admin " + a.name + " staged package source " + pkg + " on " + h.name);
            for (int i = ri(4, 60); i > 0; i--) { smb(t, h, a, wsIp(SAG), "D:\\Sources\\Apps\\" + pkg + "\\" + alnum(7).toLowerCase() + pick(new String[] { ".msi", ".cab", ".mst", ".dll", ".xml", ".exe" }), logn(2_000_000, 1.5), lab); t += r.nextInt(2_000_000_000); }
        }
    }
    void dbHour(Host h, long hs, ZonedDateTime z) {
        if (!weekend(z) && pb(0.02 * dayProfile(z) * 4)) {
            long t = tns(hs + r.nextInt(3600)); Usr u = lin.get("kchen_dba");
            for (int i = ri(1, 3); i > 0; i--) { linx(t, h, sftp(h), u, wsIp(SAG), "/home/kchen_dba/sql/" + pick(new String[] { "migrate_v" + ri(40, 90) + ".sql", "vacuum_report.sql", "fix_index.sql", "export_q4.sql" }), logn(6_000, 1), null); t += ri(2, 20) * NS; }
        }
    }
    void hl7Hour(Host h, long hs, ZonedDateTime z) {
        String[][] feeds = { { "hl7lab", "lab", "ORU_R01" }, { "hl7rad", "rad", "ORU_R01" }, { "hl7adt", "adt", "ADT_A08" } };
        double scale = h.site == SAG ? 1.0 : 0.35;
        for (String[] f : feeds) {
            int n = poisson(scale * (f[1].equals("adt") ? 14 : 9) * wardProfile(z));
            String src = f[1].equals("lab") ? "172.20.4." + ri(10, 20) : "10." + h.site.net + ".40." + ri(10, 30);
            for (int i = 0; i < n; i++) {
                long t = tns(hs + r.nextInt(3600)); ZonedDateTime zz = local(h.site, t / NS);
                Proc p = withPid(sftp(h), pid());
                linx(t, h, p, lin.get(f[0]), src, "/srv/mirth/inbound/" + f[1] + "/" + f[2] + "_" + ymd(zz) + hms(zz) + String.format("%03d", r.nextInt(1000)) + "_" + digits(5) + ".hl7", logn(2_500, 0.6), null);
                if (pb(0.5)) ev(t + ri(1, 4) * NS, h, DELETE, p, lin.get(f[0]), "/srv/mirth/inbound/" + f[1] + "/.tmp_" + digits(5), 0, src);
            }
        }
    }
    void buildHour(Host h, long hs, ZonedDateTime z) {
        if (!weekend(z) && pb(0.05 * dayProfile(z))) {
            long t = tns(hs + r.nextInt(3600)); Usr u = lin.get("dmorgan");
            for (int i = ri(1, 6); i > 0; i--) { linx(t, h, withPid(L_SCP, pid()), u, wsIp(SAG), "/home/dmorgan/uploads/" + pick(new String[] { "portal-ui-" + ri(100, 300) + ".tgz", "schema.sql", "notes.md", "keystore.p12", "fixtures.json" }), logn(400_000, 1.5), null); t += ri(1, 10) * NS; }
        }
    }
    void sftpGwHour(Host h, long hs, ZonedDateTime z) {
        // external partners via chrooted internal-sftp (file writes attributed to sshd)
        if (z.getHour() == 6 && !weekend(z)) {
            long t = tns(hs + r.nextInt(1800)); Usr u = lin.get("payer_midstate"); String src = "198.51.100." + ri(20, 30);
            for (int i = ri(3, 14); i > 0; i--) { linx(t, h, withPid(L_SSHD, pid()), u, src, "/sftp/payer_midstate/in/ERA_835_" + ymd(z) + "_" + digits(4) + ".edi", logn(90_000, 1), null); t += ri(1, 8) * NS; }
        }
        int n = poisson(1.3 * wardProfile(z));
        for (int i = 0; i < n; i++) {
            long t = tns(hs + r.nextInt(3600)); ZonedDateTime zz = local(h.site, t / NS);
            linx(t, h, withPid(L_SSHD, pid()), lin.get("reflab_acl"), "203.0.113." + ri(40, 44), "/sftp/reflab_acl/in/RES_" + ymd(zz) + hms(zz) + "_" + digits(4) + ".hl7", logn(4_000, 0.7), null);
        }
    }
    void labHour(Host h, long hs, ZonedDateTime z) {
        int n = poisson(9 * wardProfile(z));
        String[] an = { "XN1000", "Cobas8000", "Alinity", "VITEK2", "BacT" };
        for (int i = 0; i < n; i++) {
            long t = tns(hs + r.nextInt(3600)); String a = pick(an);
            linx(t, h, withPid(L_VSFTPD, pid()), lin.get("labftp"), "10.20.70." + (10 + Arrays.asList(an).indexOf(a)), "/home/labftp/incoming/" + a + "/R" + digits(8) + (pb(0.5) ? ".astm" : ".txt"), logn(3_000, 0.8), null);
        }
    }
    void nasHour(Host h, long hs, ZonedDateTime z) {
        int n = poisson(12 * dayProfile(z) + 1.5 * wardProfile(z));
        List<Usr> pool = staffAt(HLD);
        for (int i = 0; i < n; i++) {
            long t = tns(hs + r.nextInt(3600)); ZonedDateTime zz = local(h.site, t / NS);
            if (pb(0.45)) linx(t, h, withPid(L_SMBD, pid()), lin.get("scanner"), mfpIp(HLD), "/srv/samba/scans/" + pick(DEPTS_CLIN) + "/SCAN_" + ymd(zz) + "_" + hms(zz) + ".pdf", logn(400_000, 0.8), null);
            else { Usr u = pick(pool); linx(t, h, withPid(L_SMBD, pid()), u, wsIp(HLD), "/srv/samba/depts/" + u.dept + "/" + docName(u.dept, zz), logn(60_000, 1.2), null); }
        }
    }

    // ---------------------------------------------------------------- scheduled benign events
    int benSeq = 0, incSeq = 0;
    Label newBenign(String kind, String desc) { Label l = new Label("benign", String.format("BEN-%02d", ++benSeq), kind, desc); benign.add(l); return l; }

    void scheduled() {
        Host mecm = byName.get("SAG-MECM01");
        List<Host> ws = new ArrayList<>(); for (Host h : hosts) if (h.isWorkstation()) ws.add(h);
        // routine PDQ deployments to groups of workstations (weekday business hours)
        for (int d = 0; d < DAYS; d++) {
            LocalDate ld = day(d); if (ld.getDayOfWeek().getValue() >= 6) continue;
            int k = poisson(1.1);
            for (int j = 0; j < k; j++) {
                long t0 = localToUtc(SAG, ld.atTime(ri(9, 16), ri(0, 59)));
                String app = pick(new String[] { "Zoom_6.3.6", "Chrome_132", "Firefox_ESR_128.7", "AdobeReader_25.001", "Teams_Bootstrapper", "Notepad++_8.7", "DragonMedical_2025.4", "CrowdMonitor_Agent" });
                List<Host> tgt = new ArrayList<>(ws); Collections.shuffle(tgt, new Random(r.nextLong()));
                int n = ri(4, 30);
                Label lab = newBenign("software_deployment", "PDQ Deploy package " + app + " pushed by svc_pdq from SAG-MECM01 to " + n + " workstations");
                int c = 0;
                for (Host h : tgt) {
                    long t = (t0 + c * ri(5, 40)) * NS + r.nextInt(1_000_000_000);
                    if (!h.active(t / NS)) continue;
                    if (c++ >= n) break;
                    String dir = "C:\\Windows\\AdminArsenal\\PDQDeployRunner\\service-1\\exec\\";
                    smb(t, h, svc.get("svc_pdq"), mecm.ip, dir + app + (pb(0.5) ? ".msi" : ".exe"), logn(80_000_000, 0.7), lab);
                    if (pb(0.6)) smb(t + NS, h, svc.get("svc_pdq"), mecm.ip, dir + "install.cmd", 412, lab);
                    ev(t + 60 * NS, h, DELETE, P_SYSTEM, svc.get("svc_pdq"), dir + "install.cmd", 0, mecm.ip);
                    ev(t + 30 * NS, h, CREATE, P_MSI, SYSTEM, "C:\\Program Files\\" + app + "\\" + alnum(6) + ".dll", logn(900_000, 1), null);
                }
            }
        }
        // patch day: Tuesday of week 2, evening window, most workstations in ~4 hours
        {
            LocalDate ld = day(8);
            Label lab = newBenign("patch_day", "Monthly cumulative update (KB5050xxx) pushed to most workstations by svc_mecm during the evening maintenance window");
            for (Host h : ws) {
                if (pb(0.1)) continue;
                long t = (localToUtc(h.site, ld.atTime(19, 0)) + r.nextInt(4 * 3600)) * NS + r.nextInt(1_000_000_000);
                if (!h.active(t / NS)) continue;
                String dir = "C:\\Windows\\ccmcache\\" + alnum(2).toLowerCase() + "\\";
                boolean w11 = h.variant.contains("11");
                smb(t, h, svc.get("svc_mecm"), mecm.ip, dir + (w11 ? "windows11.0-kb5050021-x64.msu" : "windows10.0-kb5049981-x64.msu"), logn(700_000_000, 0.1), lab);
                if (pb(0.8)) smb(t + ri(5, 60) * NS, h, svc.get("svc_mecm"), mecm.ip, dir + "windows-kb890830-x64-v5.131.exe", 78_812_344, lab);
                if (pb(0.5)) smb(t + ri(60, 200) * NS, h, svc.get("svc_mecm"), mecm.ip, "C:\\Windows\\ccmcache\\" + alnum(2).toLowerCase() + "\\office-kb" + ri(5002000, 5002999) + "-x64.cab", logn(40_000_000, 0.5), lab);
                for (int i = ri(5, 20); i > 0; i--) ev(t + ri(300, 2400) * NS, h, pickAct(0.6), P_TIW, SYSTEM, "C:\\Windows\\WinSxS\\Temp\\InFlight\\" + hex(8) + "\\" + alnum(8) + ".dll", logn(500_000, 1), null);
            }
            // server patching the Sunday of week 3
            Label lab2 = newBenign("patch_day", "Server cumulative update staged by svc_mecm on Windows servers, Sunday maintenance window");
            LocalDate sd = day(20);
            for (Host h : hosts) {
                if (!h.win || h.isWorkstation() || pb(0.15)) continue;
                long t = (localToUtc(h.site, sd.atTime(2, 0)) + r.nextInt(3 * 3600)) * NS + r.nextInt(1_000_000_000);
                if (!h.active(t / NS)) continue;
                smb(t, h, svc.get("svc_mecm"), mecm.ip, "C:\\Windows\\ccmcache\\" + alnum(2).toLowerCase() + "\\windows10.0-kb5050008-x64.msu", logn(600_000_000, 0.1), lab2);
                if (pb(0.5)) smb(t + ri(30, 300) * NS, h, svc.get("svc_mecm"), mecm.ip, "C:\\Windows\\ccmcache\\" + alnum(2).toLowerCase() + "\\sqlserver2022-kb5050771-x64.exe", logn(450_000_000, 0.1), lab2);
            }
        }
        // share migration weekend: RVS-FS01 -> RVS-FS02 (robocopy push from old server)
        {
            Host src = byName.get("RVS-FS01"), dst = byName.get("RVS-FS02");
            migrationStart = localToUtc(RVS, day(12).atTime(7, ri(0, 40)));
            migrationEnd = localToUtc(RVS, day(13).atTime(16, ri(0, 59)));
            Label lab = newBenign("share_migration", "Weekend migration of Riverside department shares from RVS-FS01 to new RVS-FS02 with robocopy (svc_migrate)");
            Usr u = svc.get("svc_migrate");
            long t = migrationStart * NS;
            String[] depts = concat(DEPTS_CLIN, DEPTS_ADMIN);
            while (t / NS < migrationEnd) {
                String dept = pick(depts); int n = ri(50, 600); String sub = pick(new String[] { "Archive\\2019", "Archive\\2021", "Archive\\2023", "Shared", "Policies", "Forms", "Old", "Projects" });
                for (int i = 0; i < n && t / NS < migrationEnd; i++) {
                    ZonedDateTime z = local(RVS, t / NS - 86400L * ri(100, 2500));
                    Ev e = smb(t, dst, u, src.ip, "D:\\Shares\\Departments\\" + dept + "\\" + sub + "\\" + docName(dept, z), 0, lab);
                    e.size = docSize(e.path);
                    t += (long) (rd() * 2.4e9) + 200_000_000L;
                }
                t += (long) ri(60, 2400) * NS; // pauses between folders
                if (local(RVS, t / NS).getHour() == 0) t += 5L * 3600 * NS; // overnight throttle
            }
            // local robocopy reads/log writes on source
            for (int i = 0; i < 300; i++) ev(tns(migrationStart + r.nextInt((int) (migrationEnd - migrationStart))), src, CREATE, P_ROBO, u, "C:\\Migration\\Logs\\robocopy_" + digits(4) + ".log", logn(100_000, 1), null);
        }
        // month-end close: finance exports on SAG-FS01 (Thu .. Mon around Jan 31)
        {
            Host fs = byName.get("SAG-FS01");
            Label lab = newBenign("month_end_reporting", "January month-end close: finance and revenue-cycle exports to SAG-FS01 Finance share, plus EHR month-end report batch");
            List<Usr> fin = new ArrayList<>(); for (Usr u : staffAt(SAG)) if (u.dept.equals("Finance") || u.dept.equals("Revenue Cycle")) fin.add(u);
            for (int d = 17; d <= 21 && d < DAYS; d++) {
                for (int hr = 7; hr < 20; hr++) {
                    long hs = localToUtc(SAG, day(d).atTime(hr, 0));
                    if (hs >= END_S) continue;
                    int n = poisson((day(d).getDayOfWeek().getValue() >= 6 ? 6 : 30) * Math.max(0.3, dayProfile(local(SAG, hs))) + 3);
                    for (int i = 0; i < n; i++) {
                        Usr u = pick(fin); long t = tns(hs + r.nextInt(3600));
                        String nm = pick(new String[] { "GL_Recon_", "AR_Aging_", "Payer_Mix_", "Accruals_", "JE_Support_", "Denials_", "Cash_Posting_" }) + "2026-01_" + ri(1, 60) + (pb(0.7) ? ".xlsx" : ".pdf");
                        officeSave(fs, t, u, wsIp(SAG), "D:\\Shares\\Departments\\Finance\\MonthEnd\\2026-01", nm, lab);
                    }
                }
            }
            long t = localToUtc(SAG, day(20).atTime(3, ri(0, 30))) * NS;
            Host app = byName.get("SAG-EHRAPP01");
            for (int i = ri(300, 600); i > 0; i--) { smb(t, fs, svc.get("svc_ehrrpt"), app.ip, "D:\\Reports\\EHR\\MonthEnd\\2026-01\\" + pick(new String[] { "Charges", "Payments", "Adjustments", "Census", "CaseMix" }) + "_" + digits(6) + ".pdf", logn(250_000, 1), lab); t += r.nextInt(1_500_000_000); }
        }
        // nightly Linux backups: scp by bkpsvc to sag-bkp01
        {
            Host b = byName.get("sag-bkp01");
            String[] srcs = { "sag-db01", "sag-db02", "sag-web01", "sag-web02", "sag-hl7-01", "hld-hl7-01", "sag-build01", "sag-sftp01", "rvs-lab01", "hld-web01" };
            for (int d = 0; d < DAYS; d++) {
                long t = localToUtc(SAG, day(d).atTime(1, 15)) * NS + (long) ri(0, 300) * NS;
                for (String s : srcs) {
                    Host sh = byName.get(s);
                    String dd = ymd(local(SAG, t / NS));
                    for (String f : new String[] { "etc.tar.zst", "home.tar.zst", sh.role == Role.LDB ? "pg_dumpall.sql.zst" : "app.tar.zst", "packages.txt" }) {
                        linx(t, b, withPid(L_SCP, pid()), lin.get("bkpsvc"), sh.ip, "/backup/" + s + "/" + dd + "/" + f, f.startsWith("pg") ? logn(9_000_000_000L, 0.2) : logn(200_000_000, 1), null);
                        t += (long) ri(20, 400) * NS + r.nextInt(1_000_000_000);
                    }
                }
            }
        }
        // new backup/replication job from week 2: PACS archive replication SAG-PACS01 -> HLD-PACS01 nightly
        {
            Host dst = byName.get("HLD-PACS01"), src = byName.get("SAG-PACS01");
            int startDay = ri(8, 10);
            Label lab = newBenign("new_replication_job", "New nightly PACS archive replication job (svc_pacsrepl) from SAG-PACS01 to HLD-PACS01 started in week 2");
            for (int d = startDay; d < DAYS; d++) {
                long t = localToUtc(HLD, day(d).atTime(22, ri(0, 10))) * NS;
                int n = d == startDay ? ri(1500, 2500) : ri(250, 700);
                for (int i = 0; i < n; i++) {
                    if (t / NS >= END_S) break;
                    smb(t, dst, svc.get("svc_pacsrepl"), src.ip, "E:\\Replica\\SAG\\" + ymd(local(HLD, t / NS - 86400)) + "\\" + uid() + ".dcm", logn(520_000, 0.6), lab);
                    t += r.nextInt(d == startDay ? 300_000_000 : 2_000_000_000);
                }
            }
        }
        // CI deploys: jenkins -> web servers via scp as "deploy"
        {
            Host b = byName.get("sag-build01");
            for (int d = 0; d < DAYS; d++) {
                if (day(d).getDayOfWeek().getValue() >= 6) continue;
                int k = ri(0, 4);
                for (int j = 0; j < k; j++) {
                    long t0 = localToUtc(SAG, day(d).atTime(ri(9, 17), ri(0, 59)));
                    String build = "2026." + day(d).getMonthValue() + "." + day(d).getDayOfMonth() + "-" + ri(100, 999);
                    List<Host> tg = new ArrayList<>(); for (Host h : role(Role.LWEB)) if (h.active(t0) && (h.site == SAG || pb(0.4))) tg.add(h);
                    int nf = ri(12, 60);
                    Label lab = newBenign("ci_deploy", "Jenkins release " + build + " deployed with scp by deploy to " + tg.size() + " web servers");
                    for (Host h : tg) {
                        long t = (t0 + ri(5, 120)) * NS; Proc p = withPid(L_SCP, pid());
                        for (int i = 0; i < nf; i++) {
                            String f = i == 0 ? "portal.jar" : i == 1 ? "application.yml" : pick(new String[] { "lib/", "static/js/", "static/css/", "static/img/", "templates/" }) + alnum(8).toLowerCase() + pick(new String[] { ".jar", ".js", ".css", ".png", ".html" });
                            linx(t, h, p, lin.get("deploy"), b.ip, "/opt/portal/releases/" + build + "/" + f, logn(150_000, 1.5), lab);
                            t += r.nextInt(400_000_000);
                        }
                    }
                }
            }
        }
        // new-host provisioning: task-sequence / PDQ pushes on the first day a host is seen
        for (Host h : newHosts) {
            Label lab = newBenign("host_provisioning", "Provisioning of new host " + h.name + ": baseline applications and agents pushed after build");
            long t = (h.first + ri(600, 5400)) * NS;
            if (h.win) {
                int n = ri(25, 110); String[] apps = { "Office365_Setup", "Hyperspace", "DragonMedical", "CitrixWorkspace", "Chrome", "ElasticAgent", "PrinterMap", "Imprivata_OneSign", "Zebra_Drivers", "Java8" };
                for (int i = 0; i < n; i++) {
                    String a = pick(apps);
                    smb(t, h, pb(0.6) ? svc.get("svc_mecm") : svc.get("svc_pdq"), mecm.ip, "C:\\Windows\\ccmcache\\" + alnum(2).toLowerCase() + "\\" + a + "\\" + alnum(6).toLowerCase() + pick(new String[] { ".msi", ".cab", ".exe", ".mst", ".xml" }), logn(20_000_000, 1.5), lab);
                    t += (long) ri(2, 90) * NS;
                }
            } else {
                Host b = byName.get("sag-build01");
                for (int i = ri(10, 40); i > 0; i--) { linx(t, h, withPid(L_SCP, pid()), lin.get("deploy"), b.ip, "/opt/bootstrap/" + pick(new String[] { "roles/", "files/", "templates/" }) + alnum(6).toLowerCase() + pick(new String[] { ".yml", ".j2", ".sh", ".tar.gz" }), logn(20_000, 1.5), lab); t += (long) ri(1, 20) * NS; }
            }
        }
        // admin troubleshooting copies (Sysinternals, support bundles)
        for (int d = 0; d < DAYS; d++) {
            int k = poisson(day(d).getDayOfWeek().getValue() >= 6 ? 0.3 : 1.3);
            for (int j = 0; j < k; j++) {
                Host h = pick(hosts);
                long t0 = localToUtc(h.site, day(d).atTime(ri(8, 18), ri(0, 59)));
                if (!h.active(t0)) continue;
                Usr a = pick(admins); String src = pb(0.7) ? byName.get("SAG-ADM-0" + ri(1, 4)).ip : vpnIp();
                Label lab = newBenign("admin_troubleshooting", "Help desk admin " + a.name + " copied diagnostic tools / support bundle to " + h.name);
                long t = t0 * NS + r.nextInt(1_000_000_000);
                if (h.win) {
                    String dir = pick(new String[] { "C:\\Temp\\", "C:\\Support\\", "C:\\Users\\" + a.name + "\\Desktop\\" });
                    String[] tools = pb(0.6) ? new String[] { "Procmon64.exe", "procexp64.exe", "Autoruns64.exe", "Tcpview64.exe", "handle64.exe", "Sigcheck64.exe" } : new String[] { "ElasticAgentDiag.zip", "collect_logs.ps1", "netsh_trace.cmd", "EpicClientDiag.exe" };
                    for (String tl : tools) { if (pb(0.35)) continue; smb(t, h, a, src, dir + tl, logn(2_500_000, 0.8), lab); t += ri(1, 15) * NS; }
                    if (lab.files == 0) smb(t, h, a, src, dir + tools[0], logn(2_500_000, 0.8), lab);
                } else {
                    Usr u = lin.get(pick(new String[] { "deploy", "dmorgan", "kchen_dba" }));
                    for (String tl : new String[] { "sosreport-helper.sh", "strace-static", "tcpdump.tar.gz" }) { linx(t, h, withPid(L_SCP, pid()), u, src, "/home/" + u.name + "/" + tl, logn(900_000, 1), lab); t += ri(1, 10) * NS; }
                }
            }
        }
    }
    static String[] concat(String[] a, String[] b) { String[] c = Arrays.copyOf(a, a.length + b.length); System.arraycopy(b, 0, c, a.length, b.length); return c; }

    // ---------------------------------------------------------------- attacks
    Label newInc(String kind, String desc) { Label l = new Label("incident", String.format("INC-%02d", ++incSeq), kind, desc); incidents.add(l); return l; }
    long attackTime() { return START_S + 5 * 86400L + 3600 + (long) (rd() * (DAYS - 5.6) * 86400); }

    Usr attackAccount(Host target) {
        double x = rd();
        if (x < 0.35) return pick(staffAt(target.site));      // phished clinician / admin staff
        if (x < 0.65) return pick(admins);                     // stolen help-desk admin
        if (x < 0.85) return pick(new Usr[] { svc.get("svc_scan"), svc.get("svc_pdq"), svc.get("svc_veeam"), svc.get("svc_labint") }); // abused service account
        Usr u = new Usr(pick(new String[] { "adm_support", "svc_backup2", "helpdesk01", "it.temp", "adm_" + ascii(pick(LAST)) + "2" }), DOMAIN_SID + (9000 + r.nextInt(900)), "TRHP");
        return u; // account created by the attacker
    }
    String attackSrc(Host target) {
        double x = rd();
        if (x < 0.55) { // a compromised workstation, often another site
            List<Host> l = new ArrayList<>(); for (Host h : hosts) if (h.isWorkstation() && h != target) l.add(h); return pick(l).ip;
        }
        if (x < 0.8) return vpnIp();
        List<Host> l = new ArrayList<>(); for (Host h : hosts) if (h.win && !h.isWorkstation() && h != target) l.add(h); return pick(l).ip; // pivot server
    }
    List<Host> activeWin(long t, boolean servers, boolean workstations) {
        List<Host> l = new ArrayList<>();
        for (Host h : hosts) if (h.win && h.active(t) && h.active(t + 8 * 3600) && ((servers && !h.isWorkstation()) || (workstations && h.isWorkstation()))) l.add(h);
        return l;
    }
    String winDropDir(Host h, Usr u) {
        switch (r.nextInt(10)) {
            case 0: return "C:\\Windows\\Temp\\" + alnum(6).toLowerCase();
            case 1: return "C:\\PerfLogs\\Admin";
            case 2: return "C:\\ProgramData\\Microsoft\\DeviceSync";
            case 3: return "C:\\Users\\Public\\Documents";
            case 4: return "C:\\Windows";                       // ADMIN$
            case 5: return "C:\\ProgramData\\USOShared\\Logs";
            case 6: return h.role == Role.FS ? "D:\\Shares\\Departments\\IT\\Software\\old" : "C:\\Users\\" + (u.name.startsWith("svc") ? "Public" : u.name) + "\\AppData\\Local\\Microsoft\\Teams\\current";
            case 7: return "C:\\Program Files\\TRHP\\BedBoard\\plugins";
            case 8: return "C:\\Windows\\AdminArsenal\\PDQDeployRunner\\service-1\\exec";
            default: return "C:\\ProgramData\\Elastic\\Endpoint\\cache";
        }
    }
    String[] winToolkit() {
        String[][] kits = {
            { "rclone.exe", "rclone.conf", "sync.bat" },
            { "AdFind.exe", "adf.bat", "7za.exe", "nltest_out.txt" },
            { "msedgeupdate.dll", "SearchHost64.exe", "run.ps1" },
            { "WinRing0x64.sys", "svcmon.exe", "config.json" },
            { "AnyDesk.exe", "service.conf", "system.conf" },
            { "netscan.exe", "netscan.xml", "PsExec64.exe", "start.bat", "kill.bat" },
            { "ntdsutil_out.zip", "proc.dmp.7z" },
            { "OneDriveStandaloneUpdater.exe", "version.dll", "OneDrive.dat" },
            { "ScreenConnect.ClientSetup.msi", "install.cmd" },
            { "update.exe", "update.dat", "readme.txt", "unins000.exe", "lib.dll", "cfg.ini" } };
        return pick(kits);
    }
    long toolSize(String n) {
        String e = ext(n);
        if (e == null) return logn(200_000, 1);
        switch (e) { case "exe": case "dll": case "sys": case "msi": return logn(1_800_000, 0.9); case "zip": case "7z": return logn(60_000_000, 1); default: return logn(2_000, 1); }
    }
    // local effects after a drop: dropped tool runs and writes, careful attackers clean up
    void aftermath(Host h, long t, Usr u, String dir, String[] names, boolean careful) {
        String exe = null; for (String n : names) if (n.endsWith(".exe")) { exe = n; break; }
        if (exe != null && h.win) {
            Proc p = new Proc(exe, dir + "\\" + exe, pb(0.5) ? null : "Open Source Developer", false, pid());
            for (int i = ri(1, 6); i > 0; i--) ev(t + ri(20, 600) * NS, h, CREATE, p, u, dir + "\\" + alnum(5).toLowerCase() + pick(new String[] { ".log", ".tmp", ".txt", ".dat" }), logn(10_000, 1), null);
        }
        if (careful) for (String n : names) ev(t + ri(900, 5400) * NS, h, DELETE, P_SYSTEM, u, dir + "\\" + n, 0, null);
    }

    void attacks() {
        String[] kinds = { "burst", "low_and_slow", "night", "linux_scp", "tool_spread", "new_host_burst" };
        List<String> order = new ArrayList<>();
        for (String k : kinds) { order.add(k); order.add(k); }
        List<Host> nhUsed = new ArrayList<>();
        for (String k : order) {
            switch (k) {
                case "burst": burst(); break;
                case "low_and_slow": lowSlow(); break;
                case "night": night(); break;
                case "linux_scp": linuxScp(); break;
                case "tool_spread": toolSpread(); break;
                default: newHostBurst(nhUsed);
            }
        }
    }

    void burst() {
        long t0 = attackTime();
        int v = r.nextInt(3);
        List<Host> cand = v == 0 ? new ArrayList<>() : activeWin(t0, true, pb(0.4));
        if (v == 0) for (Host h : hosts) if ((h.role == Role.FS || h.role == Role.PROF) && h.active(t0) && h.active(t0 + 3600)) cand.add(h);
        if (cand.isEmpty()) cand = activeWin(t0, true, true);
        Host h = pick(cand); Usr u = attackAccount(h); String src = attackSrc(h);
        long t = tns(t0);
        if (v == 0) {
            String ransExt = alnum(5).toLowerCase(); String dept = pick(concat(DEPTS_CLIN, DEPTS_ADMIN));
            int n = ri(80, 420); double mins = ri(3, 14);
            Label lab = newInc("burst", "Remote encryption over SMB from " + src + " as " + u.name + ": " + n + " files rewritten as *." + ransExt + " in " + h.name + " D:\\Shares\\Departments\\" + dept + ", ransom note per folder");
            String dir = "D:\\Shares\\Departments\\" + dept; int perDir = ri(15, 60); String cur = dir;
            for (int i = 0; i < n; i++) {
                if (i % perDir == 0) { cur = dir + "\\" + pick(new String[] { "Schedules", "Policies", "Audits", "Reports", "Shared", "Archive\\2023", "Forms" }); smb(t, h, u, src, cur + "\\RESTORE-FILES-" + ransExt.toUpperCase() + ".txt", 2_180, lab); }
                String orig = docName(dept, local(h.site, t / NS - 86400L * ri(1, 900)));
                smb(t, h, u, src, cur + "\\" + orig + "." + ransExt, docSize(orig) + 512, lab);
                ev(t + 80_000_000L, h, DELETE, P_SYSTEM, u, cur + "\\" + orig, 0, src);
                t += (long) (mins * 60 * NS / n * (0.3 + 1.4 * rd()));
            }
        } else if (v == 1) {
            int n = ri(40, 220); String dir = pb(0.5) ? "C:\\PerfLogs\\Admin\\" + alnum(4) : (h.role == Role.FS ? "D:\\Shares\\Departments\\IT\\Archive\\~tmp" : "C:\\Users\\Public\\Libraries\\cache");
            Label lab = newInc("burst", "Data staging over SMB: " + n + " documents collected into " + h.name + " " + dir + " by " + u.name + " from " + src);
            for (int i = 0; i < n; i++) {
                String nm = pb(0.7) ? docName(pick(DEPTS_ADMIN), local(h.site, t / NS - 86400L * ri(1, 700))) : "export_" + pick(new String[] { "patients", "mrn", "billing", "hr_ssn", "payroll" }) + "_" + i + ".csv";
                smb(t, h, u, src, dir + "\\" + nm, docSize(nm), lab);
                t += (long) (rd() * 5e9);
            }
        } else {
            int n = ri(20, 90); String dir = winDropDir(h, u) + "\\" + pick(new String[] { "py", "tools", "x64", "bin", "" + ri(1, 9) });
            Label lab = newInc("burst", "Toolkit unpacked over SMB (ADMIN$/C$) onto " + h.name + " " + dir + ": " + n + " files (python runtime, impacket-style scripts, binaries) by " + u.name + " from " + src);
            String[] names = { "python311.dll", "python.exe", "secretsdump.py", "wmiexec.py", "smbexec.py", "base_library.zip", "_ssl.pyd", "_socket.pyd", "libcrypto-3.dll", "select.pyd", "_hashlib.pyd", "unicodedata.pyd" };
            List<String> made = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String nm = i < names.length ? names[i] : alnum(ri(4, 9)).toLowerCase() + pick(new String[] { ".pyc", ".pyd", ".py", ".dll" });
                smb(t, h, u, src, dir + "\\" + nm, toolSize(nm), lab); made.add(nm);
                t += r.nextInt(2_500_000_00) * 10L;
            }
            aftermath(h, t, u, dir, made.toArray(new String[0]), pb(0.5));
        }
    }

    void lowSlow() {
        long t0 = attackTime();
        List<Host> cand = activeWin(t0, true, pb(0.3));
        Host h = pick(cand); Usr u = attackAccount(h); String src = attackSrc(h);
        double hours = 2 + rd() * 4; long end = t0 + (long) (hours * 3600);
        boolean exfil = pb(0.5);
        String dir = pick(new String[] { "C:\\Users\\Public\\Documents\\Hyperspace\\Cache", "C:\\ProgramData\\Microsoft\\Windows\\WER\\Temp", h.role == Role.FS ? "D:\\Shares\\Departments\\Radiology\\Archive\\2019" : "C:\\Windows\\Temp", "C:\\ProgramData\\Package Cache\\{" + uuid().toUpperCase() + "}" });
        Label lab = newInc("low_and_slow", (exfil ? "Slow staging of archive chunks" : "Slow tool delivery") + " into " + h.name + " " + dir + " by " + u.name + " from " + src + " over " + String.format("%.1f", hours) + " h");
        int chunk = 1; String[] kit = winToolkit(); int ki = 0;
        for (long w = t0; w < end; w += 900) {
            int n = Math.min(4, poisson(1.6));
            if (w == t0 && n == 0) n = 1;
            for (int i = 0; i < n; i++) {
                long t = tns(w + r.nextInt(900));
                if (t / NS >= end) continue;
                String nm = exfil ? String.format("%s.7z.%03d", pick(new String[] { "cache", "wer", "diag", "tmp" }), chunk++) : ki < kit.length ? kit[ki++] : alnum(6).toLowerCase() + pick(new String[] { ".dat", ".tmp", ".log" });
                smb(t, h, u, src, dir + "\\" + nm, exfil ? logn(25_000_000, 0.3) : toolSize(nm), lab);
            }
        }
        if (lab.files == 0) smb(tns(t0), h, u, src, dir + "\\" + kit[0], toolSize(kit[0]), lab);
    }

    void night() {
        List<Host> cand = new ArrayList<>();
        for (String n : new String[] { "SAG-FS01", "SAG-FS01", "HLD-FS01", "SAG-PROF01", "SAG-PACS01", "HLD-PACS01", "RVS-FS01", "RVS-FS02" }) cand.add(byName.get(n));
        Host h; long t0;
        while (true) {
            h = pick(cand);
            int d = ri(5, DAYS - 1);
            t0 = localToUtc(h.site, day(d).atTime(ri(0, 4), ri(0, 59), ri(0, 59)));
            boolean busy = !h.name.startsWith("RVS-FS") || fsFor(RVS, t0) == h; // the share currently in use
            if (busy && h.active(t0) && h.active(t0 + 3600) && t0 > START_S + 5 * 86400L) break;
        }
        Usr u = attackAccount(h); String src = attackSrc(h);
        int n = ri(30, 260); double mins = ri(4, 28);
        String[] kit = winToolkit(); String dir = winDropDir(h, u);
        boolean data = pb(0.5);
        Label lab = newInc("night", "Night-time SMB burst on day-busy server " + h.name + ": " + n + " files (" + (data ? "staged data" : "toolkit " + String.join(",", kit) + " and payload copies") + ") into " + dir + " as " + u.name + " from " + src);
        long t = tns(t0);
        for (int i = 0; i < n; i++) {
            String nm = data ? (pb(0.5) ? "IMG_" + digits(6) + ".dcm" : docName(pick(DEPTS_ADMIN), local(h.site, t / NS - 86400L * 300))) : i < kit.length ? kit[i] : alnum(8).toLowerCase() + pick(new String[] { ".dll", ".dat", ".bin", ".ps1" });
            smb(t, h, u, src, dir + "\\" + nm, data ? docSize(nm) : toolSize(nm), lab);
            t += (long) (mins * 60 * NS / n * (0.2 + 1.6 * rd()));
        }
        if (!data) aftermath(h, t, u, dir, kit, pb(0.4));
    }

    void linuxScp() {
        long t0 = attackTime();
        List<Host> cand = new ArrayList<>(); for (Host h : hosts) if (!h.win && h.active(t0) && h.active(t0 + 3 * 3600) && h.role != Role.LNAS && h.role != Role.LLAB) cand.add(h);
        Host h = pick(cand);
        Usr u = h.role == Role.LHL7 ? lin.get(pick(new String[] { "hl7adt", "hl7lab" })) : h.role == Role.LWEB ? lin.get(pick(new String[] { "deploy", "www-data" })) : h.role == Role.LBUILD ? lin.get(pick(new String[] { "jenkins", "dmorgan" })) : pb(0.5) ? lin.get(pick(new String[] { "deploy", "kchen_dba", "bkpsvc" })) : new Usr(pick(new String[] { "sysadm", "ansible", "backup1", "test" }), String.valueOf(1500 + r.nextInt(200)), null);
        String src = pb(0.6) ? attackSrc(h) : pick(hosts.stream().filter(x -> !x.win).toArray(Host[]::new)).ip;
        Proc p = withPid(pb(0.5) ? L_SCP : sftp(h), pid());
        boolean tools = pb(0.6);
        String home = "/home/" + u.name;
        String dir = pick(new String[] { "/tmp/.X11-unix/.x", "/dev/shm/.k", home + "/.cache/.sys", "/var/tmp/.update", h.role == Role.LWEB ? "/opt/portal/releases/current/lib" : "/usr/local/share/.fonts" });
        String[] kit = pick(new String[][] { { "linpeas.sh", "pspy64", "chisel", "socat" }, { "xmrig", "config.json", "start.sh" }, { "gsocket.tar.gz", "gs-netcat", "install.sh" }, { "libprocesshider.so", "ld.so.preload.new", "kworker" }, { "exploit.c", "a.out", "run.sh", "suid.sh" } });
        int n = tools ? kit.length + ri(0, 25) : ri(20, 140);
        double mins = tools ? ri(1, 20) : ri(5, 45);
        Label lab = newInc("linux_scp", (tools ? "Linux tooling (" + String.join(",", kit) + ")" : "Data staging (dump chunks)") + " copied by " + p.name + " as " + u.name + " from " + src + " to " + h.name + ":" + dir + ", " + n + " files");
        long t = tns(t0);
        for (int i = 0; i < n; i++) {
            String nm = tools ? (i < kit.length ? kit[i] : "mod_" + alnum(5).toLowerCase() + pick(new String[] { ".so", ".sh", ".py", "" })) : String.format("%s.part%03d", pick(new String[] { "db", "ehr_extract", "hl7_archive", "users" }), i);
            linx(t, h, p, u, src, dir + "/" + nm, tools ? logn(900_000, 1.2) : logn(50_000_000, 0.2), lab);
            t += (long) (mins * 60 * NS / n * (0.2 + 1.6 * rd()));
        }
        if (tools) for (int i = ri(1, 5); i > 0; i--) ev(t + ri(30, 900) * NS, h, CREATE, withPid(new Proc(kit[0].replace(".sh", ""), dir + "/" + kit[0], null, false, -1), pid()), u, dir + "/out_" + alnum(4).toLowerCase() + ".txt", logn(30_000, 1), null);
    }

    void toolSpread() {
        long t0 = attackTime();
        List<Host> cand = activeWin(t0, pb(0.7), true);
        Collections.shuffle(cand, new Random(r.nextLong()));
        int k = ri(3, 8);
        Usr u = attackAccount(cand.get(0)); String src = attackSrc(cand.get(0));
        String[] kit = winToolkit();
        int extra = pb(0.3) ? ri(1, 4) : 0;
        String[] names = Arrays.copyOf(kit, kit.length + extra);
        for (int i = kit.length; i < names.length; i++) names[i] = alnum(6).toLowerCase() + ".dat";
        long[] sizes = new long[names.length]; for (int i = 0; i < names.length; i++) sizes[i] = toolSize(names[i]);
        String dir = pick(new String[] { "C:\\Windows", "C:\\Windows\\Temp", "C:\\ProgramData\\USOShared", "C:\\Users\\Public\\Music", "C:\\ProgramData\\Microsoft\\Crypto\\Keys\\tmp" });
        double span = ri(8, 55) * 60.0;
        Label lab = newInc("tool_spread", "Toolkit " + String.join(",", names) + " pushed to " + k + " hosts via " + (dir.equals("C:\\Windows") ? "ADMIN$" : "C$") + " by " + u.name + " from " + src + " within " + (int) (span / 60) + " min");
        boolean careful = pb(0.5);
        for (int j = 0; j < k; j++) {
            Host h = cand.get(j);
            long t = tns(t0 + (long) (span * j / Math.max(1, k - 1) * (0.6 + 0.4 * rd())));
            for (int i = 0; i < names.length; i++) { smb(t, h, u, src, dir + "\\" + names[i], sizes[i], lab); t += r.nextInt(900_000_000) + 50_000_000L; }
            aftermath(h, t, u, dir, names, careful);
        }
    }

    void newHostBurst(List<Host> used) {
        List<Host> cand = new ArrayList<>();
        for (Host h : newHosts) if (h.win && !used.contains(h) && h.first + 3 * 86400L > START_S + 5 * 86400L + 7200 && h.first + 86400L < END_S - 4 * 3600) cand.add(h);
        Host h = pick(cand); used.add(h);
        long lo = Math.max(h.first + 86400L + 600, START_S + 5 * 86400L + 3600), hi = Math.min(h.first + 3 * 86400L - 1200, END_S - 7200);
        long t0 = lo + (long) (rd() * Math.max(0, hi - lo));
        Usr u = attackAccount(h); String src = attackSrc(h);
        int n = ri(20, 160); double mins = ri(2, 15);
        String dir = winDropDir(h, u); String[] kit = winToolkit();
        Label lab = newInc("new_host_burst", "Burst of " + n + " files onto recently provisioned " + h.name + " (first seen " + Instant.ofEpochSecond(h.first) + ") into " + dir + " as " + u.name + " from " + src);
        long t = tns(t0);
        for (int i = 0; i < n; i++) {
            String nm = i < kit.length ? kit[i] : pb(0.5) ? docName(pick(DEPTS_ADMIN), local(h.site, t / NS - 86400L * 30)) : alnum(7).toLowerCase() + pick(new String[] { ".dll", ".dat", ".ps1", ".bin" });
            smb(t, h, u, src, dir + "\\" + nm, toolSize(nm), lab);
            t += (long) (mins * 60 * NS / n * (0.2 + 1.6 * rd()));
        }
        aftermath(h, t, u, dir, kit, pb(0.3));
    }

    // ---------------------------------------------------------------- output
    static void jstr(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c);
            }
        }
        sb.append('"');
    }
    static String js(String s) { StringBuilder b = new StringBuilder(); jstr(b, s); return b.toString(); }

    String ts(long tNs, int digits, ZoneOffset off) {
        long sec = Math.floorDiv(tNs, NS); int nano = (int) Math.floorMod(tNs, NS);
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(sec, 0, off == null ? ZoneOffset.UTC : off);
        StringBuilder sb = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02d", ldt.getYear(), ldt.getMonthValue(), ldt.getDayOfMonth(), ldt.getHour(), ldt.getMinute(), ldt.getSecond()));
        if (digits > 0) { String f = String.format("%09d", nano).substring(0, digits); sb.append('.').append(f); }
        if (off == null) sb.append('Z'); else sb.append(off.getId());
        return sb.toString();
    }

    // render one event as a list of dotted keys -> JSON literal
    List<String[]> fields(Ev e, SplittableRandom q) {
        List<String[]> f = new ArrayList<>(40);
        Host h = e.h;
        int dg = q.nextDouble() < 0.8 ? h.tsDigits : q.nextInt(10);
        ZoneOffset off = q.nextDouble() < 0.004 ? h.site.zone.getRules().getOffset(Instant.ofEpochSecond(e.t / NS)) : null;
        String tsv = js(ts(e.t, dg, off));
        f.add(new String[] { "@timestamp", tsv });
        f.add(new String[] { "agent.id", js(h.agentId) });
        f.add(new String[] { "agent.type", js("endpoint") });
        f.add(new String[] { "agent.version", js(h.agentVer) });
        boolean file = e.act <= OVERWRITE;
        String ds = file ? "endpoint.events.file" : e.act == PSTART ? "endpoint.events.process" : "endpoint.events.network";
        f.add(new String[] { "data_stream.dataset", js(ds) });
        f.add(new String[] { "data_stream.namespace", js("default") });
        f.add(new String[] { "data_stream.type", js("logs") });
        f.add(new String[] { "ecs.version", js("8.10.0") });
        f.add(new String[] { "event.action", js(ACT[e.act]) });
        String cat = file ? "file" : e.act == PSTART ? "process" : "network";
        f.add(new String[] { "event.category", q.nextDouble() < h.catStringBias ? js(cat) : "[" + js(cat) + "]" });
        f.add(new String[] { "event.created", tsv });
        f.add(new String[] { "event.dataset", js(ds) });
        f.add(new String[] { "event.id", js(randId(q)) });
        f.add(new String[] { "event.kind", js("event") });
        f.add(new String[] { "event.module", js("endpoint") });
        f.add(new String[] { "event.outcome", js("success") });
        f.add(new String[] { "event.sequence", String.valueOf(++h.seqCounter) });
        String type = e.act == CREATE ? "creation" : e.act == DELETE ? "deletion" : e.act == PSTART ? "start" : e.act == NETCONN ? "connection" : "change";
        f.add(new String[] { "event.type", "[" + js(type) + "]" });
        f.add(new String[] { "host.architecture", js("x86_64") });
        f.add(new String[] { "host.hostname", js(h.win ? h.name : h.name) });
        f.add(new String[] { "host.id", js(h.id) });
        double ipv = q.nextDouble();
        f.add(new String[] { "host.ip", ipv < 0.05 ? js(h.ip) : "[" + js(h.ip) + "," + js(h.ip6) + (h.win ? "," + js("127.0.0.1") + "," + js("::1") : "") + "]" });
        f.add(new String[] { "host.mac", "[" + js(h.mac) + "]" });
        f.add(new String[] { "host.name", js(h.name) });
        f.add(new String[] { "host.os.Ext.variant", js(h.variant) });
        f.add(new String[] { "host.os.family", js(h.win ? "windows" : h.linuxRhel ? "rhel" : "debian") });
        f.add(new String[] { "host.os.full", js(h.osFull) });
        f.add(new String[] { "host.os.kernel", js(h.kernel) });
        f.add(new String[] { "host.os.name", js(h.win ? "Windows" : "Linux") });
        f.add(new String[] { "host.os.platform", js(h.win ? "windows" : h.linuxRhel ? "rhel" : "ubuntu") });
        f.add(new String[] { "host.os.type", js(h.win ? "windows" : "linux") });
        f.add(new String[] { "host.os.version", js(h.osVer) });
        Proc p = e.p;
        f.add(new String[] { "process.entity_id", js(randId(q) + randId(q)) });
        f.add(new String[] { "process.executable", js(p.exe) });
        f.add(new String[] { "process.name", js(p.name) });
        f.add(new String[] { "process.pid", String.valueOf(p.pid > 0 ? p.pid : pidFor(h, p)) });
        if (h.win && (p.signer != null || q.nextDouble() < 0.5)) {
            f.add(new String[] { "process.code_signature.exists", String.valueOf(p.signer != null) });
            if (p.signer != null) {
                f.add(new String[] { "process.code_signature.status", js(p.trusted ? "trusted" : "errorChaining") });
                f.add(new String[] { "process.code_signature.subject_name", js(p.signer) });
                f.add(new String[] { "process.code_signature.trusted", String.valueOf(p.trusted) });
            }
        }
        if (e.u != null) {
            if (e.u.domain != null) f.add(new String[] { "user.domain", js(e.u.domain) });
            f.add(new String[] { "user.id", js(e.u.id) });
            f.add(new String[] { "user.name", js(e.u.name) });
        }
        if (file && e.path != null) {
            char sep = h.win ? '\\' : '/';
            int s = e.path.lastIndexOf(sep);
            String name = e.path.substring(s + 1), dir = s > 0 ? e.path.substring(0, s) : String.valueOf(sep);
            if (q.nextDouble() < 0.9) f.add(new String[] { "file.directory", js(dir) });
            String ex = ext(name);
            if (ex != null) f.add(new String[] { "file.extension", js(ex) });
            if (!e.noName) f.add(new String[] { "file.name", js(name) });
            f.add(new String[] { "file.path", js(e.path) });
            if (e.act != DELETE && q.nextDouble() < 0.96) f.add(new String[] { "file.size", String.valueOf(e.size) });
            if (e.act == RENAME) f.add(new String[] { "file.Ext.original.path", js(dir + sep + "~" + Long.toHexString(q.nextLong() & 0xffffffL) + ".tmp") });
        }
        if (e.src != null) f.add(new String[] { "source.ip", js(e.src) });
        f.add(new String[] { "message", js(file ? "Endpoint file event" : e.act == PSTART ? "Endpoint process event" : "Endpoint network event") });
        return f;
    }
    final Map<String, Integer> pidCache = new HashMap<>();
    int pidFor(Host h, Proc p) { return pidCache.computeIfAbsent(h.name + "|" + p.exe, k -> 400 + r.nextInt(30000)); }
    static String randId(SplittableRandom q) {
        String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+";
        StringBuilder s = new StringBuilder(24); for (int i = 0; i < 24; i++) s.append(a.charAt(q.nextInt(a.length()))); return s.toString();
    }

    // mode: 0 nested, 1 dotted, 2 mixed
    static void renderTree(StringBuilder sb, List<String[]> f, int mode, SplittableRandom q) {
        // group by top-level segment preserving order
        LinkedHashMap<String, List<String[]>> groups = new LinkedHashMap<>();
        for (String[] kv : f) {
            int d = kv[0].indexOf('.');
            String g = d < 0 ? kv[0] : kv[0].substring(0, d);
            groups.computeIfAbsent(g, x -> new ArrayList<>()).add(kv);
        }
        sb.append('{'); boolean first = true;
        for (Map.Entry<String, List<String[]>> g : groups.entrySet()) {
            List<String[]> items = g.getValue();
            if (items.size() == 1 && items.get(0)[0].indexOf('.') < 0) {
                if (!first) sb.append(','); first = false;
                jstr(sb, items.get(0)[0]); sb.append(':').append(items.get(0)[1]); continue;
            }
            int m = mode == 0 ? 0 : mode == 1 ? 1 : (q.nextInt(3));
            if (m == 1) {
                for (String[] kv : items) { if (!first) sb.append(','); first = false; jstr(sb, kv[0]); sb.append(':').append(kv[1]); }
            } else if (m == 2) {
                if (!first) sb.append(','); first = false;
                jstr(sb, g.getKey()); sb.append(":{");
                boolean f2 = true;
                for (String[] kv : items) { if (!f2) sb.append(','); f2 = false; jstr(sb, kv[0].substring(g.getKey().length() + 1)); sb.append(':').append(kv[1]); }
                sb.append('}');
            } else {
                if (!first) sb.append(','); first = false;
                // build nested tree
                LinkedHashMap<String, Object> root = new LinkedHashMap<>();
                for (String[] kv : items) {
                    String[] parts = kv[0].split("\\.");
                    LinkedHashMap<String, Object> cur = root;
                    for (int i = 0; i < parts.length - 1; i++) {
                        @SuppressWarnings("unchecked") LinkedHashMap<String, Object> nx = (LinkedHashMap<String, Object>) cur.computeIfAbsent(parts[i], x -> new LinkedHashMap<String, Object>());
                        cur = nx;
                    }
                    cur.put(parts[parts.length - 1], kv[1]);
                }
                @SuppressWarnings("unchecked") LinkedHashMap<String, Object> top = (LinkedHashMap<String, Object>) root.get(g.getKey());
                jstr(sb, g.getKey()); sb.append(':'); writeObj(sb, top);
            }
        }
        sb.append('}');
    }
    @SuppressWarnings("unchecked")
    static void writeObj(StringBuilder sb, LinkedHashMap<String, Object> m) {
        sb.append('{'); boolean first = true;
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (!first) sb.append(','); first = false;
            jstr(sb, e.getKey()); sb.append(':');
            if (e.getValue() instanceof String) sb.append((String) e.getValue()); else writeObj(sb, (LinkedHashMap<String, Object>) e.getValue());
        }
        sb.append('}');
    }

    static final String[] GARBAGE = { "<html><head><title>502 Bad Gateway</title></head></html>", "\u0000\u0000\u0000", "null", "[]", "{\"@timestamp\":", "ERROR: shipper buffer overflow, dropping 17 events", "}{", "\"endpoint\"", "{\"message\":\"Endpoint file event\"", "\u00ef\u00bb\u00bf{}" };

    String renderMalformed(Ev e, SplittableRandom q) {
        List<String[]> f = fields(e, q);
        StringBuilder sb = new StringBuilder();
        switch (e.mal) {
            case 1: { renderTree(sb, f, 0, q); int cut = 10 + q.nextInt(Math.max(1, sb.length() - 15)); return sb.substring(0, cut); }
            case 2: f.removeIf(kv -> kv[0].equals("@timestamp")); break;
            case 3: f.removeIf(kv -> kv[0].equals("host.name")); break;
            case 4: {
                int w = q.nextInt(5);
                for (String[] kv : f) {
                    if (w == 0 && kv[0].equals("@timestamp")) kv[1] = String.valueOf(e.t / 1_000_000);
                    if (w == 1 && kv[0].equals("host.name")) kv[1] = String.valueOf(q.nextInt(99999));
                    if (w == 2 && kv[0].equals("event.category")) kv[1] = "7";
                    if (w == 3 && kv[0].equals("file.size")) kv[1] = js("unknown");
                    if (w == 4 && kv[0].equals("@timestamp")) kv[1] = js("not-a-date");
                }
                if (w == 3) f.removeIf(kv -> kv[0].startsWith("host.") && !kv[0].equals("host.name"));
                break;
            }
            default: return GARBAGE[q.nextInt(GARBAGE.length)];
        }
        renderTree(sb, f, 0, q);
        return sb.toString();
    }

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        // delays: ordinary shipping jitter, out-of-order by seconds to a minute, a few hours late
        SplittableRandom q = new SplittableRandom(mix(seed * 31 + 0x5DEECE66DL));
        for (Ev e : evs) {
            double x = q.nextDouble();
            long d = q.nextInt(800) * 1_000_000L;
            if (x < 0.03) d += (1 + q.nextInt(60)) * NS;
            e.key = e.t + d;
        }
        // ~20 hours-late events (benign or noise only)
        for (int i = 0, done = 0; done < 20 && i < 10000; i++) {
            Ev e = evs.get(q.nextInt(evs.size()));
            if (e.lab != null && e.lab.label.equals("incident")) continue;
            e.key = e.t + (long) ((1 + q.nextDouble() * 9) * 3600) * NS; done++;
        }
        // malformed extra lines (~0.03 %)
        int nm = (int) Math.round(evs.size() * 0.0003);
        for (int i = 0; i < nm; i++) {
            Ev o = evs.get(q.nextInt(evs.size()));
            if (o.lab != null && o.lab.label.equals("incident")) { i--; continue; }
            Ev e = new Ev(); e.t = o.t; e.key = o.key + 1; e.h = o.h; e.act = o.act; e.p = o.p; e.u = o.u; e.path = o.path; e.size = o.size; e.src = o.src; e.seq = seqGen++;
            e.mal = 1 + q.nextInt(5);
            evs.add(e);
        }
        evs.sort((a, b) -> a.key != b.key ? Long.compare(a.key, b.key) : Integer.compare(a.seq, b.seq));
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(new FileOutputStream(out.resolve("fleet.ndjson.gz").toFile()), 1 << 16), StandardCharsets.UTF_8), 1 << 20)) {
            StringBuilder sb = new StringBuilder(2048);
            for (Ev e : evs) {
                if (e.mal > 0) { w.write(renderMalformed(e, q)); w.write('\n'); continue; }
                sb.setLength(0);
                double x = q.nextDouble();
                int mode = x < e.h.dottedBias ? 1 : x < e.h.dottedBias + 0.07 ? 2 : 0;
                renderTree(sb, fields(e, q), mode, q);
                sb.append('\n');
                w.write(sb.toString());
            }
        }
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(out.resolve("fleet.labels.ndjson").toFile()), StandardCharsets.UTF_8))) {
            List<Label> all = new ArrayList<>(incidents);
            int bi = 0;
            for (Label l : benign) if (l.files > 0) all.add(new Label(l, String.format("BEN-%02d", ++bi)));
            for (Label l : all) {
                StringBuilder sb = new StringBuilder("{");
                sb.append("\"label\":").append(js(l.label)).append(",\"id\":").append(js(l.id)).append(",\"kind\":").append(js(l.kind)).append(",\"hosts\":[");
                boolean f = true; for (String h : l.hosts) { if (!f) sb.append(','); f = false; jstr(sb, h); }
                sb.append("],\"start\":").append(js(Instant.ofEpochSecond(Math.floorDiv(l.start, NS)).toString()))
                  .append(",\"end\":").append(js(Instant.ofEpochSecond(Math.floorDiv(l.end, NS)).toString()))
                  .append(",\"description\":").append(js(l.desc)).append("}\n");
                w.write(sb.toString());
            }
        }
    }

    public static void main(String[] args) throws IOException {
        long seed = 1; String out = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seed")) seed = Long.parseLong(args[++i]);
            else if (args[i].equals("--out")) out = args[++i];
        }
        if (out == null) { System.err.println("usage: java Fleet2.java --seed N --out DIR"); System.exit(2); }
        Fleet2 g = new Fleet2(seed);
        g.initProcs(); g.initUsers(); g.initHosts();
        g.scheduled();   // needs migration window before background
        g.background();
        g.attacks();
        // drop events outside host lifetime / window (keeps labels consistent: only non-labelled)
        g.evs.removeIf(e -> (e.t / NS < e.h.first || e.t / NS >= e.h.last || e.t / NS >= END_S) && e.lab == null);
        for (Label l : g.incidents) { l.hosts.clear(); l.files = 0; l.start = Long.MAX_VALUE; l.end = Long.MIN_VALUE; }
        for (Label l : g.benign) { l.hosts.clear(); l.files = 0; l.start = Long.MAX_VALUE; l.end = Long.MIN_VALUE; }
        for (Ev e : g.evs) if (e.lab != null && !e.noName) e.lab.hit(e.h, e.t);
        g.write(Paths.get(out));
        System.err.printf("seed %d: %d lines, %d hosts, %d malformed extra lines%n", seed, g.evs.size(), g.hosts.size(), g.evs.stream().filter(e -> e.mal > 0).count());
        for (Label l : g.incidents) System.err.printf("  %s %-15s files=%-4d hosts=%s %s..%s%n", l.id, l.kind, l.files, l.hosts, Instant.ofEpochSecond(l.start / NS), Instant.ofEpochSecond(l.end / NS));
    }
}
