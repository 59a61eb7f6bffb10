// A third independent generator (see AltFleet.java, Fleet2.java): written from the brief alone, by an
// author who read neither spikewatch's code, its README nor the other two generators. Usage:
//   java bench/independent/Fleet3.java --seed N --out DIR     (about 30 s, up to 2 GB of heap)
// Kept as its author wrote it. README "A fleet we did not write" has the numbers.
/*
 * Fleet3 -- independent, labelled test-data generator for a "Spike in Remote File Transfers"
 * detector (MITRE ATT&CK TA0008 / T1570). JDK-only, Java 17:
 *
 *     java Fleet3.java --seed N --out DIR
 *
 * writes DIR/fleet.ndjson.gz (Elastic Defend file events, ECS) and DIR/fleet.labels.ndjson.
 * Same seed -> byte-identical output.
 *
 * ---------------------------------------------------------------------------------------------
 * THE ORGANISATION: Kestrel Frame Studios ("KFX", AD domain KFX / kfx.local)
 * ---------------------------------------------------------------------------------------------
 * A visual-effects and post-production house working on unreleased feature films and streaming
 * series. Pre-release content is the crown jewel (TPN-audited), so the estate is segmented and
 * Elastic Defend runs on ~140 hosts. Two sites:
 *   - London (Soho, HQ, UTC+0 all of March): compositing, lighting, editorial bays, production,
 *     the main server room and a 20-node render farm (rn-lon-*).
 *   - Montreal (UTC-5, switching to UTC-4 on Sunday 2026-03-08 -- the daily rhythm of every MTL
 *     host moves one hour in UTC mid-data set): FX/CG crews, lots of freelancers, a 10-node farm.
 *   - Cloud burst render nodes (rn-aws-*) that join mid-period for a delivery crunch.
 * Data covers 3 weeks, Monday 2026-03-02 00:00Z .. Monday 2026-03-23 00:00Z.
 *
 * Hosts (about 140):
 *   Windows 11 artist workstations lon-ws-*, mtl-ws-* (Nuke, Maya, Houdini, Photoshop, RV) and
 *   Avid editorial bays lon-edit-*; Windows Server file servers lon-fs-01 (projects), lon-fs-02
 *   (home + redirected profiles), lon-fs-03 (software/pipeline share), lon-fs-04 (editorial
 *   media), lon-fs-05 (production/finance docs), mtl-fs-01/02; Linux Samba storage heads
 *   (smbd) lon-nas-01..03, mtl-nas-01/02 and the backup target bkp-nas-01; Rocky Linux render
 *   nodes; DMZ transfer hosts lon-ingest-01 (OpenSSH internal-sftp -> process "sshd", dailies
 *   from set), lon-xfer-01 (client SFTP, sftp-server), mtl-ingest-01 (sftp-server), lon-ftp-01
 *   (vsftpd, audio house); Windows app servers (DCs, SQL, SCCM, licence server, Deadline
 *   repositories, RDS hosts, Veeam); Linux infra (GitLab, PostgreSQL, MongoDB for Deadline,
 *   bastions, CI build, Ansible, monitoring, wiki, ftrack).
 *   Montreal ships its logs through a Logstash that flattens keys (dotted keys, 3-digit
 *   fractions); London Windows ships nested 7-digit Defend documents; DMZ via a Kafka connector
 *   that produces mixed documents; Linux hosts 9 or 6 digits.
 *
 * Habits that shape the traffic (all unlabelled, recurring):
 *   artists save scripts/renders/reference to SMB shares all day (frame sequences on the Samba
 *   heads), redirected Documents/Desktop on the home servers, Deadline job submissions peak
 *   before people leave; editorial bays get transcoded dailies pushed by svc_ingest each
 *   morning; the DIT uploads camera dailies from set every shoot-day evening; clients upload to
 *   the SFTP server in their (US) morning = London afternoon/evening; nightly 01:00 robocopy
 *   incremental backup to bkp-nas-01 (smbd, svc_backup), nightly 02:15 every Linux host scp's
 *   its /etc tarball to bkp-nas-01, nightly SQL dumps, weekday 05:30 finance CSV drop to
 *   lon-sql-01; weekends are quiet (Saturday crunch ~15 %); render nodes are busy at night but
 *   receive almost no remote transfers. Lots of events the filter must drop: application
 *   writes (Nuke, Maya, chrome, ffmpeg, kick...), SMB overwrite/modification/rename/deletion,
 *   System/SYSTEM ETW logs, root scp/sftp (old Ansible hosts), smbd tdb writes as root,
 *   DFSR / SQL / Veeam writes, a few events without file.name.
 *
 * Labelled benign spikes (a naive per-host spike detector would fire): plate turnovers from
 * clients (1000+ EXR frames via SFTP), Patch-Tuesday server patching (Thu 2026-03-12 evening),
 * pipeline releases rolled out by Ansible (sftp-server on every render node) + publish to the
 * software share, weekend storage migration of a finished show to the archive NAS, Saturday
 * weekly full backups, onboarding of a Montreal freelancer crew (profile sync + workstation
 * provisioning), a London hardware refresh (USMT state migration onto a new host), cloud
 * render-node provisioning, SFTP server migration, dailies catch-up after a weekend location
 * shoot, LTO archive restore, Deadline submission crunch before a delivery, SCCM package import
 * of a DCC application, a font pack pushed by the helpdesk to motion-graphics workstations.
 *
 * Labelled incidents (12 per seed, two of each kind; for each kind two of three/four variants
 * are drawn per seed, with hosts, accounts, times and volumes drawn per seed as well):
 *   burst          operator copies a hands-on-keyboard kit (netscan, AdFind, Rubeus, renamed
 *                  mimikatz "m64.exe", rclone, 7za, optional embeddable Python 3.11 + Impacket)
 *                  over ADMIN$/C$ ("System", stolen helpdesk adm-*, svc_sccm_push or svc_deadline)
 *                  onto a London or Montreal workstation or an app server (RDS, SQL, licence,
 *                  Veeam, SCCM). 60-200 files in 2-5 batches, 1-15 min, working hours or evening.
 *   low_and_slow   staging stolen pre-release material in small chunks, one every 2.5-8 min for
 *                  4-9 h from late morning: disguised "review" QuickTimes into a client outgoing
 *                  folder on the client SFTP server (sftp-server, production coordinator account),
 *                  pip-cache-looking blobs on a bastion (scp, pipeline TD account), or renamed 7z
 *                  volumes into an RDS user's INetCache (SMB). 60-200 files, 2-6 extra per bucket.
 *   night          00:45-04:30 local burst on a busy server: ransomware pre-positioning in
 *                  C:\PerfLogs plus a remote-encryption test run (ransom notes + encrypted copies)
 *                  on a projects file server; a poisoned pipeline package re-written on a Samba
 *                  head with svc_pipeline; or a malicious Deadline event plugin with a vendored
 *                  Python payload in the render repository. 40-200 files in a few minutes.
 *   linux_scp      scp / sftp of tooling with a non-root account onto a render node (wrangler
 *                  key), the CI server (leaked svc_deploy key), the PostgreSQL server (postgres
 *                  password reuse) or GitLab (sprayed TD password): Kinsing-style miner
 *                  (kdevtmpfsi, kinsing, libsystem.so), pspy, linpeas, chisel, gost, static nmap +
 *                  NSE scripts, Impacket, authorized_keys. 20-130 files in 1-3 scp runs.
 *   tool_spread    the same kit copied to 4-10 hosts one after another within 10-25 min on an
 *                  evening/weekend: ransomware + BYOVD EDR killer (aswArPot.sys) + AnyDesk via
 *                  ADMIN$ (London workstations and servers), a DLL-side-loaded beacon (MsMpEng.exe
 *                  + mpclient.dll) + rclone (Montreal workstations), or the miner to render nodes
 *                  by scp. 12-24 files per host.
 *   new_host_burst an 80-190 file burst 1-4 days after the host joined: a new freelancer
 *                  workstation (phished freelancer account, from a VPN address), a cloud render
 *                  node with password SSH left on ('render' user, internet address), or the new
 *                  SFTP server before its chroot was configured (reused client password).
 * Incidents start on day 6 or later (new_host_burst: 1-4 days after the host joined), never
 * within 3 h of a labelled benign spike on the same host, and no host is used by two incidents.
 */
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.zip.GZIPOutputStream;

public class Fleet3 {

    // ------------------------------------------------------------------------------------------
    // time frame
    // ------------------------------------------------------------------------------------------
    static final long T0 = Instant.parse("2026-03-02T00:00:00Z").getEpochSecond(); // a Monday
    static final int DAYS = 21;
    static final long TEND = T0 + DAYS * 86400L;
    static final long MTL_DST = Instant.parse("2026-03-08T07:00:00Z").getEpochSecond();
    static final long NS = 1_000_000_000L;

    // ------------------------------------------------------------------------------------------
    // randomness (single deterministic stream per phase)
    // ------------------------------------------------------------------------------------------
    static Random rnd;

    static double u() { return rnd.nextDouble(); }
    static int ri(int lo, int hi) { return lo + rnd.nextInt(hi - lo + 1); }
    static boolean p(double x) { return rnd.nextDouble() < x; }
    static double gauss() { return rnd.nextGaussian(); }
    static double logn(double median, double sigma) { return median * Math.exp(sigma * rnd.nextGaussian()); }
    static double expo(double mean) { return -mean * Math.log(1 - rnd.nextDouble()); }
    static int poisson(double lam) {
        if (lam <= 0) return 0;
        if (lam > 40) return Math.max(0, (int) Math.round(lam + Math.sqrt(lam) * gauss()));
        double l = Math.exp(-lam), pr = 1; int k = 0;
        do { k++; pr *= u(); } while (pr > l);
        return k - 1;
    }
    static <T> T pick(T[] a) { return a[rnd.nextInt(a.length)]; }
    static <T> T pick(List<T> a) { return a.get(rnd.nextInt(a.size())); }
    static final char[] HEX = "0123456789abcdef".toCharArray();
    static String hex(int n) { StringBuilder s = new StringBuilder(n); for (int i = 0; i < n; i++) s.append(HEX[rnd.nextInt(16)]); return s.toString(); }
    static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    static String b64(Random r, int n) { StringBuilder s = new StringBuilder(n); for (int i = 0; i < n; i++) s.append(B64.charAt(r.nextInt(64))); return s.toString(); }
    static String lower(int n) { StringBuilder s = new StringBuilder(n); for (int i = 0; i < n; i++) s.append((char) ('a' + rnd.nextInt(26))); return s.toString(); }
    static String upperAlnum(int n) { String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"; StringBuilder s = new StringBuilder(n); for (int i = 0; i < n; i++) s.append(a.charAt(rnd.nextInt(a.length()))); return s.toString(); }
    static String uuid() { return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-" + "89ab".charAt(rnd.nextInt(4)) + hex(3) + "-" + hex(12); }
    static <T> void shuffle(List<T> l) { Collections.shuffle(l, rnd); }
    static <T> List<T> sample(List<T> l, int n) { List<T> c = new ArrayList<>(l); shuffle(c); return new ArrayList<>(c.subList(0, Math.min(n, c.size()))); }

    // ------------------------------------------------------------------------------------------
    // local time
    // ------------------------------------------------------------------------------------------
    static int offset(String site, long utc) {
        if (site.equals("MTL")) return utc < MTL_DST ? -5 * 3600 : -4 * 3600;
        return 0;
    }
    static long local(Host h, long utc) { return utc + offset(h.site, utc); }
    static int lhour(Host h, long utc) { return (int) (Math.floorMod(local(h, utc), 86400L) / 3600); }
    static int lday(Host h, long utc) { return (int) Math.floorDiv(local(h, utc) - T0, 86400L); }
    static int ldow(Host h, long utc) { return Math.floorMod(lday(h, utc), 7); } // 0 = Monday
    /** UTC epoch second for local day index d (0 = Mon 2 Mar) at local fractional hour. */
    static long l2u(String site, int d, double hour) {
        long lt = T0 + d * 86400L + (long) Math.round(hour * 3600);
        long g = lt - offset(site, lt + 4 * 3600);
        return lt - offset(site, g);
    }
    static final double[] OFFICE = {0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.04, 0.12, 0.45, 0.85, 1.0, 1.0,
            0.8, 0.75, 1.0, 1.0, 0.95, 0.85, 0.6, 0.4, 0.28, 0.18, 0.1, 0.05};
    static double dowW(int dow) { return dow < 4 ? 1.0 : dow == 4 ? 0.9 : dow == 5 ? 0.16 : 0.05; }
    static String dateStr(long utc) { return LocalDate.ofEpochDay(Math.floorDiv(utc, 86400L)).toString(); }
    static String ymd(long utc) { return dateStr(utc).replace("-", ""); }

    // ------------------------------------------------------------------------------------------
    // model
    // ------------------------------------------------------------------------------------------
    static final class Acct {
        final String name, id, domain;
        Acct(String n, String i, String d) { name = n; id = i; domain = d; }
    }

    static final class Person {
        String user, first, last, site, team; int rid; Host ws; double w = 1; boolean newcomer;
        Acct win() { return new Acct(user, SID + rid, "KFX"); }
        Acct lin() { return new Acct(user, String.valueOf(1844200000L + rid), null); }
    }

    static final String SID = "S-1-5-21-1844237615-2011930456-3192017426-";

    static final class Proc {
        final String name, exe, signer, cmd; final boolean trusted;
        Proc(String n, String e, String s, boolean t, String c) { name = n; exe = e; signer = s; trusted = t; cmd = c; }
    }

    static final class Host {
        String name, site, role, os, id, agentId, ip, mac, osFull, osName, osVersion, kernel, variant;
        String agentVer;
        int fmt; int frac; double act = 1; boolean catStr, ipString;
        long join = Long.MIN_VALUE, leave = Long.MAX_VALUE;
        Person owner; String team;
        String sftpExe = "/usr/libexec/openssh/sftp-server";
        int seq = 10000;
        final Map<String, Integer> pids = new HashMap<>();
        final List<long[]> reserved = new ArrayList<>();
        boolean windows() { return os.equals("windows"); }
        boolean alive(long t) { return t >= join && t < leave; }
    }

    static final class Ev {
        long ts, arr, ord; Host h; String action; Proc p; Acct a; String path; long size; String src;
        byte frac, fmt; boolean noName, mal, lab, catStr; byte malformed;
    }

    static final class Label {
        String label, id, kind, desc; List<Host> hosts = new ArrayList<>(); List<Ev> evs = new ArrayList<>();
        long start, end;
    }

    // ------------------------------------------------------------------------------------------
    // global state
    // ------------------------------------------------------------------------------------------
    static final List<Host> HOSTS = new ArrayList<>();
    static final Map<String, Host> BYNAME = new HashMap<>();
    static final List<Person> PEOPLE = new ArrayList<>();
    static final List<Ev> EVENTS = new ArrayList<>(450000);
    static final List<Label> INCIDENTS = new ArrayList<>();
    static final List<Label> BENIGN = new ArrayList<>();
    static long ordCounter = 0;
    static Label current; // label the emitted malicious/benign-spike events are attached to

    static Host H(String n) { Host h = BYNAME.get(n); if (h == null) throw new IllegalStateException("no host " + n); return h; }
    static List<Host> role(String r) { List<Host> l = new ArrayList<>(); for (Host h : HOSTS) if (h.role.equals(r)) l.add(h); return l; }
    static List<Host> rolePrefix(String r) { List<Host> l = new ArrayList<>(); for (Host h : HOSTS) if (h.role.startsWith(r)) l.add(h); return l; }
    static List<Person> team(String site, String... teams) {
        List<Person> l = new ArrayList<>();
        for (Person x : PEOPLE) if ((site == null || x.site.equals(site)) && !x.newcomer) for (String t : teams) if (x.team.equals(t)) l.add(x);
        return l;
    }
    static Person weighted(List<Person> l) {
        double s = 0; for (Person x : l) s += x.w;
        double r = u() * s;
        for (Person x : l) { r -= x.w; if (r <= 0) return x; }
        return l.get(l.size() - 1);
    }

    // ------------------------------------------------------------------------------------------
    // processes
    // ------------------------------------------------------------------------------------------
    static final Proc SYSTEM_P = new Proc("System", "System", "Microsoft Windows", true, null);
    static final Proc SMBD = new Proc("smbd", "/usr/sbin/smbd", null, false, "/usr/sbin/smbd --foreground --no-process-group");
    static final Proc SCP = new Proc("scp", "/usr/bin/scp", null, false, null);
    static final Proc VSFTPD = new Proc("vsftpd", "/usr/sbin/vsftpd", null, false, "/usr/sbin/vsftpd /etc/vsftpd/vsftpd.conf");
    static Proc sshdInternal(String user) { return new Proc("sshd", "/usr/sbin/sshd", null, false, "sshd: " + user + "@notty"); }
    static Proc sftp(Host h) { return new Proc("sftp-server", h.sftpExe, null, false, h.sftpExe); }
    static Proc scpSink(String dir, boolean recursive) { return new Proc("scp", "/usr/bin/scp", null, false, "scp " + (recursive ? "-r " : "") + "-t " + dir); }

    static final String MS = "Microsoft Windows", MSC = "Microsoft Corporation";
    static Proc wp(String name, String exe, String signer) { return new Proc(name, exe, signer, true, null); }
    static final Proc[] WIN_SYS = {
            wp("svchost.exe", "C:\\Windows\\System32\\svchost.exe", MS),
            wp("MsMpEng.exe", "C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.25010.11-0\\MsMpEng.exe", MS),
            wp("TiWorker.exe", "C:\\Windows\\WinSxS\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_10.0.22621.4830_none_7d9fa0e6b5b2c4a1\\TiWorker.exe", MS),
            wp("CcmExec.exe", "C:\\Windows\\CCM\\CcmExec.exe", MSC),
            wp("elastic-endpoint.exe", "C:\\Program Files\\Elastic\\Endpoint\\elastic-endpoint.exe", "Elasticsearch, Inc."),
            wp("SearchIndexer.exe", "C:\\Windows\\System32\\SearchIndexer.exe", MS)};

    // ------------------------------------------------------------------------------------------
    // names
    // ------------------------------------------------------------------------------------------
    static final String[] FIRST = {"Amelia", "Oliver", "Isla", "Jack", "Freya", "Harry", "Priya", "Arjun", "Chloe", "Noah",
            "Sofia", "Leo", "Maya", "Ethan", "Zara", "Samuel", "Elif", "Tomasz", "Ines", "Kwame", "Hannah", "Daniel",
            "Yuki", "Mateo", "Aisha", "Lucas", "Grace", "Rory", "Niamh", "Callum", "Mei", "Omar", "Fatima", "George",
            "Ruby", "Felix", "Anya", "Benoit", "Camille", "Mathieu", "Juliette", "Etienne", "Gabrielle", "Olivier",
            "Chantal", "Luc", "Maxime", "Sophie", "Antoine", "Elodie", "Francois", "Noemie", "Jeremie", "Ariane",
            "Samir", "Nadia", "Thi", "Vikram", "Laila", "Hugo", "Marta", "Pavel", "Jonas", "Ingrid", "Rafael", "Keiko"};
    static final String[] LAST = {"Hughes", "Patel", "Okafor", "Whitfield", "Nakamura", "Brennan", "Costa", "Shah",
            "Fletcher", "Kowalski", "Moreau", "Ahmed", "Lindqvist", "Baptiste", "Ferreira", "Chen", "Murphy", "Osei",
            "Rahman", "Delacroix", "Gagnon", "Tremblay", "Bouchard", "Lavoie", "Pelletier", "Cote", "Roy", "Lefebvre",
            "Girard", "Bergeron", "Leblanc", "Fortin", "Morin", "Paquette", "Thibault", "Caron", "Nguyen", "Singh",
            "Ward", "Doyle", "Ellison", "Marsh", "Quinn", "Harding", "Sato", "Kaur", "Novak", "Rossi", "Varga",
            "Holm", "Alvarez", "Mensah", "Ibrahim", "Foster", "Grant", "Pryce", "Ashworth", "Penhaligon", "Kerr", "Lam"};
    static final String[][] SHOWS = {{"HLW", "hollowmere"}, {"GRV", "glass_river"}, {"NJR", "nightjar"}, {"PKG", "pale_king"},
            {"SLT", "saltmarsh"}, {"ORB", "orbweaver"}, {"TDL", "tidal_lock"}, {"CNR", "cinder_road"}};
    static final String[][] CLIENTS = {{"ext_larkspur", "Larkspur Pictures"}, {"ext_northbound", "Northbound Media"},
            {"ext_meridianplus", "Meridian+ (streamer)"}, {"ext_halcyon", "Halcyon Films"}, {"ext_tessellate", "Tessellate Post"}};
    static String[] activeShows; static String doneShow; static String shootShow;

    static String shot(String show) { return show + "_" + String.format("%03d", ri(1, 24) * 10) + "_" + String.format("%04d", ri(1, 60) * 10); }
    static String seqOf(String shot) { return shot.substring(0, shot.lastIndexOf('_')); }
    static String ver() { return String.format("v%03d", ri(1, 40)); }

    // ------------------------------------------------------------------------------------------
    // main
    // ------------------------------------------------------------------------------------------
    public static void main(String[] args) throws Exception {
        long seed = 1; String out = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seed")) seed = Long.parseLong(args[++i]);
            else if (args[i].equals("--out")) out = args[++i];
        }
        if (out == null) { System.err.println("usage: java Fleet3.java --seed N --out DIR"); System.exit(2); }
        Path dir = Paths.get(out);
        Files.createDirectories(dir);

        rnd = new Random(seed * 0x9E3779B97F4A7C15L + 17);
        buildWorld();
        rnd = new Random(seed * 31 + 1001);
        planBenign();
        rnd = new Random(seed * 37 + 2002);
        planIncidents();
        rnd = new Random(seed * 41 + 3003);
        baseline();
        recurring();
        rnd = new Random(seed * 43 + 4004);
        noise();
        rnd = new Random(seed * 47 + 5005);
        finishLabels();
        deliveryAndDefects();
        write(dir, new Random(seed * 53 + 6006));
    }

    // placeholders filled in below
    // ------------------------------------------------------------------------------------------
    // labels
    // ------------------------------------------------------------------------------------------
    static Label begin(String label, String kind) {
        Label l = new Label(); l.label = label; l.kind = kind;
        (label.equals("incident") ? INCIDENTS : BENIGN).add(l);
        current = l;
        return l;
    }
    static Label end(String desc) {
        Label l = current; current = null;
        l.desc = desc;
        if (l.label.equals("incident")) INC_HOSTS.addAll(l.hosts);
        if (l.evs.isEmpty()) throw new IllegalStateException("label without events: " + l.kind + " " + desc);
        for (Host h : l.hosts) {
            long mn = Long.MAX_VALUE, mx = Long.MIN_VALUE;
            for (Ev e : l.evs) if (e.h == h) { mn = Math.min(mn, e.ts); mx = Math.max(mx, e.ts); }
            h.reserved.add(new long[]{Math.floorDiv(mn, NS) - 3 * 3600, Math.floorDiv(mx, NS) + 3 * 3600});
        }
        return l;
    }
    static final Set<Host> INC_HOSTS = new HashSet<>();
    static List<Host> unused(List<Host> l) { List<Host> r = new ArrayList<>(); for (Host h : l) if (!INC_HOSTS.contains(h)) r.add(h); return r; }
    static Host pickU(List<Host> l) { List<Host> r = unused(l); return r.isEmpty() ? null : pick(r); }
    static boolean free(Host h, long s, long e) {
        if (INC_HOSTS.contains(h)) return false;
        if (s < h.join + 3600 || e >= Math.min(h.leave, TEND - 3600)) return false;
        for (long[] r : h.reserved) if (s < r[1] && e > r[0]) return false;
        return true;
    }
    static int count(Label l, Host h) { int n = 0; for (Ev e : l.evs) if (e.h == h) n++; return n; }
    static String hhmm(Host h, long tns) { long lt = local(h, Math.floorDiv(tns, NS)); return String.format("%02d:%02d", Math.floorMod(lt, 86400L) / 3600, Math.floorMod(lt, 3600L) / 60); }
    static String dayName(Host h, long tns) { return DayOfWeek.of(ldow(h, Math.floorDiv(tns, NS)) + 1).toString().substring(0, 1) + DayOfWeek.of(ldow(h, Math.floorDiv(tns, NS)) + 1).toString().substring(1, 3).toLowerCase(); }
    static int weekday(int lo, int hi, int... avoid) {
        for (int k = 0; k < 1000; k++) {
            int d = ri(lo, hi);
            if (d % 7 >= 5) continue;
            boolean bad = false; for (int a : avoid) if (a == d) bad = true;
            if (!bad) return d;
        }
        throw new IllegalStateException("no weekday");
    }

    // ------------------------------------------------------------------------------------------
    // labelled benign spikes
    // ------------------------------------------------------------------------------------------
    static int locationShootSat;
    static final Set<Integer> USED_BENIGN_DAYS = new HashSet<>();

    static void planBenign() {
        // --- plate turnovers from clients
        int d1 = weekday(3, 19); USED_BENIGN_DAYS.add(d1);
        plateTurnover(H("lon-xfer-01"), d1, 15.0 + u() * 3.5);
        int d2 = weekday(3, 19, d1);
        if (p(0.5)) plateTurnover(H("mtl-ingest-01"), d2, 10.0 + u() * 4);
        else plateTurnover(H("lon-ingest-01"), d2, 10.0 + u() * 4);

        // --- Patch Tuesday (10 Mar) -> servers patched Thursday 12 Mar evening
        patchDay(10);

        // --- pipeline release + hotfix rolled out by Ansible
        int rd = weekday(2, 11, 10);
        buildRelease(rd, false);
        buildRelease(weekday(rd + 5, 19, 10), true);

        // --- weekend storage migration of the finished show to the archive tier
        storageMigration(p(0.5) ? 5 : 12);

        // --- Saturday weekly full backups
        for (int sat : new int[]{5, 12, 19}) backupFull(sat);

        // --- Montreal freelancer crew onboarding: profile sync + new workstation provisioning
        profileSync(onboardDay);
        newHostProvisioning();
        hardwareRefresh();
        cloudRenderProvisioning();
        sftpMigration();

        // --- dailies catch-up after a Saturday location shoot
        locationShootSat = p(0.5) ? 5 : 12;
        dailiesCatchup(locationShootSat + 2);

        archiveRestore(weekday(3, 19, 10));
        deadlineCrunch(p(0.5) ? 3 : 17);
        sccmImport(weekday(2, 19, 10));
        helpdeskFonts(weekday(2, 19, 10));
    }

    static void plateTurnover(Host h, int d, double hour) {
        String[] c = pick(CLIENTS_XFER);
        Person cl = SVC.get(c[0]);
        String sh = show();
        String to = sh + "_TO" + String.format("%02d", ri(3, 19)) + "_" + ymd(T0 + d * 86400L);
        Proc pr = h.name.equals("lon-ingest-01") ? sshdInternal(cl.user) : sftp(h);
        String base = h.name.equals("lon-xfer-01") ? "/srv/sftp/" + cl.user + "/incoming/" + to + "/" : "/srv/ingest/" + sh + "/turnover/" + to + "/";
        begin("benign", "plate_turnover");
        long t = l2u(h.site, d, hour) * NS;
        int shots = ri(4, 9), total = 0;
        double mbps = 35 + u() * 70;
        t = copy(h, t, 2, pr, cl.lin(), c[1], mbps, 2, i -> base + (i == 0 ? to + ".edl" : to + "_shotlist.xlsx"), 0);
        for (int s = 0; s < shots; s++) {
            String shot = shot(sh);
            int frames = ri(80, 220); total += frames;
            t = copy(h, t + (long) (expo(30) * NS), frames, pr, cl.lin(), c[1], mbps, 0.02, i -> base + shot + "/" + shot + "_plate_v001." + (1001 + i) + ".exr", 0);
            t = copy(h, t, 1, pr, cl.lin(), c[1], mbps, 0, i -> base + shot + "/" + shot + "_ref.mov", 0);
        }
        end(c[1].equals("") ? "" : "Plate turnover " + to + " from client " + cl.user + " (" + clientName(cl.user) + "): " + shots + " shots, " + total
                + " EXR frames plus refs/EDL over SFTP onto " + h.name + ", " + dayName(h, t) + " from " + String.format("%02d:%02d", (int) hour, (int) (hour * 60) % 60) + " local. Agreed with production; a bulk upload from an external account.");
    }
    static String clientName(String acct) { for (String[] c : CLIENTS) if (c[0].equals(acct)) return c[1]; return acct; }

    static void patchDay(int d) {
        begin("benign", "patch_day");
        List<Host> servers = new ArrayList<>();
        for (Host h : HOSTS) if (h.windows() && !h.role.equals("WS") && !h.role.equals("EDIT")) servers.add(h);
        Person itL = IT.stream().filter(x -> x.site.equals("LON")).findFirst().get();
        Person itM = IT.stream().filter(x -> x.site.equals("MTL")).findFirst().orElse(itL);
        String cu = "kb50" + ri(62000, 69999), net = "kb50" + ri(60000, 69999), sqlcu = "KB50" + ri(60000, 69999);
        long tl = l2u("LON", d, 19.3 + u() * 0.4) * NS, tm = l2u("MTL", d, 19.0 + u() * 0.4) * NS;
        Set<String> physical = new HashSet<>(List.of("lon-fs-01", "lon-sql-01", "lon-veeam-01"));
        for (Host h : servers) {
            boolean mtl = h.site.equals("MTL");
            Person it = mtl ? itM : itL;
            long t = mtl ? tm : tl;
            List<String> files = new ArrayList<>(List.of("windows10.0-" + cu + "-x64.msu", "ssu-20348." + ri(3000, 3300) + "-x64.cab", "ndp481-" + net + "-x64.msu",
                    "Install-Patches.ps1", "patchlist.csv", "mpam-fe.exe"));
            if (h.role.equals("SQL")) files.add("SQLServer2022-" + sqlcu + "-x64.exe");
            if (physical.contains(h.name)) { int k = ri(80, 180); for (int i = 0; i < k; i++) files.add("SPP\\2026.03.0\\cp0" + (58000 + i * 3) + (i % 3 == 0 ? ".compsig" : i % 3 == 1 ? ".exe" : ".xml")); }
            copy(h, t, files.size(), SYSTEM_P, adm(it), ipOf(it), 90, 0.3, i -> "C:\\Install\\2026-03\\" + files.get(i), 0);
            if (mtl) tm += (long) ((3 + u() * 6) * 60 * NS); else tl += (long) ((3 + u() * 6) * 60 * NS);
        }
        end("Patch Tuesday (10 Mar) rollout: on Thursday evening the server team copies the March cumulative update, SSU, .NET and Defender packages "
                + "(plus SQL CU and HPE SPP firmware bundles on the physical boxes) to C:\\Install\\2026-03 on every Windows server over C$, one server every few minutes.");
    }

    static void buildRelease(int d, boolean hotfix) {
        begin("benign", "build_release");
        String rel = "2026.3." + (hotfix ? ri(5, 9) : ri(1, 4));
        Host sw = H("lon-fs-03");
        long t = l2u("LON", d, 6.8 + u() * 0.5) * NS;
        int nsw = hotfix ? ri(20, 60) : ri(250, 600);
        String[] pk = {"kfx_core", "kfx_publish", "kfx_nuke", "kfx_maya", "kfx_houdini", "kfx_deadline", "kfx_ocio", "kfx_review"};
        copy(sw, t, nsw, SYSTEM_P, svcWin("svc_pipeline"), H("lon-build-01").ip, 100, 0.01,
                i -> "D:\\Software\\Pipeline\\kfx-pipeline\\" + rel + "\\" + pk[i % pk.length] + "\\" + (i < pk.length ? "__init__.py" : lower(ri(4, 12)) + (p(0.85) ? ".py" : p(0.5) ? ".json" : ".gizmo")), 0);
        List<Host> nodes = new ArrayList<>();
        long ref = t + (long) ((5 + u() * 10) * 60 * NS);
        for (Host h : role("RENDER")) if (h.alive(Math.floorDiv(ref, NS))) nodes.add(h);
        int perNode = hotfix ? ri(10, 30) : ri(40, 110);
        for (int k = 0; k < nodes.size(); k++) {
            Host h = nodes.get(k);
            long tn = ref + (long) ((k / 10) * (2 + u() * 3) * 60 * NS) + (long) (u() * 20 * NS);
            String tmp = "/home/svc_ansible/.ansible/tmp/ansible-tmp-" + Math.floorDiv(tn, NS) + "." + ri(10, 99) + "-" + ri(1000, 99999) + "-" + ri(1000000, 9999999) + "/";
            copy(h, tn, perNode, sftp(h), svcLin("svc_ansible"), H("lon-ansible-01").ip, 80, 0.15,
                    i -> i % 4 == 0 ? tmp + pick(new String[]{"AnsiballZ_copy.py", "AnsiballZ_stat.py", "AnsiballZ_file.py", "AnsiballZ_unarchive.py", "source"})
                            : "/opt/kfx/pipeline/" + rel + "/" + pk[i % pk.length] + "/" + lower(ri(4, 12)) + ".py", 0);
        }
        end((hotfix ? "Pipeline hotfix " : "Pipeline release ") + "kfx-pipeline " + rel + ": svc_pipeline publishes " + nsw + " files to the software share on lon-fs-03, then Ansible (svc_ansible, forks=10, "
                + "sftp transfer) pushes ~" + perNode + " files to each of " + nodes.size() + " render nodes before artists arrive. Same files on many hosts within minutes -- looks like tool spread, is a deployment.");
    }

    static void storageMigration(int d) {
        Host h = H("lon-nas-03");
        begin("benign", "storage_migration");
        int n = ri(3000, 5000);
        long t = l2u("LON", d, 9.0 + u() * 0.5) * NS;
        String sh = doneShow;
        List<String> shots = new ArrayList<>(); for (int i = 0; i < 60; i++) shots.add(shot(sh));
        copy(h, t, n, SMBD, svcLin("svc_migrate"), H("lon-fs-01").ip, 110, 6.0, i -> {
            String s = shots.get(i / 80 % shots.size());
            return "/archive/" + sh + "/shots/" + seqOf(s) + "/" + s + "/" + (i % 80 < 60 ? "comp/publish/" + s + "_comp_v0" + (10 + i / 4800) + "." + (1001 + i % 80) + ".exr" : i % 80 < 70 ? "comp/work/" + s + "_comp_v0" + (i % 9 + 1) + ".nk" : "ref/" + pick(REF) + "_" + (i % 80) + ".jpg");
        }, 0);
        end("Weekend storage migration: the finished show " + sh + " is moved from the projects share on lon-fs-01 to the archive tier lon-nas-03 with robocopy (svc_migrate), "
                + n + " files over the Saturday. Planned in the change calendar.");
    }

    static String backupPath(int i) {
        String sh = show(), s = shot(sh);
        return switch (i % 4) {
            case 0 -> "/srv/backup/lon-fs-01/Projects/" + sh + "/shots/" + seqOf(s) + "/" + s + "/comp/work/" + pick(PEOPLE).user + "/" + s + "_comp_" + ver() + ".nk";
            case 1 -> "/srv/backup/lon-fs-02/Home/" + pick(PEOPLE).user + "/Documents/" + doc();
            case 2 -> "/srv/backup/lon-fs-05/Production/" + sh + "/" + pick(new String[]{"Budget", "Schedules", "Contracts"}) + "/" + doc();
            default -> "/srv/backup/lon-fs-01/Projects/" + sh + "/shots/" + seqOf(s) + "/" + s + "/ref/" + pick(REF) + "_" + ri(1, 60) + ".jpg";
        };
    }
    static void backupFull(int sat) {
        Host h = H("bkp-nas-01");
        begin("benign", "backup_full");
        int n = ri(2000, 3500);
        long t = l2u("LON", sat, 22.0 + u() * 0.1) * NS;
        copy(h, t, n, SMBD, svcLin("svc_backup"), H("lon-veeam-01").ip, 110, 3.5, Fleet3::backupPath, 0);
        end("Saturday weekly full file-level backup of the project, home and production shares to bkp-nas-01 (robocopy job on lon-veeam-01, svc_backup), "
                + n + " files; weekday nights only copy the changed files.");
    }

    static void profileSync(int d) {
        Host h = H("mtl-fs-02");
        begin("benign", "profile_sync");
        for (Person x : NEWCOMERS) {
            long t = l2u("MTL", d, 8.9 + u() * 1.8) * NS;
            copy(h, t, ri(40, 220), SYSTEM_P, x.win(), x.ws.ip, 60, 0.3,
                    i -> (i % 3 == 0 ? "E:\\Home\\" + x.user + "\\Desktop\\" : i % 3 == 1 ? "E:\\Home\\" + x.user + "\\Documents\\" : "E:\\Profiles\\" + x.user + ".V6\\AppData\\Roaming\\")
                            + (i % 3 == 2 ? pick(PROFILE_FILES).replace("#", String.valueOf(i)) : pick(new String[]{"Onboarding_KFX_" + i + ".pdf", "houdini20.5\\houdini.env", "desktop.ini", "Show_bible_" + show() + ".pdf", "NDA_" + x.last + ".pdf", "template_" + i + ".nk"})), 0);
        }
        end("Montreal onboarding day: " + NEWCOMERS.size() + " freelancers log on for the first time; folder redirection and roaming profiles are created and synced to the home server mtl-fs-02 within two hours.");
    }

    static void newHostProvisioning() {
        Person it = IT.stream().filter(x -> x.site.equals("MTL")).findFirst().orElse(IT.get(0));
        begin("benign", "new_host_provisioning");
        for (Host h : NEW_MTL_WS) {
            long t = h.join * NS + (long) ((20 + u() * 40) * 60 * NS);
            int n = ri(60, 150);
            copy(h, t, n, SYSTEM_P, adm(it), ipOf(it), 90, 35, i -> i < 6 ? "C:\\Install\\" + pick(INSTALLERS)[0] + "\\" + pick(INSTALLERS)[1] : "C:\\Install\\NVIDIA\\572.16\\Display.Driver\\" + pick(new String[]{"nvd3dumx_" + i + ".dll", "nvlddmkm_" + i + ".sys", "nv_disp_" + i + ".inf", "nvoglv64_" + i + ".dll", "nvcuda_" + i + ".dll"}), 0);
        }
        end("Four new Montreal workstations for the freelancer crew join the fleet; the helpdesk copies installers and the NVIDIA driver package to C:\\Install on each within the first hour.");
    }

    static void hardwareRefresh() {
        Host h = refreshNew;
        Person it = IT.stream().filter(x -> x.site.equals("LON")).findFirst().get();
        Person o = h.owner;
        begin("benign", "hardware_refresh");
        long t = h.join * NS + (long) ((30 + u() * 60) * 60 * NS);
        int n = ri(1200, 2500);
        copy(h, t, n, SYSTEM_P, adm(it), ipOf(it), 100, 1.5, i -> "C:\\USMT\\Store\\USMT\\File\\C$\\Users\\" + o.user + "\\" + pick(new String[]{"Documents\\", "Desktop\\", "Pictures\\", "AppData\\Roaming\\Foundry\\", ".nuke\\"}) + (p(0.5) ? doc() : pick(REF) + "_" + i + ".jpg"), 0);
        end("Hardware refresh: " + o.user + " gets a new workstation " + h.name + " (replacing " + refreshOld.name + "); the helpdesk pushes the USMT user-state store (" + n + " files) to the new host right after it joins.");
    }

    static void cloudRenderProvisioning() {
        begin("benign", "render_node_provisioning");
        for (Host h : AWS) {
            long t = h.join * NS + (long) ((5 + u() * 15) * 60 * NS);
            String tmp = "/home/svc_ansible/.ansible/tmp/ansible-tmp-" + Math.floorDiv(t, NS) + "." + ri(10, 99) + "-" + ri(1000, 99999) + "-" + ri(1000000, 9999999) + "/";
            copy(h, t, ri(80, 200), sftp(h), svcLin("svc_ansible"), H("lon-ansible-01").ip, 60, 14,
                    i -> i % 3 == 0 ? tmp + pick(new String[]{"AnsiballZ_dnf.py", "AnsiballZ_copy.py", "AnsiballZ_template.py", "AnsiballZ_systemd.py", "source"})
                            : pick(new String[]{"/opt/kfx/pipeline/current/kfx_core/", "/opt/Thinkbox/Deadline10/", "/etc/kfx/", "/opt/hfs20.5/houdini/"}) + lower(ri(4, 10)) + pick(new String[]{".py", ".conf", ".ini", ".json"}), 0);
        }
        end("Three cloud burst render nodes (rn-aws-*) are started for the delivery crunch and configured by Ansible (svc_ansible via sftp) within minutes of joining.");
    }

    static void sftpMigration() {
        Host h = xfer2;
        begin("benign", "sftp_migration");
        int md = xfer2Day + 1;
        while (md % 7 >= 5) md++;
        long t = l2u("LON", md, 10.0 + u()) * NS;
        int n = ri(800, 1800);
        copy(h, t, n, sftp(h), svcLin("svc_migrate"), H("lon-xfer-01").ip, 60, 20, i -> {
            String[] c = CLIENTS_XFER[i % CLIENTS_XFER.length];
            return "/srv/sftp/" + c[0] + "/archive/" + dateStr(T0 - 86400L * ri(1, 120)) + "/" + pick(new String[]{doc(), shot(show()) + "_ref_" + i + ".mov", "marked_frames_" + i + ".jpg"});
        }, 0);
        end("Client SFTP service moves to the new host lon-xfer-02: svc_migrate copies " + n + " archived client files from lon-xfer-01 over SFTP during the day after the new server joined.");
    }

    static void dailiesCatchup(int d) {
        Host h = H("lon-ingest-01");
        Person dit = SVC.get("dit_unit2");
        begin("benign", "dailies_catchup");
        long t = l2u("LON", d, 7.0 + u() * 0.5) * NS;
        int cards = ri(5, 9), total = 0;
        for (int c = 0; c < cards; c++) {
            String day = ymd(T0 + (d - 2) * 86400L);
            int n = ri(40, 70); total += n;
            t = copy(h, t + (long) (expo(240) * NS), n, sshdInternal(dit.user), dit.lin(), "192.0.2.77", 30, 0.5,
                    i -> "/srv/ingest/" + shootShow + "/dailies/" + day + "/" + (i % 12 == 11 ? "B" + String.format("%03d", ri(1, 30)) + "_" + day + ".ale" : clip(day, i) + ".mov"), 0);
        }
        end("Monday-morning catch-up of a Saturday location shoot: second-unit DIT (dit_unit2) uploads " + total + " dailies clips and ALEs in one go instead of the usual evening batches.");
    }

    static void archiveRestore(int d) {
        Host h = H("lon-nas-02");
        begin("benign", "archive_restore");
        int n = ri(1500, 3000);
        long t = l2u("LON", d, 10.0 + u()) * NS;
        String sh = doneShow;
        copy(h, t, n, SMBD, svcLin("svc_archive"), "10.20.11.60", 80, 5.5, i -> {
            String s = shot(sh);
            return "/mnt/pool01/restore/" + sh + "/shots/" + seqOf(s) + "/" + s + "/" + (i % 5 == 0 ? "comp/work/" + s + "_comp_" + ver() + ".nk" : "plates/" + s + "_plate_v001." + (1001 + i % 120) + ".exr");
        }, 0);
        end("LTO archive restore of the finished show " + sh + " (sequel pitch): svc_archive writes " + n + " files back to lon-nas-02 from the tape library host over several hours.");
    }

    static void deadlineCrunch(int d) {
        Host h = H("lon-deadline-01");
        begin("benign", "deadline_crunch");
        long t0 = l2u("LON", d, 16.0) * NS, t1 = l2u("LON", d, 23.5) * NS;
        int sessions = ri(140, 220);
        for (int k = 0; k < sessions; k++) {
            long t = t0 + (long) (u() * (t1 - t0));
            Person x = siteCreative("LON");
            String job = objectId(Math.floorDiv(t, NS)), sh = show(), s = shot(sh), v = ver();
            copy(h, t, ri(2, 4), SYSTEM_P, x.win(), ipOf(x), 90, 0.05, i -> "D:\\DeadlineRepository10\\jobs\\" + job + "\\" + (i == 0 ? s + "_comp_" + v + ".nk" : i == 1 ? "job_info.job" : i == 2 ? "plugin_info.job" : "aux_" + i + ".py"), 0);
        }
        end("Delivery crunch: the evening before a client delivery " + sessions + " extra render jobs are submitted to the London Deadline repository between 16:00 and 23:30.");
    }

    static void sccmImport(int d) {
        Host h = H("lon-sccm-01");
        Person it = IT.stream().filter(x -> x.site.equals("LON")).findFirst().get();
        begin("benign", "sccm_package_import");
        int n = ri(800, 1800);
        long t = l2u("LON", d, 10.0 + u() * 5) * NS;
        String app = pick(new String[]{"SideFX\\Houdini\\20.5.487", "Autodesk\\Maya\\2025.3", "Foundry\\Nuke\\15.1v5", "Autodesk\\Flame\\2025.2"});
        copy(h, t, n, SYSTEM_P, adm(it), ipOf(it), 110, 0.25, i -> "D:\\Sources\\Apps\\" + app + "\\" + pick(new String[]{"bin\\", "python\\lib\\", "houdini\\otls\\", "resources\\", "plugins\\"}) + lower(ri(4, 12)) + pick(new String[]{".dll", ".py", ".pyd", ".exe", ".json", ".otl", ".png"}), 0);
        end("The desktop team imports the full install tree of " + app.replace("\\", " ") + " (" + n + " files) into the SCCM content library on lon-sccm-01 before packaging.");
    }

    static void helpdeskFonts(int d) {
        Person it = IT.stream().filter(x -> x.site.equals("LON")).findFirst().get();
        List<Host> cands = new ArrayList<>();
        for (Host h : role("WS")) if (h.site.equals("LON") && h.owner != null && (h.team.equals("comp") || h.team.equals("production")) && h.join == Long.MIN_VALUE && h != refreshOld) cands.add(h);
        List<Host> hs = sample(cands, ri(4, 6));
        begin("benign", "helpdesk_fonts");
        long t = l2u("LON", d, 11.0 + u() * 4) * NS;
        String[] fam = {"Trajan Pro", "Neue Haas Grotesk", "Gotham", "Futura PT", "Brandon Grotesque", "Didot", "Avenir Next", "Bodoni 72", "Proxima Nova", "Caslon"};
        String[] sty = {"Regular", "Bold", "Italic", "Light", "Medium", "Black", "Condensed", "SemiBold", "Thin", "ExtraLight"};
        for (Host h : hs) {
            int n = ri(150, 400);
            copy(h, t, n, SYSTEM_P, adm(it), ipOf(it), 90, 0.05, i -> "C:\\Install\\Fonts\\TitleDesign\\" + fam[i / 40 % fam.length] + "\\" + fam[i / 40 % fam.length].replace(" ", "") + "-" + sty[i % sty.length] + (i % 40 / 10) + (i % 2 == 0 ? ".otf" : ".ttf"), 0);
            t += (long) ((6 + u() * 10) * 60 * NS);
        }
        end("Helpdesk pushes the title-design font pack to " + hs.size() + " compositing/production workstations for the main-title sequence, a few hundred font files each, one host after another.");
    }
    // ------------------------------------------------------------------------------------------
    // attacker tool kits
    // ------------------------------------------------------------------------------------------
    static final String[] WIN_CORE = {"netscan.exe", "netscan.xml", "netscan.lic", "AdFind.exe", "adf.bat", "Rubeus.exe", "SharpHound.exe",
            "m64.exe", "mimidrv.sys", "mimilib.dll", "rclone.exe", "rclone.conf", "7za.exe", "PsExec64.exe", "Advanced_IP_Scanner_2.5.4594.1.exe",
            "Seatbelt.exe", "Certify.exe", "nltest_dc.bat", "share_enum.ps1", "kerb.ps1", "procdump64.exe", "chisel.exe"};
    static final String[] PY_EMBED = {"python.exe", "pythonw.exe", "python3.dll", "python311.dll", "python311.zip", "python311._pth", "vcruntime140.dll",
            "vcruntime140_1.dll", "libcrypto-3.dll", "libssl-3.dll", "libffi-8.dll", "_asyncio.pyd", "_bz2.pyd", "_ctypes.pyd", "_decimal.pyd",
            "_elementtree.pyd", "_hashlib.pyd", "_lzma.pyd", "_msi.pyd", "_multiprocessing.pyd", "_overlapped.pyd", "_queue.pyd", "_socket.pyd",
            "_sqlite3.pyd", "_ssl.pyd", "_uuid.pyd", "_zoneinfo.pyd", "pyexpat.pyd", "select.pyd", "sqlite3.dll", "unicodedata.pyd", "winsound.pyd", "LICENSE.txt"};
    static final String[] IMPACKET = ("__init__.py Dot11Crypto.py Dot11KeyManager.py ImpactDecoder.py ImpactPacket.py cdp.py crypto.py dhcp.py dns.py dot11.py dpapi.py "
            + "eap.py ese.py helper.py hresult_errors.py http.py IP6.py IP6_Address.py IP6_Extension_Headers.py ICMP6.py mapi_constants.py mqtt.py NDP.py nmb.py "
            + "nt_errors.py ntlm.py pcap_linktypes.py pcapfile.py smb.py smb3.py smb3structs.py smbconnection.py smbserver.py spnego.py structure.py system_errors.py "
            + "tds.py uuid.py version.py winregistry.py wps.py dcerpc/__init__.py dcerpc/v5/__init__.py dcerpc/v5/atsvc.py dcerpc/v5/bkrp.py dcerpc/v5/dcom/__init__.py "
            + "dcerpc/v5/dcom/comev.py dcerpc/v5/dcom/oaut.py dcerpc/v5/dcom/scmp.py dcerpc/v5/dcom/vds.py dcerpc/v5/dcom/wmi.py dcerpc/v5/dcomrt.py dcerpc/v5/drsuapi.py "
            + "dcerpc/v5/dtypes.py dcerpc/v5/enum.py dcerpc/v5/epm.py dcerpc/v5/even.py dcerpc/v5/even6.py dcerpc/v5/gkdi.py dcerpc/v5/icpr.py dcerpc/v5/lsad.py "
            + "dcerpc/v5/lsat.py dcerpc/v5/mgmt.py dcerpc/v5/mimilib.py dcerpc/v5/ndr.py dcerpc/v5/nrpc.py dcerpc/v5/nspi.py dcerpc/v5/oxabref.py dcerpc/v5/par.py "
            + "dcerpc/v5/rpch.py dcerpc/v5/rpcrt.py dcerpc/v5/rprn.py dcerpc/v5/rrp.py dcerpc/v5/samr.py dcerpc/v5/sasec.py dcerpc/v5/scmr.py dcerpc/v5/srvs.py "
            + "dcerpc/v5/transport.py dcerpc/v5/tsch.py dcerpc/v5/tsts.py dcerpc/v5/wkst.py krb5/__init__.py krb5/asn1.py krb5/ccache.py krb5/constants.py "
            + "krb5/crypto.py krb5/gssapi.py krb5/kerberosv5.py krb5/keytab.py krb5/kpasswd.py krb5/pac.py krb5/types.py ldap/__init__.py ldap/ldap.py "
            + "ldap/ldapasn1.py ldap/ldaptypes.py examples/__init__.py examples/logger.py examples/secretsdump.py examples/serviceinstall.py examples/utils.py "
            + "examples/os_ident.py examples/rpcdatabase.py examples/ntlmrelayx/__init__.py examples/ntlmrelayx/servers/smbrelayserver.py "
            + "examples/ntlmrelayx/clients/ldaprelayclient.py examples/ntlmrelayx/attacks/ldapattack.py").split(" ");
    static final String[] IMPACKET_SCRIPTS = {"secretsdump.py", "wmiexec.py", "smbexec.py", "psexec.py", "atexec.py", "dcomexec.py", "GetUserSPNs.py", "GetNPUsers.py",
            "ntlmrelayx.py", "lookupsid.py", "reg.py", "services.py", "smbclient.py", "addcomputer.py", "getST.py", "getTGT.py", "rbcd.py", "dacledit.py", "findDelegation.py"};
    static final String[] PY_DEPS = ("pyasn1/__init__.py pyasn1/codec/ber/decoder.py pyasn1/codec/ber/encoder.py pyasn1/codec/der/decoder.py pyasn1/type/univ.py "
            + "pyasn1/type/char.py pyasn1/type/namedtype.py pyasn1/type/tag.py pyasn1/error.py ldap3/__init__.py ldap3/core/connection.py ldap3/core/server.py "
            + "ldap3/core/exceptions.py ldap3/protocol/rfc4511.py ldap3/strategy/sync.py ldap3/utils/conv.py ldap3/operation/search.py Cryptodome/__init__.py "
            + "Cryptodome/Cipher/_raw_aes.pyd Cryptodome/Cipher/_raw_des3.pyd Cryptodome/Cipher/ARC4.py Cryptodome/Cipher/AES.py Cryptodome/Hash/MD4.py "
            + "Cryptodome/Hash/_MD4.pyd Cryptodome/Hash/HMAC.py Cryptodome/Util/_raw_api.py six.py dsinternals/__init__.py charset_normalizer/__init__.py").split(" ");
    static final String[] WIN_BASES = {"C:\\PerfLogs\\Admin\\", "C:\\Users\\Public\\Libraries\\", "C:\\ProgramData\\USOShared\\Logs\\bin\\",
            "C:\\Windows\\Temp\\kb50\\", "C:\\ProgramData\\Intel\\ShaderCache\\", "C:\\ProgramData\\Microsoft\\DRM\\Server\\cache\\"};

    static List<String> winKit(String base, int target) {
        List<String> out = new ArrayList<>();
        List<String> core = new ArrayList<>(Arrays.asList(WIN_CORE)); shuffle(core);
        for (String c : core.subList(0, ri(8, 15))) out.add(base + c);
        if (target > out.size() + 20) for (String c : PY_EMBED) out.add(base + "py\\" + c);
        List<String> imp = new ArrayList<>();
        for (String c : IMPACKET_SCRIPTS) imp.add(base + "py\\Scripts\\" + c);
        for (String c : IMPACKET) imp.add(base + "py\\Lib\\site-packages\\impacket\\" + c.replace("/", "\\"));
        for (String c : PY_DEPS) imp.add(base + "py\\Lib\\site-packages\\" + c.replace("/", "\\"));
        int i = 0;
        while (out.size() < target && i < imp.size()) out.add(imp.get(i++));
        return out.subList(0, Math.min(target, out.size()));
    }

    static final String[] MINER = {"kdevtmpfsi", "kinsing", "libsystem.so", "config.json", "start.sh", "cron.sh", "kinsing.service", ".kinsing.lock"};
    static final String[] RECON = {"pspy64", "linpeas.sh", "chisel", "gost", "socat", "masscan", "pnscan", "hosts.txt", "ips.lst", "id_ed25519", "known_hosts.bak", "lse.sh", "sshpass", "proxychains.conf"};
    static final String[] NMAP = {"nmap", "nmap-services", "nmap-os-db", "nmap-mac-prefixes", "nmap-protocols", "nmap-rpc", "nmap-service-probes", "nmap-payloads", "nse_main.lua",
            "nselib/smb.lua", "nselib/smbauth.lua", "nselib/msrpc.lua", "nselib/ssh2.lua", "nselib/http.lua", "nselib/shortport.lua", "nselib/stdnse.lua", "nselib/brute.lua",
            "nselib/creds.lua", "nselib/unpwdb.lua", "nselib/nmap.lua", "nselib/datafiles.lua", "nselib/comm.lua", "nselib/mssql.lua", "nselib/ldap.lua", "nselib/vulns.lua",
            "scripts/smb-os-discovery.nse", "scripts/smb-enum-shares.nse", "scripts/smb-vuln-ms17-010.nse", "scripts/smb-security-mode.nse", "scripts/smb2-security-mode.nse",
            "scripts/ssh-brute.nse", "scripts/ssh-auth-methods.nse", "scripts/ssh-hostkey.nse", "scripts/http-title.nse", "scripts/http-headers.nse", "scripts/http-enum.nse",
            "scripts/ms-sql-info.nse", "scripts/ms-sql-brute.nse", "scripts/ldap-rootdse.nse", "scripts/ldap-search.nse", "scripts/rdp-ntlm-info.nse", "scripts/nfs-showmount.nse",
            "scripts/nfs-ls.nse", "scripts/mongodb-info.nse", "scripts/pgsql-brute.nse", "scripts/redis-info.nse", "scripts/vnc-info.nse", "scripts/banner.nse",
            "scripts/ftp-anon.nse", "scripts/rsync-list-modules.nse", "scripts/krb5-enum-users.nse", "scripts/dns-srv-enum.nse", "scripts/snmp-info.nse", "scripts/ipmi-version.nse",
            "scripts/iscsi-info.nse", "scripts/smb-enum-users.nse", "scripts/http-vuln-cve2017-5638.nse", "scripts/ssl-cert.nse", "scripts/ssl-enum-ciphers.nse", "scripts/docker-version.nse",
            "scripts/smb-enum-domains.nse", "scripts/smb-enum-groups.nse", "scripts/smb-enum-sessions.nse", "scripts/smb-ls.nse", "scripts/smb-protocols.nse", "scripts/smb-brute.nse",
            "scripts/ssh2-enum-algos.nse", "scripts/sshv1.nse", "scripts/http-methods.nse", "scripts/http-robots.txt.nse", "scripts/http-server-header.nse", "scripts/http-auth.nse",
            "scripts/http-default-accounts.nse", "scripts/http-git.nse", "scripts/ms-sql-ntlm-info.nse", "scripts/ms-sql-empty-password.nse",
            "scripts/mysql-info.nse", "scripts/mysql-empty-password.nse", "scripts/pgsql-brute.nse", "scripts/redis-brute.nse", "scripts/memcached-info.nse", "scripts/nbstat.nse",
            "scripts/ntp-info.nse", "scripts/rpcinfo.nse", "scripts/smtp-commands.nse", "scripts/telnet-ntlm-info.nse", "scripts/vmware-version.nse", "scripts/x11-access.nse",
            "scripts/afp-serverinfo.nse", "scripts/citrix-enum-apps.nse", "scripts/ike-version.nse", "scripts/mongodb-databases.nse", "scripts/cassandra-info.nse",
            "nselib/smb2.lua", "nselib/netbios.lua", "nselib/sslcert.lua", "nselib/tls.lua", "nselib/url.lua", "nselib/json.lua", "nselib/base64.lua", "nselib/openssl.lua",
            "nselib/ipOps.lua", "nselib/tab.lua", "nselib/match.lua", "nselib/strbuf.lua", "nselib/target.lua", "nselib/dns.lua", "nselib/packet.lua"};

    static List<String> linKit(String base, int target, boolean miner) {
        List<String> out = new ArrayList<>();
        if (miner) for (String m : MINER) out.add(base + m);
        List<String> rc = new ArrayList<>(Arrays.asList(RECON)); shuffle(rc);
        for (String r : rc.subList(0, ri(5, 10))) out.add(base + r);
        for (String n : NMAP) { if (out.size() >= target) break; out.add(base + "n/" + n); }
        for (String c : IMPACKET) { if (out.size() >= target) break; out.add(base + "venv/lib/python3.9/site-packages/impacket/" + c); }
        return out.subList(0, Math.min(target, out.size()));
    }

    // ------------------------------------------------------------------------------------------
    // incident helpers
    // ------------------------------------------------------------------------------------------
    /** copies files in operator batches (pauses between batches); returns end time */
    static long batches(Host h, long t, List<String> files, Proc p, Acct a, String src, int nb, double mbps) {
        int per = (files.size() + nb - 1) / nb;
        for (int b = 0; b < nb; b++) {
            List<String> part = files.subList(Math.min(files.size(), b * per), Math.min(files.size(), (b + 1) * per));
            if (part.isEmpty()) break;
            t = copy(h, t, part.size(), p, a, src, mbps, 0.15, i -> part.get(i), 0);
            t += (long) ((40 + u() * 300) * NS);
        }
        return t;
    }
    /** find a start (epoch s) on local day/hour ranges where all hosts are free for dur seconds */
    static long slot(List<Host> hs, String site, int dLo, int dHi, double hLo, double hHi, long dur, boolean weekendOk) {
        for (int k = 0; k < 4000; k++) {
            int d = ri(dLo, dHi);
            if (!weekendOk && d % 7 >= 5) continue;
            double hr = hLo + u() * (hHi - hLo);
            long s = l2u(site, d, hr);
            boolean ok = s + dur < TEND - 2 * 3600;
            for (Host h : hs) if (!free(h, s, s + dur)) { ok = false; break; }
            if (ok) return s;
        }
        return -1;
    }
    static Host beachhead(String site, Host not) {
        List<Host> l = new ArrayList<>();
        for (Host h : role("WS")) if (h.site.equals(site) && h != not && h.join == Long.MIN_VALUE && h.leave == Long.MAX_VALUE) l.add(h);
        return pick(l);
    }
    static List<Host> pool(String role, String site, boolean established) {
        List<Host> l = new ArrayList<>();
        for (Host h : role(role)) if ((site == null || h.site.equals(site)) && (!established || h.join == Long.MIN_VALUE) && h.leave == Long.MAX_VALUE && !"it".equals(h.team)) l.add(h);
        return l;
    }
    static void attackerNoise(Host h, long t, Acct a, String[] tools, String base) {
        int n = ri(3, 9);
        for (int i = 0; i < n; i++) {
            String tool = pick(tools);
            Proc pr = h.windows() ? new Proc(tool, base + tool, null, false, null) : new Proc(tool, base + tool, null, false, base + tool);
            String out = h.windows() ? base + pick(new String[]{"out.txt", "ad_users.txt", "ad_computers.txt", "trusts.txt", "scan.xml", "hashes.txt", "shares.csv", tool + ".log"})
                    : base + pick(new String[]{".out", "scan.txt", "found.txt", ".lock", "xmrig.log", "hosts.up"});
            add(h, t + (long) ((30 + u() * 900) * NS), "creation", pr, a, out, sizeFor(fname(out)), null);
        }
    }
    static Acct winbindAdm(Person it) { return new Acct("adm-" + it.user, String.valueOf(1844700000L + it.rid), null); }

    // ------------------------------------------------------------------------------------------
    // incidents
    // ------------------------------------------------------------------------------------------
    static void planIncidents() {
        List<String> kinds = List.of("burst", "low_and_slow", "night", "linux_scp", "tool_spread", "new_host_burst");
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("new_host_burst", new ArrayList<>(List.of("ws", "aws", "xfer2")));
        variants.put("tool_spread", new ArrayList<>(List.of("ransom", "sideload", "miner")));
        variants.put("night", new ArrayList<>(List.of("fs", "nas", "deadline")));
        variants.put("low_and_slow", new ArrayList<>(List.of("xfer", "jump", "rds")));
        variants.put("burst", new ArrayList<>(List.of("ws_lon", "ws_mtl", "app")));
        variants.put("linux_scp", new ArrayList<>(List.of("render", "build", "pgdb", "git")));
        for (Map.Entry<String, List<String>> en : variants.entrySet()) {
            List<String> v = en.getValue(); shuffle(v);
            int made = 0;
            for (String var : v) {
                if (made == 2) break;
                boolean ok = switch (en.getKey()) {
                    case "burst" -> burst(var);
                    case "low_and_slow" -> lowAndSlow(var);
                    case "night" -> night(var);
                    case "linux_scp" -> linuxScp(var);
                    case "tool_spread" -> toolSpread(var);
                    default -> newHostBurst(var);
                };
                if (ok) made++;
            }
            if (made < 2) throw new IllegalStateException("could not place two " + en.getKey() + " incidents");
        }
        if (!kinds.containsAll(INCIDENTS.stream().map(l -> l.kind).toList())) throw new IllegalStateException();
    }

    static boolean burst(String var) {
        Host h; Acct a; String site; String who;
        if (var.equals("app")) {
            h = pickU(List.of(H("lon-sql-02"), H("lon-rds-01"), H("lon-rds-02"), H("lon-lic-01"), H("lon-veeam-01"), H("lon-sccm-01")));
            if (h == null) return false;
            site = "LON";
            if (p(0.5)) { a = svcWin("svc_deadline"); who = "the Deadline service account svc_deadline (local admin on every render and app server)"; }
            else { Person it = pick(IT); a = adm(it); who = "the helpdesk admin account " + a.name; }
        } else {
            site = var.equals("ws_lon") ? "LON" : "MTL";
            h = pickU(pool("WS", site, true));
            if (h == null) return false;
            if (p(0.5)) { a = svcWin("svc_sccm_push"); who = "the SCCM client-push account svc_sccm_push (local admin on all workstations, credentials recovered from the push configuration)"; }
            else { Person it = pick(IT); a = adm(it); who = "the helpdesk admin account " + a.name; }
        }
        int n = ri(60, 200);
        boolean evening = p(0.35);
        long s = slot(List.of(h), site, 6, 20, evening ? 19 : 10, evening ? 22 : 17.5, 3600, false);
        if (s < 0) return false;
        Host bh = beachhead(site, h);
        String base = pick(WIN_BASES);
        List<String> kit = winKit(base, n);
        begin("incident", "burst");
        long e = batches(h, s * NS, kit, SYSTEM_P, a, bh.ip, ri(2, 5), 40 + u() * 60);
        attackerNoise(h, e, a, new String[]{"AdFind.exe", "netscan.exe", "m64.exe", "Rubeus.exe", "python.exe"}, base);
        Label l = end("Hands-on-keyboard staging: from the compromised workstation " + bh.name + " (" + bh.ip + ") the operator uses " + who + " to copy a tool kit over "
                + "ADMIN$/C$ into " + base + " on " + h.name + " (" + h.role + "): " + kit.size() + " files -- netscan/AdFind/Rubeus/renamed mimikatz (m64.exe)/rclone"
                + (kit.size() > 45 ? " plus an embeddable Python 3.11 with Impacket" : "") + " -- in a few batches, " + dayName(h, s * NS) + " " + hhmm(h, s * NS) + " local.");
        return true;
    }

    static boolean lowAndSlow(String var) {
        Host h; Proc pr; Acct a; String src, what, site;
        double interval; // seconds between chunks
        double durH = 4 + u() * 5;
        Person victim;
        NameGen g;
        switch (var) {
            case "xfer": {
                h = H("lon-xfer-01"); site = "LON";
                victim = pick(team("LON", "production"));
                pr = sftp(h); a = victim.lin(); src = victim.ws.ip;
                String cl = pick(CLIENTS_XFER)[0], sh = show();
                String dir = "/srv/sftp/" + cl + "/outgoing/" + sh + "_wip_review_" + ymd(T0 + 10 * 86400L) + "/";
                List<String> shots = new ArrayList<>(); for (int i = 0; i < 40; i++) shots.add(shot(sh));
                g = i -> dir + shots.get(i % shots.size()) + "_comp_v0" + (10 + i / 40) + "_review.mov";
                interval = 180 + u() * 180;
                what = "small 'review' QuickTimes (really chunks of the " + sh + " conform and unreleased cut) into a client outgoing folder on the DMZ SFTP server, "
                        + "using the production coordinator account " + victim.user + " from their workstation " + victim.ws.name;
                break;
            }
            case "jump": {
                h = pickU(List.of(H("lon-jump-01"), H("lon-jump-01"), H("mtl-jump-01"))); if (h == null) return false; site = h.site;
                victim = pick(team(null, "pipeline"));
                pr = scpSink("/home/" + victim.user + "/.cache/pip/http/", true); a = victim.lin(); src = victim.ws.ip;
                g = i -> "/home/" + victim.user + "/.cache/pip/http/" + hex(1) + "/" + hex(1) + "/" + hex(1) + "/" + hex(1) + "/" + hex(1) + "/" + hex(56);
                interval = 200 + u() * 200;
                what = "blobs disguised as pip-cache entries (split 7z volumes of show material) onto the bastion with the pipeline TD account " + victim.user
                        + " via scp from " + victim.ws.name + ", to be pulled out later through the bastion's internet egress";
                break;
            }
            default: {
                h = pickU(List.of(H("lon-rds-01"), H("lon-rds-02"))); if (h == null) return false; site = "LON";
                victim = pick(team("LON", "production"));
                pr = SYSTEM_P; a = victim.win(); src = victim.ws.ip;
                String tag = upperAlnum(8);
                g = i -> "D:\\UserData\\" + victim.user + "\\AppData\\Local\\Microsoft\\Windows\\INetCache\\IE\\" + tag + "\\cab" + String.format("%04d", i + 1) + ".tmp";
                interval = 150 + u() * 150;
                what = "7z volumes renamed to cab####.tmp (scripts, budgets, cut lists) into the INetCache of " + victim.user + " on the RDS host, which has direct internet egress, over SMB with the stolen account of "
                        + victim.user + " from " + victim.ws.name;
            }
        }
        long dur = (long) (durH * 3600);
        long s = slot(List.of(h), site, 6, 20, 9.5, 14, dur, false);
        if (s < 0) return false;
        begin("incident", "low_and_slow");
        long t = s * NS, endT = (s + dur) * NS;
        int i = 0;
        while (t < endT) {
            int k = i;
            String path = g.next(k);
            long size = (long) (logn(var.equals("jump") ? 5e6 : 25e6, 0.3));
            xfer(h, t, pr, a, path, size, src);
            i++;
            t += (long) (interval * logn(1, 0.35) * NS);
        }
        Label l = end("Low-and-slow staging for exfiltration: " + i + " transfers, one every ~" + Math.round(interval / 60) + " min for " + String.format("%.1f", durH)
                + " h from " + hhmm(h, s * NS) + " local (" + dayName(h, s * NS) + "): " + what + ". Each 15-minute bucket carries only 2-6 extra files.");
        return true;
    }

    static boolean night(String var) {
        Host h; long s;
        switch (var) {
            case "fs": {
                h = pickU(List.of(H("lon-fs-01"), H("lon-fs-01"), H("mtl-fs-01"))); if (h == null) return false;
                s = slot(List.of(h), h.site, 6, 20, 0.75, 4.5, 3600, true);
                if (s < 0) return false;
                Acct a = p(0.5) ? svcWin("svc_backup") : adm(pick(IT));
                Host from = pick(List.of(H("lon-rds-01"), H("lon-rds-02"), beachhead(h.site, null)));
                String[][] fam = {{"akira_readme.txt", "akira"}, {"readme.txt", "basta"}, {"HOW_TO_RESTORE_FILES.txt", "kfxlock"}};
                String[] f = pick(fam);
                String root = (h.site.equals("MTL") ? "E:\\Projects\\" : "D:\\Projects\\") + show();
                begin("incident", "night");
                List<String> tools = new ArrayList<>();
                for (String x : new String[]{"w.exe", "w.cfg", "netscan.exe", "netscan.xml", "AnyDesk.exe", "aswArPot.sys", "kill.exe", "list.txt", "7za.exe", "rclone.exe", "rclone.conf", "del_shadow.bat"}) if (p(0.8)) tools.add("C:\\PerfLogs\\" + x);
                long t = batches(h, s * NS, tools, SYSTEM_P, a, from.ip, 1, 80);
                int dirs = ri(30, 90), notes = 0, enc = 0;
                for (int k = 0; k < dirs; k++) {
                    String sh = shot(show());
                    String dir = root + "\\shots\\" + seqOf(sh) + "\\" + sh + "\\" + pick(DEPTS) + "\\work\\";
                    xfer(h, t, SYSTEM_P, a, dir + f[0], 1800 + ri(0, 400), from.ip); notes++;
                    t += (long) ((0.2 + expo(1.5)) * NS);
                    int m = ri(0, 2);
                    for (int j = 0; j < m; j++) {
                        String orig = dir + sh + "_" + pick(DEPTS) + "_" + ver() + ".nk";
                        xfer(h, t, SYSTEM_P, a, orig + "." + f[1], sizeFor("x.nk"), from.ip); enc++;
                        add(h, t + (long) (0.3 * NS), "deletion", SYSTEM_P, a, orig, 0, from.ip);
                        t += (long) ((0.5 + expo(2)) * NS);
                    }
                }
                end("Night-time ransomware pre-positioning on the busy projects file server " + h.name + ": at " + hhmm(h, s * NS) + " local (" + dayName(h, s * NS) + ") "
                        + a.name + " connects from " + from.name + " and drops " + tools.size() + " tools into C:\\PerfLogs (locker w.exe, BYOVD EDR killer aswArPot.sys, AnyDesk, rclone), "
                        + "then a remote-encryption test run over SMB writes " + notes + " ransom notes (" + f[0] + ") and " + enc + " encrypted copies (*." + f[1] + ") across " + dirs + " shot folders.");
                return true;
            }
            case "nas": {
                h = pickU(List.of(H("lon-nas-01"), H("lon-nas-02"))); if (h == null) return false;
                s = slot(List.of(h), "LON", 6, 20, 0.75, 4.5, 3600, true);
                if (s < 0) return false;
                Acct a = svcLin("svc_pipeline");
                Host from = H("lon-build-01");
                String rel = "2026.3." + ri(1, 4);
                String base = "/mnt/pool01/pipeline/kfx-pipeline/" + rel + "/";
                String[] pk = {"kfx_core", "kfx_publish", "kfx_nuke", "kfx_maya", "kfx_houdini", "kfx_deadline"};
                int n = ri(80, 200);
                begin("incident", "night");
                long t = copy(h, s * NS, n, SMBD, a, from.ip, 60, 0.4, i -> base + pk[i % pk.length] + "/" + (i < pk.length ? "__init__.py" : lower(ri(4, 12)) + ".py"), 0);
                t += (long) ((60 + u() * 300) * NS);
                copy(h, t, ri(3, 6), SMBD, a, from.ip, 60, 2, i -> "/mnt/pool01/pipeline/bin/" + pick(new String[]{"kfx-launch", "kfx-env.sh", "nuke-wrapper.sh", "maya-wrapper.sh", "houdini-wrapper.sh", "sitecustomize.py"}), 0);
                end("Supply-chain poisoning of the studio pipeline share at night: at " + hhmm(h, s * NS) + " local (" + dayName(h, s * NS) + ") the stolen svc_pipeline credentials are used "
                        + "from the CI host lon-build-01 to overwrite-by-recreation " + n + " files of kfx-pipeline " + rel + " on the Samba head " + h.name + " (a backdoored kfx_core) and the launcher wrappers, "
                        + "so every artist and render node runs attacker code next morning.");
                return true;
            }
            default: {
                h = pickU(List.of(H("lon-deadline-01"), H("lon-deadline-01"), H("mtl-deadline-01"))); if (h == null) return false;
                s = slot(List.of(h), h.site, 6, 20, 0.75, 4.5, 3600, true);
                if (s < 0) return false;
                Acct a = svcWin("svc_deadline");
                Host from = beachhead(h.site, null);
                String nm = pick(new String[]{"RenderMetrics", "FarmHealth", "SlackNotify", "GPUReport"});
                List<String> files = new ArrayList<>();
                String b = "D:\\DeadlineRepository10\\custom\\events\\" + nm + "\\";
                files.add(b + nm + ".py"); files.add(b + nm + ".param"); files.add(b + nm + ".dlinit");
                for (String d : PY_DEPS) files.add(b + "lib\\" + d.replace("/", "\\"));
                for (String d : IMPACKET) { if (files.size() > 40 + ri(0, 80)) break; files.add(b + "lib\\impacket\\" + d.replace("/", "\\")); }
                files.add("D:\\DeadlineRepository10\\custom\\plugins\\" + nm + "\\" + nm + ".py");
                files.add("D:\\DeadlineRepository10\\custom\\plugins\\" + nm + "\\" + nm + ".param");
                files.add("D:\\DeadlineRepository10\\custom\\scripts\\Jobs\\" + nm + "Cleanup.py");
                begin("incident", "night");
                batches(h, s * NS, files, SYSTEM_P, a, from.ip, ri(2, 3), 80);
                end("Malicious Deadline event plugin: at " + hhmm(h, s * NS) + " local (" + dayName(h, s * NS) + ") the svc_deadline account is used from " + from.name + " to drop an event plugin '" + nm
                        + "' with a vendored Python payload (" + files.size() + " files) into custom\\events and custom\\plugins of the busy repository " + h.name + "; every worker will execute it on its next job.");
                return true;
            }
        }
    }

    static boolean linuxScp(String var) {
        Host h; Proc pr; Acct a; String src, base, who; boolean miner; int n;
        switch (var) {
            case "render": {
                h = pickU(pool("RENDER", null, true).stream().filter(x -> !x.site.equals("AWS")).toList()); if (h == null) return false;
                Person w = pick(team(null, "wrangler"));
                base = pick(new String[]{"/var/tmp/.font-unix/.x/", "/dev/shm/.ICE-unix/", "/home/" + w.user + "/.local/share/.dbus/"});
                pr = scpSink(base, true); a = w.lin(); src = H(p(0.5) ? "lon-jump-01" : "mtl-jump-01").ip; miner = true; n = ri(30, 80);
                who = "the render wrangler account " + w.user + " (SSH key stolen from a wrangler laptop) via the bastion";
                break;
            }
            case "build": {
                h = H("lon-build-01"); Person dp = SVC.get("svc_deploy");
                base = "/home/svc_deploy/.local/share/.cache/";
                pr = sftp(h); a = dp.lin(); src = "10.99.0." + ri(10, 200); miner = false; n = ri(60, 130);
                who = "the CI deploy account svc_deploy (private key leaked in a GitLab repo) over SFTP from a VPN address";
                break;
            }
            case "pgdb": {
                h = H("lon-pgdb-01"); Person pg = SVC.get("postgres");
                base = "/var/lib/pgsql/.cache/.x/";
                pr = scpSink(base, true); a = pg.lin(); src = H("lon-ftrack-01").ip; miner = true; n = ri(20, 60);
                who = "the postgres OS account (password reused from the ftrack database DSN) from the compromised lon-ftrack-01";
                break;
            }
            default: {
                h = H("lon-git-01"); Person td = pick(team("LON", "pipeline"));
                base = "/home/" + td.user + "/.vim/.swp/";
                pr = scpSink(base, true); a = td.lin(); src = td.ws.ip; miner = false; n = ri(40, 110);
                who = "the pipeline TD account " + td.user + " (password sprayed, no MFA on SSH) from the TD's own workstation " + td.ws.name;
            }
        }
        boolean night = p(0.3);
        long s = slot(List.of(h), h.site.equals("MTL") ? "MTL" : "LON", 6, 20, night ? 2 : 8, night ? 5 : 23, 3600, true);
        if (s < 0) return false;
        List<String> kit = linKit(base, n, miner);
        if (var.equals("build") || var.equals("git")) { kit = new ArrayList<>(kit); kit.add(0, (var.equals("build") ? "/home/svc_deploy/" : base.substring(0, base.indexOf("/.vim/") + 1)) + ".ssh/authorized_keys"); }
        begin("incident", "linux_scp");
        long e = batches(h, s * NS, kit, pr, a, src, ri(1, 3), 20 + u() * 40);
        attackerNoise(h, e, a, miner ? new String[]{"kdevtmpfsi", "kinsing", "masscan"} : new String[]{"chisel", "pspy64", "linpeas.sh"}, base);
        end("Linux tooling pushed with " + (pr.name.equals("scp") ? "scp" : "sftp") + " onto " + h.name + " (" + h.role + ") using " + who + ": " + kit.size() + " files into " + base
                + (miner ? " -- a Kinsing-style GPU/CPU miner (kdevtmpfsi, kinsing, libsystem.so preload hider) plus" : " --") + " recon and tunnelling tools (pspy, linpeas, chisel/gost, static nmap with NSE scripts)"
                + ", " + dayName(h, s * NS) + " " + hhmm(h, s * NS) + " local.");
        return true;
    }

    static boolean toolSpread(String var) {
        List<Host> targets; String site; Acct a; String src; String desc;
        switch (var) {
            case "ransom": {
                site = "LON";
                List<Host> c = new ArrayList<>(pool("WS", "LON", true));
                c.addAll(List.of(H("lon-sql-02"), H("lon-rds-01"), H("lon-rds-02"), H("lon-lic-01"), H("lon-dc-02")));
                targets = sample(unused(c), ri(5, 10));
                if (p(0.5)) { a = svcWin("svc_sccm_push"); } else a = adm(pick(IT));
                Host bh = beachhead("LON", null); src = bh.ip;
                desc = "Ransomware pre-positioning from " + bh.name + " with " + a.name + ": the same kit (Impacket service binary in C:\\Windows, locker svcupd.exe + batch, BYOVD EDR killer "
                        + "aswArPot.sys + kill.exe, AnyDesk with a preset service.conf) copied over ADMIN$ to ";
                break;
            }
            case "sideload": {
                site = "MTL";
                targets = sample(unused(pool("WS", "MTL", true)), ri(4, 8));
                Person it = IT.stream().filter(x -> x.site.equals("MTL")).findFirst().orElse(IT.get(0));
                a = adm(it);
                Host bh = beachhead("MTL", null); src = bh.ip;
                desc = "DLL side-loaded beacon plus exfil tooling spread from " + bh.name + " with " + a.name + ": a signed MsMpEng.exe with a malicious mpclient.dll and encrypted payload in "
                        + "C:\\ProgramData\\Microsoft\\DeviceSync, an Impacket service binary, rclone.exe + rclone.conf copied to ";
                break;
            }
            default: {
                site = "LON";
                List<Host> c = pool("RENDER", null, true).stream().filter(x -> !x.site.equals("AWS")).toList();
                targets = sample(unused(c), ri(4, 8));
                Person w = pick(team(null, "wrangler"));
                a = w.lin(); src = H("lon-jump-01").ip;
                desc = "Miner spread across the render farm with the wrangler account " + w.user + " from the bastion: the same Kinsing-style kit (kdevtmpfsi, kinsing, libsystem.so, config.json, "
                        + "user systemd unit, authorized_keys) scp'd into /var/tmp/.font-unix/.x on ";
            }
        }
        long s = slot(targets, site, 6, 20, 18, 23.5, 2 * 3600, true);
        if (s < 0) return false;
        begin("incident", "tool_spread");
        long t = s * NS;
        String rand8 = lower(8), rb = lower(6);
        int total = 0;
        for (Host h : targets) {
            List<String> files = new ArrayList<>();
            if (var.equals("ransom")) {
                files.addAll(List.of("C:\\Windows\\" + rand8 + ".exe", "C:\\Windows\\Temp\\svcupd.exe", "C:\\Windows\\Temp\\svcupd.bat", "C:\\Windows\\Temp\\" + rb + ".cfg",
                        "C:\\ProgramData\\drv\\aswArPot.sys", "C:\\ProgramData\\drv\\kill.exe", "C:\\ProgramData\\drv\\list.txt", "C:\\ProgramData\\AnyDesk.exe",
                        "C:\\ProgramData\\AnyDesk\\service.conf", "C:\\ProgramData\\AnyDesk\\system.conf"));
                files.addAll(List.of("C:\\Windows\\Temp\\netscan.exe", "C:\\Windows\\Temp\\netscan.xml", "C:\\Windows\\Temp\\ips.txt",
                        "C:\\Windows\\Temp\\" + rb + "\\pub.key", "C:\\Windows\\Temp\\" + rb + "\\drives.bat", "C:\\Windows\\Temp\\" + rb + "\\exclude.txt"));
                if (p(0.5)) files.addAll(List.of("C:\\Windows\\Temp\\gpupdate_" + rb + ".ps1", "C:\\Windows\\Temp\\PsExec64.exe", "C:\\Windows\\Temp\\vss_off.bat"));
            } else if (var.equals("sideload")) {
                String b = "C:\\ProgramData\\Microsoft\\DeviceSync\\";
                files.addAll(List.of(b + "MsMpEng.exe", b + "mpclient.dll", b + "mpsvc.dat", b + "update.cfg", "C:\\Windows\\" + rand8 + ".exe",
                        "C:\\Users\\Public\\Documents\\rclone.exe", "C:\\Users\\Public\\Documents\\rclone.conf", "C:\\Users\\Public\\Documents\\filter.txt"));
                files.addAll(List.of(b + "vcruntime140.dll", b + "msvcp140.dll", b + "MpOAV.dll", b + "MpCommu.dll", b + "cache.bin", "C:\\Users\\Public\\Documents\\inc.txt"));
                if (p(0.5)) files.addAll(List.of("C:\\Windows\\Temp\\AdFind.exe", "C:\\Windows\\Temp\\adf.bat", "C:\\Windows\\Temp\\netscan.exe"));
            } else {
                String b = "/var/tmp/.font-unix/.x/";
                String home = "/home/" + a.name + "/";
                for (String m : MINER) files.add(b + m);
                files.addAll(List.of(home + ".config/systemd/user/dbus-session.service", home + ".ssh/authorized_keys2", b + "hosts.txt", b + "masscan",
                        b + "pools.txt", b + "xmrig-cuda.so", b + "libxmrig-cuda.so", b + "watchdog.sh"));
                if (p(0.5)) files.addAll(List.of(b + "pspy64", b + "libprocesshider.so", b + "ssh_spread.sh", b + "known_hosts.bak"));
            }
            Proc pr = var.equals("miner") ? scpSink("/var/tmp/.font-unix/.x/", true) : SYSTEM_P;
            long e = copy(h, t, files.size(), pr, a, src, 60, 0.3, i -> files.get(i), 0);
            total += files.size();
            t = e + (long) ((30 + u() * 240) * NS);
        }
        StringBuilder hn = new StringBuilder();
        for (Host h : targets) hn.append(hn.length() > 0 ? ", " : "").append(h.name);
        end(desc + targets.size() + " hosts (" + hn + ") one after another, " + total + " files in total, " + dayName(targets.get(0), s * NS) + " evening from " + hhmm(targets.get(0), s * NS) + " local.");
        return true;
    }

    static boolean newHostBurst(String var) {
        Host h; Proc pr; Acct a; String src, who; List<String> kit; String site;
        switch (var) {
            case "ws": {
                h = pickU(NEW_MTL_WS); if (h == null) return false; site = "MTL";
                Person o = h.owner;
                String base = "C:\\Share\\onboarding\\.tools\\";
                kit = winKit(base, ri(80, 180));
                pr = SYSTEM_P; a = o.win(); src = "10.99.1." + ri(10, 240);
                who = "the phished account of the new freelancer " + o.user + " (the host's own user, local admin during onboarding) from a VPN address";
                break;
            }
            case "aws": {
                h = pickU(AWS); if (h == null) return false; site = "LON";
                String base = "/home/render/.cache/.x/";
                kit = linKit(base, ri(80, 160), true);
                pr = scpSink(base, true); a = new Acct("render", "2000", null); src = "203.0.113." + ri(2, 250);
                who = "the image-default 'render' user with password SSH left enabled on the cloud image, from an internet address";
                break;
            }
            default: {
                h = xfer2; site = "LON";
                String acct = pick(CLIENTS_XFER)[0];
                String base = "/srv/sftp/" + acct + "/.cache/";
                kit = linKit(base, ri(110, 190), false);
                kit = new ArrayList<>(kit); kit.add(0, "/srv/sftp/" + acct + "/.ssh/authorized_keys");
                pr = sftp(h); a = SVC.get(acct).lin(); src = "198.51.100." + ri(2, 250);
                who = "the migrated client account " + acct + " (password reused elsewhere; chroot not yet configured on the new server) from an internet address";
            }
        }
        long j = Math.floorDiv(h.join, 86400L) * 86400L;
        int dj = (int) ((j - T0) / 86400L);
        long s = slot(List.of(h), site, Math.max(dj + 1, 6), Math.min(dj + 4, 20), 11, 23, 3600, true);
        if (s < 0) return false;
        begin("incident", "new_host_burst");
        long e = batches(h, s * NS, kit, pr, a, src, h.windows() ? ri(2, 4) : ri(1, 3), h.windows() ? 50 : 20);
        attackerNoise(h, e, a, h.windows() ? new String[]{"AdFind.exe", "netscan.exe", "python.exe"} : new String[]{"kdevtmpfsi", "chisel", "masscan"}, fdir(kit.get(kit.size() / 2)) + (h.windows() ? "\\" : "/"));
        long age = s - h.join;
        end("Burst on a host that joined " + String.format("%.1f", age / 86400.0) + " days earlier: " + h.name + " receives " + kit.size() + " attacker files using " + who
                + ", " + dayName(h, s * NS) + " " + hhmm(h, s * NS) + " local. The host has little history, so only its short baseline and its peers tell that this is abnormal.");
        return true;
    }
    // ------------------------------------------------------------------------------------------
    // file names and sizes
    // ------------------------------------------------------------------------------------------
    static long sizeFor(String name) {
        String n = name.toLowerCase();
        String ext = fext(n); if (ext == null) ext = "";
        double s;
        switch (ext) {
            case "exr": s = logn(18e6, 0.4); break;
            case "jpg": case "jpeg": s = logn(1.2e6, 0.7); break;
            case "png": case "tif": case "tiff": s = logn(2.5e6, 0.9); break;
            case "mov": case "mp4": s = logn(180e6, 1.0); break;
            case "mxf": s = logn(600e6, 0.6); break;
            case "nk": case "autosave": s = logn(350e3, 0.9); break;
            case "ma": case "mb": s = logn(40e6, 1.1); break;
            case "hip": case "hiplc": s = logn(9e6, 0.9); break;
            case "abc": case "usd": case "usdc": s = logn(120e6, 1.3); break;
            case "vdb": s = logn(220e6, 0.8); break;
            case "sc": s = logn(90e6, 0.9); break;
            case "tx": s = logn(14e6, 0.6); break;
            case "xlsx": case "docx": case "pptx": s = logn(180e3, 1.0); break;
            case "pdf": s = logn(900e3, 1.1); break;
            case "txt": case "csv": case "ale": case "edl": case "cdl": case "xml": case "json": case "yml": case "yaml": case "cfg": case "conf": case "ini": s = logn(6e3, 1.2); break;
            case "py": case "sh": case "ps1": case "bat": case "lua": case "nse": case "vbs": case "reg": case "cmd": s = logn(9e3, 1.0); break;
            case "pyd": case "dll": case "so": s = logn(400e3, 1.2); break;
            case "exe": s = logn(3e6, 1.4); break;
            case "msi": case "msu": case "cab": s = logn(60e6, 1.2); break;
            case "sys": s = logn(60e3, 0.8); break;
            case "wav": s = logn(60e6, 0.7); break;
            case "aaf": s = logn(2e6, 0.8); break;
            case "zip": case "7z": case "gz": case "tgz": case "bak": s = logn(300e6, 1.3); break;
            case "lic": case "lnk": s = logn(3e3, 0.6); break;
            case "otf": case "ttf": s = logn(120e3, 0.7); break;
            case "cube": case "3dl": s = logn(900e3, 0.6); break;
            default: s = logn(250e3, 1.5);
        }
        return Math.max(0, Math.round(s));
    }
    static final String[] REF = {"ref", "lookdev_ref", "moodboard", "set_photo", "hdri_preview", "lens_grid", "witness_cam", "client_markup", "colour_ref", "onset_still"};
    static final String[] DOCS = {"shot_notes", "schedule", "bid_v", "turnover_notes", "vfx_breakdown", "callsheet", "timesheet", "expenses",
            "plate_list", "client_notes", "delivery_spec", "cast_list", "shot_status", "review_notes", "budget_tracker", "vendor_quote", "lens_data", "camera_report"};
    static final String[] DOC_EXT = {"xlsx", "docx", "pdf", "pdf", "pptx", "txt", "csv"};
    static final String[] DEPTS = {"comp", "lighting", "fx", "anim", "layout", "roto", "paint", "matchmove", "lookdev"};
    static String doc() { return pick(DOCS) + "_" + ri(1, 28) + "." + pick(DOC_EXT); }
    static String show() { return pick(activeShows); }

    // ------------------------------------------------------------------------------------------
    // a copy session: n files, realistic spacing
    // ------------------------------------------------------------------------------------------
    interface NameGen { String next(int i); }

    /** emits n transfer events starting at t (ns); returns time of last event */
    static long copy(Host h, long t, int n, Proc p, Acct a, String src, double mbps, double think, NameGen g, double companion) {
        long cur = t;
        for (int i = 0; i < n; i++) {
            String path = g.next(i);
            long size = sizeFor(fname(path));
            Ev e = xfer(h, cur, p, a, path, size, src);
            if (e != null && companion > 0 && current == null) companions(h, cur, p, a, path, size, src, companion);
            double gap = size / (mbps * 1e6) + 0.004 + expo(0.05) + (think > 0 ? expo(think) : 0);
            cur += (long) (gap * NS);
        }
        return cur;
    }
    /** the same transfer process doing the follow-up writes that the filter must drop */
    static void companions(Host h, long t, Proc p, Acct a, String path, long size, String src, double k) {
        if (p(0.45 * k)) add(h, t + (long) ((0.02 + expo(0.5)) * NS), "modification", p, a, path, size, src);
        if (p(0.12 * k)) add(h, t + (long) ((0.5 + expo(20)) * NS), "overwrite", p, a, path, size + ri(0, 4096), src);
        if (p(0.06 * k)) add(h, t + (long) ((1 + expo(30)) * NS), "rename", p, a, path, size, src);
        if (p(0.08 * k)) add(h, t + (long) ((5 + expo(600)) * NS), "deletion", p, a, path, 0, src);
    }

    // ------------------------------------------------------------------------------------------
    // baseline remote transfers (unlabelled)
    // ------------------------------------------------------------------------------------------
    static double[][] dayF;
    static double[] siteDayLon, siteDayMtl;
    static double dayFactor(Host h, long t) {
        int d = Math.max(0, Math.min(DAYS - 1, lday(h, t)));
        return dayF[HOSTS.indexOf(h)][d] * (h.site.equals("MTL") ? siteDayMtl[d] : siteDayLon[d]);
    }
    static double work(Host h, long t) { return OFFICE[lhour(h, t)] * dowW(ldow(h, t)); }
    static double clientWork(Host h, long t) {
        int lh = lhour(h, t); int dow = ldow(h, t);
        double la = OFFICE[Math.floorMod(lh - 8, 24)], ny = OFFICE[Math.floorMod(lh - 5, 24)];
        int dd = (lh < 8 && dow > 0) ? dow - 1 : dow; // US day lags
        return (0.55 * la + 0.45 * ny) * dowW(dd);
    }
    static double deadlineWork(Host h, long t) {
        int lh = lhour(h, t);
        double boost = (lh >= 17 && lh <= 20) ? 1.5 : 1.0;
        return OFFICE[lh] * boost * dowW(ldow(h, t));
    }

    static double rate(Host h, long t) {
        double w = work(h, t) * dayFactor(h, t);
        switch (h.role) {
            case "WS": return 0.09 * h.act * w + 0.002;
            case "EDIT": return 0.2 * w + 0.002;
            case "FS_PROJ": return (h.site.equals("MTL") ? 4.5 : 9) * h.act * w + 0.06;
            case "FS_HOME": return (h.site.equals("MTL") ? 5.5 : 11) * h.act * w + 0.08;
            case "FS_SW": return 0.25 * w + 0.01;
            case "FS_EDIT": return 2.5 * w + 0.02;
            case "FS_DOCS": return 2.2 * w + 0.01;
            case "NAS": return (h.site.equals("MTL") ? 1.8 : 2.6) * h.act * w + 0.03;
            case "NAS_ARCH": return 0.15 * w;
            case "BKP": return 0.12 * w;
            case "RENDER": return 0.006 * w + 0.0015;
            case "INGEST": return h.site.equals("MTL") ? 1.3 * w + 0.04 : 0.25 * w + 0.01;
            case "XFER": return 1.3 * h.act * clientWork(h, t) * dayFactor(h, t) + 0.05;
            case "FTP": return 0.45 * w + 0.02;
            case "DC": return 0.08 * w;
            case "SQL": return 0.06 * w;
            case "SCCM": return 0.15 * w;
            case "LIC": return 0.04 * w + 0.002;
            case "DEADLINE": return (h.site.equals("MTL") ? 7 : 11) * deadlineWork(h, t) * dayFactor(h, t) + 0.15;
            case "RDS": return 0.9 * w + 0.01;
            case "VEEAM": return 0.06 * w + 0.002;
            case "GIT": return 0.12 * w + 0.003;
            case "PGDB": return 0.08 * w + 0.003;
            case "MONGO": return 0.04 * w + 0.002;
            case "JUMP": return 0.5 * w + 0.02;
            case "BUILD": return 0.4 * w;
            case "ANSIBLE": return 0.12 * w + 0.002;
            case "MON": return 0.05 * w + 0.002;
            case "WEB": return 0.12 * w;
            case "FTRACK": return 0.08 * w + 0.002;
            default: throw new IllegalStateException(h.role);
        }
    }

    static void baseline() {
        dayF = new double[HOSTS.size()][DAYS];
        for (double[] r : dayF) for (int d = 0; d < DAYS; d++) r[d] = logn(1, 0.3);
        siteDayLon = new double[DAYS]; siteDayMtl = new double[DAYS];
        for (int d = 0; d < DAYS; d++) { siteDayLon[d] = logn(1, 0.15); siteDayMtl[d] = logn(1, 0.15); }
        for (Host h : HOSTS) {
            for (int hr = 0; hr < DAYS * 24; hr++) {
                long t = T0 + hr * 3600L;
                if (!h.alive(t) && !h.alive(t + 3599)) continue;
                int n = poisson(rate(h, t));
                for (int i = 0; i < n; i++) {
                    long ts = t * NS + (long) (u() * 3600 * NS);
                    if (h.alive(Math.floorDiv(ts, NS))) session(h, ts);
                }
            }
        }
    }

    static Person siteCreative(String site) { return weighted(team(site, "comp", "lighting", "anim", "fx", "cg", "production")); }
    static Person anyTd(String site) { List<Person> l = team(site, "pipeline", "wrangler", "it"); return pick(l); }
    static String ipOf(Person x) { return x.ws != null ? x.ws.ip : "10.20.10.200"; }
    static int sz(double med, double sig, int cap) { return Math.max(1, Math.min(cap, (int) Math.round(logn(med, sig)))); }

    static void session(Host h, long t) {
        String site = h.site.equals("MTL") ? "MTL" : "LON";
        String sh = show();
        switch (h.role) {
            case "WS": {
                double r = u();
                if (r < 0.55) {
                    Person c = pick(team(site, h.team == null ? "comp" : h.team, "production", "comp"));
                    if (c == h.owner) c = siteCreative(site);
                    String sub = "C:\\Share\\" + (p(0.6) ? "from_" + c.user + "\\" : "");
                    String shot = shot(sh);
                    copy(h, t, sz(2, 1.0, 30), SYSTEM_P, c.win(), ipOf(c), 70, 0.5, i -> sub + pickWsShare(shot, i), 1);
                } else if (r < 0.8) {
                    Person it = pick(IT);
                    String[] app = pick(INSTALLERS);
                    copy(h, t, sz(2, 0.9, 12), SYSTEM_P, adm(it), ipOf(it), 90, 1.0, i -> "C:\\Install\\" + app[0] + "\\" + (i == 0 ? app[1] : app[2 + (i % (app.length - 2))].replace("#", String.valueOf(i))), 0.5);
                } else if (r < 0.92) {
                    String[] cs = {"ccmsetup.exe", "ccmsetup.cab", "client.msi", "MicrosoftPolicyPlatformSetup.msi", "WindowsFirewallConfigurationProvider.msi", "ccmsetup.xml", "vcredist_x64.exe"};
                    copy(h, t, ri(2, 7), SYSTEM_P, svcWin("svc_sccm_push"), H("lon-sccm-01").ip, 100, 0.05, i -> "C:\\Windows\\ccmsetup\\" + cs[i % cs.length], 0.4);
                } else {
                    Person it = pick(IT);
                    String[] lnk = {"ShotGrid Desktop.lnk", "RV.lnk", "Deadline Monitor.lnk", "Nuke 15.1v3.lnk", "Houdini FX 20.5.lnk", "KFX Launcher.lnk"};
                    copy(h, t, ri(1, 3), SYSTEM_P, adm(it), ipOf(it), 90, 0.3, i -> "C:\\Users\\Public\\Desktop\\" + lnk[(i + ri(0, 5)) % lnk.length], 0.3);
                }
                break;
            }
            case "EDIT": {
                if (p(0.7)) {
                    String day = ymd(Math.floorDiv(t, NS) - 86400);
                    copy(h, t, sz(6, 0.6, 40), SYSTEM_P, svcWin("svc_ingest"), H("lon-ingest-01").ip, 110, 0.05,
                            i -> "D:\\Avid MediaFiles\\MXF\\1\\" + clip(day, i) + "." + hex(8) + ".mxf", 0.5);
                } else {
                    Person c = pick(team("LON", "editorial"));
                    copy(h, t, sz(2, 0.7, 10), SYSTEM_P, c.win(), ipOf(c), 80, 2, i -> "D:\\Share\\" + c.user + "\\" + sh + "_R" + ri(1, 6) + "_" + pick(new String[]{"cut_v", "conform_v", "vfx_pull_v"}) + ri(1, 30) + "." + pick(new String[]{"aaf", "edl", "xml", "mov"}), 1);
                }
                break;
            }
            case "FS_PROJ": {
                Person x = siteCreative(site);
                String root = (site.equals("MTL") ? "E:\\Projects\\" : "D:\\Projects\\") + sh;
                String shot = shot(sh), dept = pick(DEPTS), v = ver();
                double r = u();
                if (r < 0.45) copy(h, t, ri(1, 2), SYSTEM_P, x.win(), ipOf(x), 80, 3, i -> root + "\\shots\\" + seqOf(shot) + "\\" + shot + "\\" + dept + "\\work\\" + x.user + "\\" + shot + "_" + dept + "_" + v + (i == 0 ? ".nk" : ".nk.autosave"), 1.6);
                else if (r < 0.7) copy(h, t, sz(5, 0.9, 60), SYSTEM_P, x.win(), ipOf(x), 80, 0.3, i -> root + "\\shots\\" + seqOf(shot) + "\\" + shot + "\\ref\\" + pick(REF) + "_" + String.format("%03d", i + 1) + (p(0.7) ? ".jpg" : ".png"), 0.6);
                else if (r < 0.9) copy(h, t, sz(4, 1.0, 80), SYSTEM_P, x.win(), ipOf(x), 90, 0.2, i -> root + "\\shots\\" + seqOf(shot) + "\\" + shot + "\\" + dept + "\\publish\\" + v + "\\" + shot + "_" + dept + "_" + v + "." + (i == 0 ? "json" : pick(new String[]{"abc", "usd", "exr", "mov", "ma"})).replace("exr", String.format("%04d.exr", 1001 + i)), 0.8);
                else copy(h, t, ri(1, 3), SYSTEM_P, x.win(), ipOf(x), 60, 5, i -> root + "\\production\\" + doc(), 1.5);
                break;
            }
            case "FS_HOME": {
                Person x = weighted(team(site, "comp", "lighting", "anim", "fx", "cg", "production", "editorial", "pipeline", "it", "wrangler"));
                String hr = "E:\\Home\\" + x.user;
                double r = u();
                if (r < 0.6) copy(h, t, sz(1.5, 0.8, 20), SYSTEM_P, x.win(), ipOf(x), 70, 4, i -> hr + (p(0.6) ? "\\Documents\\" : "\\Desktop\\") + (p(0.7) ? doc() : pick(REF) + "_" + ri(1, 99) + ".png"), 1.4);
                else if (r < 0.85) copy(h, t, sz(4, 0.9, 40), SYSTEM_P, x.win(), ipOf(x), 70, 0.05, i -> "E:\\Profiles\\" + x.user + ".V6\\AppData\\Roaming\\" + pick(PROFILE_FILES).replace("#", String.valueOf(ri(1, 9))), 1.0);
                else copy(h, t, sz(2, 0.8, 15), SYSTEM_P, x.win(), ipOf(x), 70, 1, i -> hr + "\\Downloads\\" + pick(new String[]{"Nuke_gizmo_pack_" + ri(1, 9) + ".zip", "tutorial_" + ri(1, 50) + ".mp4", doc(), "font_" + lower(5) + ".otf"}), 1);
                break;
            }
            case "FS_SW": {
                Person x = p(0.5) ? pick(IT) : pick(team("LON", "pipeline"));
                Acct a = x.team.equals("it") ? adm(x) : x.win();
                String[] app = pick(INSTALLERS);
                copy(h, t, sz(4, 1.2, 120), SYSTEM_P, a, ipOf(x), 100, 0.02, i -> "D:\\Software\\Installers\\" + app[0] + "\\" + (i == 0 ? app[1] : app[2 + (i % (app.length - 2))].replace("#", String.valueOf(i))), 0.4);
                break;
            }
            case "FS_EDIT": {
                Person x = pick(team("LON", "editorial"));
                String reel = "R" + ri(1, 8);
                copy(h, t, sz(5, 1.0, 60), SYSTEM_P, x.win(), ipOf(x), 100, 0.5, i -> "E:\\Editorial\\" + sh + "\\" + reel + "\\" + pick(new String[]{sh + "_" + reel + "_cut_v" + ri(1, 60) + ".aaf", sh + "_" + reel + "_v" + ri(1, 60) + ".edl", sh + "_" + reel + "_ref_" + ri(1, 99) + ".mov", sh + "_" + reel + "_temp_mix_" + ri(1, 9) + ".wav", "vfx_pull_" + ri(1, 200) + ".xml"}), 1);
                break;
            }
            case "FS_DOCS": {
                Person x = p(0.8) ? pick(team("LON", "production")) : siteCreative("LON");
                copy(h, t, sz(1.5, 0.8, 15), SYSTEM_P, x.win(), ipOf(x), 60, 6, i -> "D:\\Production\\" + sh + "\\" + pick(new String[]{"Budget", "Schedules", "Contracts", "Vendors", "Reports"}) + "\\" + doc(), 1.6);
                break;
            }
            case "NAS": {
                Person x = siteCreative(site);
                String shot = shot(sh), v = ver();
                if (site.equals("MTL")) {
                    String nm = pick(new String[]{"pyro", "debris", "dust", "water_sim", "destruction", "smoke_trail", "sparks"});
                    boolean vdb = p(0.5);
                    int first = 1001 + ri(0, 20);
                    copy(h, t, sz(12, 1.0, 160), SMBD, x.lin(), ipOf(x), 90, 0.2, i -> "/export/fx/" + sh + "/shots/" + shot + "/fx/cache/" + nm + "_" + v + "/" + nm + "_" + v + "." + (first + i) + (vdb ? ".vdb" : ".bgeo.sc"), 0.3);
                } else if (p(0.75)) {
                    String dept = p(0.7) ? "comp" : "lighting";
                    int first = 1001 + ri(0, 10);
                    copy(h, t, sz(12, 1.0, 200), SMBD, x.lin(), ipOf(x), 100, 0.1, i -> "/mnt/pool01/projects/" + sh + "/shots/" + seqOf(shot) + "/" + shot + "/" + dept + "/render/" + shot + "_" + dept + "_" + v + "/" + shot + "_" + dept + "_" + v + "." + (first + i) + ".exr", 0.3);
                } else {
                    String asset = pick(new String[]{"hero_creature", "castle_ext", "marsh_boat", "lantern", "forest_set", "car_wreck", "crowd_agent"});
                    String map = pick(new String[]{"diffuse", "specular", "roughness", "normal", "displacement", "sss"});
                    copy(h, t, sz(6, 0.8, 60), SMBD, x.lin(), ipOf(x), 100, 0.1, i -> "/mnt/pool01/projects/" + sh + "/assets/" + asset + "/textures/" + v + "/" + asset + "_" + map + "." + (1001 + i) + ".tx", 0.3);
                }
                break;
            }
            case "NAS_ARCH": {
                Person it = pick(IT);
                copy(h, t, sz(3, 1.0, 30), SMBD, new Acct("adm-" + it.user, String.valueOf(1844700000L + it.rid), null), ipOf(it), 100, 0.5, i -> "/archive/" + doneShow + "/misc/" + doc(), 0.3);
                break;
            }
            case "BKP": {
                Person it = pick(IT);
                String tk = "INC" + ri(40000, 49999);
                copy(h, t, sz(3, 1.0, 40), SMBD, new Acct("adm-" + it.user, String.valueOf(1844700000L + it.rid), null), ipOf(it), 100, 0.2, i -> "/srv/backup/restore/" + tk + "/" + doc(), 0.3);
                break;
            }
            case "RENDER": {
                Person x = pick(team(null, "wrangler", "pipeline"));
                copy(h, t, ri(1, 3), scpSink("/home/" + x.user + "/", false), x.lin(), ipOf(x), 60, 3, i -> "/home/" + x.user + "/" + pick(new String[]{"requeue_failed.py", "gpu_check.sh", "worker_env.json", "license_test.py", "nvidia-bug-report.sh", "farm_notes.txt"}), 0.3);
                break;
            }
            case "INGEST": {
                if (site.equals("MTL")) {
                    String shot = shot(sh);
                    copy(h, t, sz(14, 0.8, 150), sftp(h), svcLin("svc_ingest"), H("lon-ingest-01").ip, 60, 0.05, i -> "/srv/ingest/" + sh + "/plates/" + shot + "/" + shot + "_plate_v001." + (1001 + i) + ".exr", 0.2);
                } else {
                    Person d = SVC.get(p(0.7) ? "dit_unit1" : "dit_unit2");
                    copy(h, t, ri(1, 5), sshdInternal(d.user), d.lin(), "192.0.2." + ri(10, 40), 20, 10, i -> "/srv/ingest/" + shootShow + "/luts/" + pick(new String[]{"show_lut_v" + ri(1, 9) + ".cube", "cdl_day" + ri(1, 30) + ".cdl", "camera_report_" + ri(1, 99) + ".pdf", "lens_map_" + ri(1, 9) + ".csv"}), 0.5);
                }
                break;
            }
            case "XFER": {
                String[] c = pick(CLIENTS_XFER);
                Person cl = SVC.get(c[0]);
                String d = dateStr(Math.floorDiv(t, NS)), shot = shot(sh);
                double r = u();
                if (r < 0.7) copy(h, t, sz(3, 1.0, 40), sftp(h), cl.lin(), c[1], 25, 2, i -> "/srv/sftp/" + cl.user + "/incoming/" + d + "/" + pick(new String[]{shot + "_client_notes.pdf", shot + "_ref_" + ri(1, 20) + ".mov", sh + "_lut_v" + ri(1, 5) + ".cube", sh + "_turnover_" + ri(1, 30) + ".edl", "marked_frames_" + ri(1, 99) + ".jpg", sh + "_delivery_spec.pdf"}), 0.6);
                else copy(h, t, sz(12, 0.8, 80), sftp(h), cl.lin(), c[1], 30, 0.02, i -> "/srv/sftp/" + cl.user + "/incoming/" + d + "/" + shot + "/" + shot + "_element_v001." + (1001 + i) + ".exr", 0.3);
                break;
            }
            case "FTP": {
                Person au = SVC.get("ext_tessellate");
                String reel = sh + "_R" + ri(1, 8) + "_" + pick(new String[]{"temp_mix", "fx_stems", "dialogue_stems", "m_and_e"}) + "_v" + ri(1, 20);
                copy(h, t, sz(8, 0.6, 40), VSFTPD, au.lin(), "198.51.100.77", 25, 0.1, i -> "/srv/ftp/ext_tessellate/upload/" + reel + "/" + pick(new String[]{"DX", "MX", "FX", "BG", "FOL", "VO"}) + "_" + (i + 1) + ".wav", 0.3);
                break;
            }
            case "DC": {
                Person it = pick(IT);
                copy(h, t, ri(1, 3), SYSTEM_P, adm(it), ipOf(it), 80, 5, i -> "C:\\Windows\\SYSVOL\\domain\\scripts\\" + pick(new String[]{"map_drives.ps1", "printers.vbs", "set_ocio.bat", "logon_kfx.cmd", "nuke_env.bat", "wallpaper.ps1"}), 1);
                break;
            }
            case "SQL": {
                Person it = pick(IT);
                copy(h, t, ri(1, 4), SYSTEM_P, p(0.5) ? adm(it) : svcWin("svc_sql"), ipOf(it), 80, 8, i -> (p(0.5) ? "D:\\Scripts\\" + pick(new String[]{"reindex", "purge_audit", "fix_shot_status", "report_hours", "migrate_bids"}) + "_" + ri(1, 40) + ".sql" : "D:\\Imports\\adhoc\\" + doc().replaceAll("\\.[a-z]+$", ".csv")), 1);
                break;
            }
            case "SCCM": {
                Person it = pick(IT);
                String[] app = pick(INSTALLERS);
                copy(h, t, sz(8, 1.2, 150), SYSTEM_P, adm(it), ipOf(it), 100, 0.03, i -> "D:\\Sources\\Apps\\" + app[0] + "\\" + (i == 0 ? app[1] : app[2 + (i % (app.length - 2))].replace("#", String.valueOf(i))), 0.4);
                break;
            }
            case "LIC": {
                Person it = pick(IT);
                copy(h, t, ri(1, 2), SYSTEM_P, adm(it), ipOf(it), 80, 3, i -> pick(new String[]{"C:\\Program Files\\RLM\\foundry_" + ymd(Math.floorDiv(t, NS)) + ".lic", "C:\\Program Files\\RLM\\sidefx_" + ri(1, 9) + ".lic", "C:\\Autodesk\\Network License Manager\\adsk_server_" + ri(1, 4) + ".lic"}), 1);
                break;
            }
            case "DEADLINE": {
                Person x = siteCreative(site);
                String job = objectId(Math.floorDiv(t, NS));
                String shot = shot(sh), v = ver();
                String scene = p(0.5) ? shot + "_comp_" + v + ".nk" : p(0.5) ? shot + "_lighting_" + v + ".ma" : shot + "_fx_" + v + ".hip";
                copy(h, t, sz(2, 0.5, 6), SYSTEM_P, x.win(), ipOf(x), 90, 0.05, i -> "D:\\DeadlineRepository10\\jobs\\" + job + "\\" + (i == 0 ? scene : i == 1 ? "job_info.job" : i == 2 ? "plugin_info.job" : "aux_" + i + ".py"), 0.5);
                break;
            }
            case "RDS": {
                Person x = p(0.6) ? pick(team(site, "production")) : siteCreative(site);
                copy(h, t, sz(2, 0.9, 20), SYSTEM_P, x.win(), ipOf(x), 60, 4, i -> "D:\\UserData\\" + x.user + "\\Documents\\" + doc(), 1);
                break;
            }
            case "VEEAM": {
                Person it = pick(IT);
                copy(h, t, 1, SYSTEM_P, adm(it), ipOf(it), 80, 1, i -> "D:\\VeeamConfigBackup\\manual\\" + pick(new String[]{"license_" + ri(2025, 2026) + ".lic", "repo_notes.txt", "restore_plan.docx"}), 1);
                break;
            }
            case "GIT": case "PGDB": case "MONGO": case "MON": case "FTRACK": case "ANSIBLE": case "JUMP": case "BUILD": {
                Person x = anyTd(h.role.equals("JUMP") && site.equals("MTL") ? "MTL" : "LON");
                int n = h.role.equals("JUMP") ? sz(2, 1.0, 20) : h.role.equals("BUILD") ? sz(3, 1.0, 30) : h.role.equals("ANSIBLE") ? ri(1, 8) : ri(1, 3);
                String base = h.role.equals("BUILD") ? "/srv/build/incoming/" : h.role.equals("ANSIBLE") ? "/home/" + x.user + "/ansible/roles/" + pick(new String[]{"render_node", "samba", "deadline_worker", "nvidia", "sssd"}) + "/" : "/home/" + x.user + "/";
                copy(h, t, n, scpSink(base, n > 3), x.lin(), ipOf(x), 60, 1, i -> base + pick(LINUX_MISC).replace("#", String.valueOf(ri(1, 40))), 0.3);
                break;
            }
            case "WEB": {
                Person dp = SVC.get("svc_deploy");
                String ns = pick(new String[]{"pipeline", "it", "onboarding", "shows", "farm"});
                copy(h, t, sz(8, 0.8, 60), sftp(h), dp.lin(), H("lon-build-01").ip, 60, 0.01, i -> "/var/www/wiki/data/" + (p(0.7) ? "pages/" + ns + "/" + lower(ri(4, 10)) + ".txt" : "media/" + ns + "/" + lower(ri(4, 10)) + ".png"), 0.3);
                break;
            }
            default: throw new IllegalStateException(h.role);
        }
    }
    static final String[][] CLIENTS_XFER = {{"ext_larkspur", "203.0.113.41"}, {"ext_northbound", "198.51.100.23"}, {"ext_meridianplus", "203.0.113.140"}, {"ext_halcyon", "198.51.100.190"}};
    static String objectId(long t) { return String.format("%08x", t) + hex(16); }
    static String clip(String day, int i) { return (char) ('A' + (i % 3)) + String.format("%03dC%03d_%s_R%s", ri(1, 40), ri(1, 30), day.substring(2), upperAlnum(3)); }
    static String pickWsShare(String shot, int i) {
        return pick(new String[]{shot + "_comp_" + ver() + ".nk", shot + "_ref_" + (i + 1) + ".jpg", "gizmo_" + lower(6) + ".gizmo", shot + "_wip_" + ver() + ".mov",
                "notes_" + ri(1, 30) + ".txt", pick(REF) + "_" + (i + 1) + ".png", shot + "_lensgrid.exr", "toolset_" + lower(5) + ".zip"});
    }
    static final String[][] INSTALLERS = {
            {"Foundry\\Nuke15.1v3", "Nuke15.1v3-win-x86_64.exe", "install_nuke.ps1", "init.py", "menu.py", "foundry_rlm.lic"},
            {"SideFX\\Houdini20.5", "houdini-20.5.410-win64-vc143.exe", "houdini.env", "install_houdini.ps1", "hserver.opt"},
            {"Autodesk\\Maya2025", "Setup.exe", "Maya2025.msi", "setup.xml", "package#.cab", "Maya.env", "userSetup.py"},
            {"Adobe\\CC2025", "Setup.exe", "AdobePhotoshop26.msi", "packages#.zip", "optionXML.xml"},
            {"Autodesk\\RV2024", "RV-2024.2.0-Windows-x86-64-installer.exe", "rv_prefs.reg"},
            {"NVIDIA\\572.16", "572.16-quadro-rtx-desktop-notebook-win10-win11-64bit-international-dch-whql.exe", "setup.cfg", "nvdisp#.inf", "nvlddmkm#.sys", "nvapi64_#.dll"},
            {"Thinkbox\\Deadline10", "DeadlineClient-10.4.0.10-windows-installer.exe", "deadline.ini", "client_setup.ps1"},
            {"Chaos\\VRay6", "vray_adv_62003_maya2025_x64.exe", "vrlclient.xml", "install.bat"},
            {"KFX\\ocio", "config.ocio", "luts\\aces_#.spi3d", "luts\\show_#.cube", "setup_ocio.bat"}};
    static final String[] PROFILE_FILES = {"Microsoft\\Windows\\Recent\\recent_#.lnk", "Microsoft\\Signatures\\kfx_sig_#.htm", "Foundry\\Nuke\\recent_files_#.txt",
            "Autodesk\\maya\\2025\\prefs\\userPrefs_#.mel", "Microsoft\\Templates\\Normal_#.dotm", "Adobe\\Adobe Photoshop 2025\\Settings\\prefs_#.psp",
            "SideFX\\houdini20.5\\jump_#.pref", "Microsoft\\Windows\\Start Menu\\Programs\\KFX\\tool_#.lnk", "Mozilla\\Firefox\\Profiles\\x.default\\places_#.sqlite"};
    static final String[] LINUX_MISC = {"notes_#.txt", "check_disk_#.sh", "query_#.sql", "patch_#.diff", "requirements_#.txt", "deploy_#.tar.gz",
            "config_#.yaml", "inventory_#.ini", "main_#.yml", "kfx_tools-2026.3.#.tar.gz", "dump_#.csv", "cert_#.pem", "env_#.sh"};
    // ------------------------------------------------------------------------------------------
    // recurring, unlabelled jobs
    // ------------------------------------------------------------------------------------------
    static void recurring() {
        Host bkp = H("bkp-nas-01");
        List<Host> linux = new ArrayList<>(); for (Host h : HOSTS) if (!h.windows() && h != bkp) linux.add(h);
        for (int d = 0; d < DAYS; d++) {
            int dow = d % 7;
            // nightly incremental robocopy to the backup NAS (Saturday night = weekly full, labelled)
            if (dow != 5 && d + 1 < DAYS) {
                int n = dow < 5 ? ri(250, 600) : ri(40, 120);
                long s = l2u("LON", d + 1, 1.0 + u() * 0.15) * NS;
                copy(bkp, s, n, SMBD, svcLin("svc_backup"), H("lon-veeam-01").ip, 110, 1.2 + u(), Fleet3::backupPath, 0.2);
            }
            // nightly SQL dumps
            if (d + 1 < DAYS) {
                for (String sq : new String[]{"lon-sql-01", "lon-sql-02"}) {
                    long s = l2u("LON", d + 1, 0.5 + u() * 0.05) * NS;
                    String day = ymd(T0 + (d + 1) * 86400L);
                    String[] dbs = sq.endsWith("1") ? new String[]{"ProdTrack", "Timesheets", "Bids", "AssetDB", "master", "msdb"} : new String[]{"Finance", "HR", "master", "msdb"};
                    copy(bkp, s, dbs.length, SMBD, svcLin("svc_sql"), H(sq).ip, 60, 20, i -> "/srv/backup/sql/" + sq + "/" + dbs[i] + "_FULL_" + day + "_0030" + String.format("%02d", i) + ".bak", 0.3);
                }
            }
            // nightly Linux config backup: every Linux host scp's its /etc tarball
            if (d + 1 < DAYS) {
                long s = l2u("LON", d + 1, 2.25) * NS;
                String day = ymd(T0 + (d + 1) * 86400L);
                for (Host lh : linux) {
                    if (!lh.alive(Math.floorDiv(s, NS))) continue;
                    long t = s + (long) (u() * 240 * NS);
                    copy(bkp, t, 3, scpSink("/srv/backup/linux/" + lh.name + "/", false), svcLin("svc_backup"), lh.ip, 50, 0.2,
                            i -> "/srv/backup/linux/" + lh.name + "/" + (i == 0 ? "etc-" + day + ".tar.gz" : i == 1 ? "pkglist-" + day + ".txt" : "crontab-" + day + ".txt"), 0);
                }
            }
            // weekday finance CSV drop
            if (dow < 5) {
                long s = l2u("LON", d, 5.5 + u() * 0.1) * NS;
                String day = ymd(T0 + d * 86400L);
                copy(H("lon-sql-01"), s, ri(3, 6), SYSTEM_P, svcWin("svc_finance"), "10.20.10.240", 50, 1, i -> "D:\\Imports\\Finance\\" + day + "\\" + pick(new String[]{"gl_extract", "po_lines", "timesheet_export", "vendor_master", "cost_centres", "fx_rates"}) + "_" + i + ".csv", 0.5);
            }
            // dailies from set, every shoot day evening (weekdays + location Saturday)
            boolean shoot = dow < 5 || d == locationShootSat;
            if (shoot) {
                Host ing = H("lon-ingest-01");
                String day = ymd(T0 + d * 86400L);
                long t = l2u("LON", d, 19.0 + u() * 1.5) * NS;
                int cards = ri(2, 4);
                for (int c = 0; c < cards; c++) {
                    Person dit = SVC.get(c == 0 || p(0.6) ? "dit_unit1" : "dit_unit2");
                    t = copy(ing, t + (long) (expo(1500) * NS), ri(20, 55), sshdInternal(dit.user), dit.lin(), "192.0.2." + (dit.user.endsWith("1") ? 41 : 77), 30, 0.5,
                            i -> "/srv/ingest/" + shootShow + "/dailies/" + day + "/" + (i % 15 == 14 ? (char) ('A' + i % 3) + String.format("%03d", ri(1, 40)) + "_" + day + ".ale" : clip(day, i) + ".mov"), 0.3);
                }
                // next morning: transcoded dailies pushed to the editorial bays and the editorial share
                if (dow < 5 && d + 1 < DAYS && (d + 1) % 7 < 5) {
                    long m = l2u("LON", d + 1, 6.5 + u() * 0.5) * NS;
                    List<Host> bays = role("EDIT");
                    for (int b = 0; b < 3 && b < bays.size(); b++) {
                        copy(bays.get(b), m + (long) (b * (4 + u() * 6) * 60 * NS), ri(20, 70), SYSTEM_P, svcWin("svc_ingest"), ing.ip, 110, 0.05, i -> "D:\\Avid MediaFiles\\MXF\\1\\" + clip(day, i) + "." + hex(8) + ".mxf", 0.3);
                    }
                    copy(H("lon-fs-04"), m, ri(30, 90), SYSTEM_P, svcWin("svc_ingest"), ing.ip, 110, 0.05, i -> "E:\\Editorial\\" + shootShow + "\\Dailies\\" + day + "\\" + clip(day, i) + ".mov", 0.3);
                }
            }
        }
    }
    // ------------------------------------------------------------------------------------------
    // ordinary file activity the remote-transfer filter must drop
    // ------------------------------------------------------------------------------------------
    static final Acct SYSTEM_A = new Acct("SYSTEM", "S-1-5-18", "NT AUTHORITY");
    static final Acct LOCALSVC = new Acct("LOCAL SERVICE", "S-1-5-19", "NT AUTHORITY");
    static final Acct ROOT = new Acct("root", "0", null);
    static final Acct RENDER_U = new Acct("render", "2000", null);
    static final String[] ACTIONS = {"creation", "creation", "creation", "creation", "modification", "modification", "modification", "deletion", "deletion", "rename", "overwrite"};

    static final Proc[][] WS_APPS = {
            {wp("Nuke15.1.exe", "C:\\Program Files\\Nuke15.1v3\\Nuke15.1.exe", "The Foundry Visionmongers Ltd.")},
            {wp("maya.exe", "C:\\Program Files\\Autodesk\\Maya2025\\bin\\maya.exe", "Autodesk, Inc.")},
            {wp("houdinifx.exe", "C:\\Program Files\\Side Effects Software\\Houdini 20.5.410\\bin\\houdinifx.exe", "Side Effects Software Inc.")},
            {wp("Photoshop.exe", "C:\\Program Files\\Adobe\\Adobe Photoshop 2025\\Photoshop.exe", "Adobe Inc.")},
            {wp("chrome.exe", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "Google LLC")},
            {wp("explorer.exe", "C:\\Windows\\explorer.exe", MS)},
            {wp("OUTLOOK.EXE", "C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE", MSC)},
            {wp("ms-teams.exe", "C:\\Program Files\\WindowsApps\\MSTeams_25044.2208.3471.2155_x64__8wekyb3d8bbwe\\ms-teams.exe", MSC)},
            {wp("EXCEL.EXE", "C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE", MSC)},
            {wp("rv.exe", "C:\\Program Files\\Autodesk\\RV-2024.2.0\\bin\\rv.exe", "Autodesk, Inc.")},
            {wp("python.exe", "C:\\Program Files\\Python311\\python.exe", "Python Software Foundation")},
            {wp("robocopy.exe", "C:\\Windows\\System32\\Robocopy.exe", MS)},
            {wp("AvidMediaComposer.exe", "C:\\Program Files\\Avid\\Avid Media Composer\\AvidMediaComposer.exe", "Avid Technology, Inc")}};
    static final Proc NUKE_L = new Proc("Nuke15.1", "/opt/Nuke15.1v3/Nuke15.1", null, false, "/opt/Nuke15.1v3/Nuke15.1 -x -F 1001-1100");
    static final Proc KICK = new Proc("kick", "/opt/solidangle/mtoa/2025/bin/kick", null, false, null);
    static final Proc HYTHON = new Proc("hython3.11", "/opt/hfs20.5/bin/hython3.11", null, false, null);
    static final Proc DLW = new Proc("deadlineworker", "/opt/Thinkbox/Deadline10/bin/deadlineworker", null, false, "/opt/Thinkbox/Deadline10/bin/deadlineworker -nogui");
    static final Proc JOURNALD = new Proc("systemd-journald", "/usr/lib/systemd/systemd-journald", null, false, null);
    static final Proc RSYSLOG = new Proc("rsyslogd", "/usr/sbin/rsyslogd", null, false, "/usr/sbin/rsyslogd -n");
    static final Proc DNF = new Proc("dnf", "/usr/bin/dnf", null, false, "/usr/bin/python3 /usr/bin/dnf makecache --timer");
    static final Proc PY3 = new Proc("python3", "/usr/bin/python3.11", null, false, null);
    static final Proc FFMPEG = new Proc("ffmpeg", "/usr/local/bin/ffmpeg", null, false, null);
    static final Proc POSTGRES = new Proc("postgres", "/usr/pgsql-16/bin/postgres", null, false, "postgres: walwriter");
    static final Proc MONGOD = new Proc("mongod", "/usr/bin/mongod", null, false, "/usr/bin/mongod -f /etc/mongod.conf");
    static final Proc GITALY = new Proc("gitaly", "/opt/gitlab/embedded/bin/gitaly", null, false, null);
    static final Proc CLAMD = new Proc("clamd", "/usr/sbin/clamd", null, false, null);
    static final Proc BASH = new Proc("bash", "/usr/bin/bash", null, false, "-bash");
    static final Proc DOCKERD = new Proc("dockerd", "/usr/bin/dockerd", null, false, null);
    static final Proc NGINX = new Proc("nginx", "/usr/sbin/nginx", null, false, null);

    static double renderLoad(long t) { // jobs submitted in the evening run overnight (London farm time)
        int lh = (int) (Math.floorMod(t, 86400L) / 3600);
        return 0.55 + 0.45 * Math.cos((lh - 2) / 24.0 * 2 * Math.PI);
    }

    static void noise() {
        for (Host h : HOSTS) {
            for (int hr = 0; hr < DAYS * 24; hr++) {
                long t = T0 + hr * 3600L;
                if (!h.alive(t) && !h.alive(t + 3599)) continue;
                double w = work(h, t) * dayFactor(h, t);
                double lam;
                switch (h.role) {
                    case "WS": case "EDIT": lam = 0.9 + 9.5 * w * h.act; break;
                    case "RENDER": lam = 0.8 + 3.2 * renderLoad(t); break;
                    case "FS_PROJ": case "FS_HOME": case "FS_EDIT": case "FS_DOCS": case "FS_SW": lam = 2 + 4 * w; break;
                    case "NAS": case "NAS_ARCH": case "BKP": lam = 1.5 + 2 * w; break;
                    case "DC": case "SCCM": case "SQL": case "DEADLINE": case "RDS": lam = 2.5 + 4 * w; break;
                    default: lam = 1.2 + 1.5 * w;
                }
                int n = poisson(lam);
                for (int i = 0; i < n; i++) {
                    long ts = t * NS + (long) (u() * 3600 * NS);
                    if (h.alive(Math.floorDiv(ts, NS))) noiseEvent(h, ts);
                }
            }
        }
    }

    static void noiseEvent(Host h, long t) {
        String action = pick(ACTIONS);
        if (h.windows()) {
            double r = u();
            boolean ws = h.role.equals("WS") || h.role.equals("EDIT");
            if (ws && r < 0.72) {
                Person o = h.owner != null ? h.owner : pick(PEOPLE);
                Proc pr = pick(WS_APPS)[0];
                if (h.role.equals("EDIT") && p(0.5)) pr = WS_APPS[12][0];
                String home = "C:\\Users\\" + o.user;
                String path = switch (pr.name) {
                    case "Nuke15.1.exe" -> p(0.5) ? home + "\\.nuke\\recent_files" : "D:\\Local\\nuke_cache\\" + hex(16) + ".tmp";
                    case "maya.exe" -> home + "\\Documents\\maya\\2025\\prefs\\" + pick(new String[]{"userPrefs.mel", "windowPrefs.mel", "pluginPrefs.mel"});
                    case "houdinifx.exe" -> "D:\\Local\\houdini_temp\\" + lower(8) + ".hip_bak" + ri(1, 9);
                    case "chrome.exe" -> home + "\\AppData\\Local\\Google\\Chrome\\User Data\\Default\\" + pick(new String[]{"History-journal", "Cookies-journal", "Network Persistent State", "Cache\\Cache_Data\\f_" + hex(6)});
                    case "explorer.exe" -> home + "\\AppData\\Roaming\\Microsoft\\Windows\\Recent\\" + lower(7) + ".lnk";
                    case "OUTLOOK.EXE" -> home + "\\AppData\\Local\\Microsoft\\Windows\\INetCache\\Content.Outlook\\" + upperAlnum(8) + "\\" + doc();
                    case "EXCEL.EXE" -> home + "\\AppData\\Local\\Temp\\" + "~$" + doc();
                    case "AvidMediaComposer.exe" -> "D:\\Avid MediaFiles\\MXF\\1\\" + upperAlnum(12) + ".mxf";
                    case "robocopy.exe" -> "D:\\Local\\pull\\" + shot(show()) + "_ref_" + ri(1, 40) + ".jpg";
                    default -> home + "\\AppData\\Local\\Temp\\" + lower(3) + hex(4) + ".tmp";
                };
                add(h, t, action, pr, o.win(), path, sizeFor(fname(path)), null);
            } else if (r < 0.84 || (!ws && r < 0.5)) {
                Proc pr = pick(WIN_SYS);
                String path = switch (pr.name) {
                    case "MsMpEng.exe" -> "C:\\ProgramData\\Microsoft\\Windows Defender\\Scans\\History\\Service\\DetectionHistory\\" + ri(0, 9) + "\\" + uuid().toUpperCase();
                    case "CcmExec.exe" -> "C:\\Windows\\CCM\\Logs\\" + pick(new String[]{"CcmExec.log", "PolicyAgent.log", "DataTransferService.log", "UpdatesHandler.log"});
                    case "TiWorker.exe" -> "C:\\Windows\\Logs\\CBS\\CbsPersist_" + ymd(Math.floorDiv(t, NS)) + hex(6) + ".log";
                    case "elastic-endpoint.exe" -> "C:\\Program Files\\Elastic\\Endpoint\\state\\log\\endpoint-" + String.format("%06d", ri(1, 999)) + ".log";
                    case "SearchIndexer.exe" -> "C:\\ProgramData\\Microsoft\\Search\\Data\\Applications\\Windows\\" + "MSS" + hex(5) + ".log";
                    default -> "C:\\Windows\\Prefetch\\" + pick(new String[]{"CHROME.EXE", "SVCHOST.EXE", "NUKE15.1.EXE", "CONHOST.EXE", "RUNDLL32.EXE"}) + "-" + hex(8).toUpperCase() + ".pf";
                };
                add(h, t, action, pr, p(0.85) ? SYSTEM_A : LOCALSVC, path, sizeFor(fname(path)), null);
            } else if (r < 0.93) {
                // kernel "System" writes as SYSTEM: ETW buffers, registry hives -- a remote process name but the wrong user
                String path = p(0.7) ? "C:\\Windows\\System32\\LogFiles\\WMI\\RtBackup\\EtwRT" + pick(new String[]{"EventLog-Application", "EventLog-System", "DiagLog", "EventLog-Security"}) + ".etl"
                        : "C:\\Windows\\System32\\config\\" + pick(new String[]{"SOFTWARE.LOG1", "SYSTEM.LOG2", "DRIVERS.LOG1", "COMPONENTS.LOG1"});
                add(h, t, p(0.6) ? "creation" : "modification", SYSTEM_P, SYSTEM_A, path, sizeFor(fname(path)), null);
            } else {
                // server roles: application writes; workstations: SMB overwrite/delete by a colleague
                serverAppNoise(h, t, action);
            }
        } else {
            double r = u();
            if (r < 0.35) {
                Proc pr = p(0.5) ? JOURNALD : p(0.6) ? RSYSLOG : DNF;
                String path = pr == JOURNALD ? "/var/log/journal/" + h.id.replace("-", "") + "/system@" + hex(32) + ".journal~"
                        : pr == RSYSLOG ? "/var/log/" + pick(new String[]{"messages", "secure", "cron", "maillog"}) : "/var/cache/dnf/" + pick(new String[]{"baseos", "appstream", "epel"}) + "-" + hex(16) + "/repodata/" + hex(12) + "-primary.xml.zck";
                add(h, t, action, pr, ROOT, path, sizeFor(fname(path)), null);
            } else if (r < 0.45 && (h.role.equals("RENDER") || h.role.equals("JUMP") || h.role.equals("BUILD") || h.role.equals("GIT"))) {
                // root scp (config pushes from the admin bastion) and root sftp (old Ansible inventories) -- dropped by user
                boolean s = p(0.5);
                String dir = s ? "/etc/kfx/" : "/root/.ansible/tmp/ansible-tmp-" + Math.floorDiv(t, NS) + "." + ri(10, 99) + "-" + ri(1000, 99999) + "-" + ri(10000000, 99999999) + "/";
                String path = dir + (s ? pick(new String[]{"farm.yaml", "ocio_env.sh", "license_servers.conf", "mounts.conf"}) : pick(new String[]{"AnsiballZ_setup.py", "AnsiballZ_stat.py", "AnsiballZ_file.py"}));
                add(h, t, "creation", s ? scpSink(dir, false) : sftp(h), ROOT, path, sizeFor(fname(path)), H("lon-ansible-01").ip);
            } else {
                linuxAppNoise(h, t, action);
            }
        }
    }

    static void serverAppNoise(Host h, long t, String action) {
        switch (h.role) {
            case "SQL": add(h, t, action, wp("sqlservr.exe", "C:\\Program Files\\Microsoft SQL Server\\MSSQL16.MSSQLSERVER\\MSSQL\\Binn\\sqlservr.exe", MSC),
                    new Acct("MSSQLSERVER", "S-1-5-80-3880718306-3832830129-1677859214-2598158968-1052248003", "NT SERVICE"),
                    "E:\\MSSQL\\Data\\" + pick(new String[]{"ProdTrack", "Timesheets", "Bids", "AssetDB"}) + "_" + hex(6) + ".ndf", 0, null); return;
            case "DC": case "FS_PROJ": case "FS_HOME": case "FS_SW": {
                // DFS Replication moves SYSVOL / namespace content: real file creations, but not by a remote-transfer process
                String path = h.role.equals("DC") ? "C:\\Windows\\SYSVOL\\domain\\Policies\\{" + uuid().toUpperCase() + "}\\GPT.INI" : "D:\\System Volume Information\\DFSR\\Staging\\" + hex(16) + "-" + ri(1, 999) + ".frx";
                add(h, t, action, wp("DFSRs.exe", "C:\\Windows\\System32\\DFSRs.exe", MS), SYSTEM_A, path, sizeFor(fname(path)), null); return;
            }
            case "DEADLINE": add(h, t, action, wp("deadlinepulse.exe", "C:\\Program Files\\Thinkbox\\Deadline10\\bin\\deadlinepulse.exe", "Thinkbox Software Inc"), svcWin("svc_deadline"),
                    "D:\\DeadlineRepository10\\reports\\" + hex(24) + ".txt", sizeFor("x.txt"), null); return;
            case "VEEAM": add(h, t, action, wp("VeeamAgent.exe", "C:\\Program Files (x86)\\Veeam\\Backup Transport\\x64\\VeeamAgent.exe", "Veeam Software Group GmbH"), svcWin("svc_backup"),
                    "C:\\ProgramData\\Veeam\\Backup\\Agent.Job_" + hex(8) + ".log", sizeFor("x.log"), null); return;
            case "SCCM": add(h, t, action, wp("smsexec.exe", "C:\\Program Files\\Microsoft Configuration Manager\\bin\\x64\\smsexec.exe", MSC), SYSTEM_A,
                    "D:\\SMS_DP$\\sms\\logs\\" + pick(new String[]{"distmgr.log", "smsdpprov.log", "PkgXferMgr.log"}), sizeFor("x.log"), null); return;
            default: {
                // SMB activity other than creation (save over, delete, rename) -- the most common filter drop on shares
                Person x = h.owner != null ? pick(team(h.site.equals("MTL") ? "MTL" : "LON", "comp", "production")) : siteCreative(h.site.equals("MTL") ? "MTL" : "LON");
                String[] acts = {"modification", "overwrite", "deletion", "rename"};
                String path = h.role.equals("WS") || h.role.equals("EDIT") ? "C:\\Share\\" + pickWsShare(shot(show()), 1) : "D:\\Data\\" + doc();
                add(h, t, pick(acts), SYSTEM_P, x.win(), path, sizeFor(fname(path)), ipOf(x));
            }
        }
    }

    static void linuxAppNoise(Host h, long t, String action) {
        String sh = show();
        switch (h.role) {
            case "RENDER": {
                double r = u();
                if (r < 0.3) add(h, t, action, KICK, RENDER_U, "/var/tmp/arnold_" + ri(1000, 9999) + "/" + shot(sh) + "_lighting_" + ver() + "." + ri(1001, 1200) + ".exr", sizeFor("x.exr"), null);
                else if (r < 0.55) add(h, t, action, NUKE_L, RENDER_U, "/var/tmp/nuke-u2000/" + pick(new String[]{"ViewerCache", "tilecache", "Blink"}) + "/" + hex(16), sizeFor("x.bin"), null);
                else if (r < 0.75) add(h, t, action, HYTHON, RENDER_U, "/tmp/houdini_temp/" + lower(8) + ".bgeo.sc", sizeFor("x.sc"), null);
                else add(h, t, action, DLW, RENDER_U, "/var/lib/Thinkbox/Deadline10/workers/" + h.name + "/jobsData/" + hex(24) + "/" + pick(new String[]{"plugin_info.job", "job_info.job", "render_log.txt"}), sizeFor("x.txt"), null);
                return;
            }
            case "NAS": case "NAS_ARCH": case "BKP": {
                if (p(0.35)) { // smbd's own databases: created as root
                    add(h, t, "creation", SMBD, ROOT, "/var/lib/samba/lock/" + pick(new String[]{"locking.tdb", "smbXsrv_open_global.tdb", "brlock.tdb", "leases.tdb", "printer_list.tdb"}) + (p(0.5) ? "" : "." + ri(1, 9)), sizeFor("x.tdb"), null);
                } else {
                    Person x = siteCreative(h.site.equals("MTL") ? "MTL" : "LON");
                    String[] acts = {"modification", "overwrite", "deletion", "deletion", "rename"};
                    add(h, t, pick(acts), SMBD, x.lin(), "/mnt/pool01/projects/" + sh + "/shots/" + shot(sh) + "/comp/work/" + x.user + "/" + shot(sh) + "_comp_" + ver() + ".nk", sizeFor("x.nk"), ipOf(x));
                }
                return;
            }
            case "INGEST": case "XFER": case "FTP": {
                double r = u();
                if (r < 0.4) add(h, t, action, FFMPEG, svcLin("svc_ingest"), "/srv/transcode/" + clip(ymd(Math.floorDiv(t, NS)), ri(0, 2)) + "_dnxhd.mxf", sizeFor("x.mxf"), null);
                else if (r < 0.7) add(h, t, action, CLAMD, new Acct("clamscan", "981", null), "/var/lib/clamav/tmp/clamav-" + hex(32) + ".tmp", sizeFor("x.tmp"), null);
                else {
                    String[] acts = {"deletion", "deletion", "rename", "modification"};
                    String day = dateStr(Math.floorDiv(t, NS) - 86400L * ri(0, 5));
                    if (h.role.equals("FTP")) {
                        Person c = SVC.get("ext_tessellate");
                        add(h, t, pick(acts), VSFTPD, c.lin(), "/srv/ftp/ext_tessellate/upload/" + sh + "_R" + ri(1, 8) + "_temp_mix_v" + ri(1, 20) + "/" + pick(new String[]{"DX", "MX", "FX", "BG"}) + "_" + ri(1, 12) + ".wav", sizeFor("x.wav"), "198.51.100.77");
                    } else if (h.role.equals("INGEST")) {
                        Person c = h.site.equals("MTL") ? SVC.get("svc_ingest") : SVC.get(p(0.7) ? "dit_unit1" : "dit_unit2");
                        Proc pr = h.name.equals("lon-ingest-01") ? sshdInternal(c.user) : sftp(h);
                        add(h, t, pick(acts), pr, c.lin(), "/srv/ingest/" + (h.site.equals("MTL") ? sh : shootShow) + "/dailies/" + day.replace("-", "") + "/" + clip(day.replace("-", ""), ri(0, 2)) + ".mov", sizeFor("x.mov"), h.site.equals("MTL") ? H("lon-ingest-01").ip : "192.0.2.41");
                    } else {
                        String[] cx = pick(CLIENTS_XFER);
                        Person c = SVC.get(cx[0]);
                        add(h, t, pick(acts), sftp(h), c.lin(), "/srv/sftp/" + c.user + "/incoming/" + day + "/" + doc(), sizeFor("x.pdf"), cx[1]);
                    }
                }
                return;
            }
            case "PGDB": add(h, t, action, POSTGRES, svcLin("postgres"), "/var/lib/pgsql/16/data/pg_wal/" + String.format("%024X", (long) ri(1, 1 << 30)), 16777216, null); return;
            case "MONGO": add(h, t, action, MONGOD, new Acct("mongod", "975", null), "/var/lib/mongo/journal/WiredTigerLog." + String.format("%010d", ri(1, 99999)), sizeFor("x.log"), null); return;
            case "GIT": add(h, t, action, GITALY, new Acct("git", "998", null), "/var/opt/gitlab/git-data/repositories/@hashed/" + hex(2) + "/" + hex(2) + "/" + hex(64) + ".git/objects/" + hex(2) + "/" + hex(38), sizeFor("x.bin"), null); return;
            case "BUILD": add(h, t, action, p(0.5) ? DOCKERD : PY3, p(0.5) ? ROOT : new Acct("svc_build", "1002", null), "/var/lib/docker/overlay2/" + hex(64) + "/diff/opt/kfx/" + lower(6) + ".py", sizeFor("x.py"), null); return;
            case "WEB": case "MON": case "FTRACK": add(h, t, action, NGINX, new Acct("nginx", "990", null), "/var/lib/nginx/tmp/client_body/" + String.format("%010d", ri(1, 999999)), sizeFor("x.bin"), null); return;
            default: {
                Person x = anyTd("LON");
                add(h, t, action, BASH, x.lin(), "/home/" + x.user + "/" + pick(new String[]{".bash_history", ".viminfo", ".lesshst", "scratch_" + ri(1, 9) + ".txt"}), sizeFor("x.txt"), null);
            }
        }
    }
    // ------------------------------------------------------------------------------------------
    // event creation
    // ------------------------------------------------------------------------------------------
    static final long[] POW10 = {1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L, 100000000L, 1000000000L};

    static Ev add(Host h, long tns, String action, Proc p, Acct a, String path, long size, String src) {
        if (tns < T0 * NS || tns >= TEND * NS) return null;
        if (!h.alive(Math.floorDiv(tns, NS))) return null;
        Ev e = new Ev();
        e.h = h; e.action = action; e.p = p; e.a = a; e.path = path; e.size = size; e.src = src;
        int frac = p(0.9) ? h.frac : ri(0, 9);
        e.frac = (byte) frac;
        e.ts = tns - Math.floorMod(tns, POW10[9 - frac]);
        e.fmt = (byte) (p(0.95) ? h.fmt : ri(0, 2));
        e.catStr = p(0.93) ? h.catStr : !h.catStr;
        e.ord = ordCounter++;
        EVENTS.add(e);
        return e;
    }

    /** A remote file transfer (creation by a transfer process, real user). Attached to the current label if any. */
    static Ev xfer(Host h, long tns, Proc p, Acct a, String path, long size, String src) {
        Ev e = add(h, tns, "creation", p, a, path, size, src);
        if (e == null) return null;
        if (current != null) { current.evs.add(e); e.lab = true; e.mal = current.label.equals("incident"); if (!current.hosts.contains(h)) current.hosts.add(h); }
        else if (p(0.0025)) e.noName = true; // an ingest pipeline occasionally loses file.name
        return e;
    }

    static String fname(String path) { int i = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/')); return path.substring(i + 1); }
    static String fdir(String path) { int i = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/')); return i <= 0 ? path.substring(0, 1) : path.substring(0, i); }
    static String fext(String name) {
        int i = name.lastIndexOf('.');
        if (i <= 0 || i == name.length() - 1) return null;
        return name.substring(i + 1);
    }

    // ------------------------------------------------------------------------------------------
    // delivery: jitter, very late events, malformed lines
    // ------------------------------------------------------------------------------------------
    static int veryLate = 0, malformedCount = 0;
    static void deliveryAndDefects() {
        for (Ev e : EVENTS) {
            double r = u(); double d;
            if (e.mal || r < 0.9) d = Math.min(30, logn(1.2, 0.8));
            else if (r < 0.995) d = 5 + u() * 85;
            else d = 120 + u() * 480;
            e.arr = e.ts + (long) (d * NS);
        }
        int n = EVENTS.size();
        int lateTarget = n == 0 ? 0 : ri(30, 50);
        while (veryLate < lateTarget) {
            Ev e = EVENTS.get(rnd.nextInt(n));
            if (e.mal || e.arr - e.ts > 60 * NS) continue;
            e.arr += (long) ((3600 + u() * 29 * 3600) * NS);
            veryLate++;
        }
        for (Ev e : EVENTS) {
            if (e.lab) continue; // labelled transfers stay intact so that start/end are observable
            if (p(0.0003)) { e.malformed = (byte) ri(1, 7); malformedCount++; }
        }
    }

    // ------------------------------------------------------------------------------------------
    // rendering (nested / dotted / mixed ECS JSON)
    // ------------------------------------------------------------------------------------------
    static String q(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\t': b.append("\\t"); break;
                default: if (c < 0x20) b.append(String.format("\\u%04x", (int) c)); else b.append(c);
            }
        }
        return b.append('"').toString();
    }
    static String fmtTs(long ns, int frac) {
        long sec = Math.floorDiv(ns, NS); int nano = (int) Math.floorMod(ns, NS);
        LocalDateTime t = LocalDateTime.ofEpochSecond(sec, 0, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(32);
        b.append(t.getYear()).append('-'); two(b, t.getMonthValue()); b.append('-'); two(b, t.getDayOfMonth()); b.append('T');
        two(b, t.getHour()); b.append(':'); two(b, t.getMinute()); b.append(':'); two(b, t.getSecond());
        if (frac > 0) { String n9 = String.format("%09d", nano); b.append('.').append(n9, 0, frac); }
        return b.append('Z').toString();
    }
    static void two(StringBuilder b, int v) { if (v < 10) b.append('0'); b.append(v); }

    static final class Node extends LinkedHashMap<String, Object> {}

    static void emit(List<String> keys, List<String> vals, int style, StringBuilder sb, Random rr) {
        Node root = new Node();
        Map<String, Integer> mode = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            String[] seg;
            int dot = k.indexOf('.');
            if (style == 1 || dot < 0) seg = new String[]{k};
            else if (style == 0) seg = k.split("\\.");
            else {
                String top = k.substring(0, dot);
                Integer m = mode.get(top);
                if (m == null) { m = rr.nextInt(3); mode.put(top, m); }
                seg = m == 0 ? k.split("\\.") : m == 1 ? new String[]{k} : new String[]{top, k.substring(dot + 1)};
            }
            Node n = root;
            for (int j = 0; j < seg.length - 1; j++) {
                Object o = n.get(seg[j]);
                if (o == null) { Node c = new Node(); n.put(seg[j], c); n = c; }
                else n = (Node) o;
            }
            n.put(seg[seg.length - 1], vals.get(i));
        }
        ser(root, sb);
    }
    static void ser(Node n, StringBuilder sb) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> en : n.entrySet()) {
            if (!first) sb.append(',');
            first = false;
            sb.append(q(en.getKey())).append(':');
            Object v = en.getValue();
            if (v instanceof Node) ser((Node) v, sb); else sb.append((String) v);
        }
        sb.append('}');
    }

    static final String[] GARBAGE = {
            "[2026-03-%02dT%02d:%02d:11,482][WARN ][logstash.outputs.kafka   ] producer send failed, retrying {:exception=>Java::OrgApacheKafkaCommonErrors::TimeoutException}",
            "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>",
            "{\"error\":{\"root_cause\":[{\"type\":\"es_rejected_execution_exception\",\"reason\":\"rejected execution of coordinating operation\"}]},\"status\":429"};

    static void render(Ev e, StringBuilder sb, Random rr) {
        Host h = e.h;
        if (e.malformed == 7) {
            String g = GARBAGE[rr.nextInt(GARBAGE.length)];
            if (g.contains("%02d")) { LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(e.arr, NS), 0, ZoneOffset.UTC); g = String.format(g, t.getDayOfMonth(), t.getHour(), t.getMinute()); }
            sb.append(g);
            return;
        }
        List<String> K = new ArrayList<>(56), V = new ArrayList<>(56);
        String ts = fmtTs(e.ts, e.frac);
        if (e.malformed == 2) { /* no @timestamp */ }
        else if (e.malformed == 4) { int k = rr.nextInt(3); K.add("@timestamp"); V.add(k == 0 ? String.valueOf(Math.floorDiv(e.ts, 1000000L)) : k == 1 ? "null" : q(ts.substring(0, 10).replace("-03-", "-13-") + " 25:61")); }
        else { K.add("@timestamp"); V.add(q(ts)); }
        K.add("agent.id"); V.add(q(h.agentId));
        K.add("agent.type"); V.add(q("endpoint"));
        K.add("agent.version"); V.add(q(h.agentVer));
        K.add("data_stream.dataset"); V.add(q("endpoint.events.file"));
        K.add("data_stream.namespace"); V.add(q("default"));
        K.add("data_stream.type"); V.add(q("logs"));
        K.add("ecs.version"); V.add(q("8.11.0"));
        K.add("event.action"); V.add(q(e.action));
        K.add("event.category"); V.add(e.catStr ? q("file") : "[\"file\"]");
        K.add("event.created"); V.add(q(ts));
        K.add("event.dataset"); V.add(q("endpoint.events.file"));
        K.add("event.id"); V.add(q("N" + b64(rr, 4) + "+" + b64(rr, 7) + "++++" + b64(rr, 7)));
        K.add("event.kind"); V.add(q("event"));
        K.add("event.module"); V.add(q("endpoint"));
        K.add("event.outcome"); V.add(q("success"));
        K.add("event.sequence"); V.add(String.valueOf(h.seq++));
        K.add("event.type"); V.add(e.action.equals("creation") ? "[\"creation\"]" : e.action.equals("deletion") ? "[\"deletion\"]" : "[\"change\"]");
        String name = fname(e.path); String ext = fext(name);
        if (ext != null) { K.add("file.extension"); V.add(q(ext)); }
        if (!e.noName) { K.add("file.name"); V.add(q(name)); }
        K.add("file.path"); V.add(q(e.path));
        if (rr.nextInt(2) == 0) { K.add("file.directory"); V.add(q(fdir(e.path))); }
        if (!e.action.equals("deletion")) { K.add("file.size"); V.add(String.valueOf(e.size)); }
        if (h.windows() && e.action.equals("creation") && rr.nextInt(3) == 0) { K.add("file.Ext.windows.zone_identifier"); V.add("-1"); }
        K.add("host.architecture"); V.add(q("x86_64"));
        if (e.malformed != 3) { K.add("host.hostname"); V.add(q(h.name)); }
        K.add("host.id"); V.add(q(h.id));
        K.add("host.ip"); V.add(h.ipString ? q(h.ip) : "[" + q(h.ip) + "," + q("fe80::" + h.mac.substring(9, 11).toLowerCase() + h.mac.substring(12, 14).toLowerCase() + ":" + h.id.substring(0, 4)) + "]");
        K.add("host.mac"); V.add("[" + q(h.mac) + "]");
        if (e.malformed == 3) { }
        else if (e.malformed == 5) { K.add("host.name"); V.add(rr.nextBoolean() ? String.valueOf(1000 + rr.nextInt(9000)) : "{\"value\":" + q(h.name) + "}"); }
        else { K.add("host.name"); V.add(q(h.name)); }
        K.add("host.os.Ext.variant"); V.add(q(h.variant));
        K.add("host.os.family"); V.add(q(h.windows() ? "windows" : h.variant.startsWith("Ubuntu") ? "ubuntu" : "rocky"));
        K.add("host.os.full"); V.add(q(h.osFull));
        K.add("host.os.kernel"); V.add(q(h.kernel));
        K.add("host.os.name"); V.add(q(h.osName));
        K.add("host.os.platform"); V.add(q(h.windows() ? "windows" : h.variant.startsWith("Ubuntu") ? "ubuntu" : "rocky"));
        K.add("host.os.type"); V.add(q(h.windows() ? "windows" : "linux"));
        K.add("host.os.version"); V.add(q(h.osVersion));
        K.add("message"); V.add(q("Endpoint file event"));
        Proc pr = e.p;
        int pid = pr.name.equals("System") ? 4 : h.pids.computeIfAbsent(pr.name + "|" + (pr.cmd == null ? "" : pr.cmd), k -> 400 + rr.nextInt(60000));
        K.add("process.entity_id"); V.add(q(entity(h, pid)));
        K.add("process.executable"); V.add(q(pr.exe));
        K.add("process.name"); V.add(q(pr.name));
        K.add("process.pid"); V.add(String.valueOf(pid));
        if (h.windows() && pr.signer != null) {
            K.add("process.code_signature.exists"); V.add("true");
            K.add("process.code_signature.status"); V.add(q(pr.trusted ? "trusted" : "errorExpired"));
            K.add("process.code_signature.subject_name"); V.add(q(pr.signer));
            K.add("process.code_signature.trusted"); V.add(pr.trusted ? "true" : "false");
        } else if (h.windows()) {
            K.add("process.code_signature.exists"); V.add("false");
        }
        if (!h.windows() && pr.cmd != null) { K.add("process.command_line"); V.add(q(pr.cmd)); }
        if (e.src != null) { K.add("source.ip"); V.add(q(e.src)); }
        if (e.a.domain != null) { K.add("user.domain"); V.add(q(e.a.domain)); }
        K.add("user.id"); V.add(q(e.a.id));
        K.add("user.name"); V.add(e.malformed == 6 ? "[" + q(e.a.name) + "," + "17" + "]" : q(e.a.name));
        if (e.malformed == 6) { /* also break @timestamp type: a user.name array mixing types is not the only defect */
            int i = K.indexOf("@timestamp"); if (i >= 0) V.set(i, "{\"$date\":" + Math.floorDiv(e.ts, 1000000L) + "}");
        }
        emit(K, V, e.fmt, sb, rr);
        if (e.malformed == 1) { int cut = sb.length() / 5 + rr.nextInt(sb.length() * 3 / 4); sb.setLength(Math.min(cut, sb.length() - 2)); }
    }
    static String entity(Host h, int pid) {
        String raw = h.agentId + "-" + pid + "-" + (133860000000L + (h.id.hashCode() & 0xffffff) + pid * 7L);
        return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    // ------------------------------------------------------------------------------------------
    // output
    // ------------------------------------------------------------------------------------------
    static void write(Path dir, Random rr) throws IOException {
        EVENTS.sort((a, b) -> a.arr != b.arr ? Long.compare(a.arr, b.arr) : Long.compare(a.ord, b.ord));
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(new BufferedOutputStream(
                Files.newOutputStream(dir.resolve("fleet.ndjson.gz")), 1 << 20), 1 << 16), StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(4096);
            for (Ev e : EVENTS) { sb.setLength(0); render(e, sb, rr); sb.append('\n'); w.append(sb); }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("fleet.labels.ndjson"), StandardCharsets.UTF_8)) {
            for (Label l : INCIDENTS) w.write(labelJson(l) + "\n");
            for (Label l : BENIGN) w.write(labelJson(l) + "\n");
        }
        System.err.printf("fleet3: %d events, %d hosts, %d incidents, %d benign spikes, %d malformed, %d very late -> %s%n",
                EVENTS.size(), HOSTS.size(), INCIDENTS.size(), BENIGN.size(), malformedCount, veryLate, dir);
    }
    static String labelJson(Label l) {
        StringBuilder b = new StringBuilder();
        b.append("{\"label\":").append(q(l.label)).append(",\"id\":").append(q(l.id)).append(",\"kind\":").append(q(l.kind)).append(",\"hosts\":[");
        for (int i = 0; i < l.hosts.size(); i++) { if (i > 0) b.append(','); b.append(q(l.hosts.get(i).name)); }
        b.append("],\"start\":").append(q(Instant.ofEpochSecond(Math.floorDiv(l.start, NS), Math.floorMod(l.start, NS)).toString()));
        b.append(",\"end\":").append(q(Instant.ofEpochSecond(Math.floorDiv(l.end, NS), Math.floorMod(l.end, NS)).toString()));
        b.append(",\"description\":").append(q(l.desc)).append('}');
        return b.toString();
    }
    static void finishLabels() {
        for (List<Label> ls : List.of(INCIDENTS, BENIGN)) {
            for (Label l : ls) {
                if (l.evs.isEmpty()) throw new IllegalStateException("empty label " + l.kind);
                l.start = Long.MAX_VALUE; l.end = Long.MIN_VALUE;
                for (Ev e : l.evs) { l.start = Math.min(l.start, e.ts); l.end = Math.max(l.end, e.ts); }
                // hosts in order of first transfer
                l.hosts.sort(Comparator.comparingLong(h -> { long m = Long.MAX_VALUE; for (Ev e : l.evs) if (e.h == h) m = Math.min(m, e.ts); return m; }));
            }
            ls.sort(Comparator.comparingLong(l -> l.start));
            int i = 1;
            for (Label l : ls) l.id = (l.label.equals("incident") ? "INC-" : "BEN-") + String.format("%02d", i++);
        }
    }
    // ------------------------------------------------------------------------------------------
    // world: people, accounts, hosts
    // ------------------------------------------------------------------------------------------
    static final Set<String> USED_USERS = new HashSet<>();
    static int ridCounter = 1104;
    static final List<Person> IT = new ArrayList<>();
    static final Map<String, Person> SVC = new LinkedHashMap<>();
    static int onboardDay, refreshDay, awsDay, xfer2Day;
    static Host refreshOld, refreshNew, xfer2;
    static final List<Host> NEW_MTL_WS = new ArrayList<>(), AWS = new ArrayList<>();
    static final List<Person> NEWCOMERS = new ArrayList<>();

    static Person person(String site, String team) {
        Person x = new Person();
        String f, l, un;
        do {
            f = pick(FIRST); l = pick(LAST);
            un = (f.charAt(0) + l).toLowerCase();
        } while (USED_USERS.contains(un));
        USED_USERS.add(un);
        x.first = f; x.last = l; x.user = un; x.site = site; x.team = team; x.rid = ridCounter += ri(1, 37);
        x.w = logn(1, 0.5);
        PEOPLE.add(x);
        return x;
    }
    static Person svc(String name) {
        Person x = new Person();
        x.user = name; x.site = "LON"; x.team = "svc"; x.rid = 1000 + SVC.size() * 7 + 3; x.first = name; x.last = "";
        SVC.put(name, x);
        return x;
    }
    static Acct svcWin(String n) { return SVC.get(n).win(); }
    static Acct svcLin(String n) { return SVC.get(n).lin(); }
    static Acct adm(Person it) { return new Acct("adm-" + it.user, SID + (it.rid + 500000), "KFX"); }

    static final Set<String> USED_HOSTNAMES = new HashSet<>();
    static String wsName(String prefix, int lo, int hi) {
        String n;
        do { n = String.format("%s%04d", prefix, ri(lo, hi)); } while (USED_HOSTNAMES.contains(n));
        USED_HOSTNAMES.add(n);
        return n;
    }

    static int ipLon = 20, ipMtl = 20;
    static Host host(String name, String site, String role, String os, String flavour, String ip) {
        Host h = new Host();
        h.name = name; h.site = site; h.role = role; h.os = os; h.ip = ip;
        h.id = uuid(); h.agentId = uuid();
        h.mac = String.format("%02X-%02X-%02X-%02X-%02X-%02X", 0x00, 0x15 + rnd.nextInt(3) * 0x10, ri(0, 255), ri(0, 255), ri(0, 255), ri(0, 255));
        h.agentVer = p(0.8) ? "8.17.2" : "8.15.5";
        h.act = logn(1, 0.35);
        switch (flavour) {
            case "win11": h.osName = "Windows"; h.variant = "Windows 11 Enterprise"; h.osVersion = "23H2 (10.0.22631.4890)"; h.kernel = h.osVersion;
                h.osFull = "Windows 11 Enterprise 23H2 (10.0.22631.4890)"; break;
            case "ws2022": h.osName = "Windows"; h.variant = "Windows Server 2022 Standard"; h.osVersion = "21H2 (10.0.20348.3207)"; h.kernel = h.osVersion;
                h.osFull = "Windows Server 2022 Standard 21H2 (10.0.20348.3207)"; break;
            case "ws2019": h.osName = "Windows"; h.variant = "Windows Server 2019 Standard"; h.osVersion = "1809 (10.0.17763.6893)"; h.kernel = h.osVersion;
                h.osFull = "Windows Server 2019 Standard 1809 (10.0.17763.6893)"; break;
            case "rocky": h.osName = "Linux"; h.variant = "Rocky Linux"; h.osVersion = "9.5"; h.kernel = "5.14.0-503.26.1.el9_5.x86_64";
                h.osFull = "Rocky Linux 9.5 (Blue Onyx)"; h.sftpExe = "/usr/libexec/openssh/sftp-server"; break;
            case "ubuntu": h.osName = "Linux"; h.variant = "Ubuntu"; h.osVersion = "22.04.5"; h.kernel = "5.15.0-131-generic";
                h.osFull = "Ubuntu 22.04.5 LTS (Jammy Jellyfish)"; h.sftpExe = "/usr/lib/openssh/sftp-server"; break;
            default: throw new IllegalArgumentException(flavour);
        }
        boolean dmz = ip.startsWith("172.");
        if (site.equals("MTL")) { h.fmt = p(0.85) ? 1 : 2; h.frac = p(0.9) ? 3 : 6; h.catStr = true; h.ipString = p(0.7); }
        else if (dmz) { h.fmt = 2; h.frac = flavour.equals("ubuntu") ? 6 : 9; h.catStr = p(0.5); }
        else if (os.equals("windows")) { h.fmt = p(0.9) ? 0 : 2; h.frac = 7; h.catStr = false; }
        else { h.fmt = p(0.85) ? 0 : 2; h.frac = flavour.equals("ubuntu") ? 6 : 9; h.catStr = false; }
        if (site.equals("AWS")) { h.fmt = 1; h.frac = 3; h.catStr = p(0.5); }
        HOSTS.add(h); BYNAME.put(name, h); USED_HOSTNAMES.add(name);
        return h;
    }
    static String lonWsIp() { ipLon++; return "10.20." + (32 + ipLon / 250) + "." + (ipLon % 250 + 2); }
    static String mtlWsIp() { ipMtl++; return "10.40." + (32 + ipMtl / 250) + "." + (ipMtl % 250 + 2); }

    static void buildWorld() {
        String[][] s = SHOWS.clone();
        List<String[]> sl = new ArrayList<>(Arrays.asList(s)); shuffle(sl);
        activeShows = new String[]{sl.get(0)[0], sl.get(1)[0], sl.get(2)[0]};
        doneShow = sl.get(3)[0];
        shootShow = activeShows[0];

        // people
        String[][] lonTeams = {{"comp", "12"}, {"lighting", "6"}, {"anim", "5"}, {"production", "5"}, {"fx", "2"}, {"it", "2"}, {"pipeline", "3"}, {"wrangler", "2"}, {"editorial", "5"}};
        String[][] mtlTeams = {{"fx", "10"}, {"cg", "7"}, {"comp", "4"}, {"production", "2"}, {"it", "1"}, {"pipeline", "1"}, {"wrangler", "1"}};
        for (String[] t : lonTeams) for (int i = 0; i < Integer.parseInt(t[1]); i++) person("LON", t[0]);
        for (String[] t : mtlTeams) for (int i = 0; i < Integer.parseInt(t[1]); i++) person("MTL", t[0]);
        for (Person x : PEOPLE) if (x.team.equals("it")) IT.add(x);
        for (String n : new String[]{"svc_backup", "svc_sccm_push", "svc_deadline", "svc_pipeline", "svc_migrate", "svc_archive",
                "svc_finance", "svc_sql", "svc_ingest", "svc_ansible", "svc_deploy", "dit_unit1", "dit_unit2", "postgres"}) svc(n);
        for (String[] c : CLIENTS) svc(c[0]);
        // Linux-local accounts get small uids
        SVC.get("svc_ansible").rid = -1844199010; SVC.get("postgres").rid = -1844199974;

        // workstations
        int edit = 1;
        for (Person x : new ArrayList<>(PEOPLE)) {
            Host h;
            if (x.team.equals("editorial")) h = host(String.format("lon-edit-%02d", edit++), "LON", "EDIT", "windows", "win11", "10.20.36." + (10 + edit));
            else if (x.site.equals("LON")) h = host(wsName("lon-ws-", 101, 699), "LON", "WS", "windows", "win11", lonWsIp());
            else h = host(wsName("mtl-ws-", 101, 599), "MTL", "WS", "windows", "win11", mtlWsIp());
            h.owner = x; h.team = x.team; x.ws = h;
        }
        // Windows file servers and app servers
        String[][] win = {
                {"lon-fs-01", "LON", "FS_PROJ", "ws2022", "10.20.10.21"}, {"lon-fs-02", "LON", "FS_HOME", "ws2022", "10.20.10.22"},
                {"lon-fs-03", "LON", "FS_SW", "ws2019", "10.20.10.23"}, {"lon-fs-04", "LON", "FS_EDIT", "ws2022", "10.20.10.24"},
                {"lon-fs-05", "LON", "FS_DOCS", "ws2019", "10.20.10.25"}, {"mtl-fs-01", "MTL", "FS_PROJ", "ws2022", "10.40.10.21"},
                {"mtl-fs-02", "MTL", "FS_HOME", "ws2022", "10.40.10.22"},
                {"lon-dc-01", "LON", "DC", "ws2022", "10.20.10.5"}, {"lon-dc-02", "LON", "DC", "ws2022", "10.20.10.6"},
                {"mtl-dc-01", "MTL", "DC", "ws2022", "10.40.10.5"}, {"lon-sql-01", "LON", "SQL", "ws2022", "10.20.10.41"},
                {"lon-sql-02", "LON", "SQL", "ws2019", "10.20.10.42"}, {"lon-sccm-01", "LON", "SCCM", "ws2022", "10.20.10.51"},
                {"lon-lic-01", "LON", "LIC", "ws2019", "10.20.10.61"}, {"lon-deadline-01", "LON", "DEADLINE", "ws2022", "10.20.10.71"},
                {"mtl-deadline-01", "MTL", "DEADLINE", "ws2022", "10.40.10.71"}, {"lon-rds-01", "LON", "RDS", "ws2022", "10.20.10.81"},
                {"lon-rds-02", "LON", "RDS", "ws2022", "10.20.10.82"}, {"lon-veeam-01", "LON", "VEEAM", "ws2022", "10.20.10.91"}};
        for (String[] w : win) host(w[0], w[1], w[2], "windows", w[3], w[4]);
        String[][] lin = {
                {"lon-nas-01", "LON", "NAS", "rocky", "10.20.11.11"}, {"lon-nas-02", "LON", "NAS", "rocky", "10.20.11.12"},
                {"lon-nas-03", "LON", "NAS_ARCH", "rocky", "10.20.11.13"}, {"mtl-nas-01", "MTL", "NAS", "rocky", "10.40.11.11"},
                {"mtl-nas-02", "MTL", "NAS", "rocky", "10.40.11.12"}, {"bkp-nas-01", "LON", "BKP", "rocky", "10.20.11.50"},
                {"lon-ingest-01", "LON", "INGEST", "rocky", "172.20.5.11"}, {"lon-xfer-01", "LON", "XFER", "ubuntu", "172.20.5.21"},
                {"mtl-ingest-01", "MTL", "INGEST", "rocky", "10.40.12.11"}, {"lon-ftp-01", "LON", "FTP", "ubuntu", "172.20.5.31"},
                {"lon-git-01", "LON", "GIT", "ubuntu", "10.20.12.11"}, {"lon-pgdb-01", "LON", "PGDB", "rocky", "10.20.12.21"},
                {"lon-mongo-01", "LON", "MONGO", "rocky", "10.20.12.22"}, {"lon-jump-01", "LON", "JUMP", "ubuntu", "10.20.12.31"},
                {"mtl-jump-01", "MTL", "JUMP", "ubuntu", "10.40.12.31"}, {"lon-build-01", "LON", "BUILD", "rocky", "10.20.12.41"},
                {"lon-ansible-01", "LON", "ANSIBLE", "rocky", "10.20.12.51"}, {"lon-mon-01", "LON", "MON", "ubuntu", "10.20.12.61"},
                {"lon-web-01", "LON", "WEB", "ubuntu", "10.20.12.71"}, {"lon-ftrack-01", "LON", "FTRACK", "rocky", "10.20.12.81"}};
        for (String[] l : lin) host(l[0], l[1], l[2], "linux", l[3], l[4]);
        for (int i = 1; i <= 16; i++) host(String.format("rn-lon-%03d", i), "LON", "RENDER", "linux", "rocky", "10.20.64." + (10 + i));
        for (int i = 1; i <= 8; i++) host(String.format("rn-mtl-%03d", i), "MTL", "RENDER", "linux", "rocky", "10.40.64." + (10 + i));

        // hosts that join (or leave) during the period
        onboardDay = p(0.5) ? 7 : 14;
        for (int i = 0; i < 4; i++) {
            Host h = host(wsName("mtl-ws-", 701, 799), "MTL", "WS", "windows", "win11", mtlWsIp());
            h.join = l2u("MTL", onboardDay, 8.0 + u() * 1.5);
            NEW_MTL_WS.add(h);
        }
        int nNew = ri(10, 16);
        String[] nt = {"fx", "cg", "comp"};
        for (int i = 0; i < nNew; i++) {
            Person x = person("MTL", pick(nt)); x.newcomer = true; NEWCOMERS.add(x);
            if (i < NEW_MTL_WS.size()) { x.ws = NEW_MTL_WS.get(i); x.ws.owner = x; x.ws.team = x.team; }
            else x.ws = pick(role("WS").stream().filter(h -> h.site.equals("MTL") && h.join == Long.MIN_VALUE).toList());
        }
        int[] rdays = {8, 9, 15, 16};
        refreshDay = rdays[rnd.nextInt(rdays.length)];
        List<Host> lonWs = new ArrayList<>(); for (Host h : role("WS")) if (h.site.equals("LON") && !h.team.equals("it")) lonWs.add(h);
        refreshOld = pick(lonWs);
        refreshNew = host(wsName("lon-ws-", 700, 799), "LON", "WS", "windows", "win11", lonWsIp());
        refreshNew.owner = refreshOld.owner; refreshNew.team = refreshOld.team;
        refreshNew.join = l2u("LON", refreshDay, 9.0 + u());
        refreshOld.leave = l2u("LON", refreshDay, 17.5 + u());
        awsDay = ri(9, 13);
        for (int i = 1; i <= 3; i++) {
            Host h = host(String.format("rn-aws-%03d", i), "AWS", "RENDER", "linux", "rocky", "10.60.1." + (20 + i));
            h.join = l2u("LON", awsDay, 10.0 + i * 0.15 + u() * 0.1);
            AWS.add(h);
        }
        xfer2Day = ri(7, 11);
        xfer2 = host("lon-xfer-02", "LON", "XFER", "linux", "ubuntu", "172.20.5.22");
        xfer2.join = l2u("LON", xfer2Day, 11.0 + u());
        xfer2.act = 0.5;
    }
}
