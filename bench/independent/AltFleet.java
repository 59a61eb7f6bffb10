// AltFleet -- independent synthetic Elastic Defend fleet generator (file events, ECS).
// Usage: java bench/independent/AltFleet.java --seed N --out DIR
// Writes DIR/fleet.ndjson.gz and DIR/fleet.labels.ndjson (the labels `evaluate` reads).
// Deterministic per seed, JDK only.
//
// A second opinion on detection quality, not part of the build: written from the brief alone (the
// shape of the core issue's held-out fleet, the six attack kinds, Elastic Defend's field lists)
// by an author who did not read spikewatch's simulator, model or README, so its habits (roaming
// profiles, PDQ and Ansible rollouts, Cobalt Strike style spreads, ...) are not ours. Its code
// style is its own and is kept as written. README "How good is it" has the numbers.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.zip.*;

public class AltFleet {

    // ================================================================ time, rng
    static final long T0 = Instant.parse("2025-02-03T00:00:00Z").getEpochSecond(); // Monday
    static final int DAYS = 21;
    static final long END = T0 + DAYS * 86400L;
    static final long D0 = LocalDate.of(2025, 2, 3).toEpochDay();
    static final long NS = 1_000_000_000L;
    static SplittableRandom R;
    static int GZLEVEL = 3;

    static double U() { return R.nextDouble(); }
    static double U(double a, double b) { return a + (b - a) * R.nextDouble(); }
    static int I(int n) { return R.nextInt(n); }
    static int I(int a, int b) { return a + R.nextInt(b - a + 1); }
    static boolean P(double p) { return R.nextDouble() < p; }
    static double G() { return R.nextGaussian(); }
    static double expo(double m) { return -m * Math.log(1.0 - R.nextDouble()); }
    @SafeVarargs static <T> T pick(T... a) { return a[R.nextInt(a.length)]; }
    static <T> T pickL(List<T> a) { return a.get(R.nextInt(a.size())); }
    static int poisson(double lam) {
        if (lam <= 0) return 0;
        if (lam > 40) return (int) Math.max(0, Math.round(lam + Math.sqrt(lam) * G()));
        double L = Math.exp(-lam), p = 1; int k = 0;
        do { k++; p *= U(); } while (p > L);
        return k - 1;
    }
    static int geom(double mean) { // >= 1, mean ~ mean
        if (mean <= 1) return 1;
        double p = 1.0 / mean; int k = 1;
        while (U() > p && k < 10000) k++;
        return k;
    }
    static final String HEXU = "0123456789ABCDEF", HEXL = "0123456789abcdef";
    static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    static String rs(String alpha, int n) { StringBuilder b = new StringBuilder(n); for (int i = 0; i < n; i++) b.append(alpha.charAt(I(alpha.length()))); return b.toString(); }
    static String hexU(int n) { return rs(HEXU, n); }
    static String hexL(int n) { return rs(HEXL, n); }
    static String uuid() { return hexL(8) + "-" + hexL(4) + "-4" + hexL(3) + "-" + pick("8", "9", "a", "b") + hexL(3) + "-" + hexL(12); }
    static String guidU() { return "{" + hexU(8) + "-" + hexU(4) + "-" + hexU(4) + "-" + hexU(4) + "-" + hexU(12) + "}"; }
    static String two(int v) { return v < 10 ? "0" + v : "" + v; }
    static String ymd(long s) { LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(s, 86400L)); return d.getYear() + "-" + two(d.getMonthValue()) + "-" + two(d.getDayOfMonth()); }
    static String ymdc(long s) { return ymd(s).replace("-", ""); }
    static String hms(long s) { long x = Math.floorMod(s, 86400L); return two((int) (x / 3600)) + two((int) (x / 60 % 60)) + two((int) (x % 60)); }

    // ================================================================ model
    static final class Acct {
        final String name, id, domain;
        Acct(String n, String i, String d) { name = n; id = i; domain = d; }
    }
    static final class Proc {
        final String name, exe, signer; final boolean trusted;
        Proc(String name, String exe, String signer, boolean trusted) { this.name = name; this.exe = exe; this.signer = signer; this.trusted = trusted; }
    }
    static final class Office {
        final String code; final ZoneId zone; final int net; final boolean roaming, us;
        Host fs, fs2, prof, dc, mfp; final List<User> users = new ArrayList<>(); final List<Host> ws = new ArrayList<>();
        Office(String c, String z, int n, boolean r, boolean us) { code = c; zone = ZoneId.of(z); net = n; roaming = r; this.us = us; }
        int off(long s) { return zone.getRules().getOffset(Instant.ofEpochSecond(s)).getTotalSeconds(); }
        double lh(long s) { return Math.floorMod(s + off(s), 86400L) / 3600.0; }
        int ld(long s) { return (int) (Math.floorDiv(s + off(s), 86400L) - D0); }
        boolean workday(int di) {
            DayOfWeek w = LocalDate.ofEpochDay(D0 + di).getDayOfWeek();
            if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY) return false;
            return !(us && di == 14); // Presidents' Day 2025-02-17
        }
        long at(int di, double hour) { return ZonedDateTime.of(LocalDate.ofEpochDay(D0 + di), LocalTime.MIDNIGHT, zone).toEpochSecond() + (long) (hour * 3600); }
    }
    static final class Host {
        String name, id, agent, os, role, ip, ip6, osName, osVer, kernel, agentVer; Office off;
        long first = T0, last = END; boolean laptop, rhel, alwaysOn, dotted, catStr, isNew; int digits; long seq; User owner;
        boolean win() { return os.equals("windows"); }
        boolean up(long s) { return s >= first && s < last; }
    }
    static final class User {
        String name, dept; Acct a, la, adm, hd; Office off; double shift, rate, weekend; boolean dev, it;
        Host ws, ws2; long switchAt = Long.MAX_VALUE, start = T0, leave = END; String vpnIp;
        double[] dayMult = new double[DAYS + 2]; boolean[] absent = new boolean[DAYS + 2], wfh = new boolean[DAYS + 2];
        List<String> docs = new ArrayList<>(); List<String> dirs = new ArrayList<>(); int profileSize;
        Host wsAt(long s) { return s >= switchAt ? ws2 : ws; }
    }
    static final class Ev {
        long ts, arr, seq; int gen; Host h; byte cat; String act, path, opath, src, cmd, dst; Proc p; Acct u; long size = -1;
        boolean noName; int inc = -1, mal = -1, dport;
    }
    static final class Inc {
        String id, kind, desc; int idx; List<Host> hosts = new ArrayList<>(); long first = Long.MAX_VALUE, last = Long.MIN_VALUE; int files;
    }
    static final class Ben {
        String kind, desc; List<Host> hosts = new ArrayList<>(); long first = Long.MAX_VALUE, last = Long.MIN_VALUE; int files;
    }

    static final List<Office> OFF = new ArrayList<>();
    static Office DCO;
    static final List<Host> HOSTS = new ArrayList<>();
    static final Map<String, Host> BYNAME = new HashMap<>();
    static final List<User> USERS = new ArrayList<>(), ADMINS = new ArrayList<>(), HELPDESK = new ArrayList<>(), DEVS = new ArrayList<>();
    static final List<Ev> EV = new ArrayList<>(520000);
    static final List<Inc> INCS = new ArrayList<>();
    static final List<Ben> BENS = new ArrayList<>();
    static int GEN = 0;

    static final Acct SYSTEM_A = new Acct("SYSTEM", "S-1-5-18", "NT AUTHORITY");
    static final Acct LOCALSVC = new Acct("LOCAL SERVICE", "S-1-5-19", "NT AUTHORITY");
    static final Acct NETSVC = new Acct("NETWORK SERVICE", "S-1-5-20", "NT AUTHORITY");
    static final Acct ROOT = new Acct("root", "0", null);
    static final String DOMSID = "S-1-5-21-2847561937-1203845566-3910457718";
    static int rid = 1103;
    static Acct dom(String n) { rid += 1 + I(4); return new Acct(n, DOMSID + "-" + rid, "CORP"); }
    static Acct lnx(String n, String uid) { return new Acct(n, uid, null); }
    static Acct SVC_PDQ, SVC_DEPLOY, SVC_BACKUP, SVC_REPL, SVC_SCAN, SVC_REPORT, SVC_SQL;
    static Acct L_JENKINS, L_ANSIBLE, L_BKP, L_PGB, L_WWW, L_PG, L_PROM, L_APP, L_SMBBK, L_GRAF;
    static Acct[] PARTNERS;

    // ---------------------------------------------------------------- processes
    static Proc wp(String exe, String signer) { String n = exe.substring(exe.lastIndexOf('\\') + 1); return new Proc(n, exe, signer, signer != null); }
    static final String MSW = "Microsoft Windows", MSC = "Microsoft Corporation";
    static final Proc SYSP = new Proc("System", null, MSW, true);
    static final Proc EXPLORER = wp("C:\\Windows\\explorer.exe", MSW);
    static final Proc CHROME = wp("C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "Google LLC");
    static final Proc EDGE = wp("C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe", MSC);
    static final Proc WORD = wp("C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE", MSC);
    static final Proc EXCEL = wp("C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE", MSC);
    static final Proc PPT = wp("C:\\Program Files\\Microsoft Office\\root\\Office16\\POWERPNT.EXE", MSC);
    static final Proc OUTLOOK = wp("C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE", MSC);
    static final Proc TEAMS = wp("C:\\Program Files\\WindowsApps\\MSTeams_25005.1003.3328.3578_x64__8wekyb3d8bbwe\\ms-teams.exe", MSC);
    static final Proc ONEDRIVE = wp("C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe", MSC);
    static final Proc SVCHOST = wp("C:\\Windows\\System32\\svchost.exe", MSW);
    static final Proc MSMPENG = wp("C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24090.11-0\\MsMpEng.exe", "Microsoft Windows Publisher");
    static final Proc TIWORKER = wp("C:\\Windows\\WinSxS\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_10.0.22621.4740_none_8b9b7b0f1e3a2c5d\\TiWorker.exe", MSW);
    static final Proc TRUSTEDI = wp("C:\\Windows\\servicing\\TrustedInstaller.exe", MSW);
    static final Proc MSIEXEC = wp("C:\\Windows\\System32\\msiexec.exe", MSW);
    static final Proc SEARCHP = wp("C:\\Windows\\System32\\SearchProtocolHost.exe", MSW);
    static final Proc ELASTIC = wp("C:\\Program Files\\Elastic\\Endpoint\\elastic-endpoint.exe", "Elasticsearch, Inc.");
    static final Proc ACROBAT = wp("C:\\Program Files\\Adobe\\Acrobat DC\\Acrobat\\Acrobat.exe", "Adobe Inc.");
    static final Proc DFSRS = wp("C:\\Windows\\System32\\dfsrs.exe", MSW);
    static final Proc LSASS = wp("C:\\Windows\\System32\\lsass.exe", MSW);
    static final Proc SPOOLSV = wp("C:\\Windows\\System32\\spoolsv.exe", MSW);
    static final Proc W3WP = wp("C:\\Windows\\System32\\inetsrv\\w3wp.exe", MSW);
    static final Proc SQLSERVR = wp("C:\\Program Files\\Microsoft SQL Server\\MSSQL16.MSSQLSERVER\\MSSQL\\Binn\\sqlservr.exe", MSC);
    static final Proc POWERSHELL = wp("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", MSW);
    static final Proc CMD = wp("C:\\Windows\\System32\\cmd.exe", MSW);
    static final Proc SERVICES = wp("C:\\Windows\\System32\\services.exe", MSW);
    static final Proc WMIPRVSE = wp("C:\\Windows\\System32\\wbem\\WmiPrvSE.exe", MSW);
    static final Proc COMPATTEL = wp("C:\\Windows\\System32\\CompatTelRunner.exe", MSW);
    static final Proc TASKHOSTW = wp("C:\\Windows\\System32\\taskhostw.exe", MSW);
    static final Proc PDQRUN = wp("C:\\Windows\\AdminArsenal\\PDQDeployRunner\\service-1\\PDQDeployRunner-1.exe", "PDQ.com Corporation");
    static final Proc SRMHOST = wp("C:\\Windows\\System32\\srmhost.exe", MSW);
    static final Proc DMSSRV = wp("D:\\Program Files\\DocuFlow\\Server\\DocuFlow.Server.exe", "DocuFlow GmbH");
    static final Proc RSSVC = wp("C:\\Program Files\\Microsoft SQL Server Reporting Services\\SSRS\\ReportServer\\bin\\ReportingServicesService.exe", MSC);
    static final Proc ZOOM_ = wp("C:\\Program Files\\Zoom\\bin\\Zoom.exe", "Zoom Video Communications, Inc.");
    static final Proc SZA = new Proc("7za.exe", "C:\\PerfLogs\\7za.exe", null, false);
    static final Proc RCLONE = new Proc("rclone.exe", "C:\\ProgramData\\rclone.exe", null, false);
    static final Proc[] WS_BROWSERS = {CHROME, EDGE};

    static final Map<String, String> LEXE = new HashMap<>();
    static {
        String[][] m = {{"sshd", "/usr/sbin/sshd"}, {"scp", "/usr/bin/scp"}, {"smbd", "/usr/sbin/smbd"}, {"vsftpd", "/usr/sbin/vsftpd"},
            {"rsync", "/usr/bin/rsync"}, {"nginx", "/usr/sbin/nginx"}, {"php-fpm8.2", "/usr/sbin/php-fpm8.2"}, {"postgres", "/usr/lib/postgresql/15/bin/postgres"},
            {"pg_dump", "/usr/lib/postgresql/15/bin/pg_dump"}, {"systemd-journald", "/usr/lib/systemd/systemd-journald"}, {"logrotate", "/usr/sbin/logrotate"},
            {"dpkg", "/usr/bin/dpkg"}, {"java", "/usr/lib/jvm/java-17-openjdk-amd64/bin/java"}, {"prometheus", "/usr/local/bin/prometheus"},
            {"dockerd", "/usr/bin/dockerd"}, {"containerd", "/usr/bin/containerd"}, {"git", "/usr/bin/git"}, {"cc1", "/usr/lib/gcc/x86_64-linux-gnu/12/cc1"},
            {"python3", "/usr/bin/python3.11"}, {"bash", "/usr/bin/bash"}, {"node", "/home/%u/.vscode-server/cli/servers/Stable-fabdb6a30b49f79a7aba0f2ad9df9b399473380f/server/node"},
            {"cron", "/usr/sbin/cron"}, {"grafana", "/usr/share/grafana/bin/grafana"}, {"elastic-endpoint", "/opt/Elastic/Endpoint/elastic-endpoint"},
            {"rsyslogd", "/usr/sbin/rsyslogd"}, {"tar", "/usr/bin/tar"}, {"gzip", "/usr/bin/gzip"}, {"unattended-upgr", "/usr/bin/python3.11"}};
        for (String[] x : m) LEXE.put(x[0], x[1]);
    }
    static Proc lp(Host h, String name) {
        String exe;
        if (name.equals("sftp-server")) exe = h.rhel ? "/usr/libexec/openssh/sftp-server" : "/usr/lib/openssh/sftp-server";
        else if (h.rhel && name.equals("java")) exe = "/usr/lib/jvm/java-17-openjdk/bin/java";
        else exe = LEXE.getOrDefault(name, "/usr/bin/" + name);
        return new Proc(name, exe, null, false);
    }

    // ================================================================ event helpers
    static String w(String p) { return p.replace('/', '\\'); }
    static Ev add(Host h, double t, byte cat, String act, Proc p, Acct u) {
        long s = (long) Math.floor(t);
        if (h == null || !h.up(s) || s >= END || s < T0) return null;
        Ev e = new Ev(); e.h = h; e.cat = cat; e.act = act; e.p = p; e.u = u;
        long frac = (long) ((t - s) * 1e9) + I(1000); if (frac >= NS) frac = NS - 1 - I(1000);
        e.ts = s * NS + frac; e.gen = GEN++; EV.add(e); return e;
    }
    /** file event; path uses '/' and is converted for Windows hosts. */
    static Ev F(Host h, double t, String act, Proc p, Acct u, String path) { return F(h, t, act, p, u, path, null, null); }
    static Ev F(Host h, double t, String act, Proc p, Acct u, String path, String src, String opath) {
        Ev e = add(h, t, (byte) 0, act, p, u);
        if (e == null) return null;
        e.path = h.win() ? w(path) : path;
        if (opath != null) e.opath = h.win() ? w(opath) : opath;
        if (!act.equals("deletion") && !act.equals("rename")) e.size = sizeOf(path);
        else if (act.equals("rename")) e.size = sizeOf(path);
        e.src = src;
        return e;
    }
    /** SMB write on a Windows host (System process, remote user). src present ~90%. */
    static Ev smb(Host h, double t, Acct u, String path, String src) { return F(h, t, "creation", SYSP, u, path, P(0.9) ? src : null, null); }
    static Ev smbAct(Host h, double t, String act, Acct u, String path, String src, String opath) { return F(h, t, act, SYSP, u, path, P(0.9) ? src : null, opath); }
    static Ev lrem(Host h, double t, String proc, Acct u, String path, String src) { return F(h, t, "creation", lp(h, proc), u, path, P(0.92) ? src : null, null); }
    static Ev procEv(Host h, double t, Proc p, Acct u, String cmd) { Ev e = add(h, t, (byte) 1, "start", p, u); if (e != null) e.cmd = cmd; return e; }
    static Ev netEv(Host h, double t, Proc p, Acct u, String act, String src, String dst, int port) {
        Ev e = add(h, t, (byte) 2, act, p, u); if (e != null) { e.src = src; e.dst = dst; e.dport = port; } return e;
    }

    static long sizeOf(String path) {
        int d = path.lastIndexOf('.'); String ext = d >= 0 ? path.substring(d + 1).toLowerCase() : "";
        double mu, sg = 1.0;
        switch (ext) {
            case "docx": mu = 10.8; break; case "xlsx": case "xlsm": mu = 11.2; break; case "pdf": mu = 12.0; break; case "pptx": mu = 14.0; break;
            case "msg": mu = 11.0; break; case "txt": case "log": case "csv": mu = 8.5; sg = 1.5; break; case "tmp": mu = 11.0; sg = 1.6; break;
            case "jpg": case "png": mu = 12.3; break; case "zip": case "7z": case "gz": mu = 15.0; sg = 1.5; break; case "exe": case "dll": mu = 13.5; sg = 1.2; break;
            case "msi": case "msp": case "cab": mu = 16.5; sg = 1.0; break; case "etl": mu = 13.0; sg = 0.5; break; case "ps1": case "bat": case "py": case "sh": case "php": case "js": mu = 8.0; break;
            case "vib": case "vbk": case "bak": case "dat": mu = 18.0; break; case "dwg": case "step": case "stp": mu = 14.5; break; case "jar": mu = 13.0; break;
            case "lnk": mu = 7.3; sg = 0.3; break; default: mu = 10.0; sg = 1.8;
        }
        return Math.max(0, Math.round(Math.exp(mu + sg * G())));
    }

    // ================================================================ profiles
    static final double[] PROF = {0, 0, 0, 0, 0, 0.01, 0.04, 0.18, 0.6, 0.92, 1.0, 0.97, 0.62, 0.78, 0.98, 0.95, 0.8, 0.5, 0.24, 0.12, 0.08, 0.06, 0.03, 0.01};
    static double prof(double h) {
        double x = Math.floorMod((long) Math.floor(h * 1000), 24000L) / 1000.0; int a = (int) x; double f = x - a;
        return PROF[a] * (1 - f) + PROF[(a + 1) % 24] * f;
    }
    static double act(User u, long s) {
        if (s < u.start || s >= u.leave) return 0;
        Host h = u.wsAt(s); if (!h.up(s)) return 0;
        Office o = u.off; int di = o.ld(s) + 1; if (di < 0 || di >= DAYS + 2) return 0;
        double f = o.workday(di - 1) ? (u.absent[di] ? 0 : u.dayMult[di]) : u.weekend * u.dayMult[di];
        return f * prof(o.lh(s) - u.shift);
    }
    static double officeAct(Office o, long s) {
        int di = o.ld(s); double f = (di >= 0 && di < DAYS && !o.workday(di)) ? 0.05 : 1.0;
        if (di < 0 || di >= DAYS) f = 0.5;
        return f * prof(o.lh(s));
    }
    static double globalAct(long s) { double a = 0; for (Office o : OFF) a += officeAct(o, s) * o.users.size(); return a / 60.0; }
    static String srcOf(User u, long s) {
        Host h = u.wsAt(s); int di = u.off.ld(s) + 1;
        if (h.laptop && di >= 0 && di < DAYS + 2 && u.wfh[di]) return u.vpnIp;
        return h.ip;
    }

    // ================================================================ names
    static final String[] FIRST = {"james", "mary", "robert", "patricia", "john", "jennifer", "michael", "linda", "david", "elizabeth", "william", "barbara",
        "richard", "susan", "joseph", "jessica", "thomas", "sarah", "chris", "karen", "daniel", "nancy", "matthew", "lisa", "anthony", "mark", "sandra",
        "paul", "ashley", "steven", "emily", "andrew", "donna", "kevin", "carol", "brian", "amanda", "oliver", "amelia", "harry", "isla", "george", "ava",
        "noah", "mia", "jack", "sophie", "lukas", "lena", "felix", "hannah", "jonas", "marie", "max", "anna", "wei", "mei", "jun", "hui", "arjun",
        "priya", "rahul", "ananya", "siti", "nurul", "hiroshi", "yuki", "carlos", "lucia", "ahmed", "fatima", "olga", "ivan", "pierre", "chloe", "tomasz", "aisha"};
    static final String[] LAST = {"smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez", "martinez", "wilson",
        "anderson", "taylor", "thomas", "moore", "jackson", "martin", "lee", "thompson", "white", "harris", "clark", "lewis", "walker", "hall", "young",
        "king", "wright", "hughes", "evans", "roberts", "patel", "khan", "murphy", "obrien", "kelly", "mueller", "schmidt", "schneider", "fischer",
        "weber", "wagner", "becker", "hoffmann", "schulz", "koch", "tan", "lim", "ng", "wong", "chen", "goh", "nair", "kumar", "singh", "sharma",
        "yamamoto", "sato", "rossi", "dubois", "novak", "kowalski", "nielsen", "larsen", "silva", "costa", "okafor", "mensah"};
    static final Map<String, String[]> SUB = new LinkedHashMap<>();
    static final Map<String, String[]> TOPIC = new LinkedHashMap<>();
    static {
        SUB.put("Finance", new String[]{"AP", "AR", "Budget", "Close", "Tax", "Treasury", "Audit", "Payroll"});
        SUB.put("Legal", new String[]{"Contracts", "NDAs", "Litigation", "Compliance", "IP"});
        SUB.put("Sales", new String[]{"Proposals", "Pricing", "Accounts", "Forecast", "RFP"});
        SUB.put("Marketing", new String[]{"Campaigns", "Brand", "Events", "Assets", "Web"});
        SUB.put("HR", new String[]{"Recruiting", "Onboarding", "Policies", "Training", "Benefits"});
        SUB.put("Engineering", new String[]{"Designs", "Specs", "TestReports", "Releases", "CAD", "Tooling"});
        SUB.put("Operations", new String[]{"Logistics", "Inventory", "Vendors", "QA", "Planning"});
        SUB.put("IT", new String[]{"Docs", "Scripts", "Installers", "Inventory", "Changes"});
        SUB.put("Executive", new String[]{"Board", "Strategy", "Offsite"});
        SUB.put("Procurement", new String[]{"Tenders", "Suppliers", "POs"});
        TOPIC.put("Finance", new String[]{"Budget", "Forecast", "Invoice", "PO_Register", "Reconciliation", "Accruals", "Expense_Report", "Cashflow", "VAT_Return", "Close_Checklist", "Journal_Entries", "Trial_Balance"});
        TOPIC.put("Legal", new String[]{"MSA", "NDA", "Contract_Review", "Engagement_Letter", "Compliance_Memo", "DPA", "Settlement_Draft", "Board_Resolution"});
        TOPIC.put("Sales", new String[]{"Proposal", "Quote", "Pipeline", "Account_Plan", "Pricing_Sheet", "Customer_Deck", "Win_Loss", "Territory_Plan"});
        TOPIC.put("Marketing", new String[]{"Campaign_Brief", "Banner", "Press_Release", "Event_Plan", "Brand_Guide", "Newsletter", "Social_Calendar"});
        TOPIC.put("HR", new String[]{"Offer_Letter", "Job_Description", "Onboarding_Plan", "Policy", "Training_Matrix", "Headcount", "Interview_Notes"});
        TOPIC.put("Engineering", new String[]{"Design_Review", "Spec", "Test_Report", "BOM", "Drawing", "Release_Notes", "Change_Request", "FMEA", "Calibration"});
        TOPIC.put("Operations", new String[]{"Shipping_Schedule", "Inventory_Count", "Vendor_Scorecard", "QA_Checklist", "Capacity_Plan", "Incident_Report"});
        TOPIC.put("IT", new String[]{"Runbook", "Asset_List", "Change_Record", "Network_Diagram", "License_Report", "Patch_Report"});
        TOPIC.put("Executive", new String[]{"Board_Pack", "Strategy_Deck", "Offsite_Agenda", "KPI_Dashboard"});
        TOPIC.put("Procurement", new String[]{"Tender", "Supplier_Eval", "PO", "Contract_Summary", "Savings_Report"});
    }
    static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka", "Tyrell", "Cyberdyne", "Soylent", "Vandelay", "Contoso", "Fabrikam", "Northwind"};
    static final String[] LOCAL_FRA = {"Prüfbericht", "Änderungsantrag", "Übersicht", "Angebot", "Stückliste", "Besprechungsprotokoll"};
    static final String[] LOCAL_SGP = {"报价单", "会议纪要", "Quotation", "Laporan", "库存清单"};
    static String extFor(String dept) {
        int k = I(100);
        switch (dept) {
            case "Finance": return k < 60 ? "xlsx" : k < 75 ? "pdf" : k < 85 ? "docx" : k < 92 ? "csv" : k < 96 ? "xlsm" : "msg";
            case "Legal": return k < 50 ? "docx" : k < 90 ? "pdf" : "msg";
            case "Engineering": return k < 20 ? "pdf" : k < 35 ? "xlsx" : k < 50 ? "dwg" : k < 60 ? "step" : k < 75 ? "docx" : k < 85 ? "zip" : k < 93 ? "png" : "txt";
            case "Marketing": return k < 30 ? "pptx" : k < 55 ? "png" : k < 70 ? "jpg" : k < 85 ? "docx" : "pdf";
            default: return k < 35 ? "xlsx" : k < 65 ? "docx" : k < 82 ? "pdf" : k < 90 ? "pptx" : k < 95 ? "msg" : "txt";
        }
    }
    static String docName(User u) {
        String t;
        if (u.off.code.equals("fra") && P(0.12)) t = pick(LOCAL_FRA);
        else if (u.off.code.equals("sgp") && P(0.10)) t = pick(LOCAL_SGP);
        else t = pick(TOPIC.get(u.dept));
        String v;
        switch (I(7)) {
            case 0: v = "_v" + I(1, 9); break;
            case 1: v = "_2025-0" + I(1, 2) + "-" + two(I(1, 28)); break;
            case 2: v = "_Q" + I(1, 4) + "_" + pick("2024", "2025", "FY25"); break;
            case 3: v = "_" + pick(COMPANIES); break;
            case 4: v = "_" + I(1000, 99999); break;
            case 5: v = " (" + I(1, 3) + ")"; break;
            default: v = "";
        }
        if (P(0.15)) v += pick("_final", "_draft", "_FINAL_v2", "_signed", "_JS", "_review");
        return t + v + "." + extFor(u.dept);
    }
    static String shareDir(User u) {
        if (!u.dirs.isEmpty() && P(0.8)) return pickL(u.dirs);
        String d = "D:/Shares/" + u.dept + "/" + pick(SUB.get(u.dept)) + "/";
        if (P(0.5)) d += pick("2025", "2024", "Archive", "Working", "Clients/" + pick(COMPANIES), "Q1", "Team") + "/";
        return d;
    }
    static String workDoc(User u) {
        if (!u.docs.isEmpty() && P(0.65)) return pickL(u.docs);
        String n = docName(u); if (u.docs.size() < 10) u.docs.add(n); else u.docs.set(I(10), n); return n;
    }
    static String officeTmp(String ext) {
        if (ext.startsWith("doc")) return "~WRL" + String.format("%04d", I(1, 3999)) + ".tmp";
        if (ext.startsWith("xls")) return hexU(8);
        if (ext.startsWith("ppt")) return "ppt" + hexU(4) + ".tmp";
        return hexU(8) + ".tmp";
    }
    static String extOf(String n) { int d = n.lastIndexOf('.'); return d > 0 ? n.substring(d + 1).toLowerCase() : ""; }
    static String lockName(String n) { return "~$" + (n.length() > 8 ? n.substring(2) : n); }

    // ================================================================ fleet construction
    static Host mkHost(String name, String os, String role, Office off, String ip) {
        Host h = new Host(); h.name = name; h.os = os; h.role = role; h.off = off; h.ip = ip;
        h.id = uuid(); h.agent = uuid(); h.agentVer = pick("8.16.2", "8.17.1", "8.17.1", "8.17.0");
        h.ip6 = "fe80::" + hexL(4).replaceFirst("^0+(?!$)", "") + ":" + hexL(4).replaceFirst("^0+(?!$)", "") + ":" + hexL(4).replaceFirst("^0+(?!$)", "") + ":" + hexL(4).replaceFirst("^0+(?!$)", "");
        if (os.equals("windows")) {
            h.digits = P(0.82) ? 7 : P(0.5) ? 3 : 6;
            if (role.equals("ws")) { boolean w11 = P(0.6); h.osName = "Windows"; h.osVer = w11 ? "23H2 (10.0.22631.4751)" : "22H2 (10.0.19045.5371)"; h.kernel = w11 ? "Windows 11 Enterprise" : "Windows 10 Enterprise"; }
            else { boolean s22 = P(0.7); h.osName = "Windows"; h.osVer = s22 ? "21H2 (10.0.20348.3091)" : "1809 (10.0.17763.6775)"; h.kernel = s22 ? "Windows Server 2022 Standard" : "Windows Server 2019 Datacenter"; }
        } else {
            h.digits = P(0.55) ? 9 : P(0.6) ? 6 : 3;
            int k = I(3); h.rhel = k == 2;
            h.osName = k == 0 ? "Ubuntu" : k == 1 ? "Debian GNU/Linux" : "Red Hat Enterprise Linux";
            h.osVer = k == 0 ? "22.04.5" : k == 1 ? "12.9" : "9.5";
            h.kernel = k == 0 ? "5.15.0-131-generic" : k == 1 ? "6.1.0-30-amd64" : "5.14.0-503.22.1.el9_5.x86_64";
        }
        h.dotted = !role.equals("fs") && P(0.06); h.catStr = P(0.12);
        h.seq = 10000 + I(900000);
        HOSTS.add(h); BYNAME.put(name, h); return h;
    }
    static Host H(String n) { return BYNAME.get(n); }
    static final Set<String> USED_NAMES = new HashSet<>();
    static String newUserName() {
        while (true) { String n = pick(FIRST) + "." + pick(LAST); if (USED_NAMES.add(n)) return n; }
    }
    static User mkUser(Office o, String dept, Host ws) {
        User u = new User(); u.name = newUserName(); u.dept = dept; u.off = o; u.ws = ws; u.ws2 = ws; ws.owner = u;
        u.a = dom(u.name); u.shift = G() * 0.6; u.rate = Math.exp(0.45 * G()); u.weekend = P(0.15) ? U(0.1, 0.35) : U(0.0, 0.05);
        u.vpnIp = "10.200." + I(0, 15) + "." + I(2, 254); u.profileSize = I(15, 90);
        for (int d = 0; d < DAYS + 2; d++) { u.dayMult[d] = Math.exp(0.25 * G()); u.absent[d] = P(0.05); u.wfh[d] = P(0.3); }
        if (P(0.12)) { int s = I(1, DAYS - 5); for (int d = s; d < s + 5; d++) u.absent[d] = true; } // vacation week
        for (int i = 0; i < I(1, 3); i++) { String d = "D:/Shares/" + dept + "/" + pick(SUB.get(dept)) + "/" + pick("2025", "Working", "Clients/" + pick(COMPANIES), "Team", "Q1") + "/"; u.dirs.add(d); }
        o.users.add(u); USERS.add(u); return u;
    }
    static Set<String> usedIps = new HashSet<>();
    static String wsIp(Office o) { while (true) { String ip = "10." + o.net + "." + I(1, 3) + "." + I(10, 250); if (usedIps.add(ip)) return ip; } }

    static final List<Host> NEW_HOSTS = new ArrayList<>();

    static void buildFleet() {
        OFF.add(new Office("nyc", "America/New_York", 10, true, true));
        OFF.add(new Office("chi", "America/Chicago", 20, false, true));
        OFF.add(new Office("lon", "Europe/London", 30, true, false));
        OFF.add(new Office("fra", "Europe/Berlin", 40, false, false));
        OFF.add(new Office("sgp", "Asia/Singapore", 50, false, false));
        DCO = new Office("dc1", "UTC", 100, false, false);
        int[] nws = {29, 14, 24, 19, 12};
        int[] nIT = {4, 1, 3, 1, 1};
        String[][] depts = {{"Finance", "Finance", "Legal", "Sales", "Sales", "Marketing", "Executive", "HR", "Procurement"},
            {"Operations", "Operations", "Sales", "Finance", "Procurement"},
            {"Sales", "Sales", "Finance", "Legal", "HR", "Engineering", "Marketing"},
            {"Engineering", "Engineering", "Engineering", "Operations", "HR", "Procurement"},
            {"Sales", "Operations", "Engineering", "Engineering"}};
        // servers
        for (Office o : OFF) {
            o.fs = mkHost("fs-" + o.code + "-01", "windows", "fs", o, "10." + o.net + ".0.20");
            if (!o.code.equals("chi")) o.dc = mkHost("dc-" + o.code + "-01", "windows", "dc", o, "10." + o.net + ".0.10");
            o.prof = o.fs;
            o.mfp = null;
        }
        Office nyc = OFF.get(0), chi = OFF.get(1), lon = OFF.get(2), fra = OFF.get(3), sgp = OFF.get(4);
        nyc.fs2 = mkHost("fs-nyc-02", "windows", "fs", nyc, "10.10.0.21"); nyc.prof = nyc.fs2;
        lon.fs2 = mkHost("fs-lon-02", "windows", "fs", lon, "10.30.0.21");
        fra.fs2 = mkHost("fs-fra-02", "windows", "fs", fra, "10.40.0.21");
        sgp.fs2 = mkHost("fs-sgp-02", "windows", "fs", sgp, "10.50.0.21");
        mkHost("app-nyc-01", "windows", "app", nyc, "10.10.0.30");
        mkHost("rpt-nyc-01", "windows", "rpt", nyc, "10.10.0.31");
        mkHost("dep-nyc-01", "windows", "dep", nyc, "10.10.0.32");
        mkHost("sql-lon-01", "windows", "sql", lon, "10.30.0.30");
        mkHost("prn-lon-01", "windows", "prn", lon, "10.30.0.31");
        mkHost("dms-fra-01", "windows", "dms", fra, "10.40.0.30");
        for (int i = 1; i <= 4; i++) mkHost("web-0" + i, "linux", "web", DCO, "10.100.10." + (10 + i));
        for (int i = 1; i <= 3; i++) mkHost("db-0" + i, "linux", "db", DCO, "10.100.20." + (10 + i));
        for (int i = 1; i <= 4; i++) mkHost("build-0" + i, "linux", "build", DCO, "10.100.30." + (10 + i));
        for (int i = 1; i <= 3; i++) mkHost("bk-0" + i, "linux", "bk", DCO, "10.100.40." + (10 + i));
        for (int i = 1; i <= 2; i++) mkHost("jump-0" + i, "linux", "jump", DCO, "10.100.5." + (10 + i));
        mkHost("sftp-01", "linux", "sftp", DCO, "172.16.60.11");
        mkHost("mon-01", "linux", "mon", DCO, "10.100.5.20");
        mkHost("app-lnx-01", "linux", "applx", DCO, "10.100.10.30");
        // workstations + users
        for (int oi = 0; oi < OFF.size(); oi++) {
            Office o = OFF.get(oi); Set<Integer> nums = new HashSet<>();
            for (int i = 0; i < nws[oi]; i++) {
                boolean lap = P(0.42); int n; do { n = I(1, 260); } while (!nums.add(n));
                Host ws = mkHost((lap ? "lt-" : "ws-") + o.code + "-" + String.format("%03d", n), "windows", "ws", o, wsIp(o));
                ws.laptop = lap; ws.alwaysOn = !lap && P(0.7); o.ws.add(ws);
                String dept = i < nIT[oi] ? "IT" : pick(depts[oi]);
                User u = mkUser(o, dept, ws); u.it = dept.equals("IT");
            }
        }
        // admins / helpdesk
        int[] nAdm = {2, 0, 2, 1, 1};
        for (int oi = 0; oi < OFF.size(); oi++) {
            int k = 0;
            for (User u : OFF.get(oi).users) if (u.it) {
                if (k < nAdm[oi]) { u.adm = dom("adm." + u.name); u.la = lnx(u.name, String.valueOf(1860400000L + Long.parseLong(u.a.id.substring(u.a.id.lastIndexOf('-') + 1)))); ADMINS.add(u); }
                else { u.hd = dom("hd." + u.name); HELPDESK.add(u); }
                k++;
            }
        }
        for (User u : USERS) if (u.dept.equals("Engineering") && P(0.75) || (u.it && u.adm != null)) {
            u.dev = u.dept.equals("Engineering"); if (u.la == null) u.la = lnx(u.name, String.valueOf(1860400000L + Long.parseLong(u.a.id.substring(u.a.id.lastIndexOf('-') + 1))));
            if (u.dev) DEVS.add(u);
        }
        // service accounts
        SVC_PDQ = dom("svc_pdq"); SVC_DEPLOY = dom("svc_deploy"); SVC_BACKUP = dom("svc_backup"); SVC_REPL = dom("svc_repl");
        SVC_SCAN = dom("svc_scan2folder"); SVC_REPORT = dom("svc_ssrs"); SVC_SQL = dom("svc_sqlagent");
        L_JENKINS = lnx("jenkins", "112"); L_ANSIBLE = lnx("ansible", "1002"); L_BKP = lnx("restic", "1003"); L_PGB = lnx("pgbackup", "1004");
        L_WWW = lnx("www-data", "33"); L_PG = lnx("postgres", "113"); L_PROM = lnx("prometheus", "998"); L_APP = lnx("appsvc", "1005");
        L_SMBBK = lnx("svc_backup", "1860401188"); L_GRAF = lnx("grafana", "997");
        PARTNERS = new Acct[]{lnx("acme_edi", "2001"), lnx("globex_upl", "2002"), lnx("initech", "2003"), lnx("ftp_legacy", "2004")};
        // new hosts: 2 hardware refreshes, 2 new hires, fs-sgp-02, build-04
        Host sg2 = H("fs-sgp-02"); sg2.isNew = true; sg2.first = sgp.at(I(6, 11), U(9.5, 15)); while (!sgp.workday(sgp.ld(sg2.first))) sg2.first += 86400; NEW_HOSTS.add(sg2);
        Host b4 = H("build-04"); b4.isNew = true; b4.first = T0 + I(4, 10) * 86400L + (long) (U(8, 14) * 3600); NEW_HOSTS.add(b4);
        List<User> cand = new ArrayList<>(); for (User u : USERS) if (!u.it && u.adm == null) cand.add(u);
        for (int k = 0; k < 4; k++) {
            Office o; User u = null;
            if (k < 2) { u = cand.remove(I(cand.size())); o = u.off; } else o = OFF.get(I(OFF.size()));
            int day; do { day = I(3, 17); } while (!o.workday(day));
            boolean lap = P(0.7);
            Host ws = mkHost((lap ? "lt-" : "ws-") + o.code + "-" + String.format("%03d", 261 + k * 3 + I(3)), "windows", "ws", o, wsIp(o));
            ws.laptop = lap; ws.isNew = true; ws.first = o.at(day, U(8.3, 10.5)); o.ws.add(ws); NEW_HOSTS.add(ws);
            if (k < 2) { // hardware refresh: user moves to the new device, old one retired 1-3 days later
                u.ws2 = ws; ws.owner = u; u.switchAt = ws.first + (long) (U(3, 5) * 3600);
                u.ws.last = u.switchAt + (long) (U(1, 3) * 86400);
            } else {
                User nu = mkUser(o, pick(depts[OFF.indexOf(o)]), ws); nu.start = ws.first + (long) (U(1.5, 3) * 3600);
                if (nu.dept.equals("Engineering")) { nu.dev = true; nu.la = lnx(nu.name, String.valueOf(1860400000L + rid)); DEVS.add(nu); }
            }
        }
    }

    static boolean patchedLaterToday;
    static int PATCH_DAY, MIGR_DAY, BK3_START, CLOSE_DAY;

    // ================================================================ benign label helper
    static Ben ben(String kind, String desc) { Ben b = new Ben(); b.kind = kind; b.desc = desc; BENS.add(b); return b; }
    static void bt(Ben b, Ev e) {
        if (e == null) return;
        if (!b.hosts.contains(e.h)) b.hosts.add(e.h);
        if (e.ts < b.first) b.first = e.ts; if (e.ts > b.last) b.last = e.ts; b.files++;
    }

    // ================================================================ workstation activity
    static final String[] ETW = {"EtwRTEventLog-Application.etl", "EtwRTEventLog-System.etl", "EtwRTEventlog-Security.etl", "EtwRTDiagLog.etl", "EtwRTDefenderApiLogger.etl",
        "EtwRTDefenderAuditLogger.etl", "EtwRTUBPM.etl", "EtwRTSgrmEtwSession.etl", "EtwRTNtfsLog.etl"};

    static void wsLocal(Host h, User u, double t) {
        String UP = "C:/Users/" + u.name; Acct a = u.a; int k = I(100);
        if (k < 14) {
            Proc p = pick(WS_BROWSERS); String n = pick(docName(u), "setup_" + hexL(6) + ".exe", "invoice_" + I(10000, 99999) + ".pdf", "export (" + I(1, 9) + ").csv", "image_" + I(100, 9999) + ".png", docName(u));
            String tmp = UP + "/Downloads/Unconfirmed " + I(100000, 999999) + ".crdownload";
            F(h, t, "creation", p, a, tmp); F(h, t + U(0.5, 30), "rename", p, a, UP + "/Downloads/" + n, null, tmp);
            if (P(0.3)) F(h, t + U(1, 5), "creation", p, a, UP + "/AppData/Local/Google/Chrome/User Data/Default/Download Service/Files/" + uuid());
        } else if (k < 30) {
            String n = workDoc(u); String ext = extOf(n); Proc p = ext.startsWith("xls") || ext.equals("csv") ? EXCEL : ext.startsWith("ppt") ? PPT : WORD;
            String dir = UP + "/AppData/Local/Temp/";
            F(h, t, "creation", p, a, UP + "/AppData/Roaming/Microsoft/" + (p == WORD ? "Word/" : p == EXCEL ? "Excel/" : "PowerPoint/") + "AutoRecovery save of " + n.replaceAll("\\.[^.]+$", "") + ".asd");
            if (P(0.5)) F(h, t + U(1, 4), "modification", p, a, UP + "/AppData/Local/Microsoft/Office/16.0/OfficeFileCache/FSD-{" + hexU(8) + "}.FSD");
            if (P(0.4)) F(h, t + U(1, 6), "deletion", p, a, dir + hexU(8) + ".tmp");
        } else if (k < 42) {
            String n = pick("image001.png", "image002.jpg", docName(u), docName(u), "Invitation.ics", "winmail.dat");
            F(h, t, "creation", OUTLOOK, a, UP + "/AppData/Local/Microsoft/Windows/INetCache/Content.Outlook/" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8) + "/" + n);
            if (P(0.3)) F(h, t + U(0.5, 3), "modification", OUTLOOK, a, UP + "/AppData/Local/Microsoft/Outlook/" + u.name + "@corp.example.com.ost");
        } else if (k < 54) {
            int m = I(1, 3);
            for (int i = 0; i < m; i++) F(h, t + i * U(0.1, 2), pick("creation", "creation", "modification", "deletion"), TEAMS, a, UP + "/AppData/Local/Packages/MSTeams_8wekyb3d8bbwe/LocalCache/Microsoft/MSTeams/EBWebView/WV2Profile_tfw/Cache/Cache_Data/f_" + hexL(6));
        } else if (k < 62) {
            F(h, t, pick("creation", "modification"), ONEDRIVE, a, UP + "/AppData/Local/Microsoft/OneDrive/logs/Business1/SyncEngine-" + ymd((long) t) + "." + hms((long) t) + "." + I(1000, 9999) + ".1.odl");
        } else if (k < 70) {
            F(h, t, pick("creation", "modification", "rename"), EXPLORER, a, UP + pick("/Desktop/", "/Documents/", "/Downloads/") + (P(0.2) ? "New folder" : docName(u)));
            if (P(0.3)) F(h, t + 1, "modification", EXPLORER, a, UP + "/AppData/Local/Microsoft/Windows/Explorer/thumbcache_" + pick("96", "256", "idx", "1280") + ".db");
        } else if (k < 76) {
            F(h, t, "creation", ACROBAT, a, UP + "/AppData/LocalLow/Adobe/Acrobat/DC/ConnectorIcons/icon-" + I(100000, 999999) + ".png");
        } else if (k < 82 && u.dev) {
            String repo = pick("fw-controller", "test-rig", "data-pipeline", "infra-tools", "qa-automation");
            int m = I(1, 6); for (int i = 0; i < m; i++) {
                String f = pick("src/main.c", "src/util.h", "build/obj/" + hexL(6) + ".o", ".git/objects/" + hexL(2) + "/" + hexL(38), "tests/test_" + hexL(4) + ".py", "__pycache__/mod_" + hexL(3) + ".cpython-311.pyc");
                F(h, t + i * U(0.05, 1), pick("creation", "creation", "modification", "overwrite"), pick(new Proc("Code.exe", "C:\\Users\\" + u.name + "\\AppData\\Local\\Programs\\Microsoft VS Code\\Code.exe", MSC, true), new Proc("git.exe", "C:\\Program Files\\Git\\mingw64\\bin\\git.exe", "Johannes Schindelin", true), new Proc("python.exe", "C:\\Program Files\\Python311\\python.exe", "Python Software Foundation", true)), a, UP + "/src/" + repo + "/" + f);
            }
        } else if (k < 88) {
            F(h, t, "creation", SEARCHP, SYSTEM_A, "C:/ProgramData/Microsoft/Search/Data/Applications/Windows/GatherLogs/SystemIndex/SystemIndex." + I(1, 400) + ".Crwl");
        } else if (k < 92) {
            F(h, t, pick("creation", "modification"), ZOOM_, a, UP + "/AppData/Roaming/Zoom/logs/zoom_" + ymdc((long) t) + "-" + hms((long) t) + ".log");
        } else {
            F(h, t, pick("modification", "overwrite", "deletion"), pick(EXPLORER, WORD, EXCEL), a, UP + "/Documents/" + workDoc(u));
        }
    }

    static void winBackground(Host h, double t) {
        int k = I(100);
        if (k < 25) F(h, t, "creation", SYSP, SYSTEM_A, "C:/Windows/System32/LogFiles/WMI/RtBackup/" + pick(ETW));
        else if (k < 35) F(h, t, pick("modification", "overwrite"), SYSP, SYSTEM_A, "C:/Windows/System32/config/" + pick("SOFTWARE.LOG1", "SYSTEM.LOG1", "DEFAULT.LOG2", "SAM.LOG1"));
        else if (k < 55) F(h, t, pick("creation", "modification"), SVCHOST, pick(SYSTEM_A, LOCALSVC, NETSVC), pick("C:/Windows/Prefetch/" + pick("CHROME.EXE", "MSEDGE.EXE", "SVCHOST.EXE", "RUNTIMEBROKER.EXE", "BACKGROUNDTASKHOST.EXE", "CONHOST.EXE") + "-" + hexU(8) + ".pf",
            "C:/Windows/System32/sru/SRU" + String.format("%05X", I(1, 900)) + ".log", "C:/Windows/ServiceProfiles/LocalService/AppData/Local/lastalive" + I(0, 1) + ".dat", "C:/Windows/Logs/waasmedic/waasmedic." + ymdc((long) t) + "_" + hms((long) t) + "_" + I(10, 999) + ".etl"));
        else if (k < 70) F(h, t, "creation", MSMPENG, SYSTEM_A, pick("C:/ProgramData/Microsoft/Windows Defender/Scans/History/Service/DetectionHistory/" + hexU(2) + "/" + guidU(), "C:/ProgramData/Microsoft/Windows Defender/Support/MPLog-" + ymdc((long) t) + "-" + hms((long) t) + ".log", "C:/Windows/Temp/MpCmdRun.log", "C:/ProgramData/Microsoft/Windows Defender/Scans/mpcache-" + hexU(40) + ".bin." + I(10, 99)));
        else if (k < 78) F(h, t, pick("creation", "modification", "deletion"), ELASTIC, SYSTEM_A, "C:/Program Files/Elastic/Endpoint/state/log/endpoint-" + String.format("%06d", I(1, 999)) + ".log");
        else if (k < 85) F(h, t, "creation", COMPATTEL, SYSTEM_A, "C:/ProgramData/Microsoft/Diagnosis/ETLLogs/AutoLogger/AutoLogger-Diagtrack-Listener.etl");
        else if (k < 92) F(h, t, "creation", TASKHOSTW, SYSTEM_A, "C:/Windows/Temp/" + pick("MpSigStub.log", "DMI" + I(1000, 9999) + ".tmp", "msedge_installer.log", "tmp" + hexU(4) + ".tmp"));
        else F(h, t, "creation", TIWORKER, SYSTEM_A, "C:/Windows/Logs/CBS/CbsPersist_" + ymdc((long) t) + hms((long) t) + ".log");
    }

    static final String[] WSPROCS = {"chrome.exe", "msedge.exe", "OUTLOOK.EXE", "WINWORD.EXE", "EXCEL.EXE", "ms-teams.exe", "conhost.exe", "RuntimeBroker.exe", "backgroundTaskHost.exe", "SearchProtocolHost.exe", "dllhost.exe", "svchost.exe", "taskhostw.exe", "OneDrive.exe"};
    static void otherCat(Host h, double t, Acct a, boolean user) {
        if (P(0.55)) {
            String n = pick(WSPROCS);
            String exe = n.equals("chrome.exe") ? CHROME.exe : n.equals("msedge.exe") ? EDGE.exe : n.endsWith(".EXE") ? "C:\\Program Files\\Microsoft Office\\root\\Office16\\" + n : "C:\\Windows\\System32\\" + n;
            procEv(h, t, new Proc(n, exe, n.endsWith(".EXE") || n.startsWith("ms") || n.startsWith("One") ? MSC : MSW, true), user ? a : SYSTEM_A, "\"" + exe + "\"" + (P(0.5) ? " --type=renderer" : ""));
        } else {
            if (P(0.3)) netEv(h, t, SYSP, SYSTEM_A, "connection_accepted", "10." + pick("10", "30", "40") + "." + I(1, 3) + "." + I(10, 250), h.ip, 445);
            else netEv(h, t, pick(CHROME, EDGE, TEAMS, OUTLOOK, SVCHOST), user ? a : SYSTEM_A, "connection_attempted", h.ip, pick("52.112.", "13.107.", "142.250.", "20.190.") + I(0, 255) + "." + I(1, 254), 443);
        }
    }

    static void genWorkstations() {
        for (Host h : HOSTS) {
            if (!h.role.equals("ws")) continue;
            for (int hr = 0; hr < DAYS * 24; hr++) {
                long s = T0 + hr * 3600L; if (!h.up(s + 3599)) continue;
                User u = h.owner; boolean mine = u != null && u.wsAt(s + 1800) == h;
                double a = mine ? act(u, s + 1800) : 0;
                int n = poisson(1.5 * (u == null ? 1 : u.rate) * a);
                for (int i = 0; i < n; i++) wsLocal(h, u, s + U() * 3600);
                boolean on = a > 0.01 || (!h.laptop && (h.alwaysOn || (u != null && u.wsAt(s) != h))) || P(0.05);
                if (on) { int b = poisson(0.45); for (int i = 0; i < b; i++) winBackground(h, s + U() * 3600); }
                int o = poisson(1.0 * a + (on ? 0.12 : 0));
                for (int i = 0; i < o; i++) otherCat(h, s + U() * 3600, u == null ? SYSTEM_A : u.a, a > 0.01);
            }
            // Patch Tuesday (2025-02-11) cumulative update installs, local TiWorker/TrustedInstaller noise
            int di = 8 + I(0, 2); long t = h.off.at(di, U(3, 20));
            if (h.up(t) && P(0.9)) { int m = I(25, 120); for (int i = 0; i < m; i++) F(h, t + i * U(0.2, 3), pick("creation", "creation", "modification", "rename", "deletion"), pick(TIWORKER, TRUSTEDI), SYSTEM_A, "C:/Windows/WinSxS/" + pick("amd64", "wow64", "x86") + "_microsoft-windows-" + pick("kernel32", "ntdll", "win32k", "edgehtml", "mshtml", "shell32", "msxml6", "rpcrt4") + "_31bf3856ad364e35_10.0.22621.4890_none_" + hexL(16) + "/" + pick("f/", "r/", "") + pick("kernel32.dll", "ntdll.dll", "win32k.sys", "shell32.dll", "rpcrt4.dll", "msxml6.dll")); }
        }
    }

    // ================================================================ file server user activity
    static Host shareServer(User u, long s) {
        Office o = u.off;
        if (o.code.equals("lon") && (u.dept.equals("Engineering") || u.dept.equals("Legal")) && P(0.4)) return o.fs2;
        if (o.code.equals("fra") && u.dept.equals("Engineering") && s >= MIGR_END) return o.fs2;
        if (o.code.equals("sgp") && o.fs2.up(s - 86400) && P(0.3)) return o.fs2;
        if ((u.dept.equals("Finance") || u.dept.equals("Sales")) && !o.code.equals("nyc") && P(0.08)) return OFF.get(0).fs;
        return o.fs;
    }
    static long MIGR_END = Long.MAX_VALUE;
    static String fixDir(Host fs, String d, User u) {
        if (fs.name.equals("fs-lon-02")) return "D:/Projects/" + pick("PRJ-2024-017 Harbour Bridge", "PRJ-2024-031 Atlas", "PRJ-2025-002 Meridian", "PRJ-2025-004 Blue Falcon") + "/" + pick("01 Admin", "02 Design", "03 Contracts", "04 Deliverables", "05 Correspondence") + "/";
        if (fs.name.equals("fs-sgp-02")) return "E:/Projects/APAC/" + pick("SG-Retail-Rollout", "MY-Warehouse", "ID-Partner-Onboarding") + "/" + pick("Docs", "Finance", "Planning") + "/";
        return d;
    }
    static void saveDoc(Host fs, User u, double t, String src) {
        String n = workDoc(u); String dir = fixDir(fs, shareDir(u), u); String ext = extOf(n); Acct a = u.a;
        if (P(0.3)) smb(fs, t - U(60, 1800), a, dir + lockName(n), src);
        if (ext.equals("csv") || ext.equals("txt")) { smbAct(fs, t, "overwrite", a, dir + n, src, null); return; }
        if (P(0.18)) { smb(fs, t, a, dir + n, src); if (P(0.4)) smbAct(fs, t + 0.2, "modification", a, dir + n, src, null); return; }
        String tmp = officeTmp(ext);
        smb(fs, t, a, dir + tmp, src);
        if (P(0.5)) smbAct(fs, t + U(0.3, 2), "rename", a, dir + n, src, dir + tmp);
        if (P(0.35)) smbAct(fs, t + U(0.5, 3), "deletion", a, dir + "~WRL" + String.format("%04d", I(1, 3999)) + ".tmp", src, null);
    }
    static void copyFiles(Host fs, User u, double t, String src, int k) {
        String dir = fixDir(fs, shareDir(u), u); if (P(0.3)) dir += pick("Scans", "From " + pick(COMPANIES), "Photos", "Export " + ymd((long) t), "Backup") + "/";
        for (int i = 0; i < k; i++) {
            String p = dir + docName(u); Ev e = smb(fs, t, u.a, p, src); t += expo(0.6);
            if (e != null && P(0.2)) smbAct(fs, t, "modification", u.a, p, src, null);
        }
    }
    static final String[] ROAM = {"AppData/Roaming/Microsoft/Windows/Recent/%d.lnk", "AppData/Roaming/Microsoft/Windows/Recent/AutomaticDestinations/%h.automaticDestinations-ms",
        "AppData/Roaming/Microsoft/Office/Recent/%d.LNK", "AppData/Roaming/Microsoft/Templates/Normal.dotm", "AppData/Roaming/Microsoft/Signatures/%u.htm",
        "AppData/Roaming/Microsoft/Windows/Themes/TranscodedWallpaper", "AppData/Roaming/Microsoft/Protect/%s/%g", "AppData/Roaming/Microsoft/Excel/XLSTART/PERSONAL.XLSB",
        "AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Startup/desktop.ini", "AppData/Roaming/Mozilla/Firefox/Profiles/%x.default-release/places.sqlite",
        "AppData/Roaming/Microsoft/UProof/CUSTOM.DIC", "AppData/Roaming/Microsoft/Crypto/RSA/%s/%h_%g", "NTUSER.DAT", "ntuser.dat.LOG1", "ntuser.ini",
        "AppData/Roaming/Microsoft/Windows/Libraries/Documents.library-ms", "AppData/Roaming/Microsoft/Teams/desktop-config.json", "AppData/Roaming/Adobe/Acrobat/DC/Security/CRLCache/%h.crl"};
    static void roamSync(User u, double t, String src) {
        Host ps = u.off.prof; int n = (int) Math.max(5, u.profileSize * Math.exp(0.35 * G()));
        String base = "E:/Profiles/" + u.name + ".V6/";
        for (int i = 0; i < n; i++) {
            String r = pick(ROAM).replace("%d", workDoc(u)).replace("%h", hexL(16)).replace("%u", u.name).replace("%s", u.a.id).replace("%g", uuid()).replace("%x", hexL(8));
            smb(ps, t, u.a, base + r, src); t += expo(0.35);
            if (P(0.15)) smbAct(ps, t, "modification", u.a, base + r, src, null);
        }
    }
    static void genShares() {
        for (User u : USERS) {
            for (int hr = 0; hr < DAYS * 24; hr++) {
                long s = T0 + hr * 3600L; double a = act(u, s + 1800); if (a < 0.003) continue;
                double close = (u.dept.equals("Finance") && u.off.ld(s) >= CLOSE_DAY - 1 && u.off.ld(s) <= CLOSE_DAY + 1) ? 2.0 : 1.0;
                String src = srcOf(u, s);
                int ns = poisson(2.9 * u.rate * a * close);
                for (int i = 0; i < ns; i++) { double t = s + U() * 3600; saveDoc(shareServer(u, (long) t), u, t, src); }
                int nc = poisson(0.28 * u.rate * a * close);
                for (int i = 0; i < nc; i++) { double t = s + U() * 3600; copyFiles(shareServer(u, (long) t), u, t, src, geom(3.5)); }
                int nh = poisson(2.4 * u.rate * a);
                for (int i = 0; i < nh; i++) {
                    double t = s + U() * 3600; String p = "D:/Home/" + u.name + "/" + pick("Documents/", "Desktop/", "Documents/", "Documents/Personal/") + docName(u);
                    smb(u.off.fs, t, u.a, p, src); if (P(0.3)) smbAct(u.off.fs, t + U(0.2, 2), pick("modification", "rename", "deletion"), u.a, p, src, null);
                }
                // DMS import drop folder (FRA/LON users)
                if ((u.off.code.equals("fra") || u.off.code.equals("lon")) && P(0.6)) {
                    int nd = poisson(0.35 * a);
                    for (int i = 0; i < nd; i++) { double t = s + U() * 3600; dmsDrop(u, t, src); }
                }
            }
            // roaming profile sync at logoff
            if (u.off.roaming) for (int di = 0; di < DAYS; di++) {
                if (!u.off.workday(di) || u.absent[di + 1] || !P(0.72)) continue;
                long t = u.off.at(di, 17.2 + u.shift + 0.7 * G()); if (act(u, t - 3600) <= 0) continue;
                roamSync(u, t, srcOf(u, t));
            }
        }
    }
    static void dmsDrop(User u, double t, String src) {
        Host d = H("dms-fra-01"); String n = docName(u); String p = "D:/DMS/Import/" + u.dept + "/" + n;
        smb(d, t, u.a, p, src);
        F(d, t + U(5, 40), "rename", DMSSRV, SVC_DEPLOY, "D:/DMS/Processing/" + uuid() + "." + extOf(n), null, p);
        F(d, t + U(40, 90), "creation", DMSSRV, SVC_DEPLOY, "D:/DMS/Store/" + hexL(2) + "/" + hexL(2) + "/" + uuid() + ".bin");
    }

    // ================================================================ server noise
    static void genWinServers() {
        for (Host h : HOSTS) {
            if (!h.win() || h.role.equals("ws")) continue;
            for (int hr = 0; hr < DAYS * 24; hr++) {
                long s = T0 + hr * 3600L; if (!h.up(s + 3599)) continue;
                double oa = officeAct(h.off, s + 1800);
                int b = poisson(0.9); for (int i = 0; i < b; i++) winBackground(h, s + U() * 3600);
                int o = poisson(0.5 + 1.2 * oa); for (int i = 0; i < o; i++) otherCat(h, s + U() * 3600, SYSTEM_A, false);
                switch (h.role) {
                    case "fs": {
                        int n = poisson(0.6 + 2.0 * oa);
                        for (int i = 0; i < n; i++) F(h, s + U() * 3600, pick("creation", "creation", "deletion", "modification"), DFSRS, SYSTEM_A, "D:/System Volume Information/DFSR/Private/" + guidU() + "/Staging/ContentSet" + guidU() + "-" + guidU() + "-Out/" + hexU(16) + "-" + pick("Engineering", "Shares", "Home") + ".frx");
                        if (hr % 24 == 2) { int m = I(2, 8); for (int i = 0; i < m; i++) F(h, s + U() * 600, "creation", SRMHOST, SYSTEM_A, "C:/StorageReports/Scheduled/" + pick("FileScreenAudit", "QuotaUsage", "LargeFiles", "DuplicateFiles") + pick("7", "3", "2") + "_" + ymdc(s) + "_" + hms(s) + "." + pick("html", "xml")); }
                        break;
                    }
                    case "dc": {
                        int n = poisson(0.8 + oa);
                        for (int i = 0; i < n; i++) F(h, s + U() * 3600, pick("creation", "deletion", "modification"), pick(LSASS, LSASS, DFSRS), SYSTEM_A, pick("C:/Windows/NTDS/edb" + String.format("%05X", I(0x100, 0xFFF)) + ".log", "C:/Windows/NTDS/edbtmp.log", "C:/Windows/SYSVOL/staging areas/corp.example.com/" + hexU(16) + ".frx", "C:/Windows/debug/netlogon.log"));
                        break;
                    }
                    case "prn": {
                        int jobs = poisson(9 * officeAct(OFF.get(2), s + 1800));
                        for (int i = 0; i < jobs; i++) { double t = s + U() * 3600; String j = String.format("%05d", I(1, 99999)); F(h, t, "creation", SPOOLSV, SYSTEM_A, "C:/Windows/System32/spool/PRINTERS/FP" + j + ".SPL"); F(h, t, "creation", SPOOLSV, SYSTEM_A, "C:/Windows/System32/spool/PRINTERS/FP" + j + ".SHD"); F(h, t + U(5, 60), "deletion", SPOOLSV, SYSTEM_A, "C:/Windows/System32/spool/PRINTERS/FP" + j + ".SPL"); }
                        break;
                    }
                    case "app": {
                        F(h, s + U(0, 2), "creation", W3WP, new Acct("DefaultAppPool", "S-1-5-82-3006700770-424185619-1745488364-794895919-4004696415", "IIS APPPOOL"), "C:/inetpub/logs/LogFiles/W3SVC1/u_ex" + ymdc(s).substring(2) + two((int) (Math.floorMod(s, 86400L) / 3600)) + ".log");
                        int n = poisson(3 * oa); for (int i = 0; i < n; i++) F(h, s + U() * 3600, pick("creation", "deletion"), W3WP, new Acct("DefaultAppPool", "S-1-5-82-3006700770-424185619-1745488364-794895919-4004696415", "IIS APPPOOL"), "C:/Windows/Microsoft.NET/Framework64/v4.0.30319/Temporary ASP.NET Files/intranet/" + hexL(8) + "/" + hexL(8) + "/App_Web_" + rs("abcdefghijklmnopqrstuvwxyz0123456789", 8) + ".dll");
                        break;
                    }
                    case "sql": {
                        if (hr % 1 == 0) for (int m = 0; m < 2; m++) for (String db : new String[]{"ERP", "CRM", "HRIS"}) F(h, s + m * 1800 + U(1, 60), "creation", SQLSERVR, SVC_SQL, "D:/MSSQL/Backup/" + db + "/" + db + "_log_" + ymdc(s) + "_" + hms(s + m * 1800) + ".trn");
                        if (Math.floorMod(hr, 24) == 22) for (String db : new String[]{"ERP", "CRM", "HRIS", "ReportServer", "msdb", "master"}) F(h, s + U(0, 900), "creation", SQLSERVR, SVC_SQL, "D:/MSSQL/Backup/" + db + "/" + db + "_backup_" + ymd(s).replace('-', '_') + "_220001_" + I(1000000, 9999999) + ".bak");
                        break;
                    }
                    case "rpt": {
                        int n = poisson(2.5 * officeAct(OFF.get(0), s + 1800) + 0.2); for (int i = 0; i < n; i++) F(h, s + U() * 3600, pick("creation", "deletion"), RSSVC, SVC_REPORT, "C:/Program Files/Microsoft SQL Server Reporting Services/SSRS/LogFiles/RSPortal_" + ymd(s).replace('-', '_') + "_" + two((int) (Math.floorMod(s, 86400L) / 3600)) + "_00_00.log");
                        break;
                    }
                    case "dms": {
                        int n = poisson(2 * oa); for (int i = 0; i < n; i++) F(h, s + U() * 3600, "creation", DMSSRV, SVC_DEPLOY, "D:/DMS/Index/segment_" + hexL(6) + ".idx");
                        break;
                    }
                    case "dep": {
                        int n = poisson(1.5 * oa); for (int i = 0; i < n; i++) F(h, s + U() * 3600, pick("creation", "modification"), new Proc("PDQDeployService.exe", "C:\\Program Files (x86)\\Admin Arsenal\\PDQ Deploy\\PDQDeployService.exe", "PDQ.com Corporation", true), SVC_PDQ, "C:/ProgramData/Admin Arsenal/PDQ Deploy/Logs/" + pick("Service", "Console") + ".log");
                        break;
                    }
                }
            }
        }
        // scan-to-folder from office MFPs
        for (Office o : OFF) {
            String mfp = "10." + o.net + ".0." + I(240, 250);
            for (int hr = 0; hr < DAYS * 24; hr++) {
                long s = T0 + hr * 3600L; int n = poisson(4.5 * officeAct(o, s + 1800) * o.users.size() / 20.0);
                for (int i = 0; i < n; i++) { double t = s + U() * 3600; smb(o.fs, t, SVC_SCAN, "D:/Shares/Scans/" + pick("Reception", "Finance", "General", "HR", "Warehouse") + "/" + pick("SCAN_", "Scan_", "doc") + ymdc((long) t) + "_" + hms((long) t) + ".pdf", mfp); }
            }
        }
        // DC SYSVOL / GPO edits by admins (rare remote writes)
        for (int i = 0; i < I(4, 9); i++) {
            User ad = pickL(ADMINS); int di; do { di = I(0, DAYS - 1); } while (!ad.off.workday(di));
            long t = ad.off.at(di, U(9.5, 17)); Host dc = ad.off.dc != null ? ad.off.dc : OFF.get(0).dc; String g = guidU();
            smb(dc, t, ad.adm, "C:/Windows/SYSVOL/domain/Policies/" + g + "/Machine/Registry.pol", ad.ws.ip);
            smbAct(dc, t + 1, "modification", ad.adm, "C:/Windows/SYSVOL/domain/Policies/" + g + "/GPT.INI", ad.ws.ip, null);
            if (P(0.5)) smb(dc, t + 2, ad.adm, "C:/Windows/SYSVOL/domain/Policies/" + g + "/Machine/Microsoft/Windows NT/SecEdit/GptTmpl.inf", ad.ws.ip);
        }
    }

    static void genLinuxNoise() {
        for (Host h : HOSTS) {
            if (h.win()) continue;
            String mid = hexL(32);
            for (int hr = 0; hr < DAYS * 24; hr++) {
                long s = T0 + hr * 3600L; if (!h.up(s + 3599)) continue;
                double g = globalAct(s + 1800); int hod = (int) (Math.floorMod(s, 86400L) / 3600);
                if (P(0.25)) F(h, s + U() * 3600, "creation", lp(h, "systemd-journald"), ROOT, "/var/log/journal/" + mid + "/system@" + hexL(32) + "-" + hexL(16) + "-" + hexL(16) + ".journal");
                if (P(0.2)) F(h, s + U() * 3600, pick("creation", "modification", "deletion"), lp(h, "elastic-endpoint"), ROOT, "/opt/Elastic/Endpoint/state/log/endpoint-" + String.format("%06d", I(1, 999)) + ".log");
                if (P(0.4)) F(h, s + U() * 3600, "creation", lp(h, "cron"), ROOT, "/tmp/tmp." + rs(ALNUM, 10));
                if (hod == 0) { String[] logs = {"syslog", "auth.log", "kern.log", "dpkg.log", "nginx/access.log", "nginx/error.log", "postgresql/postgresql-15-main.log"}; int m = I(3, 7); for (int i = 0; i < m; i++) F(h, s + U(0, 30), pick("creation", "rename"), lp(h, "logrotate"), ROOT, "/var/log/" + logs[i] + ".1" + (P(0.5) ? ".gz" : "")); }
                if (hod == 6 && P(0.35)) { int m = I(5, 90); double t = s + U(0, 1800); for (int i = 0; i < m; i++) F(h, t + i * U(0.01, 0.5), pick("creation", "creation", "rename", "deletion"), lp(h, "dpkg"), ROOT, pick("/usr/lib/x86_64-linux-gnu/", "/usr/share/doc/", "/usr/bin/", "/var/lib/dpkg/info/", "/usr/lib/python3/dist-packages/") + pick("libssl3", "openssl", "libcurl4", "tzdata", "python3-urllib3", "libxml2", "linux-image") + pick(".list", ".md5sums", ".so.3", "", ".dpkg-new", ".postinst")); }
                if (P(0.3)) netEv(h, s + U() * 3600, lp(h, "sshd"), ROOT, "connection_accepted", "10.100.5." + I(11, 12), h.ip, 22);
                switch (h.role) {
                    case "web": {
                        int n = poisson(2.2 * g); for (int i = 0; i < n; i++) F(h, s + U() * 3600, "creation", lp(h, "php-fpm8.2"), L_WWW, "/var/lib/php/sessions/sess_" + rs("abcdefghijklmnopqrstuvwxyz0123456789", 26));
                        int m = poisson(1.2 * g); for (int i = 0; i < m; i++) F(h, s + U() * 3600, pick("creation", "deletion"), lp(h, "nginx"), L_WWW, "/var/cache/nginx/proxy_temp/" + I(0, 9) + "/" + two(I(0, 99)) + "/" + String.format("%010d", I(1, 999999999)));
                        break;
                    }
                    case "db": {
                        int n = poisson(2 + 2 * g); for (int i = 0; i < n; i++) F(h, s + U() * 3600, pick("creation", "creation", "rename", "deletion"), lp(h, "postgres"), L_PG, "/var/lib/postgresql/15/main/pg_wal/00000001" + hexU(8) + hexU(8));
                        if (hod == 1) { int m = I(3, 8); for (int i = 0; i < m; i++) F(h, s + U(1800, 3000), "creation", lp(h, "pg_dump"), L_PG, "/var/backups/pg/" + pick("orders", "customers", "billing", "inventory", "auth", "audit", "analytics", "cms") + "_" + ymdc(s) + ".dump"); }
                        break;
                    }
                    case "build": {
                        int nb = poisson(0.3 * g + 0.04);
                        for (int b = 0; b < nb; b++) {
                            double t = s + U() * 3600; String job = pick("portal-ci", "partner-api", "fw-controller", "data-pipeline", "infra-tools"); int m = I(8, 35);
                            for (int i = 0; i < m; i++) F(h, t + i * U(0.1, 4), pick("creation", "creation", "creation", "modification", "deletion"), lp(h, pick("git", "java", "cc1", "dockerd", "containerd", "python3")), pick(L_JENKINS, L_JENKINS, ROOT),
                                pick("/var/lib/jenkins/workspace/" + job + "/target/classes/" + hexL(6) + ".class", "/var/lib/jenkins/workspace/" + job + "/.git/objects/" + hexL(2) + "/" + hexL(38), "/var/lib/docker/overlay2/" + hexL(64) + "/diff/app/" + hexL(8), "/tmp/cc" + rs(ALNUM, 6) + ".s", "/var/lib/jenkins/workspace/" + job + "/build/" + hexL(8) + ".o"));
                        }
                        for (User d : DEVS) { double a = act(d, s + 1800); int n = poisson(0.6 * a / DEVS.size() * 10); for (int i = 0; i < n; i++) F(h, s + U() * 3600, pick("creation", "modification", "modification", "deletion"), lp(h, "node"), d.la, "/home/" + d.name + "/work/" + pick("fw-controller", "data-pipeline", "infra-tools") + "/" + pick("src/", "tests/", "") + hexL(6) + pick(".py", ".go", ".c", ".h", ".yaml", ".md")); }
                        break;
                    }
                    case "bk": {
                        if (hod == 0 && h.name.equals("bk-01")) { int m = I(80, 220); double t = s + 1800 + U(0, 120); for (int i = 0; i < m; i++) { F(h, t, pick("creation", "creation", "rename"), lp(h, "rsync"), L_BKP, "/srv/rsync/" + pick("db-01", "db-02", "db-03") + "/" + ymdc(s) + "/." + hexL(8) + "." + rs(ALNUM, 6)); t += expo(0.8); } }
                        break;
                    }
                    case "jump": {
                        for (User ad : ADMINS) { double a = act(ad, s + 1800); if (P(0.5 * a)) F(h, s + U() * 3600, "modification", lp(h, "bash"), ad.la, "/home/" + ad.name + "/.bash_history"); }
                        break;
                    }
                    case "sftp": {
                        int n = poisson(0.6); for (int i = 0; i < n; i++) F(h, s + U() * 3600, pick("creation", "rename", "deletion"), lp(h, "python3"), L_APP, "/srv/sftp/" + pick("acme_edi", "globex_upl", "initech") + "/archive/" + ymdc(s) + "/" + hexL(8) + ".csv");
                        break;
                    }
                    case "mon": {
                        F(h, s + U(0, 60), "creation", lp(h, "prometheus"), L_PROM, "/var/lib/prometheus/wal/" + String.format("%08d", 4100 + hr));
                        if (hr % 2 == 0) { int m = I(3, 6); for (int i = 0; i < m; i++) F(h, s + U(60, 300), pick("creation", "deletion"), lp(h, "prometheus"), L_PROM, "/var/lib/prometheus/" + rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26) + "/" + pick("chunks/000001", "index", "meta.json", "tombstones")); }
                        int n = poisson(3); for (int i = 0; i < n; i++) F(h, s + U() * 3600, pick("creation", "deletion"), lp(h, "grafana"), L_GRAF, "/var/lib/grafana/grafana.db-journal");
                        break;
                    }
                    case "applx": {
                        int n = poisson(0.5 + 3 * g); for (int i = 0; i < n; i++) F(h, s + U() * 3600, pick("creation", "deletion"), lp(h, "java"), L_APP, "/opt/orderflow/tmp/upload_" + I(100000, 999999) + ".tmp");
                        F(h, s + U(0, 5), "creation", lp(h, "java"), L_APP, "/opt/orderflow/logs/orderflow-" + ymd(s) + "." + hod + ".log.gz");
                        break;
                    }
                }
            }
        }
    }

    // ================================================================ benign remote transfer jobs
    static String patchDesc;
    static void genPatchDay() {
        String[][] pk = {{"GoogleChromeStandaloneEnterprise64.msi"}, {"7z2409-x64.msi"}, {"AcroRdrDCx64Upd2400520414_MUI.msp", "AcroRdrDCx64Upd2400520414_MUI.mst"},
            {"ZoomInstallerFull.msi"}, {"MicrosoftEdgeEnterpriseX64.msi"}, {"npp.8.7.6.Installer.x64.exe"}, {"vlc-3.0.21-win64.msi"},
            {"setup.exe", "configuration-Office365-x64.xml", "Office/Data/v64_16.0.18324.20194.cab", "Office/Data/16.0.18324.20194/i640.cab", "Office/Data/16.0.18324.20194/i641033.cab", "Office/Data/16.0.18324.20194/s640.cab", "Office/Data/16.0.18324.20194/stream.x64.x-none.dat", "Office/Data/16.0.18324.20194/stream.x64.en-us.dat", "Office/Data/16.0.18324.20194/sp640.cab"},
            {"MSTeams-x64.msix", "teamsbootstrapper.exe"}, {"FortiClientVPN_7.4.2.msi", "FortiClient.mst", "vpn_profile.xml"}};
        List<Integer> idx = new ArrayList<>(); for (int i = 0; i < pk.length; i++) idx.add(i);
        List<String> files = new ArrayList<>(); StringBuilder names = new StringBuilder();
        int np = I(2, 4);
        String[] pkn = {"GoogleChrome-133.0.6943.54", "7-Zip-24.09", "AcrobatReader-24.005.20414", "Zoom-6.3.6", "MicrosoftEdge-133.0.3065.59", "Notepad++-8.7.6", "VLC-3.0.21", "Office365-C2R-16.0.18324.20194", "MSTeams-25005", "FortiClientVPN-7.4.2"};
        for (int k = 0; k < np; k++) { int j = idx.remove(I(idx.size())); String pkgName = pkn[j];
            names.append(k > 0 ? ", " : "").append(pkgName);
            for (String f : pk[j]) files.add("C:/Windows/AdminArsenal/PDQDeployRunner/service-1/exec/" + pkgName + "/" + f);
            files.add("C:/Windows/AdminArsenal/PDQDeployRunner/service-1/exec/" + pkgName + "/install.ps1"); }
        patchDesc = names.toString();
        Host dep = H("dep-nyc-01");
        for (Office o : OFF) {
            double startH = o.code.equals("sgp") ? U(10.5, 12.5) : U(11, 13.5); double dur = U(2, 4);
            long ws0 = o.at(PATCH_DAY, startH);
            Ben b = ben("patch_day", "PDQ Deploy push by CORP\\svc_pdq from dep-nyc-01 to " + o.code.toUpperCase() + " workstations (" + patchDesc + ")");
            for (Host h : o.ws) {
                if (!h.up(ws0) || !h.up(ws0 + (long) (dur * 3600))) continue;
                if (!P(0.86)) continue;
                if (h.laptop && h.owner != null && act(h.owner, ws0 + 3600) <= 0.01 && P(0.7)) continue;
                double t = ws0 + U() * dur * 3600;
                bt(b, smb(h, t, SVC_PDQ, "C:/Windows/AdminArsenal/PDQDeployRunner/service-1/PDQDeployRunner-1.exe", dep.ip)); t += U(0.5, 3);
                for (String f : files) { bt(b, smb(h, t, SVC_PDQ, f, dep.ip)); t += expo(1.5); }
                procEv(h, t + 1, PDQRUN, SYSTEM_A, "\"C:\\Windows\\AdminArsenal\\PDQDeployRunner\\service-1\\PDQDeployRunner-1.exe\" -RunAsService");
                int m = I(20, 80); for (int i = 0; i < m; i++) F(h, t + 10 + i * U(0.05, 1.5), "creation", MSIEXEC, SYSTEM_A, "C:/Program Files/" + pick("Google/Chrome/Application/133.0.6943.54/", "7-Zip/", "Adobe/Acrobat DC/Acrobat/", "Zoom/bin/", "Notepad++/plugins/") + hexL(6) + pick(".dll", ".pak", ".exe", ".json", ".dat"));
            }
        }
    }

    static void genBackups() {
        Host bk1 = H("bk-01"), bk2 = H("bk-02"), bk3 = H("bk-03"), fschi = H("fs-chi-01"), fsnyc = H("fs-nyc-01"), fsl2 = H("fs-lon-02"), fsl1 = H("fs-lon-01");
        List<Host> clients = new ArrayList<>(); for (Host h : HOSTS) if (!h.win() && !h.role.equals("bk")) clients.add(h);
        for (int d = 0; d < DAYS; d++) {
            // restic over sftp to bk-01, every night at 01:00 UTC, clients staggered
            Ben b = ben("nightly_backup", "restic over SFTP from Linux servers to bk-01 (user restic), nightly 01:00 UTC");
            long t0 = T0 + d * 86400L + 3600 + I(0, 180);
            for (int ci = 0; ci < clients.size(); ci++) {
                Host c = clients.get(ci); if (!c.up(t0)) continue;
                double t = t0 + ci * U(60, 140); int n = (int) (I(12, 40) * (c.role.equals("db") ? 2.2 : 1));
                String repo = "/srv/restic/" + c.name + "/";
                bt(b, lrem(bk1, t, "sftp-server", L_BKP, repo + "locks/" + hexL(64), c.ip));
                for (int i = 0; i < n; i++) { bt(b, lrem(bk1, t, "sftp-server", L_BKP, repo + "data/" + hexL(2) + "/" + hexL(64), c.ip)); t += expo(1.2); }
                bt(b, lrem(bk1, t, "sftp-server", L_BKP, repo + "index/" + hexL(64), c.ip)); bt(b, lrem(bk1, t + 0.3, "sftp-server", L_BKP, repo + "snapshots/" + hexL(64), c.ip));
                F(bk1, t + 0.6, "deletion", lp(bk1, "sftp-server"), L_BKP, repo + "locks/" + hexL(64));
            }
            // Samba target bk-02: weekday robocopy of changed share files from fs-lon-01 and fs-fra-01, 23:30 UTC
            if (OFF.get(2).workday(d)) {
                Ben b2 = ben("nightly_backup", "weekday robocopy of changed files from fs-lon-01/fs-fra-01 to Samba share \\\\bk-02\\fsbackup (svc_backup)");
                for (Host src : new Host[]{fsl1, H("fs-fra-01")}) {
                    double t = T0 + d * 86400L + 23.5 * 3600 + (src == fsl1 ? 0 : U(900, 1500)) + I(0, 60); int n = I(120, 320);
                    for (int i = 0; i < n; i++) { String u = pick("Finance", "Sales", "Legal", "HR", "Engineering", "Operations"); bt(b2, lrem(bk2, t, "smbd", L_SMBBK, "/srv/samba/fsbackup/" + src.name + "/Shares/" + u + "/" + pick(SUB.get(u)) + "/" + pick(TOPIC.get(u)) + "_" + I(1, 999) + "." + extFor(u), src.ip)); t += expo(2.5); }
                }
            }
            // bk-03: new PostgreSQL dump job from week 2 (scp -r of directory-format dumps)
            if (d >= BK3_START) {
                Ben b3 = ben("nightly_backup", (d == BK3_START ? "NEW JOB (first run): " : "") + "pg_dump directory-format dumps copied with scp -r by pgbackup from db-01..03 to bk-03, 02:15 UTC");
                double t = T0 + d * 86400L + 2.25 * 3600 + I(0, 90);
                for (int k = 1; k <= 3; k++) {
                    Host db = H("db-0" + k); String dbn = pick("orders", "billing", "inventory", "cms", "auth");
                    int n = I(70, 190); String dir = "/srv/pgdump/" + db.name + "/" + dbn + "_" + ymdc(T0 + d * 86400L) + "/";
                    bt(b3, lrem(bk3, t, "scp", L_PGB, dir + "toc.dat", db.ip));
                    for (int i = 0; i < n; i++) { bt(b3, lrem(bk3, t, "scp", L_PGB, dir + (16384 + I(1, 9000)) + ".dat.gz", db.ip)); t += expo(0.7); }
                    t += U(60, 300);
                }
            }
            // WAL shipping from db-01 to bk-03 (continuous, starts with the new job)
            if (d >= BK3_START) for (int hh = 0; hh < 24; hh++) {
                int n = poisson(3.0); for (int i = 0; i < n; i++) lrem(bk3, T0 + d * 86400L + hh * 3600 + U() * 3600, "scp", L_PGB, "/srv/wal/db-01/00000001" + hexU(8) + hexU(8), H("db-01").ip);
            }
            // fs-nyc-01 -> fs-chi-01 nightly replication 02:00 America/Chicago (robocopy /MIR by svc_repl)
            {
                Office chi = OFF.get(1); boolean wd = chi.workday(d); int n = wd ? I(120, 340) : I(15, 60);
                Ben b4 = ben("nightly_replication", "robocopy /MIR replication fs-nyc-01 -> fs-chi-01 E:\\Replica (svc_repl), 02:00 Chicago time");
                double t = chi.at(d, 2.0) + I(0, 120);
                for (int i = 0; i < n; i++) { String u = pick("Finance", "Sales", "Legal", "Marketing", "Executive"); bt(b4, smb(fschi, t, SVC_REPL, "E:/Replica/fs-nyc-01/Shares/" + u + "/" + pick(SUB.get(u)) + "/" + pick(TOPIC.get(u)) + "_" + I(1, 999) + "." + extFor(u), fsnyc.ip)); t += expo(1.8); }
            }
            // weekly full sync on Sunday 03:00 UTC: fs-lon-01 -> fs-lon-02 D:\Replica
            if (LocalDate.ofEpochDay(D0 + d).getDayOfWeek() == DayOfWeek.SUNDAY) {
                Ben b5 = ben("weekly_job", "weekly full robocopy of \\\\fs-lon-01\\Departments to fs-lon-02 D:\\Replica (svc_backup), Sunday 03:00 UTC");
                int n = I(700, 1500); double t = T0 + d * 86400L + 3 * 3600 + I(0, 300);
                for (int i = 0; i < n; i++) { String u = pick("Finance", "Sales", "Legal", "HR", "Engineering", "Marketing"); bt(b5, smb(fsl2, t, SVC_BACKUP, "D:/Replica/Departments/" + u + "/" + pick(SUB.get(u)) + "/" + pick(TOPIC.get(u)) + "_" + I(1, 9999) + "." + extFor(u), fsl1.ip)); t += expo(2.2); }
            }
        }
    }

    static void genLinuxRemote() {
        Host jump1 = H("jump-01"), sftp = H("sftp-01"), b1 = H("build-01");
        List<Host> builds = new ArrayList<>(), linux = new ArrayList<>(); for (Host h : HOSTS) { if (h.role.equals("build")) builds.add(h); if (!h.win()) linux.add(h); }
        // developers scp'ing sources / artifacts to build servers
        for (User d : DEVS) {
            Host fav = pickL(builds);
            for (int hr = 0; hr < DAYS * 24; hr++) {
                long s = T0 + hr * 3600L; double a = act(d, s + 1800); if (a < 0.01) continue;
                int n = poisson(0.32 * a * d.rate);
                for (int i = 0; i < n; i++) {
                    Host b = P(0.7) ? fav : pickL(builds); if (!b.up(s)) b = fav; double t = s + U() * 3600; int k = geom(5);
                    String proj = pick("fw-controller", "data-pipeline", "infra-tools", "test-rig", "qa-automation"); String proc = P(0.75) ? "scp" : "sftp-server";
                    for (int j = 0; j < k; j++) { lrem(b, t, proc, d.la, "/home/" + d.name + "/work/" + proj + "/" + pick("src/", "include/", "tests/", "dist/", "configs/", "") + pick(hexL(5) + ".c", hexL(5) + ".h", hexL(6) + ".py", "Makefile", "build.sh", proj + "-1." + I(0, 9) + "." + I(0, 40) + ".tar.gz", "settings.yaml", "data_" + I(1, 99) + ".csv"), srcOf(d, s)); t += expo(0.5); }
                }
            }
        }
        // admins: scp scripts to jump hosts, sshd agent-forwarding sockets on login
        for (User ad : ADMINS) {
            for (int hr = 0; hr < DAYS * 24; hr++) {
                long s = T0 + hr * 3600L; double a = act(ad, s + 1800); if (a < 0.01) continue;
                int nl = poisson(0.5 * a);
                for (int i = 0; i < nl; i++) { Host j = P(0.7) ? jump1 : H("jump-02"); double t = s + U() * 3600; lrem(j, t, "sshd", ad.la, "/tmp/ssh-" + rs(ALNUM, 10) + "/agent." + I(2000, 99999), srcOf(ad, s)); netEv(j, t - 0.5, lp(j, "sshd"), ROOT, "connection_accepted", srcOf(ad, s), j.ip, 22); }
                int nc = poisson(0.18 * a);
                for (int i = 0; i < nc; i++) { Host j = P(0.6) ? jump1 : pickL(linux); double t = s + U() * 3600; int k = I(1, 6); for (int q = 0; q < k; q++) { lrem(j, t, "scp", ad.la, "/home/" + ad.name + "/" + pick("scripts/", "tmp/", "") + pick("check_disk.sh", "rotate_keys.sh", "inventory.py", "fix_perms.sh", "haproxy.cfg", "nginx.conf", "cert_" + ymdc(s) + ".pem", "report_" + ymdc(s) + ".csv", "playbook_" + hexL(4) + ".yml"), srcOf(ad, s)); t += expo(0.5); } }
            }
        }
        // root logins (sshd root writes: noise)
        for (int i = 0; i < 60; i++) { Host h = pickL(linux); double t = T0 + U() * DAYS * 86400; F(h, t, "creation", lp(h, "sshd"), ROOT, "/tmp/ssh-" + rs(ALNUM, 10) + "/agent." + I(2000, 99999)); if (P(0.3)) F(h, t + 1, "creation", lp(h, "sshd"), ROOT, "/run/sshd.pid"); }
        // ansible: daily 05:00 UTC run from jump-01 to all linux hosts + ad-hoc runs
        String[] mods = {"setup", "stat", "file", "copy", "apt", "systemd", "lineinfile", "command", "template", "user", "authorized_key", "package_facts", "service_facts", "sysctl", "ufw", "dnf", "ping", "find"};
        for (int d = 0; d < DAYS; d++) {
            Ben b = ben("config_mgmt_run", "daily Ansible baseline playbook from jump-01 (user ansible, SFTP transfer of AnsiballZ modules), 05:00 UTC");
            double t0 = T0 + d * 86400L + 5 * 3600 + I(0, 120);
            for (Host h : linux) {
                if (!h.up((long) t0)) continue;
                int tasks = I(28, 55); double t = t0 + U(0, 20);
                for (int k = 0; k < tasks; k++) {
                    String dir = "/home/ansible/.ansible/tmp/ansible-tmp-" + (long) t + "." + I(100000, 999999) + "-" + I(1000, 99999) + "-" + (100000000000000L + (long) (U() * 8.9e14)) + "/";
                    String m = pick(mods); bt(b, lrem(h, t, "sftp-server", L_ANSIBLE, dir + "AnsiballZ_" + m + ".py", jump1.ip));
                    if ((m.equals("copy") || m.equals("template")) && P(0.6)) bt(b, lrem(h, t + 0.2, "sftp-server", L_ANSIBLE, dir + "source", jump1.ip));
                    F(h, t + 0.5, "deletion", lp(h, "python3"), L_ANSIBLE, dir + "AnsiballZ_" + m + ".py");
                    t += U(1.5, 9);
                }
            }
            // ad-hoc run by an admin during the day (unlabelled, smaller)
            if (P(0.5)) { User ad = pickL(ADMINS); long t = ad.off.at(d, U(10, 16)); if (ad.off.workday(d)) for (Host h : linux) if (P(0.5)) { int k = I(3, 10); double tt = t + U(0, 60); for (int q = 0; q < k; q++) { lrem(h, tt, "sftp-server", L_ANSIBLE, "/home/ansible/.ansible/tmp/ansible-tmp-" + (long) tt + "." + I(100000, 999999) + "-" + I(1000, 99999) + "-" + I(10000000, 99999999) + "/AnsiballZ_" + pick(mods) + ".py", jump1.ip); tt += U(2, 8); } } }
        }
        // CI deploys (jenkins on build-01) to web servers
        String[] laravel = {"index.php", "composer.lock", "artisan", "vendor/autoload.php", "vendor/composer/autoload_classmap.php", "vendor/composer/autoload_static.php", "vendor/composer/installed.json", "config/app.php", "config/database.php", "config/cache.php", "routes/web.php", "routes/api.php", "public/build/manifest.json", "bootstrap/app.php"};
        for (int d = 0; d < DAYS; d++) {
            if (!OFF.get(2).workday(d)) continue;
            int nd = poisson(1.4);
            for (int k = 0; k < nd; k++) {
                boolean portal = P(0.6); long t0 = OFF.get(2).at(d, U(10, 17.5));
                String rel = ymdc(t0) + hms(t0);
                List<String> files = new ArrayList<>();
                if (portal) { for (String f : laravel) files.add(f); int extra = I(40, 180); for (int i = 0; i < extra; i++) files.add(pick("app/Http/Controllers/", "app/Models/", "resources/views/", "vendor/laravel/framework/src/Illuminate/" + pick("Support/", "Database/", "Http/", "Routing/"), "public/build/assets/", "lang/en/") + pick("Order", "Customer", "Invoice", "Account", "Report", "Auth", "Cart", "Profile") + pick("Controller.php", ".php", ".blade.php", "-" + hexL(8) + ".js", "-" + hexL(8) + ".css")); }
                else { files.add("partner-api.jar"); files.add("application.yml"); files.add("logback.xml"); int extra = I(15, 60); for (int i = 0; i < extra; i++) files.add("lib/" + pick("spring-", "jackson-", "netty-", "commons-", "hibernate-", "micrometer-") + pick("core", "web", "databind", "codec", "io", "lang3", "registry") + "-" + I(1, 6) + "." + I(0, 20) + "." + I(0, 9) + ".jar"); }
                Ben b = ben("ci_deploy", "Jenkins release " + rel + " of " + (portal ? "customer-portal" : "partner-api") + " copied with scp by jenkins from build-01 (rolling deploy)");
                double t = t0;
                for (Host w : portal ? new Host[]{H("web-01"), H("web-02")} : new Host[]{H("web-03"), H("web-04")}) {
                    String base = portal ? "/var/www/customer-portal/releases/" + rel + "/" : "/opt/partner-api/releases/" + rel + "/";
                    for (String f : files) { bt(b, lrem(w, t, "scp", L_JENKINS, base + f, b1.ip)); t += expo(0.15); }
                    t += U(20, 90);
                }
            }
        }
        // partners on sftp-01
        for (int d = 0; d < DAYS; d++) {
            double t = T0 + d * 86400L + 5 * 3600 + U(0, 1800); int n = I(15, 55);
            for (int i = 0; i < n; i++) { lrem(sftp, t, "sftp-server", PARTNERS[0], "/srv/sftp/acme_edi/inbound/ORD_" + ymdc((long) t) + "_" + String.format("%04d", i + 1) + ".edi", "203.0.113." + I(10, 20)); t += expo(3); }
            Office chi = OFF.get(1);
            if (chi.workday(d)) for (int hh = 8; hh < 18; hh++) { int m = poisson(1.6); for (int i = 0; i < m; i++) { double tt = chi.at(d, hh + U()); lrem(sftp, tt, "sftp-server", PARTNERS[1], "/srv/sftp/globex_upl/in/shipnotice_" + ymdc((long) tt) + hms((long) tt) + ".xml", "198.51.100.77"); } }
            double tf = T0 + d * 86400L + 22 * 3600 + U(0, 600); int nf = I(4, 14);
            for (int i = 0; i < nf; i++) { lrem(sftp, tf, "vsftpd", PARTNERS[3], "/srv/ftp/legacy/in/STMT" + ymdc((long) tf) + String.format("%03d", i) + ".TXT", "192.0.2." + I(40, 45)); tf += expo(4); }
            if (LocalDate.ofEpochDay(D0 + d).getDayOfWeek() == DayOfWeek.MONDAY) {
                Ben b = ben("partner_bulk_upload", "weekly catalogue/price-list bulk upload by partner initech over SFTP to sftp-01");
                double tb = T0 + d * 86400L + 14 * 3600 + U(0, 3600); int nb = I(140, 320);
                for (int i = 0; i < nb; i++) { bt(b, lrem(sftp, tb, "sftp-server", PARTNERS[2], "/srv/sftp/initech/catalog/" + ymdc((long) tb) + "/" + pick("price_", "item_", "img_", "stock_") + I(10000, 99999) + pick(".csv", ".json", ".jpg", ".xml"), "203.0.113.201")); tb += expo(2); }
            }
        }
    }

    static void genAdminOps() {
        List<Host> winSrv = new ArrayList<>(); for (Host h : HOSTS) if (h.win() && !h.role.equals("ws")) winSrv.add(h);
        for (User ad : ADMINS) {
            for (int hr = 0; hr < DAYS * 24; hr++) {
                long s = T0 + hr * 3600L; double a = act(ad, s + 1800); if (a < 0.01) continue;
                int n = poisson(0.3 * a);
                for (int i = 0; i < n; i++) {
                    Host h = pickL(winSrv); double t = s + U() * 3600; int k = geom(2.5);
                    String dir = pick("C:/Scripts/", "C:/Temp/", "C:/Install/", "C:/Temp/CHG" + I(10000, 19999) + "/", "C:/Tools/");
                    for (int q = 0; q < k; q++) { smb(h, t, ad.adm, dir + pick("Get-DiskReport.ps1", "cleanup_logs.ps1", "Invoke-CertRenew.ps1", "ProcessMonitor.zip", "Procmon64.exe", "install_agent.bat", "hotfix_KB" + I(5040000, 5059999) + ".msu", "config_backup_" + ymdc(s) + ".xml", "sqlcmd_fix.sql", "README.txt", "netsh_trace.cab", "Autoruns64.exe"), srcOf(ad, s)); t += expo(1); }
                }
            }
        }
        // helpdesk copying small things to user workstations via C$
        for (User hd : HELPDESK) {
            for (int hr = 0; hr < DAYS * 24; hr++) {
                long s = T0 + hr * 3600L; double a = act(hd, s + 1800); if (a < 0.01) continue;
                int n = poisson(0.55 * a);
                for (int i = 0; i < n; i++) {
                    Office o = P(0.8) ? hd.off : pickL(OFF); Host h = pickL(o.ws); double t = s + U() * 3600; int k = I(1, 4);
                    for (int q = 0; q < k; q++) { smb(h, t, hd.hd, pick("C:/Temp/", "C:/Users/Public/Desktop/", "C:/Support/") + pick("printer_driver_" + pick("HP", "Ricoh", "Canon") + ".zip", "TeamViewerQS.exe", "fix_outlook_profile.ps1", "Collect-Logs.ps1", "NetworkDiag.cmd", "DisplayLink_11.4.exe", "VPN_profile.xml", "ticket_" + I(100000, 199999) + ".txt"), srcOf(hd, s)); t += expo(2); }
                }
            }
        }
        // admins drop new packages onto the PDQ server
        Host dep = H("dep-nyc-01");
        for (int i = 0; i < I(3, 6); i++) {
            User ad = pickL(ADMINS); int di; do { di = I(0, DAYS - 1); } while (!ad.off.workday(di));
            double t = ad.off.at(di, U(9.5, 17)); String v = pick("Google Chrome", "7-Zip", "Zoom", "Adobe Reader", "Notepad++", "FortiClient", "Dell Command Update"); int k = I(3, 30);
            for (int q = 0; q < k; q++) { smb(dep, t, ad.adm, "D:/PDQ/Repository/" + v + "/" + I(100, 140) + "." + I(0, 9) + "/" + pick("setup.exe", "install.ps1", hexL(6) + ".msi", hexL(6) + ".cab", "config.xml", "transforms/" + hexL(4) + ".mst"), ad.ws.ip); t += expo(1.5); }
        }
        // application releases to Windows app servers (svc_deploy) -- spiky, labelled
        String[] apps = {"app-nyc-01", "dms-fra-01", "rpt-nyc-01", "app-nyc-01", "dms-fra-01"};
        int nrel = I(4, 6);
        for (int i = 0; i < nrel; i++) {
            Host h = H(pick(apps)); int di; do { di = I(1, DAYS - 1); } while (!h.off.workday(di) && P(0.8));
            double t = h.off.at(di, P(0.6) ? U(19, 21.5) : U(9, 16)); int n = I(80, 380);
            String root = h.name.startsWith("app") ? "C:/inetpub/intranet/" : h.name.startsWith("dms") ? "D:/Program Files/DocuFlow/Server/" : "C:/Program Files/Microsoft SQL Server Reporting Services/SSRS/ReportServer/bin/";
            String ver = I(3, 9) + "." + I(0, 30) + "." + I(0, 999);
            Ben b = ben("app_release", "application release " + ver + " copied by CORP\\svc_deploy from dep-nyc-01 to " + h.name);
            for (int q = 0; q < n; q++) { bt(b, smb(h, t, SVC_DEPLOY, root + pick("bin/", "", "Content/", "Scripts/", "Views/" + pick("Home", "Account", "Admin") + "/", "lib/") + pick("App", "Core", "Data", "Web", "Services", "Common", "Reporting") + "." + pick("Core", "Api", "Models", "Utils", "Client") + pick(".dll", ".pdb", ".config", ".js", ".cshtml", ".xml", ".json"), H("dep-nyc-01").ip)); t += expo(0.8); }
        }
        // period close: SSRS report publication bursts to the Finance share
        for (int dd = CLOSE_DAY; dd <= CLOSE_DAY + 1; dd++) {
            Office nyc = OFF.get(0); Host rpt = H("rpt-nyc-01");
            int batches = I(2, 4);
            Ben b = ben("period_close", "fiscal period P02 close: SSRS subscriptions (svc_ssrs) publish report packs to \\\\fs-nyc-01\\Finance\\Close");
            for (int k = 0; k < batches; k++) {
                double t = nyc.at(dd, U(7, 19)); int n = I(60, 260);
                for (int q = 0; q < n; q++) { String ent = pick("US01", "US02", "UK01", "DE01", "SG01", "CONS"); bt(b, smb(nyc.fs, t, SVC_REPORT, "D:/Shares/Finance/Close/2025-P02/" + ent + "/" + pick("TB_", "PL_", "BS_", "CF_", "IC_Recon_", "AP_Aging_", "AR_Aging_", "FX_Reval_") + ent + "_" + ymdc((long) t) + "_" + I(1, 99) + pick(".pdf", ".xlsx", ".csv"), rpt.ip)); t += expo(1.2); }
            }
        }
        // daily sales report publication (small, regular, unlabelled)
        for (int d = 0; d < DAYS; d++) { Office nyc = OFF.get(0); if (!nyc.workday(d)) continue; double t = nyc.at(d, 6.5) + I(0, 300); int n = I(12, 30); for (int q = 0; q < n; q++) { smb(nyc.fs, t, SVC_REPORT, "D:/Shares/Sales/Reports/Daily/" + ymd((long) t) + "/" + pick("Bookings_", "Pipeline_", "Territory_") + pick("NA", "EMEA", "APAC", "LATAM") + "_" + q + ".pdf", H("rpt-nyc-01").ip); t += expo(2); } }
        // departmental migration fra Engineering -> fs-fra-02 (Saturday)
        {
            Office fra = OFF.get(3); User ad = null; for (User u : ADMINS) if (u.off == fra) ad = u; if (ad == null) ad = ADMINS.get(0);
            Host s1 = fra.fs, s2 = fra.fs2; double t = fra.at(MIGR_DAY, U(8.5, 10)); int n = I(3000, 6000);
            Ben b = ben("folder_migration", "robocopy /E /COPYALL /MT:8 migration of Engineering share from fs-fra-01 to fs-fra-02 by CORP\\adm." + ad.name);
            String[] tops = {"Designs", "Specs", "TestReports", "Releases", "CAD", "Tooling"};
            for (int q = 0; q < n; q++) {
                String top = pick(tops);
                bt(b, smb(s2, t, ad.adm, "D:/Shares/Engineering/" + top + "/" + pick("2019", "2020", "2021", "2022", "2023", "2024", "2025", "Archive", "Customers/" + pick(COMPANIES)) + "/" + pick(TOPIC.get("Engineering")) + "_" + I(1, 9999) + "." + extFor("Engineering"), s1.ip));
                t += expo(3.4);
            }
            MIGR_END = (long) t + 86400;
        }
    }

    static void genProvisioning() {
        Host dep = H("dep-nyc-01"), jump1 = H("jump-01");
        for (Host h : NEW_HOSTS) {
            double t = h.first + U(600, 2400);
            if (h.role.equals("ws")) {
                Ben b = ben("host_provisioning", "new workstation " + h.name + ": PDQ 'New Computer' baseline packages" + (h.owner != null && h.owner.ws != h ? " + helpdesk USMT data migration from " + h.owner.ws.name : ""));
                String[] pk = {"Office365", "Chrome", "7-Zip", "Zoom", "AcrobatReader", "FortiClient", "CrowdStrikeRemoval", "Teams", "DellCommandUpdate", "Printers"};
                for (String p : pk) { int k = I(3, 22); for (int q = 0; q < k; q++) { bt(b, smb(h, t, SVC_PDQ, "C:/Windows/AdminArsenal/PDQDeployRunner/service-1/exec/" + p + "/" + pick("setup.exe", "install.ps1", hexL(6) + ".cab", hexL(6) + ".msi", "config.xml", "Data/" + hexL(8) + ".dat"), dep.ip)); t += expo(2); } t += U(60, 600); }
                if (h.owner != null && h.owner.ws != h) { // hardware refresh -> USMT store copied by helpdesk
                    User u = h.owner; Acct hd = HELPDESK.isEmpty() ? SVC_DEPLOY : pickL(HELPDESK).hd; int n = I(250, 800); t += U(600, 1800);
                    for (int q = 0; q < n; q++) { bt(b, smb(h, t, hd, "C:/USMT/Store/" + u.name + "/USMT/File/C$/Users/" + u.name + "/" + pick("Documents/", "Desktop/", "Pictures/", "Downloads/", "AppData/Roaming/Microsoft/Signatures/") + docName(u), u.ws.ip)); t += expo(1.0); }
                }
            } else if (h.role.equals("fs")) {
                Office o = h.off; User ad = null; for (User u : ADMINS) if (u.off == o) ad = u; if (ad == null) ad = ADMINS.get(0);
                Ben b = ben("host_provisioning", "new file server " + h.name + ": seeding APAC project folders from fs-sgp-01 with robocopy by CORP\\adm." + ad.name);
                int n = I(800, 2000);
                for (int q = 0; q < n; q++) { bt(b, smb(h, t, ad.adm, "E:/Projects/APAC/" + pick("SG-Retail-Rollout", "MY-Warehouse", "ID-Partner-Onboarding", "TH-Distribution") + "/" + pick("Docs", "Finance", "Planning", "Contracts", "Photos") + "/" + pick(TOPIC.get("Operations")) + "_" + I(1, 9999) + "." + extFor("Operations"), o.fs.ip)); t += expo(9); }
            } else {
                Ben b = ben("host_provisioning", "new build server " + h.name + ": Ansible provisioning playbook from jump-01 (user ansible, SFTP)");
                int n = I(200, 420);
                for (int q = 0; q < n; q++) { bt(b, lrem(h, t, "sftp-server", L_ANSIBLE, "/home/ansible/.ansible/tmp/ansible-tmp-" + (long) t + "." + I(100000, 999999) + "-" + I(1000, 99999) + "-" + I(10000000, 99999999) + "/" + pick("AnsiballZ_apt.py", "AnsiballZ_copy.py", "AnsiballZ_template.py", "AnsiballZ_file.py", "source", "AnsiballZ_unarchive.py", "AnsiballZ_systemd.py"), jump1.ip)); t += expo(6); }
            }
        }
    }

    // ================================================================ attacks
    static final String[] WIN_TOOLS = {"SharpHound.exe", "Rubeus.exe", "Seatbelt.exe", "Certify.exe", "SharpUp.exe", "mimikatz.exe", "m64.exe", "procdump64.exe", "AdFind.exe", "adf.bat",
        "7za.exe", "rclone.exe", "rclone.conf", "netscan.exe", "netscan.xml", "PsExec64.exe", "nc64.exe", "chisel.exe", "agent.exe", "Invoke-ShareFinder.ps1", "PowerView.ps1",
        "Snaffler.exe", "LaZagne.exe", "Advanced_IP_Scanner_2.5.4594.1.exe", "winscp.exe", "AnyDesk.exe", "Grouper2.exe", "socks.ps1", "kerbrute.exe", "SharpGPOAbuse.exe"};
    static final String[] PY_EMBED = {"python.exe", "pythonw.exe", "python311.dll", "python3.dll", "python311.zip", "python311._pth", "vcruntime140.dll", "vcruntime140_1.dll", "_ctypes.pyd",
        "_socket.pyd", "_ssl.pyd", "libcrypto-3.dll", "libssl-3.dll", "select.pyd", "unicodedata.pyd", "_hashlib.pyd", "_bz2.pyd", "_lzma.pyd", "pyexpat.pyd", "sqlite3.dll", "_sqlite3.pyd",
        "_asyncio.pyd", "_overlapped.pyd", "_queue.pyd", "_uuid.pyd", "winsound.pyd", "libffi-8.dll", "_decimal.pyd", "_elementtree.pyd", "_multiprocessing.pyd"};
    static final String[] IMPACKET = {"__init__.py", "smb.py", "smb3.py", "smbconnection.py", "nmb.py", "ntlm.py", "spnego.py", "krb5/__init__.py", "krb5/kerberosv5.py", "krb5/ccache.py",
        "krb5/asn1.py", "krb5/crypto.py", "krb5/types.py", "krb5/constants.py", "dcerpc/v5/__init__.py", "dcerpc/v5/rpcrt.py", "dcerpc/v5/transport.py", "dcerpc/v5/epm.py", "dcerpc/v5/samr.py",
        "dcerpc/v5/lsad.py", "dcerpc/v5/lsat.py", "dcerpc/v5/drsuapi.py", "dcerpc/v5/scmr.py", "dcerpc/v5/srvs.py", "dcerpc/v5/wkst.py", "dcerpc/v5/tsch.py", "dcerpc/v5/dcomrt.py",
        "dcerpc/v5/dcom/wmi.py", "dcerpc/v5/dcom/__init__.py", "dcerpc/v5/ndr.py", "dcerpc/v5/dtypes.py", "dcerpc/v5/enum.py", "dcerpc/v5/nrpc.py", "dcerpc/v5/rrp.py", "dcerpc/v5/even.py",
        "ldap/__init__.py", "ldap/ldap.py", "ldap/ldapasn1.py", "ldap/ldaptypes.py", "examples/secretsdump.py", "examples/__init__.py", "examples/utils.py", "examples/logger.py",
        "examples/serviceinstall.py", "examples/remcomsvc.py", "examples/ntlmrelayx/__init__.py", "crypto.py", "hresult_errors.py", "nt_errors.py", "structure.py", "uuid.py", "version.py",
        "winregistry.py", "ese.py", "dpapi.py", "system_errors.py", "mqtt.py", "http.py", "tds.py", "IP6_Address.py", "ImpactPacket.py", "ImpactDecoder.py", "helper.py", "pcapfile.py"};
    static final String[] LNX_TOOLS = {"linpeas.sh", "pspy64", "chisel", "socat", "gost", "ligolo-agent", "frpc", "frpc.toml", "xmrig", "config.json", "start.sh", "libprocesshider.so",
        "lse.sh", "les.sh", "traitor-amd64", "nmap", "nmap-services", "sshpass", "kerbrute_linux_amd64", "dumper.py", "tun.sh", "id_ed25519", "known_hosts", "busybox", "proxychains4", "proxychains.conf"};
    static final String[] LNX_REPOS = {"Responder", "impacket", "BloodHound.py", "PEASS-ng", "CrackMapExec"};

    static Inc newInc(String kind) { Inc i = new Inc(); i.kind = kind; i.idx = INCS.size(); INCS.add(i); return i; }
    static Ev at(Inc inc, Ev e) {
        if (e == null) return null;
        e.inc = inc.idx;
        if (!inc.hosts.contains(e.h)) inc.hosts.add(e.h);
        if (e.ts < inc.first) inc.first = e.ts; if (e.ts > inc.last) inc.last = e.ts; inc.files++;
        return e;
    }
    static Ev aux(Inc inc, Ev e) { if (e != null) e.inc = inc.idx; return e; } // attack-related non-counted line

    static final Set<Host> USED = new HashSet<>();
    static List<Host> winPool, busyPool, lnxPool;
    static Host take(List<Host> pool) {
        List<Host> c = new ArrayList<>(); for (Host h : pool) if (!USED.contains(h)) c.add(h);
        Host h = pickL(c); USED.add(h); return h;
    }
    static long pickTime(Host h, double durH, boolean work) {
        long lo = T0 + 5 * 86400L + 3600, hi = END - (long) (durH * 3600) - 7200;
        Office o = h.off;
        for (int tries = 0; tries < 1000; tries++) {
            long t = lo + (long) (U() * (hi - lo));
            if (!work) return t;
            int di = o.ld(t); double lh = o.lh(t);
            if (di >= 0 && di < DAYS && o.workday(di) && lh >= 8.5 && lh <= 17.5 - Math.min(durH, 6) * 0.4) return t;
        }
        return lo + (long) (U() * (hi - lo));
    }
    /** Attacker identity: compromised account + source address. */
    static List<Acct> ROGUE;
    static Acct attackerAcct(boolean admin) {
        if (ROGUE == null) { ROGUE = new ArrayList<>(); for (String n : new String[]{"adm.svc2", "helpdesk_tmp", "sqlbackup", "adm.jbauer", "svc_wsus", "adm.backup2"}) ROGUE.add(dom(n)); }
        if (!admin && P(0.5)) { User u = pickL(USERS); return u.a; }
        int k = I(100);
        if (k < 20) return pickL(ROGUE);                       // account created by the intruder
        if (k < 45 && !HELPDESK.isEmpty()) return pickL(HELPDESK).hd; // compromised helpdesk account
        if (k < 60) return pick(SVC_PDQ, SVC_BACKUP, SVC_DEPLOY);     // abused service/deployment account
        return pickL(ADMINS).adm;                              // compromised domain admin
    }
    static String attackerSrc() {
        int k = I(100);
        if (k < 55) { Host h; do { h = pickL(HOSTS); } while (!h.role.equals("ws")); return h.ip; }
        if (k < 75) return "10.200." + I(0, 15) + "." + I(2, 254);
        if (k < 90) return pick("10.10.0.30", "10.30.0.30", "10.40.0.30", "10.100.5.11", "10.10.0.31");
        return "10." + pick("10", "30", "40") + "." + I(1, 3) + "." + I(10, 250);
    }
    static String hiddenWinDir() {
        return pick("C:/ProgramData/USOShared/Logs/" + rs("abcdefghijklmnopqrstuvwxyz", 3) + "/", "C:/PerfLogs/", "C:/PerfLogs/Admin/" + hexL(4) + "/", "C:/Users/Public/Libraries/" + rs(ALPHA, 2) + "/",
            "C:/ProgramData/Microsoft/DeviceSync/", "C:/Windows/Temp/wct" + hexU(4) + ".tmp/", "C:/ProgramData/Package Cache/" + guidU() + "/", "C:/Intel/Logs/", "C:/ProgramData/ssh/",
            "C:/Users/Public/Music/" + rs("abcdefghijklmnopqrstuvwxyz", 4) + "/", "C:/ProgramData/Oracle/Java/.cache/", "C:/Windows/Tasks/", "C:/ProgramData/Microsoft/Crypto/RSA/" + hexL(6) + "/");
    }
    static boolean isPriv(Acct a) { String n = a.name; return n.startsWith("adm.") || n.startsWith("hd.") || n.startsWith("svc") || n.startsWith("helpdesk") || n.startsWith("sqlbackup"); }
    /** a plain user can only write where share permissions allow: their redirected home folder or a department share */
    static String userShareDir(Acct a) { return pick("D:/Home/" + a.name + "/Documents/" + pick("old", "Backup", "tmp", "misc") + "/", "D:/Home/" + a.name + "/Desktop/New folder/", "D:/Shares/" + pick("Sales", "Operations", "Marketing") + "/Team/" + rs("abcdefghijklmnopqrstuvwxyz", 3) + "/"); }
    static String accName(Acct a) { return (a.domain != null ? a.domain + "\\" : "") + a.name; }

    /** windows burst: returns description; writes files to h over SMB */
    static String winBurst(Inc inc, Host h, long t0, Acct a, String src, boolean night) {
        int v = I(3); double t = t0; String dir = isPriv(a) ? hiddenWinDir() : userShareDir(a); int n0 = inc.files;
        String what;
        if (night && h.role.equals("fs") && P(0.55)) v = 3;
        if (!isPriv(a) && v != 3) v = P(0.6) ? 1 : 0;
        switch (v) {
            case 0: { // toolkit + portable python / impacket tree, copied with robocopy / smbclient put
                List<String> tools = new ArrayList<>(Arrays.asList(WIN_TOOLS)); Collections.shuffle(tools, new Random(R.nextLong()));
                int nt = I(5, 14); for (int i = 0; i < nt; i++) { at(inc, smb(h, t, a, dir + tools.get(i), src)); t += expo(0.8); }
                int np = I(15, PY_EMBED.length); for (int i = 0; i < np; i++) { at(inc, smb(h, t, a, dir + "py/" + PY_EMBED[i], src)); t += expo(0.25); }
                int ni = I(20, IMPACKET.length); for (int i = 0; i < ni; i++) { at(inc, smb(h, t, a, dir + "py/Lib/site-packages/impacket/" + IMPACKET[i], src)); t += expo(0.2); if (P(0.03)) t += U(20, 90); }
                what = "toolkit + embedded Python/impacket tree copied over SMB (robocopy/smbclient put) into " + w(dir);
                aux(inc, procEv(h, t + U(30, 300), new Proc("python.exe", w(dir) + "py\\python.exe", "Python Software Foundation", true), a, w(dir) + "py\\python.exe -c \"import impacket\""));
                break;
            }
            case 1: { // data staging of documents collected from shares
                int n = I(80, 350); String sd = isPriv(a) ? pick("C:/PerfLogs/d/", "C:/Users/Public/Documents/st/", "C:/ProgramData/Microsoft/Windows/WER/Temp/", "C:/Windows/Temp/" + hexL(6) + "/", dir) : dir;
                User victim = pickL(USERS); String[] depts = {"Finance", "Legal", "HR", "Executive", "Sales"};
                for (int i = 0; i < n; i++) { String dep = pick(depts); String fname = pick(TOPIC.get(dep)) + "_" + pick(COMPANIES) + "_" + I(1, 999) + "." + extFor(dep); at(inc, smb(h, t, a, sd + dep + "/" + fname, src)); t += expo(1.4); if (P(0.02)) t += U(30, 120); }
                what = n + "-document data-staging copy (Finance/Legal/HR/Executive files) into " + w(sd);
                double tz = t + U(60, 600); int parts = I(3, 12);
                if (h.role.equals("ws")) for (int i = 1; i <= parts; i++) aux(inc, F(h, tz + i * U(5, 40), "creation", SZA, a, sd + "arc.7z." + String.format("%03d", i)));
                if (h.role.equals("ws")) aux(inc, netEv(h, tz + parts * 45, RCLONE, a, "connection_attempted", h.ip, pick("51.222.", "185.199.", "104.21.") + I(0, 255) + "." + I(1, 254), 443));
                break;
            }
            case 2: { // ransomware pre-staging
                String enc = pick("svchostt.exe", "winupd.exe", "locker.exe", "WmiPrvSE64.exe", "msupd" + I(10, 99) + ".exe", rs("abcdefghijklmnopqrstuvwxyz", 6) + ".exe");
                List<String> f = new ArrayList<>(List.of(enc, "PsExec64.exe", "kill.bat", "def.bat", "shadow.bat", "comps.txt", "pass.txt", "run.bat", "readme.txt", "netscan.exe", "netscan.lic", "netscan.xml", "AdFind.exe", "ad_users.txt", "ad_computers.txt", "ad_group.txt", "trustdmp.txt", "subnets.txt", "Everything.exe", "GMER.exe", "PCHunter64.exe", "Defender_Control.exe", "dControl.ini"));
                int n = Math.min(f.size(), I(12, 23)); int reps = I(1, 2);
                for (int r = 0; r < reps; r++) for (int i = 0; i < n; i++) { at(inc, smb(h, t, a, dir + (r > 0 ? "x/" : "") + f.get(i), src)); t += expo(2.5); }
                int extra = I(0, 30); for (int i = 0; i < extra; i++) { at(inc, smb(h, t, a, dir + "lists/" + pick("hosts_", "ips_", "users_") + i + ".txt", src)); t += expo(1.0); }
                what = "ransomware pre-staging (encryptor " + enc + ", PsExec, batch scripts, AdFind/NetScan output) into " + w(dir);
                aux(inc, procEv(h, t + U(60, 900), new Proc(enc, w(dir) + enc, null, false), a, w(dir) + enc + " -path \\\\" + h.name + "\\C$"));
                break;
            }
            default: { // remote encryption of a file share from another host
                String rext = pick("." + rs(ALNUM, 9), ".akira", ".royal_w", ".BlackByte", ".basta", "." + rs("abcdefghijklmnopqrstuvwxyz", 5));
                String note = pick("README.txt", "akira_readme.txt", "HOW_TO_RESTORE.txt", "RESTORE_FILES_INFO.txt", "ReadMe.txt", "!!!READ_ME!!!.txt");
                String[] ds = {"Finance", "Sales", "Legal", "HR", "Engineering", "Operations", "Marketing"}; int folders = I(8, 40);
                int total = 0;
                for (int fo = 0; fo < folders; fo++) {
                    String dep = pick(ds); String d = "D:/Shares/" + dep + "/" + pick(SUB.get(dep)) + "/" + pick("2024", "2025", "Archive", "Working", "Clients/" + pick(COMPANIES)) + "/";
                    at(inc, smb(h, t, a, d + note, src)); t += expo(0.3);
                    int k = I(4, 30);
                    for (int i = 0; i < k; i++) { String orig = d + pick(TOPIC.get(dep)) + "_" + I(1, 999) + "." + extFor(dep); at(inc, smb(h, t, a, orig + rext, src)); aux(inc, smbAct(h, t + U(0.05, 0.5), "deletion", a, orig, src, null)); t += expo(0.9); total++; }
                }
                what = "remote encryption of file shares over SMB (" + total + " files renamed to *" + rext + ", ransom note " + note + " in " + folders + " folders)";
            }
        }
        return what + "; " + (inc.files - n0) + " files";
    }

    static String linuxScp(Inc inc, Host h, long t0, Acct a, String src) {
        int v = I(3); double t = t0; int n0 = inc.files;
        String dir = pick("/tmp/.X25-unix/.s/", "/dev/shm/.cache/", "/var/tmp/.systemd-private-" + hexL(32) + "/", "/home/" + a.name + "/.local/share/.t/", "/opt/.backup/", "/tmp/.font-unix/", "/var/tmp/." + hexL(6) + "/");
        String what;
        switch (v) {
            case 0: {
                List<String> tools = new ArrayList<>(Arrays.asList(LNX_TOOLS)); Collections.shuffle(tools, new Random(R.nextLong()));
                int n = I(5, 22); for (int i = 0; i < n; i++) { at(inc, lrem(h, t, "scp", a, dir + tools.get(i), src)); t += expo(P(0.2) ? 30 : 2); }
                what = "scp of offensive tooling (" + String.join(", ", tools.subList(0, Math.min(5, n))) + ", ...) into " + dir;
                aux(inc, procEv(h, t + U(20, 200), lp(h, "bash"), a, "bash " + dir + (tools.contains("linpeas.sh") ? "linpeas.sh" : tools.get(0))));
                break;
            }
            case 1: {
                String repo = pick(LNX_REPOS); int n = I(60, 220);
                for (int i = 0; i < n; i++) { at(inc, lrem(h, t, "scp", a, dir + repo + "/" + pick("", "lib/", "tools/", "examples/", "impacket/", "docs/", "tests/") + pick(IMPACKET).replace("/", "_") .replace("__init___", "init_") + (P(0.1) ? "c" : ""), src)); t += expo(0.12); }
                what = "scp -r of the " + repo + " source tree into " + dir;
                break;
            }
            default: {
                int n = I(20, 120); String base = pick("dump_", "db_", "home_", "etc_", "backup_") + ymdc(t0);
                for (int i = 0; i < n; i++) { String part = "" + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26); at(inc, lrem(h, t, "sftp-server", a, dir + base + ".tar.gz.part-" + part, src)); t += expo(P(0.1) ? 60 : 6); }
                at(inc, lrem(h, t, "sftp-server", a, dir + "users.sql.gz", src));
                what = "SFTP upload of split archive " + base + ".tar.gz.part-* (loot staging) into " + dir;
            }
        }
        return what + "; " + (inc.files - n0) + " files";
    }

    static void genAttacks() {
        winPool = new ArrayList<>(); busyPool = new ArrayList<>(); lnxPool = new ArrayList<>();
        for (Host h : HOSTS) {
            if (h.isNew || h.last < END) continue;
            if (h.win() && !h.role.equals("dc") && !h.role.equals("dep")) winPool.add(h);
            if (h.role.equals("fs") || h.role.equals("dms") || h.role.equals("app")) busyPool.add(h);
            if (!h.win()) lnxPool.add(h);
        }
        String[] kinds = {"burst", "burst", "low_and_slow", "low_and_slow", "night", "night", "linux_scp", "linux_scp", "tool_spread", "tool_spread", "new_host_burst", "new_host_burst"};
        List<Host> newCand = new ArrayList<>(NEW_HOSTS);
        for (String kind : kinds) {
            Inc inc = newInc(kind);
            switch (kind) {
                case "burst": {
                    Host h = take(P(0.5) ? wsOnly() : winPool); boolean admin = !h.role.equals("fs") || P(0.6);
                    Acct a = attackerAcct(admin); String src = attackerSrc(); long t = pickTime(h, 0.3, P(0.55));
                    inc.desc = "SMB burst to " + h.name + " by " + accName(a) + " from " + src + ": " + winBurst(inc, h, t, a, src, false);
                    break;
                }
                case "night": {
                    Host h = take(busyPool); Acct a = attackerAcct(true); String src = attackerSrc();
                    long t; int tries = 0; do { t = pickTime(h, 1, false); t = h.off.at(h.off.ld(t), U(0.5, 4.0)); } while ((t < T0 + 5 * 86400L || t > END - 4 * 3600) && ++tries < 100);
                    inc.desc = "night-time (" + String.format("%02d:%02d", (int) h.off.lh(t), (int) (h.off.lh(t) * 60) % 60) + " local) SMB burst on busy server " + h.name + " by " + accName(a) + " from " + src + ": " + winBurst(inc, h, t, a, src, true);
                    break;
                }
                case "low_and_slow": {
                    Host h = take(winPool); Acct a = attackerAcct(!h.role.equals("fs")); String src = attackerSrc();
                    double durH = U(2, 6); long t0 = pickTime(h, durH, P(0.7));
                    double lam = U(0.7, 2.6); String dir = isPriv(a) ? hiddenWinDir() : userShareDir(a); int slots = (int) (durH * 4);
                    boolean wmi = isPriv(a) && P(0.5); List<String> tools = new ArrayList<>(Arrays.asList(WIN_TOOLS)); Collections.shuffle(tools, new Random(R.nextLong()));
                    int ti = 0;
                    for (int sl = 0; sl < slots; sl++) {
                        int n = Math.min(5, poisson(lam)); double ts = t0 + sl * 900;
                        for (int i = 0; i < n; i++) {
                            double t = ts + U() * 900; String f;
                            if (wmi && P(0.6)) f = "C:/Windows/__" + (long) t + "." + I(1000000, 9999999);
                            else if (P(0.35) && ti < tools.size()) f = dir + tools.get(ti++);
                            else { String dep = pick("Finance", "Legal", "HR", "Executive"); f = dir + "c/" + pick(TOPIC.get(dep)) + "_" + I(1, 999) + "." + extFor(dep); }
                            at(inc, smb(h, t, a, f, src));
                            if (f.startsWith("C:/Windows/__")) aux(inc, smbAct(h, t + U(1, 6), "deletion", a, f, src, null));
                        }
                    }
                    inc.desc = "low-and-slow over " + String.format("%.1f", durH) + " h on " + h.name + " by " + accName(a) + " from " + src + ": " + (wmi ? "wmiexec-style command output files (C:\\Windows\\__<epoch>) plus " : "") + "periodic tool uploads and document staging into " + w(dir) + "; " + inc.files + " files";
                    break;
                }
                case "linux_scp": {
                    Host h = take(lnxPool); User dev = DEVS.isEmpty() ? null : pickL(DEVS);
                    Acct a = dev != null && P(0.55) ? dev.la : pick(L_JENKINS, L_ANSIBLE, lnx("deploy", "1001"), L_APP);
                    String src = P(0.4) ? pick("10.100.5.11", "10.100.5.12", "10.100.30.11") : attackerSrc(); long t = pickTime(h, 0.5, P(0.5));
                    inc.desc = "Linux transfer to " + h.name + " as " + a.name + " from " + src + ": " + linuxScp(inc, h, t, a, src);
                    break;
                }
                case "tool_spread": {
                    int n = I(3, 8); Acct a = attackerAcct(true); String src = attackerSrc();
                    List<Host> targets = new ArrayList<>(); List<Host> pool = new ArrayList<>(winPool); for (Host h : HOSTS) if (h.role.equals("dc") && P(0.5)) pool.add(h);
                    for (int i = 0; i < n; i++) targets.add(take(pool));
                    long t0 = pickTime(targets.get(0), 1, P(0.4)); double span = U(10, 55) * 60;
                    int mech = I(4); String dir = hiddenWinDir();
                    List<String> kit = new ArrayList<>(); List<String> all = new ArrayList<>(Arrays.asList(WIN_TOOLS)); Collections.shuffle(all, new Random(R.nextLong()));
                    String beacon = pick("wdupdate.dll", "msedge_elf.dll", "UpdateCheck.exe", "OneDriveUpdate.exe", "sysmgr.exe", rs("abcdefghijklmnopqrstuvwxyz", 7) + ".exe");
                    kit.add(beacon); for (int i = 0; i < I(2, 9); i++) kit.add(all.get(i));
                    String mechName = mech == 0 ? "PsExec/PAExec" : mech == 1 ? "Cobalt Strike jump psexec64" : mech == 2 ? "Impacket psexec/wmiexec" : "Sliver psexec";
                    for (int i = 0; i < targets.size(); i++) {
                        Host h = targets.get(i); double t = t0 + span * i / Math.max(1, targets.size() - 1) * U(0.85, 1.0);
                        switch (mech) {
                            case 0: at(inc, smb(h, t, a, P(0.5) ? "C:/Windows/PSEXESVC.exe" : "C:/Windows/PAExec-" + I(1000, 9999) + "-" + h.name.toUpperCase() + ".exe", src)); break;
                            case 1: at(inc, smb(h, t, a, "C:/Windows/" + rs(ALNUM, 7) + ".exe", src)); break;
                            case 2: at(inc, smb(h, t, a, "C:/Windows/" + rs(ALPHA, 8) + ".exe", src)); int o = I(2, 8); for (int q = 0; q < o; q++) { String wf = "C:/Windows/__" + (long) (t + 5 + q * 20) + "." + I(1000000, 9999999); double tq = t + 5 + q * U(4, 40); at(inc, smb(h, tq, a, wf, src)); aux(inc, smbAct(h, tq + U(1, 5), "deletion", a, wf, src, null)); } break;
                            default: at(inc, smb(h, t, a, "C:/Windows/Temp/" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10) + ".exe", src));
                        }
                        t += U(3, 20);
                        for (String k : kit) { at(inc, smb(h, t, a, dir + k, src)); t += expo(1.5); }
                        aux(inc, procEv(h, t + U(2, 30), SERVICES, SYSTEM_A, "C:\\Windows\\system32\\services.exe"));
                    }
                    StringBuilder hs = new StringBuilder(); for (Host h : targets) hs.append(hs.length() > 0 ? ", " : "").append(h.name);
                    inc.desc = "tool spread via " + mechName + " by " + accName(a) + " from " + src + " to " + targets.size() + " hosts (" + hs + "): service binary + toolkit [" + String.join(", ", kit) + "] in " + w(dir) + "; " + inc.files + " files";
                    break;
                }
                case "new_host_burst": {
                    List<Host> c = new ArrayList<>(); for (Host h : newCand) if (!USED.contains(h) && h.first + 86400 < END - 6 * 3600 && h.first + 3 * 86400 > T0 + 5 * 86400L) c.add(h);
                    Host h = pickL(c); USED.add(h);
                    long lo = Math.max(h.first + 86400L, T0 + 5 * 86400L), hi = Math.min(h.first + 3 * 86400L, END - 6 * 3600);
                    long t = lo + (long) (U() * (hi - lo));
                    String src = attackerSrc();
                    if (h.win()) { Acct a = attackerAcct(true); inc.desc = "burst on new host " + h.name + " (first seen " + iso(h.first * NS, true) + ") by " + accName(a) + " from " + src + ": " + winBurst(inc, h, t, a, src, false); }
                    else { Acct a = DEVS.isEmpty() ? L_JENKINS : pickL(DEVS).la; inc.desc = "burst on new host " + h.name + " (first seen " + iso(h.first * NS, true) + ") as " + a.name + " from " + src + ": " + linuxScp(inc, h, t, a, src); }
                    break;
                }
            }
        }
    }
    static List<Host> wsOnly() { List<Host> l = new ArrayList<>(); for (Host h : winPool) if (h.role.equals("ws")) l.add(h); return l; }

    // ================================================================ rendering
    static String iso(long tns, boolean secOnly) {
        long s = Math.floorDiv(tns, NS);
        LocalDateTime d = LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(32);
        b.append(d.getYear()).append('-').append(two(d.getMonthValue())).append('-').append(two(d.getDayOfMonth())).append('T').append(two(d.getHour())).append(':').append(two(d.getMinute())).append(':').append(two(d.getSecond())).append('Z');
        return b.toString();
    }
    static String isoEnd(long tns) { long s = Math.floorDiv(tns + NS - 1, NS); return iso(s * NS, true); }
    static String fmtTs(long tns, int digits, int offSec) { return fmtTs(tns, digits, offSec, false); }
    static String fmtTs(long tns, int digits, int offSec, boolean forceOff) {
        long s = Math.floorDiv(tns, NS); long frac = Math.floorMod(tns, NS);
        LocalDateTime d = LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.ofTotalSeconds(offSec));
        StringBuilder b = new StringBuilder(40);
        b.append(d.getYear()).append('-').append(two(d.getMonthValue())).append('-').append(two(d.getDayOfMonth())).append('T').append(two(d.getHour())).append(':').append(two(d.getMinute())).append(':').append(two(d.getSecond()));
        if (digits > 0) { b.append('.'); long div = 100_000_000L; for (int i = 0; i < digits; i++) { b.append((char) ('0' + (frac / div) % 10)); div /= 10; } }
        if (offSec == 0 && !forceOff) b.append('Z');
        else { int a = Math.abs(offSec); b.append(offSec < 0 ? '-' : '+').append(two(a / 3600)).append(':').append(two(a / 60 % 60)); }
        return b.toString();
    }
    static void esc(StringBuilder sb, String s) {
        sb.append('"');
        int st = 0, L = s.length();
        for (int i = 0; i < L; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            if (i > st) sb.append(s, st, i);
            st = i + 1;
            switch (c) {
                case '"': sb.append("\\\""); break; case '\\': sb.append("\\\\"); break; case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break; case '\t': sb.append("\\t"); break; case '\b': sb.append("\\b"); break; case '\f': sb.append("\\f"); break;
                default: sb.append(String.format("\\u%04x", (int) c));
            }
        }
        if (st < L) sb.append(s, st, L);
        sb.append('"');
    }
    @SuppressWarnings("unchecked")
    static void val(StringBuilder sb, Object v) {
        if (v instanceof String) esc(sb, (String) v);
        else if (v instanceof Number || v instanceof Boolean) sb.append(v);
        else if (v instanceof List) { sb.append('['); boolean f = true; for (Object o : (List<Object>) v) { if (!f) sb.append(','); f = false; val(sb, o); } sb.append(']'); }
        else if (v instanceof Map) { sb.append('{'); boolean f = true; for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) { if (!f) sb.append(','); f = false; esc(sb, e.getKey()); sb.append(':'); val(sb, e.getValue()); } sb.append('}'); }
        else sb.append("null");
    }
    @SuppressWarnings("unchecked")
    static void put(Map<String, Object> root, String[] parts, int from, Object v) {
        Map<String, Object> m = root;
        for (int i = from; i < parts.length - 1; i++) { Object o = m.get(parts[i]); if (!(o instanceof Map)) { o = new LinkedHashMap<String, Object>(); m.put(parts[i], o); } m = (Map<String, Object>) o; }
        m.put(parts[parts.length - 1], v);
    }
    static void kv(List<Object[]> f, String k, Object v) { if (v != null) f.add(new Object[]{k, v}); }
    static String name(String p) { int i = Math.max(p.lastIndexOf('\\'), p.lastIndexOf('/')); return p.substring(i + 1); }
    static String dir(String p) { int i = Math.max(p.lastIndexOf('\\'), p.lastIndexOf('/')); return i <= 0 ? p.substring(0, Math.max(i, 0) + 1) : p.substring(0, i); }

    // render-path randomness: per-event generator so lines can be rendered in parallel, deterministically
    static long RSEED;
    static long mix64(long z) { z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL; z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L; return z ^ (z >>> 33); }
    static boolean rP(SplittableRandom r, double p) { return r.nextDouble() < p; }
    static int rI(SplittableRandom r, int n) { return r.nextInt(n); }
    static int rI(SplittableRandom r, int a, int b) { return a + r.nextInt(b - a + 1); }
    @SafeVarargs static <T> T rpick(SplittableRandom r, T... a) { return a[r.nextInt(a.length)]; }
    static String rrs(SplittableRandom r, String alpha, int n) { StringBuilder b = new StringBuilder(n); for (int i = 0; i < n; i++) b.append(alpha.charAt(r.nextInt(alpha.length()))); return b.toString(); }
    static List<Object[]> fields(Ev e, String tsStr, SplittableRandom r) {
        Host h = e.h; List<Object[]> f = new ArrayList<>(36);
        kv(f, "@timestamp", tsStr);
        kv(f, "agent.id", h.agent); kv(f, "agent.type", "endpoint");
        String ds = e.cat == 0 ? "endpoint.events.file" : e.cat == 1 ? "endpoint.events.process" : "endpoint.events.network";
        kv(f, "data_stream.dataset", ds);
        kv(f, "ecs.version", "8.11.0");
        kv(f, "event.action", e.act);
        String cn = e.cat == 0 ? "file" : e.cat == 1 ? "process" : "network";
        kv(f, "event.category", (h.catStr || rP(r, 0.03)) ? (Object) cn : List.of(cn));
        kv(f, "event.dataset", ds);
        kv(f, "event.id", rrs(r, B64, 16) + "+++++" + rrs(r, B64, 3));
        kv(f, "event.kind", "event"); kv(f, "event.module", "endpoint"); kv(f, "event.sequence", e.seq);
        String ty = e.cat == 0 ? (e.act.equals("creation") ? "creation" : e.act.equals("deletion") ? "deletion" : "change") : e.cat == 1 ? "start" : "start";
        kv(f, "event.type", List.of(ty));
        if (e.cat == 0) {
            if (e.opath != null) kv(f, "file.Ext.original.path", e.opath);
            String nm = name(e.path);
            kv(f, "file.directory", dir(e.path));
            int d = nm.lastIndexOf('.'); if (d > 0 && d < nm.length() - 1) kv(f, "file.extension", nm.substring(d + 1));
            if (!e.noName) kv(f, "file.name", nm);
            kv(f, "file.path", e.path);
            if (e.size >= 0) kv(f, "file.size", e.size);
        }
        kv(f, "host.id", h.id);
        kv(f, "host.ip", h.win() ? List.of(h.ip, h.ip6) : List.of(h.ip));
        kv(f, "host.name", h.name);
        kv(f, "host.os.name", h.win() ? "Windows" : "Linux");
        kv(f, "host.os.type", h.win() ? "windows" : "linux");
        if (e.cat == 0) kv(f, "message", "Endpoint file event"); else if (e.cat == 1) kv(f, "message", "Endpoint process event"); else kv(f, "message", "Endpoint network event");
        if (e.cat == 2) { kv(f, "destination.ip", e.dst); kv(f, "destination.port", e.dport); kv(f, "network.transport", "tcp"); kv(f, "network.direction", e.act.equals("connection_accepted") ? "ingress" : "egress"); }
        Proc p = e.p;
        if (e.cat == 1) { kv(f, "process.command_line", e.cmd); kv(f, "process.parent.name", h.win() ? rpick(r, "explorer.exe", "services.exe", "svchost.exe", "userinit.exe") : rpick(r, "bash", "systemd", "sshd", "cron")); }
        if (h.win() && p.signer != null) { kv(f, "process.code_signature.subject_name", p.signer); kv(f, "process.code_signature.trusted", p.trusted); }
        else if (h.win()) kv(f, "process.code_signature.trusted", false);
        if (p.exe != null) kv(f, "process.executable", p.exe.contains("%u") && e.u != null ? p.exe.replace("%u", e.u.name) : p.exe);
        kv(f, "process.name", p.name);
        kv(f, "process.pid", p == SYSP ? 4 : 300 + rI(r, 30000));
        if (e.src != null && e.cat != 2) kv(f, "source.ip", e.src);
        if (e.src != null && e.cat == 2) { kv(f, "source.ip", e.src); kv(f, "source.port", rI(r, 49152, 65535)); }
        if (e.u != null) { if (e.u.domain != null) kv(f, "user.domain", e.u.domain); kv(f, "user.id", e.u.id); kv(f, "user.name", e.u.name); }
        return f;
    }

    static String render(Ev e) {
        SplittableRandom r = new SplittableRandom(mix64(RSEED + e.gen));
        return render(e, r);
    }
    static String render(Ev e, SplittableRandom r) {
        Host h = e.h;
        int digits = h.digits; if (rP(r, 0.08)) digits = rpick(r, 0, 1, 2, 3, 4, 5, 6, 8, 9, 9, 7, 7);
        int off = 0; boolean fo = false; if (rP(r, 0.0005)) { off = rP(r, 0.4) ? 7200 : h.off.off(e.ts / NS); fo = true; }
        String ts = fmtTs(e.ts, digits, off, fo);
        if (e.mal == 5) ts = null; // replaced below by number
        List<Object[]> f = fields(e, ts == null ? "x" : ts, r);
        if (e.mal == 1) f.removeIf(x -> x[0].equals("@timestamp"));
        if (e.mal == 2) f.removeIf(x -> x[0].equals("host.name"));
        if (e.mal == 3) for (Object[] x : f) if (x[0].equals("host.name")) x[1] = (long) rI(r, 1, 99999);
        if (e.mal == 5) for (Object[] x : f) if (x[0].equals("@timestamp")) x[1] = e.ts / 1_000_000L;
        if (e.mal == 6) for (Object[] x : f) if (x[0].equals("@timestamp")) { LocalDateTime d = LocalDateTime.ofEpochSecond(e.ts / NS, 0, ZoneOffset.UTC); x[1] = two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear() + " " + two(d.getHour()) + ":" + two(d.getMinute()) + ":" + two(d.getSecond()); }
        int style = h.dotted ? (rP(r, 0.85) ? 1 : 2) : (rP(r, 0.07) ? 1 : rP(r, 0.035) ? 2 : 0);
        StringBuilder sb = new StringBuilder(1400);
        if (style == 1) {
            sb.append('{'); boolean first = true;
            for (Object[] x : f) { if (!first) sb.append(','); first = false; esc(sb, (String) x[0]); sb.append(':'); val(sb, x[1]); }
            sb.append('}');
        } else if (style == 0) {
            nestedStream(sb, f);
        } else { // mixed: per top-level group nested, flat-dotted, or one level nested with dotted remainder
            Map<String, Object> root = new LinkedHashMap<>(); Map<String, Integer> mode = new HashMap<>();
            for (Object[] x : f) {
                String k = (String) x[0]; if (k.equals("@timestamp")) { root.put(k, x[1]); continue; }
                int dot = k.indexOf('.'); if (dot < 0) { root.put(k, x[1]); continue; } String top = k.substring(0, dot);
                int m = mode.computeIfAbsent(top, z -> rI(r, 3));
                if (m == 0) root.put(k, x[1]);
                else if (m == 1) put(root, k.split("\\."), 0, x[1]);
                else put(root, new String[]{top, k.substring(dot + 1)}, 0, x[1]);
            }
            val(sb, root);
        }
        return sb.toString();
    }
    /** writes nested JSON from dotted keys that are grouped by prefix (fields() keeps groups contiguous). */
    static final HashMap<String, String[]> SPLIT = new HashMap<>();
    static void nestedStream(StringBuilder sb, List<Object[]> f) {
        String[] open = new String[8]; int depth = 0; boolean[] first = new boolean[9];
        sb.append('{'); first[0] = true;
        for (Object[] x : f) {
            String k = (String) x[0];
            String[] parts = SPLIT.computeIfAbsent(k, z -> z.equals("@timestamp") ? new String[]{z} : z.split("\\."));
            int common = 0; while (common < depth && common < parts.length - 1 && open[common].equals(parts[common])) common++;
            while (depth > common) { sb.append('}'); depth--; }
            for (int i = depth; i < parts.length - 1; i++) {
                if (!first[depth]) sb.append(','); first[depth] = false;
                esc(sb, parts[i]); sb.append(":{"); open[depth] = parts[i]; depth++; first[depth] = true;
            }
            if (!first[depth]) sb.append(','); first[depth] = false;
            esc(sb, parts[parts.length - 1]); sb.append(':'); val(sb, x[1]);
        }
        while (depth > 0) { sb.append('}'); depth--; }
        sb.append('}');
    }
    static final String[] GARBAGE = {"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>",
        "ERROR: connection reset by peer while reading response header from upstream", "H4sIAAAAAAAA/+xdW3PbNrZ+z6/gcB/6JhZJSb5tO7u2m0w", "{{{{{", "\\x00\\x00\\x00\\x1f\\x8b\\x08", "-- MARK --",
        "2025/02/11 04:12:33 [warn] 1221#1221: *5531 an upstream response is buffered to a temporary file", "{\"@timestamp\":", "]"};

    // ================================================================ main
    public static void main(String[] args) throws Exception {
        long seed = 1; String out = null;
        for (int i = 0; i < args.length; i++) { if (args[i].equals("--seed")) seed = Long.parseLong(args[++i]); else if (args[i].equals("--out")) out = args[++i]; }
        if (out == null) { System.err.println("usage: java AltFleet.java --seed N --out DIR"); System.exit(2); }
        R = new SplittableRandom(mix64(seed ^ 0x243F6A8885A308D3L));
        RSEED = mix64(seed ^ 0x13198A2E03707344L);
        buildFleet();
        PATCH_DAY = pick(9, 10, 15, 16); MIGR_DAY = pick(12, 19); BK3_START = I(8, 9); CLOSE_DAY = pick(16, 17);
        genWorkstations();
        genAdminOps();      // sets MIGR_END before shares
        genShares();
        genWinServers();
        genLinuxNoise();
        genPatchDay();
        genBackups();
        genLinuxRemote();
        genProvisioning();
        genAttacks();

        // missing file.name on a small share of background creations by remote-transfer processes
        int nNoName = 0;
        for (Ev e : EV) if (e.inc < 0 && e.cat == 0 && e.act.equals("creation") && P(0.003)) { e.noName = true; nNoName++; }
        // arrival order: small jitter, a few far-too-late events
        for (Ev e : EV) {
            double r = U(); double d = r < 0.85 ? U(0, 2) : r < 0.98 ? U(0, 20) : U(0, 75);
            e.arr = e.ts + (long) (d * 1e9);
        }
        int nLate = 0; while (nLate < 20) { Ev e = EV.get(I(EV.size())); if (e.inc >= 0 || e.arr - e.ts > 3600 * NS) continue; e.arr = e.ts + (long) (U(2, 14) * 3600 * 1e9); nLate++; }
        EV.sort((x, y) -> x.arr != y.arr ? Long.compare(x.arr, y.arr) : Integer.compare(x.gen, y.gen));
        // malformed lines ~0.03 %
        int nMal = (int) Math.round(EV.size() * 0.0003); int[] malCount = new int[8];
        for (int k = 0; k < nMal; ) { Ev e = EV.get(I(EV.size())); if (e.inc >= 0 || e.mal >= 0) continue; e.mal = I(8); malCount[e.mal]++; k++; }

        Path dirp = Paths.get(out); Files.createDirectories(dirp);
        long lines = 0, remote = 0; int[] incFiles = new int[INCS.size()];
        Set<String> RP = Set.of("System", "scp", "sshd", "smbd", "vsftpd", "sftp-server");
        // rendering on this thread, gzip on a second thread (order preserved -> deterministic bytes)
        final java.util.concurrent.ArrayBlockingQueue<byte[]> q = new java.util.concurrent.ArrayBlockingQueue<>(6);
        final Path gzPath = dirp.resolve("fleet.ndjson.gz"); final Exception[] gzErr = new Exception[1];
        Thread gzt = new Thread(() -> {
            try (OutputStream fo = new BufferedOutputStream(Files.newOutputStream(gzPath), 1 << 20);
                 GZIPOutputStream gz = new GZIPOutputStream(fo, 1 << 16) {{ def.setLevel(GZLEVEL); }}) {
                while (true) { byte[] b = q.take(); if (b.length == 0) break; gz.write(b); }
            } catch (Exception ex) { gzErr[0] = ex; }
        });
        gzt.start();
        for (Ev e : EV) e.seq = e.h.seq++;
        final int CH = 16384; int nch = (EV.size() + CH - 1) / CH;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        java.util.function.IntFunction<java.util.concurrent.Callable<byte[]>> job = c -> () -> {
                final int lo = c * CH, hi = Math.min(EV.size(), lo + CH);
                ByteArrayOutputStream bo = new ByteArrayOutputStream(CH * 1100);
                for (int i = lo; i < hi; i++) {
                    Ev e = EV.get(i); String line;
                    if (e.mal < 0) line = render(e);
                    else {
                        SplittableRandom r = new SplittableRandom(mix64(RSEED + e.gen) ^ 0x5DEECE66DL);
                        if (e.mal == 0) { line = render(e); line = line.substring(0, rI(r, line.length() / 5, line.length() - 2)); }
                        else if (e.mal == 4) line = rpick(r, GARBAGE);
                        else if (e.mal == 7) { String a = render(e); line = a.substring(0, rI(r, a.length() / 3, a.length() - 2)) + render(EV.get(Math.max(0, i - 1))); }
                        else line = render(e);
                    }
                    byte[] lb = line.getBytes(StandardCharsets.UTF_8); bo.write(lb, 0, lb.length); bo.write('\n');
                }
                return bo.toByteArray();
            };
        for (Ev e : EV) {
            lines++;
            if (e.mal < 0 && e.cat == 0 && e.act.equals("creation") && RP.contains(e.p.name) && !e.noName && e.u != null && !e.u.name.equals("SYSTEM") && !e.u.name.equals("root")) { remote++; if (e.inc >= 0) incFiles[e.inc]++; }
        }
        final int W = 6; java.util.ArrayDeque<java.util.concurrent.Future<byte[]>> win = new java.util.ArrayDeque<>();
        int next = 0;
        while (next < nch && win.size() < W) win.add(pool.submit(job.apply(next++)));
        while (!win.isEmpty()) { q.put(win.poll().get()); if (next < nch) win.add(pool.submit(job.apply(next++))); }
        pool.shutdown();
        ByteArrayOutputStream wr = new ByteArrayOutputStream(0);
        q.put(wr.toByteArray()); q.put(new byte[0]); gzt.join();
        if (gzErr[0] != null) throw gzErr[0];
        // labels
        List<Inc> incs = new ArrayList<>(INCS); incs.sort(Comparator.comparingLong(x -> x.first));
        List<Ben> bens = new ArrayList<>(); for (Ben b : BENS) if (b.files > 0) bens.add(b); bens.sort(Comparator.comparingLong(x -> x.first));
        try (Writer lw = Files.newBufferedWriter(dirp.resolve("fleet.labels.ndjson"), StandardCharsets.UTF_8)) {
            int k = 1;
            for (Inc inc : incs) {
                inc.id = String.format("INC-%02d", k++);
                StringBuilder sb = new StringBuilder(); sb.append("{\"label\":\"incident\",\"id\":\"").append(inc.id).append("\",\"kind\":\"").append(inc.kind).append("\",\"hosts\":[");
                for (int i = 0; i < inc.hosts.size(); i++) { if (i > 0) sb.append(','); esc(sb, inc.hosts.get(i).name); }
                sb.append("],\"start\":\"").append(iso(inc.first, true)).append("\",\"end\":\"").append(isoEnd(inc.last)).append("\",\"description\":"); esc(sb, inc.desc); sb.append("}\n");
                lw.write(sb.toString());
            }
            k = 1;
            for (Ben b : bens) {
                StringBuilder sb = new StringBuilder(); sb.append("{\"label\":\"benign\",\"id\":\"").append(String.format("BEN-%02d", k++)).append("\",\"kind\":\"").append(b.kind).append("\",\"hosts\":[");
                for (int i = 0; i < b.hosts.size(); i++) { if (i > 0) sb.append(','); esc(sb, b.hosts.get(i).name); }
                sb.append("],\"start\":\"").append(iso(b.first, true)).append("\",\"end\":\"").append(isoEnd(b.last)).append("\",\"description\":"); esc(sb, b.desc + " (" + b.files + " remote-transfer files)"); sb.append("}\n");
                lw.write(sb.toString());
            }
        }
        // summary
        System.err.printf("seed=%d hosts=%d lines=%d remote=%d (%.1f%%) noName=%d late=%d malformed=%d [trunc=%d noTs=%d noHost=%d hostNum=%d garbage=%d tsNum=%d tsBad=%d concat=%d]%n",
            seed, HOSTS.size(), lines, remote, 100.0 * remote / lines, nNoName, nLate, nMal, malCount[0], malCount[1], malCount[2], malCount[3], malCount[4], malCount[5], malCount[6], malCount[7]);
        System.err.printf("patch_day=%s migration_day=%s bk-03 job start=%s period_close=%s benign_labels=%d%n", ymd(T0 + PATCH_DAY * 86400L), ymd(T0 + MIGR_DAY * 86400L), ymd(T0 + BK3_START * 86400L), ymd(T0 + CLOSE_DAY * 86400L), bens.size());
        for (Host h : NEW_HOSTS) System.err.printf("new host %-12s first %s%n", h.name, iso(h.first * NS, true));
        for (Host h : HOSTS) if (h.last < END) System.err.printf("retired host %-12s last %s%n", h.name, iso(h.last * NS, true));
        for (Inc inc : incs) System.err.printf("%s %-15s files=%4d hosts=%d %s..%s %s%n", inc.id, inc.kind, incFiles[inc.idx], inc.hosts.size(), iso(inc.first, true), isoEnd(inc.last), inc.desc.length() > 150 ? inc.desc.substring(0, 150) + "..." : inc.desc);
    }
}
