// A fourth independent generator (see AltFleet.java, Fleet2.java, Fleet3.java): written from the brief alone, by an
// author who read neither spikewatch's code, its README nor the other generators. Usage:
//   java -Xmx2g bench/independent/Fleet4.java --seed N --out DIR     (up to 2 GB of heap)
// Kept as its author wrote it. README "A fleet we did not write" has the numbers.
//
// ---------------------------------------------------------------------------------------------------------------
// THE ORGANISATION: "Northbridge University" (AD domain NBU), three weeks from Monday 2026-09-14 00:00 local
// (BST, UTC+1) to Sunday 2026-10-04 24:00: a quiet pre-sessional week, welcome/enrolment week (from 09-21), then
// teaching starts Monday 09-28. About 180 hosts run Elastic Defend; Linux-heavy:
//   Windows (~80): 34 staff workstations (ws-<dept>-NNN), 30 teaching-lab PCs in three labs (lab-lib/eng/cs-NN),
//     departmental file servers fs-arts01 fs-eng01 fs-sci01 fs-med01 fs-admin01, student homes fs-students01,
//     teaching share fs-teaching01, app servers sis-app01 (student records) fin-app01 print01 (scan-to-folder)
//     mecm01 dp01 (MECM distribution point) wsus01 bkp-win01 (SQL backup share), domain controllers dc01-03.
//   Linux (~100): HPC login nodes hpc-login01-03, 60 compute nodes hpc-cn001..060, data-transfer nodes dtn01-02
//     (partner institutions over sftp), 12 research-group servers rg-*, Samba NAS heads nas01-02, web01-05
//     (CI deploys over scp as "deploy"), gitlab01, ci-runner01-04, backup targets bkp-lnx01-02, ansible01,
//     ftp01 (vsftpd: microscopes and NMR upload here), moodle01-02, ldap01, mon01.
// HABITS (what reaches the ML datafeed: creation events by System/scp/sshd/sftp-server/smbd/vsftpd, non-root):
//   file servers: staff SMB writes in office hours (sessions of a few files, sometimes a whole folder), evening
//   tail; fs-students01 follows students (evenings, weekends, term factor); fs-admin01 gets a nightly report drop;
//   lab PCs: 06:30 course-data sync by svc-labdeploy; workstations: almost nothing, a helpdesk copy now and then;
//   sis-app01/fin-app01: nightly feeds (svc-sits, svc-fin) plus staff uploads; print01: MFD scans (svc-scan);
//   bkp-win01: hourly SQL log backups + nightly fulls (svc-sqlbackup); dp01: nightly MECM content (MECM01$);
//   DCs: occasional GPO edits by adm-* accounts; HPC logins: researchers (scp/sftp/sshd) day, evening, weekend;
//   compute nodes: nearly nothing; dtn: partner accounts (ext-*) around the clock; rg servers: group members;
//   NAS: smbd as the user; web: deploy bursts in office hours; bkp-lnx01: nightly svc-backup dumps over sftp;
//   ftp01: instrument accounts; every Linux host: svc-ansible (sftp-server, AnsiballZ files) at ~04:30 daily,
//   bigger on Wednesdays.
// NOISE the detector must drop: modification/overwrite/rename/deletion actions, local processes (explorer.exe,
//   OUTLOOK.EXE, rsync, python3, slurmstepd, php-fpm, gitaly, globus-gridftp-server, DFSRs.exe ...), near-miss
//   process names (sftp client, scp.exe, sshd.exe), SYSTEM and root writes (ETL logs, root rsync backups, root
//   scp), creations without file.name, process events of scp/sshd, malformed records (bad/missing @timestamp,
//   missing host, wrong types, non-object lines), a lab PC with a reset clock (2010), a workstation clock years ahead;
//   small arrival disorder, ~0.2% events late by minutes to hours, host outages whose backlog arrives at
//   reconnection, one agent replaying a day-old queue. Event shapes: nested ECS (Windows 7 fractional digits,
//   Linux 9), HPC hosts shipped through a flattening pipeline (dotted keys, 3 digits), ftp01 whole seconds,
//   a few hosts mixed (file.* / user.* dotted).
// BENIGN SPIKES (labelled "benign"): lab reimaging + application staging (weekend before welcome week, and one
//   lab mid-term), new-student home provisioning (svc-idm), course-material publishing and term start, enrolment
//   on sis-app01, researcher dataset upload to an HPC login node, HPC software stack update pushed by Ansible to
//   all compute nodes, patch deployment (MECM content to dp01/mecm01), weekly full backups on bkp-lnx01,
//   conference-deadline crunch on HPC login nodes, a new research server's data migration, web release to the
//   web farm, cryo-EM overnight collection sessions on ftp01.
// INCIDENTS (two of each kind per seed, variants drawn without replacement, hosts/accounts/volumes/times per seed):
//   burst: toolkit via C$ to a workstation | document staging on a file server by a staff account |
//          ADMIN$ push to an app server | ransomware-style re-creation on a Samba share.
//   low_and_slow: drip to a file server (office hours only or round the clock) | sftp drip to a research server |
//          partner-lookalike stream on a DTN | helpdesk-account drip to a workstation.
//   night_burst_on_busy_server: file server at night | HPC login at night | NAS late Sunday | student share.
//   linux_scp: scp to a compute node's hidden dir | "deploy" scp to a web server outside CI | toolkit to a
//          research server | stolen Ansible key to ldap01/mon01 at an odd hour.
//   tool_spread: PsExec-style ADMIN$ to workstations | miner over scp to compute nodes | compromised
//          svc-labdeploy to lab PCs at sync time | adm-* to several Windows servers.
//   new_host_burst: new Windows VM | new Linux VM | newly enrolled workstation, each hit within hours of enrolment.
// ---------------------------------------------------------------------------------------------------------------

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;
import java.util.zip.*;

public class Fleet4 {

    // ----------------------------------------------------------------------------------------- randomness & time
    static SplittableRandom R;
    static double U() { return R.nextDouble(); }
    static int ri(int a, int b) { return a + R.nextInt(b - a + 1); }
    static boolean P(double p) { return R.nextDouble() < p; }
    static <T> T pick(T[] a) { return a[R.nextInt(a.length)]; }
    static <T> T pick(List<T> a) { return a.get(R.nextInt(a.size())); }
    static double gauss() {
        double u1 = 1.0 - U(), u2 = U();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
    static int poisson(double lam) {
        if (lam <= 0) return 0;
        if (lam < 30) {
            double l = Math.exp(-lam), p = 1; int k = 0;
            do { k++; p *= U(); } while (p > l);
            return k - 1;
        }
        return Math.max(0, (int) Math.round(lam + Math.sqrt(lam) * gauss()));
    }
    static double logn(double median, double sigma) { return median * Math.exp(sigma * gauss()); }
    static double expo(double mean) { return -mean * Math.log(1 - U()); }
    static int geom(double mean) {
        if (mean <= 1) return 1;
        double p = 1 / mean;
        return 1 + (int) Math.floor(Math.log(1 - U()) / Math.log(1 - p));
    }
    static String hex(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append("0123456789abcdef".charAt(R.nextInt(16)));
        return sb.toString();
    }
    static String uuid() { return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-" + "89ab".charAt(R.nextInt(4)) + hex(3) + "-" + hex(12); }

    static final long SEC = 1_000_000_000L, MIN = 60 * SEC, HOUR = 60 * MIN, DAY = 24 * HOUR;
    static final int DAYS = 21;
    static final long OFF = HOUR;                                   // BST: local = UTC + 1h
    static final long BASE = LocalDate.of(2026, 9, 14).toEpochDay() * 86400L * SEC - OFF; // local midnight, day 0
    static final long END = DAYS * DAY;                              // times below are "local ns since day 0"
    static int dayOf(long l) { return (int) (l / DAY); }
    static int hourOf(long l) { return (int) ((l % DAY) / HOUR); }
    static boolean weekend(int day) { return day % 7 >= 5; }
    static long at(int day, double hour) { return day * DAY + (long) (hour * HOUR); }
    static final String[] DOW = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    // ----------------------------------------------------------------------------------------------- accounts
    static final String SID = "S-1-5-21-3623811015-3361044348-30300820-";
    static final class Acct {
        final String name, sid, uid; String dept;
        Acct(String name, String sid, String uid) { this.name = name; this.sid = sid; this.uid = uid; }
    }
    static int nextRid = 1104, nextUid = 20001;
    static final Set<String> USED = new HashSet<>();
    static Acct acct(String name) { USED.add(name); return new Acct(name, SID + (nextRid++), Integer.toString(nextUid++)); }
    static final Acct SYSTEM = new Acct("SYSTEM", "S-1-5-18", "0");
    static final Acct ROOT = new Acct("root", "S-1-5-18", "0");
    static final Acct NETSVC = new Acct("NETWORK SERVICE", "S-1-5-20", "0");
    static final Acct WWW = new Acct("www-data", "", "33"), GITU = new Acct("git", "", "998"),
            RUNNER = new Acct("gitlab-runner", "", "997"), SLURM = new Acct("slurm", "", "450");

    static final String[] FIRST = {"james", "olivia", "amir", "chen", "fatima", "lukas", "sofia", "david", "priya", "tom",
            "hannah", "wei", "mohammed", "emma", "raj", "grace", "oliver", "aisha", "daniel", "mei", "jack", "zara", "samuel",
            "lucy", "ivan", "nadia", "george", "yuki", "ben", "chloe", "arjun", "elena", "kwame", "laura", "pavel", "ines",
            "liam", "sara", "hugo", "anna", "omar", "rachel", "felix", "maya", "tariq", "julia", "sean", "leah", "marco", "niamh"};
    static final String[] LAST = {"smith", "jones", "patel", "wang", "khan", "murphy", "li", "brown", "taylor", "wilson",
            "garcia", "kowalski", "nguyen", "evans", "okafor", "thomas", "roberts", "chen", "ahmed", "walker", "wright",
            "hughes", "green", "hall", "lewis", "clarke", "jackson", "wood", "turner", "white", "martin", "cooper", "hill",
            "ward", "morris", "moore", "king", "baker", "harris", "young", "scott", "mitchell", "kelly", "campbell", "singh",
            "ali", "novak", "fischer", "rossi", "silva"};
    static final String[] DEPTS = {"arts", "eng", "sci", "med", "admin"};

    static final List<Acct> STAFF = new ArrayList<>(), RESEARCH = new ArrayList<>(), STUDENTS = new ArrayList<>(),
            HELPDESK = new ArrayList<>(), ADMINS = new ArrayList<>(), PARTNERS = new ArrayList<>(), LECTURERS = new ArrayList<>();
    static final Map<String, List<Acct>> BYDEPT = new TreeMap<>();
    static Acct SVC_LAB, SVC_BACKUP, SVC_ANSIBLE, DEPLOY, SVC_SCAN, SVC_SQLBK, SVC_SITS, SVC_FIN, MECM_CA, SVC_REPORTS,
            SVC_IDM, SVC_PATCH, INSTR_CRYO, INSTR_CONF, INSTR_NMR;

    static String personName() {
        while (true) {
            String f = pick(FIRST), l = pick(LAST);
            String n = P(0.5) ? f.charAt(0) + l : f.substring(0, 1) + (char) ('a' + R.nextInt(26)) + l;
            if (P(0.35)) n += ri(1, 9);
            if (!USED.contains(n)) return n;
        }
    }
    static void makeAccounts() {
        for (String d : DEPTS) BYDEPT.put(d, new ArrayList<>());
        for (int i = 0; i < 360; i++) {
            Acct a = acct(personName());
            a.dept = DEPTS[i % 5 == 4 && P(0.5) ? R.nextInt(4) : i % 5];
            STAFF.add(a); BYDEPT.get(a.dept).add(a);
            if (!a.dept.equals("admin") && P(0.55)) RESEARCH.add(a);
            if (!a.dept.equals("admin") && P(0.35)) LECTURERS.add(a);
        }
        for (int i = 0; i < 70; i++) RESEARCH.add(acct(personName()));       // PhD students / postdocs
        for (int i = 0; i < 1200; i++) {
            String n; do { n = "s" + ri(2300000, 2699999); } while (USED.contains(n));
            STUDENTS.add(acct(n));
        }
        for (int i = 0; i < 6; i++) HELPDESK.add(acct("hd-" + STAFF.get(R.nextInt(STAFF.size())).name));
        for (int i = 0; i < 7; i++) ADMINS.add(acct("adm-" + STAFF.get(R.nextInt(STAFF.size())).name));
        for (String p : new String[]{"ext-cern-xfer", "ext-embl-sync", "ext-ukbb-drop", "ext-metoffice", "ext-ucl-genomics", "ext-diamond"})
            PARTNERS.add(acct(p));
        SVC_LAB = acct("svc-labdeploy"); SVC_BACKUP = acct("svc-backup"); SVC_ANSIBLE = acct("svc-ansible");
        DEPLOY = acct("deploy"); SVC_SCAN = acct("svc-scan"); SVC_SQLBK = acct("svc-sqlbackup"); SVC_SITS = acct("svc-sits");
        SVC_FIN = acct("svc-fin"); MECM_CA = acct("MECM01$"); SVC_REPORTS = acct("svc-reports"); SVC_IDM = acct("svc-idm");
        SVC_PATCH = acct("svc-patch"); INSTR_CRYO = acct("instr-cryoem"); INSTR_CONF = acct("instr-confocal");
        INSTR_NMR = acct("instr-nmr");
    }

    // -------------------------------------------------------------------------------------------------- hosts
    static final class Host {
        String name, id, agentId, ip, ip6, mac, role, osName, osFamily, osFull, osVersion, kernel, variant, platform, dept;
        boolean win; int style;            // 0 nested, 1 dotted (flattening pipeline), 2 mixed
        int frac = 7; long enrollL = 0; long seq; double scale = 1; int pidBase;
        List<Acct> users = new ArrayList<>(); Acct owner;
        List<long[]> out = new ArrayList<>();        // {start, end, arrival}: outage / queue replay windows
        long reimagedAt = Long.MAX_VALUE; String agentId2, id2;   // lab PCs get a fresh agent after reimaging
    }
    static Host NEWRG;
    static final List<Host> HOSTS = new ArrayList<>();
    static final Map<String, Host> BYNAME = new TreeMap<>();
    static final Map<String, List<Host>> ROLE = new TreeMap<>();
    static int ipCounter = 10;

    static Host host(String name, String role, boolean win, String flavour) {
        Host h = new Host();
        h.name = name; h.role = role; h.win = win;
        h.agentId = uuid(); h.id = win ? uuid() : hex(32); h.seq = 1000 + R.nextInt(900000);
        h.pidBase = 1000 + R.nextInt(30000); h.scale = logn(1, 0.35);
        int subnet = switch (role) { case "ws" -> 20; case "lab" -> 24; case "hpc-login", "hpc-cn" -> 40; case "dtn" -> 41; default -> win ? 10 : 12; };
        int k = ipCounter++;
        h.ip = "10." + subnet + "." + (k / 200) + "." + (10 + k % 200);
        h.ip6 = "fe80::" + hex(4) + ":" + hex(4) + ":" + hex(4) + ":" + hex(4);
        h.mac = (hex(2) + "-" + hex(2) + "-" + hex(2) + "-" + hex(2) + "-" + hex(2) + "-" + hex(2)).toUpperCase();
        if (win) {
            h.osName = "Windows"; h.osFamily = "windows"; h.platform = "windows";
            if (flavour.equals("client")) { h.variant = "Windows 11 Enterprise"; h.osVersion = "23H2 (10.0.22631.4169)"; }
            else if (flavour.equals("2019")) { h.variant = "Windows Server 2019 Standard"; h.osVersion = "1809 (10.0.17763.6293)"; }
            else { h.variant = "Windows Server 2022 Standard"; h.osVersion = "21H2 (10.0.20348.2700)"; }
            h.osFull = h.variant + " " + h.osVersion; h.kernel = h.osVersion; h.frac = 7;
        } else {
            h.osName = "Linux"; h.frac = 9;
            switch (flavour) {
                case "rocky" -> { h.osFamily = "rocky"; h.platform = "rocky"; h.variant = "Rocky Linux"; h.osVersion = "9.4";
                    h.osFull = "Rocky Linux 9.4 (Blue Onyx)"; h.kernel = "5.14.0-427.35.1.el9_4.x86_64"; }
                case "debian" -> { h.osFamily = "debian"; h.platform = "debian"; h.variant = "Debian"; h.osVersion = "12";
                    h.osFull = "Debian GNU/Linux 12 (bookworm)"; h.kernel = "6.1.0-25-amd64"; }
                default -> { h.osFamily = "ubuntu"; h.platform = "ubuntu"; h.variant = "Ubuntu"; h.osVersion = "22.04.4";
                    h.osFull = "Ubuntu 22.04.4 LTS (Jammy Jellyfish)"; h.kernel = "5.15.0-122-generic"; }
            }
        }
        HOSTS.add(h); BYNAME.put(name, h); ROLE.computeIfAbsent(role, x -> new ArrayList<>()).add(h);
        return h;
    }
    static List<Host> role(String r) { return ROLE.getOrDefault(r, List.of()); }

    static final String[] WSDEPTS = {"hist", "chem", "phys", "math", "law", "econ", "bio", "cs", "eng", "med", "lib", "reg", "fin", "hr", "it"};
    static final String[] RG = {"rg-genomics01", "rg-genomics02", "rg-astro01", "rg-climate01", "rg-climate02", "rg-nlp01",
            "rg-vision01", "rg-neuro01", "rg-materials01", "rg-econ01", "rg-proteomics01", "rg-robotics01"};

    static void makeFleet() {
        Set<String> wsNames = new HashSet<>();
        for (int i = 0; i < 34; i++) {
            String n; do { n = "ws-" + pick(WSDEPTS) + "-" + String.format("%03d", ri(1, 60)); } while (!wsNames.add(n));
            Host h = host(n, "ws", true, "client"); h.owner = pick(STAFF);
        }
        String[][] labs = {{"lab-lib-", "12"}, {"lab-eng-", "10"}, {"lab-cs-", "8"}};
        for (String[] l : labs) for (int i = 1; i <= Integer.parseInt(l[1]); i++) host(l[0] + String.format("%02d", i), "lab", true, "client");
        for (String d : DEPTS) { Host h = host("fs-" + d + "01", "fs", true, P(0.5) ? "2019" : "2022"); h.dept = d; h.users = BYDEPT.get(d); }
        host("fs-students01", "fs-students", true, "2022").users = STUDENTS;
        host("fs-teaching01", "fs-teaching", true, "2022").users = LECTURERS;
        for (String a : new String[]{"sis-app01", "fin-app01", "print01", "mecm01", "dp01", "wsus01", "bkp-win01"}) host(a, a.replaceAll("\\d+$", ""), true, "2022");
        for (int i = 1; i <= 3; i++) host("dc0" + i, "dc", true, i == 3 ? "2022" : "2019");
        for (int i = 1; i <= 3; i++) host("hpc-login0" + i, "hpc-login", false, "rocky").style = 1;
        for (int i = 1; i <= 60; i++) host(String.format("hpc-cn%03d", i), "hpc-cn", false, "rocky").style = 1;
        for (int i = 1; i <= 2; i++) host("dtn0" + i, "dtn", false, "rocky");
        for (String g : RG) {
            Host h = host(g, "rg", false, P(0.7) ? "ubuntu" : "rocky");
            int n = ri(4, 10); for (int i = 0; i < n; i++) h.users.add(pick(RESEARCH));
        }
        for (int i = 1; i <= 2; i++) { Host h = host("nas0" + i, "nas", false, "ubuntu"); for (int j = 0; j < 60; j++) h.users.add(pick(j % 2 == 0 ? STAFF : RESEARCH)); }
        for (int i = 1; i <= 5; i++) host("web0" + i + ".nbu.ac.uk", "web", false, "debian");
        host("gitlab01", "gitlab", false, "ubuntu");
        for (int i = 1; i <= 4; i++) host("ci-runner0" + i, "ci", false, "ubuntu");
        for (int i = 1; i <= 2; i++) host("bkp-lnx0" + i, "bkp-lnx", false, "debian");
        host("ansible01", "ansible", false, "ubuntu");
        host("ftp01", "ftp", false, "rocky").frac = 0;
        for (String m : new String[]{"moodle01", "moodle02", "ldap01", "mon01"}) host(m, "misc", false, "ubuntu");
        for (Host h : HOSTS) if (!h.win && h.style == 0 && P(0.06)) h.style = 2;   // a few hosts via a half-flattening shipper
        BYNAME.get("fs-teaching01").style = 2;
        for (Host h : role("hpc-login")) h.frac = 3;
        for (Host h : role("hpc-cn")) h.frac = 3;
    }

    // ------------------------------------------------------------------------------------------------- events
    static final class Proc {
        final String name, exe, signer; final int pid;
        Proc(String name, String exe, int pid, String signer) { this.name = name; this.exe = exe; this.pid = pid; this.signer = signer; }
    }
    static final String MS = "Microsoft Windows", MSC = "Microsoft Corporation";
    static final Proc SYSP = new Proc("System", "System", 4, MS),
            EXPLORER = new Proc("explorer.exe", "C:\\Windows\\explorer.exe", 0, MS),
            OUTLOOK = new Proc("OUTLOOK.EXE", "C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE", 0, MSC),
            WORD = new Proc("WINWORD.EXE", "C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE", 0, MSC),
            EXCEL = new Proc("EXCEL.EXE", "C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE", 0, MSC),
            EDGE = new Proc("msedge.exe", "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe", 0, MSC),
            CHROME = new Proc("chrome.exe", "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", 0, "Google LLC"),
            TEAMS = new Proc("ms-teams.exe", "C:\\Program Files\\WindowsApps\\MSTeams_24243.1309.3132.617_x64__8wekyb3d8bbwe\\ms-teams.exe", 0, MSC),
            DEFENDER = new Proc("MsMpEng.exe", "C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24080.9-0\\MsMpEng.exe", 0, MS),
            SVCHOST = new Proc("svchost.exe", "C:\\Windows\\System32\\svchost.exe", 0, MS),
            DFSR = new Proc("DFSRs.exe", "C:\\Windows\\System32\\DFSRs.exe", 0, MS),
            ROBOCOPY = new Proc("Robocopy.exe", "C:\\Windows\\System32\\Robocopy.exe", 0, MS),
            CCMEXEC = new Proc("CcmExec.exe", "C:\\Windows\\CCM\\CcmExec.exe", 0, MSC),
            WSUSSVC = new Proc("WsusService.exe", "C:\\Program Files\\Update Services\\Services\\WsusService.exe", 0, MSC),
            SQLSRV = new Proc("sqlservr.exe", "C:\\Program Files\\Microsoft SQL Server\\MSSQL16.MSSQLSERVER\\MSSQL\\Binn\\sqlservr.exe", 0, MSC),
            SPOOL = new Proc("spoolsv.exe", "C:\\Windows\\System32\\spoolsv.exe", 0, MS),
            WSSHD = new Proc("sshd.exe", "C:\\Windows\\System32\\OpenSSH\\sshd.exe", 0, MS),
            WSCP = new Proc("scp.exe", "C:\\Windows\\System32\\OpenSSH\\scp.exe", 0, MS),
            TSMGR = new Proc("TSManager.exe", "C:\\Windows\\CCM\\TSManager.exe", 0, MSC);
    static final Proc L_SSHD = new Proc("sshd", "/usr/sbin/sshd", 0, null), L_SCP = new Proc("scp", "/usr/bin/scp", 0, null),
            L_SFTPS_DEB = new Proc("sftp-server", "/usr/lib/openssh/sftp-server", 0, null),
            L_SFTPS_RH = new Proc("sftp-server", "/usr/libexec/openssh/sftp-server", 0, null),
            L_SMBD = new Proc("smbd", "/usr/sbin/smbd", 0, null), L_VSFTPD = new Proc("vsftpd", "/usr/sbin/vsftpd", 0, null),
            RSYNC = new Proc("rsync", "/usr/bin/rsync", 0, null), PY = new Proc("python3", "/usr/bin/python3.11", 0, null),
            SLURMSTEP = new Proc("slurmstepd", "/usr/sbin/slurmstepd", 0, null), BASH = new Proc("bash", "/usr/bin/bash", 0, null),
            PHPFPM = new Proc("php-fpm8.2", "/usr/sbin/php-fpm8.2", 0, null), NGINX = new Proc("nginx", "/usr/sbin/nginx", 0, null),
            GITALY = new Proc("gitaly", "/opt/gitlab/embedded/bin/gitaly", 0, null),
            GRUNNER = new Proc("gitlab-runner", "/usr/bin/gitlab-runner", 0, null), DOCKERD = new Proc("dockerd", "/usr/bin/dockerd", 0, null),
            GRIDFTP = new Proc("globus-gridftp-server", "/usr/sbin/globus-gridftp-server", 0, null),
            BORG = new Proc("borg", "/usr/bin/borg", 0, null), SFTPC = new Proc("sftp", "/usr/bin/sftp", 0, null),
            JOURNALD = new Proc("systemd-journald", "/usr/lib/systemd/systemd-journald", 0, null),
            RSYSLOG = new Proc("rsyslogd", "/usr/sbin/rsyslogd", 0, null), VIM = new Proc("vim", "/usr/bin/vim", 0, null),
            RSTUDIO = new Proc("R", "/usr/lib/R/bin/exec/R", 0, null), TAR = new Proc("tar", "/usr/bin/tar", 0, null),
            CP = new Proc("cp", "/usr/bin/cp", 0, null), PERL = new Proc("perl", "/usr/bin/perl", 0, null);
    static Proc sftpServer(Host h) { return h.osFamily.equals("rocky") ? L_SFTPS_RH : L_SFTPS_DEB; }
    static Proc remoteLinux(Host h, double pScp, double pSftp) {
        double u = U();
        return u < pScp ? L_SCP : u < pScp + pSftp ? sftpServer(h) : L_SSHD;
    }

    static final class Ev {
        long ts, arr; int seq, pid; Host h; String action; Proc p; Acct u; String path; long size;
        byte kind;      // 0 file event, 1 process event, 2 malformed
        byte flags;     // 1: omit file.name, 2: event.category as plain string, 4: add source.ip
        String src, cmd; int bad;
    }
    static final ArrayList<Ev> EV = new ArrayList<>(1 << 21);
    static ArrayList<Ev> capture;                                     // collects events of a labelled episode
    static int evSeq;

    static Ev emit(Host h, long l, String action, Proc p, int pid, Acct u, String path, long size) {
        if (l < 0 || l >= END || l < h.enrollL) return null;
        Ev e = new Ev();
        e.ts = BASE + l; e.h = h; e.action = action; e.p = p; e.u = u; e.path = path; e.size = Math.max(0, size);
        e.pid = pid != 0 ? pid : (p.pid != 0 ? p.pid : h.pidBase + R.nextInt(60000));
        e.seq = evSeq++;
        EV.add(e);
        if (capture != null) capture.add(e);
        return e;
    }
    /** A remote transfer as the ML datafeed would see it, sometimes followed by the write's modification event. */
    static Ev xfer(Host h, long l, Proc p, int pid, Acct u, String path, long size) {
        Ev e = emit(h, l, "creation", p, pid, u, path, size);
        if (e != null) {
            if (P(0.04)) e.flags |= 2;
            if (capture == null && P(0.004)) e.flags |= 1;             // shipped without file.name: not countable
            if (h.style == 1 && P(0.5)) { e.flags |= 4; e.src = srcIp(h); }
            if (P(0.25)) {                                          // the write that follows the create (noise)
                ArrayList<Ev> c = capture; capture = null;
                emit(h, l + (long) (expo(0.4) * SEC) + 1000, P(0.8) ? "modification" : "overwrite", p, e.pid, u, path, size);
                capture = c;
            }
        }
        return e;
    }
    static String srcIp(Host h) { return h.win ? "10.20." + ri(0, 3) + "." + ri(10, 250) : "10." + pick(new String[]{"12", "40", "41", "20", "60"}) + "." + ri(0, 3) + "." + ri(10, 250); }

    interface PathGen { String gen(Acct u); }
    interface SizeGen { long gen(String path); }

    /** A transfer session: n files, spaced by exponential gaps, one pid, one account. Returns end time. */
    static long session(Host h, long start, int n, double gapSec, Proc p, Acct u, PathGen pg, SizeGen sg) {
        long t = start; int pid = p.pid != 0 ? p.pid : h.pidBase + R.nextInt(60000);
        for (int i = 0; i < n; i++) {
            String path = pg.gen(u);
            xfer(h, t, p, pid, u, path, sg.gen(path));
            t += (long) ((0.05 + expo(gapSec)) * SEC);
        }
        return t;
    }

    // ------------------------------------------------------------------------------------------ names & sizes
    static final String[] DOC_STEM = {"Minutes", "Budget", "Report", "Lecture", "Notes", "Draft", "Timetable", "Grant_Proposal",
            "Invoice", "Handbook", "Assessment", "Module_Guide", "Reading_List", "Results", "Poster", "Thesis_Chapter", "Agenda",
            "Risk_Assessment", "Ethics_Form", "Expenses", "Workload_Model", "Board_Paper", "Staff_List", "Coursework", "Marks",
            "Feedback", "Seminar", "Lab_Sheet", "Contract", "Purchase_Order", "Travel_Claim", "Abstract", "Reviewer_Comments"};
    static final String[] DOC_EXT = {"docx", "docx", "docx", "xlsx", "xlsx", "pptx", "pdf", "pdf", "pdf", "csv", "jpg", "png", "txt", "zip", "msg"};
    static final String[] FOLDERS = {"Projects", "Teaching", "Admin", "Research", "Meetings", "Finance", "Shared", "Archive", "Students", "Committees"};
    static final String[] DATA_STEM = {"run", "sample", "sim", "frame", "chunk", "scan", "reads", "output", "traj", "ckpt", "epoch", "batch", "slice", "field"};
    static final String[] DATA_EXT = {"h5", "nc", "fastq.gz", "bam", "csv", "npy", "pt", "tif", "dat", "tar", "log", "txt", "json", "parquet", "gz"};
    static final String[] CODE = {"main.py", "utils.py", "train.py", "Makefile", "job.sbatch", "config.yaml", "README.md", "analysis.R",
            "plot.py", "setup.py", "requirements.txt", "run.sh", "model.py", "notebook.ipynb", "params.json", "environment.yml", "submit.sh"};
    static final String[] PROJ = {"cosmo-sims", "rnaseq", "wrf-runs", "llm-eval", "segmentation", "md-protein", "dft-calcs", "fmri-prep",
            "panel-data", "slam", "metagenomics", "climate-ens", "galaxy-cat", "grasp-rl", "alloy-ml"};

    static String docName() {
        String s = pick(DOC_STEM);
        double u = U();
        if (u < 0.3) s += "_" + (2025 + R.nextInt(2)) + "-" + String.format("%02d", ri(1, 12));
        else if (u < 0.5) s += "_v" + ri(1, 9);
        else if (u < 0.65) s += "_" + pick(LAST);
        else if (u < 0.75) s += " (" + ri(1, 4) + ")";
        return s + "." + pick(DOC_EXT);
    }
    static String dataName() {
        if (P(0.18)) return pick(CODE);
        return pick(DATA_STEM) + "_" + String.format("%04d", R.nextInt(P(0.5) ? 200 : 10000)) + "." + pick(DATA_EXT);
    }
    static String ext(String name) {
        int i = name.lastIndexOf('.');
        return i <= 0 || i == name.length() - 1 ? null : name.substring(i + 1).toLowerCase();
    }
    static String baseName(String path) {
        int i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(i + 1);
    }
    static long docSize(String p) {
        String e = ext(p); if (e == null) return (long) logn(40_000, 1.5);
        return (long) switch (e) { case "docx" -> logn(60_000, 1.0); case "xlsx" -> logn(45_000, 1.1); case "pptx" -> logn(2_500_000, 1.0);
            case "pdf" -> logn(400_000, 1.2); case "csv", "txt" -> logn(20_000, 1.6); case "zip" -> logn(8_000_000, 1.5);
            case "jpg", "png" -> logn(900_000, 0.9); case "msg" -> logn(120_000, 1.0); default -> logn(200_000, 1.5); } + 1;
    }
    static long dataSize(String p) {
        String e = ext(p); if (e == null) return (long) logn(4000, 1.2);
        return (long) switch (e) { case "py", "R", "r", "sh", "sbatch", "yaml", "yml", "md", "txt", "json" -> logn(3_500, 1.0);
            case "ipynb" -> logn(150_000, 1.2); case "log" -> logn(60_000, 1.8); case "csv" -> logn(300_000, 1.8);
            default -> logn(40_000_000, 1.6); } + 1;
    }
    static PathGen winShare(String root) {
        return u -> root + "\\" + pick(FOLDERS) + "\\" + u.name + "\\" + (P(0.3) ? pick(FOLDERS) + "\\" : "") + docName();
    }
    static PathGen linuxHome(String project) {
        return u -> (P(0.6) ? "/home/" + u.name : "/scratch/" + u.name) + "/" + (project != null ? project : pick(PROJ)) + "/" + (P(0.4) ? "data/" : "") + dataName();
    }
    static final SizeGen DOCSZ = Fleet4::docSize, DATASZ = Fleet4::dataSize;
    static String ansibleTmp(long l) {
        return "/home/svc-ansible/.ansible/tmp/ansible-tmp-" + ((BASE + l) / SEC) + "." + String.format("%07d", R.nextInt(10_000_000))
                + "-" + ri(2000, 90000) + "-" + (long) (U() * 1e14) + "/AnsiballZ_" + pick(new String[]{"setup.py", "copy.py", "stat.py",
                "file.py", "template.py", "systemd.py", "apt.py", "dnf.py", "lineinfile.py", "command.py", "user.py"});
    }

    // ------------------------------------------------------------------------------------------------ rhythms
    static final double[] OFFICE = {.02, .01, .01, .01, .01, .02, .05, .2, .6, 1, 1, 1, .8, .9, 1, 1, .9, .6, .3, .15, .1, .08, .05, .03};
    static final double[] OFFICE_EVE = {.04, .02, .01, .01, .01, .02, .05, .2, .6, 1, 1, 1, .8, .9, 1, 1, .9, .6, .35, .3, .3, .25, .15, .08};
    static final double[] STUDENT = {.15, .08, .04, .02, .01, .01, .02, .05, .2, .5, .7, .8, .8, .8, .8, .8, .7, .6, .6, .7, .8, .7, .5, .3};
    static final double[] RESEARCHC = {.2, .12, .08, .05, .04, .04, .06, .15, .4, .8, 1, 1, .9, 1, 1, 1, .9, .7, .5, .45, .5, .5, .4, .3};
    static final double[] FLAT = {.7, .65, .6, .6, .6, .65, .7, .8, .9, 1, 1, 1, 1, 1, 1, 1, 1, .95, .9, .85, .8, .8, .75, .7};
    static final int T_NONE = 0, T_STAFF = 1, T_STUDENT = 2, T_TEACH = 3;
    static double term(int kind, int d) {
        return switch (kind) {
            case T_STAFF -> d < 7 ? 0.85 : 1.0;
            case T_STUDENT -> d < 7 ? 0.25 : d < 14 ? 0.6 : 1.0;
            case T_TEACH -> d < 7 ? 0.7 : d < 14 ? 1.25 : 1.0;
            default -> 1.0;
        };
    }
    interface At { void at(long l); }
    /** Poisson arrivals per local hour: peak * curve[hour] * weekday factor * term factor * day-to-day wobble. */
    static void hourly(Host h, double[] curve, double sat, double sun, int termKind, double peak, At f) {
        for (int d = 0; d < DAYS; d++) {
            double wf = d % 7 == 5 ? sat : d % 7 == 6 ? sun : 1, tf = term(termKind, d), wob = logn(1, 0.22);
            for (int hr = 0; hr < 24; hr++) {
                int n = poisson(peak * h.scale * curve[hr] * wf * tf * wob);
                for (int i = 0; i < n; i++) f.at(d * DAY + hr * HOUR + (long) (U() * HOUR));
            }
        }
    }
    static final String[] ACTS = {"creation", "creation", "creation", "creation", "creation", "modification", "modification", "deletion", "rename", "overwrite"};
    static void noise(Host h, long l, Proc p, Acct u, String path) { emit(h, l, pick(ACTS), p, 0, u, path, (long) logn(30_000, 1.6)); }
    static String etl() { return "C:\\Windows\\System32\\LogFiles\\WMI\\RtBackup\\EtwRT" + pick(new String[]{"EventLog-Application", "EventLog-System",
            "DiagLog", "NtfsLog", "EventLog-Security", "UBPM", "WFP-IPsec Diagnostics"}) + ".etl"; }
    static String userTemp(Acct u) {
        return switch (R.nextInt(4)) {
            case 0 -> "C:\\Users\\" + u.name + "\\Downloads\\" + docName();
            case 1 -> "C:\\Users\\" + u.name + "\\AppData\\Local\\Temp\\" + hex(8) + ".tmp";
            case 2 -> "C:\\Users\\" + u.name + "\\AppData\\Local\\Microsoft\\Edge\\User Data\\Default\\Cache\\Cache_Data\\f_" + hex(6);
            default -> "C:\\Users\\" + u.name + "\\Documents\\" + docName();
        };
    }
    static Proc userProc() { return pick(new Proc[]{EXPLORER, OUTLOOK, WORD, EXCEL, EDGE, EDGE, CHROME, TEAMS}); }
    /** Background every Windows host has: ETL rotation and Defender by SYSTEM, a few svchost files. */
    static void windowsBase(Host h, double k) {
        hourly(h, FLAT, 1, 1, T_NONE, 0.6 * k, l -> emit(h, l, "creation", SYSP, 4, SYSTEM, etl(), (long) logn(1_048_576, 0.6)));
        hourly(h, FLAT, 1, 1, T_NONE, 0.25 * k, l -> noise(h, l, DEFENDER, SYSTEM, "C:\\ProgramData\\Microsoft\\Windows Defender\\Scans\\" + pick(new String[]{"mpcache-", "History\\Service\\"}) + hex(12) + ".bin"));
        hourly(h, FLAT, 1, 1, T_NONE, 0.3 * k, l -> noise(h, l, SVCHOST, P(0.5) ? SYSTEM : NETSVC, "C:\\Windows\\ServiceProfiles\\NetworkService\\AppData\\Local\\Microsoft\\Windows\\DeliveryOptimization\\Cache\\" + hex(40)));
        hourly(h, OFFICE, .3, .3, T_NONE, 0.2 * k, l -> noise(h, l, CCMEXEC, SYSTEM, "C:\\Windows\\CCM\\Logs\\" + pick(new String[]{"PolicyAgent", "CcmExec", "DataTransferService", "StatusAgent"}) + "-" + hex(4) + ".log"));
    }
    static final String[] MODULES = {"ENG1010", "ENG2041", "CS1A", "CS2170", "LIB-IT101", "MATH1102", "PHYS2200", "CHEM1301", "BIO2210", "ECON1005", "LAW1200", "HIST2301"};
    static final String[] HD_FILES = {"NBU_PrinterDriver_x64.zip", "Zoom_6.2.msi", "SPSS_29_Installer.exe", "logs.zip", "Teams_windows_x64.msi",
            "cleanup.ps1", "fix_profile.bat", "drivers.cab", "BIOS_Update_1.18.exe", "MATLAB_R2026a_license.lic", "EndNote21.msi", "support_bundle.zip"};

    static void genWindows() {
        for (Host h : role("ws")) {
            windowsBase(h, 1);
            Acct o = h.owner;
            hourly(h, OFFICE, .04, .03, T_STAFF, 7, l -> noise(h, l, userProc(), o, userTemp(o)));
            hourly(h, OFFICE, .02, .02, T_STAFF, 0.012, l -> {                   // a helpdesk copy to C$ now and then
                Acct hd = pick(HELPDESK); String dir = pick(new String[]{"C:\\Users\\Public\\Downloads\\", "C:\\Temp\\", "C:\\Support\\"});
                session(h, l, geom(2.2), 2, SYSP, hd, u -> dir + pick(HD_FILES), p -> (long) logn(8_000_000, 1.5));
            });
        }
        for (Host h : role("lab")) {
            windowsBase(h, 1);
            hourly(h, STUDENT, .3, .2, T_STUDENT, 5, l -> { Acct s = pick(STUDENTS); noise(h, l, userProc(), s, userTemp(s)); });
            for (int d = 0; d < DAYS; d++) {                                    // 06:30 course-data sync
                if (weekend(d)) continue;
                int n = d < 7 ? poisson(1.2) : 2 + geom(6);
                String mod = pick(MODULES); int wk = Math.max(1, (d - 7) / 7 + 1);
                session(h, at(d, 6.5) + (long) (U() * 40 * MIN), n, 1.5, SYSP, SVC_LAB,
                        u -> "C:\\CourseData\\" + mod + "\\Week" + wk + "\\" + pick(new String[]{"lab_sheet.pdf", "template.xlsx", "dataset.csv", "slides.pptx", "starter.zip", "notes.docx", "model.slx", "circuit.ms14"}),
                        DOCSZ);
            }
        }
        for (Host h : role("fs")) {
            windowsBase(h, 1.5);
            String root = "D:\\Shares\\" + Character.toUpperCase(h.dept.charAt(0)) + h.dept.substring(1);
            PathGen pg = winShare(root);
            hourly(h, OFFICE_EVE, .06, .04, T_STAFF, 16, l -> {
                Acct u = P(0.9) ? pick(h.users) : pick(STAFF);
                session(h, l, P(0.02) ? geom(25) : geom(2.5), 0.8, SYSP, u, pg, DOCSZ);
            });
            hourly(h, OFFICE_EVE, .05, .04, T_STAFF, 14, l -> { Acct u = pick(h.users); emit(h, l, pick(new String[]{"modification", "modification", "overwrite", "rename", "deletion"}), SYSP, 4, u, pg.gen(u), (long) logn(80_000, 1.2)); });
            hourly(h, FLAT, 1, 1, T_NONE, 1.5, l -> noise(h, l, DFSR, SYSTEM, root + "\\DfsrPrivate\\Staging\\ContentSet{" + uuid().toUpperCase() + "}-{" + uuid().toUpperCase() + "}-Out\\" + hex(8) + ".frx"));
            if (h.dept.equals("admin")) for (int d = 0; d < DAYS; d++) {
                String date = String.format("2026-%s", dayStr(d));
                session(h, at(d, 1.5) + (long) (U() * 8 * MIN), ri(15, 40), 0.6, SYSP, SVC_REPORTS,
                        u -> root + "\\Reports\\Daily\\" + date + "\\" + pick(new String[]{"Headcount", "Income", "Enrolment", "Payroll_Check", "Space_Usage", "Absence"}) + "_" + hex(4) + ".xlsx", DOCSZ);
            }
        }
        for (Host h : role("fs-students")) {
            windowsBase(h, 1.5);
            PathGen pg = u -> "E:\\Homes\\" + u.name + "\\" + pick(new String[]{"Documents", "Desktop", "Coursework", "Downloads"}) + "\\" + docName();
            hourly(h, STUDENT, .5, .65, T_STUDENT, 26, l -> session(h, l, geom(2.2), 1.2, SYSP, pick(STUDENTS), pg, DOCSZ));
            hourly(h, STUDENT, .5, .65, T_STUDENT, 30, l -> { Acct u = pick(STUDENTS); emit(h, l, pick(new String[]{"modification", "overwrite", "deletion", "rename"}), SYSP, 4, u, pg.gen(u), (long) logn(60_000, 1.3)); });
        }
        for (Host h : role("fs-teaching")) {
            windowsBase(h, 1);
            hourly(h, OFFICE_EVE, .15, .25, T_TEACH, 5, l -> session(h, l, geom(4), 1.5, SYSP, pick(LECTURERS), teachPath(), DOCSZ));
            hourly(h, OFFICE_EVE, .1, .1, T_TEACH, 6, l -> { Acct u = pick(LECTURERS); emit(h, l, "modification", SYSP, 4, u, teachPath().gen(u), (long) logn(900_000, 1.2)); });
        }
        genAppServers();
    }
    static PathGen teachPath() {
        String mod = pick(MODULES); int wk = ri(1, 4);
        return u -> "D:\\Teaching\\" + mod + "\\Week " + wk + "\\" + pick(new String[]{"Lecture", "Slides", "Handout", "Problem_Sheet", "Solutions", "Reading", "Recording_Notes", "Lab"})
                + "_" + ri(1, 12) + "." + pick(new String[]{"pptx", "pdf", "pdf", "docx", "zip", "mp4", "ipynb"});
    }
    static String dayStr(int d) { LocalDate x = LocalDate.of(2026, 9, 14).plusDays(d); return String.format("%02d-%02d", x.getMonthValue(), x.getDayOfMonth()); }
    static String ymd(int d) { LocalDate x = LocalDate.of(2026, 9, 14).plusDays(d); return String.format("%04d%02d%02d", x.getYear(), x.getMonthValue(), x.getDayOfMonth()); }
    static final String[] SQLSRV_N = {"SQL01", "SQL02", "SITSDB01", "FINDB01"};
    static final String[] APPS = {"Office365_2409", "Chrome_129", "MATLAB_R2026a", "SPSS_29", "Firefox_ESR_128", "VLC_3.0.21", "Zoom_6.2", "ArcGIS_Pro_3.3", "NVivo_14", "Stata_18"};

    static void genAppServers() {
        for (Host h : HOSTS) {
            if (!h.win || h.role.equals("ws") || h.role.equals("lab") || h.role.startsWith("fs")) continue;
            windowsBase(h, 1);
            switch (h.role) {
                case "sis-app" -> {
                    for (int d = 0; d < DAYS; d++) { int dd = d; session(h, at(d, 2) + (long) (U() * 20 * MIN), ri(10, 25), 1, SYSP, SVC_SITS,
                            u -> "D:\\SITS\\Import\\" + pick(new String[]{"UCAS", "HESA", "SLC", "CLEARING"}) + "_" + ymd(dd) + "_" + ri(1, 999) + ".xml", p -> (long) logn(300_000, 1.2)); }
                    hourly(h, OFFICE, .02, .01, T_STAFF, 1.5, l -> session(h, l, geom(2), 3, SYSP, pick(BYDEPT.get("admin")),
                            u -> "D:\\SITS\\Uploads\\" + u.name + "\\" + pick(new String[]{"Enrolment_", "Transcript_", "Visa_CAS_", "Fee_Waiver_"}) + pick(STUDENTS).name + ".pdf", DOCSZ));
                    hourly(h, FLAT, 1, 1, T_NONE, 3, l -> noise(h, l, SQLSRV, NETSVC, "D:\\MSSQL\\Data\\tempdb_" + hex(4) + ".ndf"));
                }
                case "fin-app" -> {
                    for (int d = 0; d < DAYS; d++) { if (weekend(d)) continue; int dd = d; session(h, at(d, 6) + (long) (U() * 10 * MIN), ri(5, 15), 2, SYSP, SVC_FIN,
                            u -> "D:\\Finance\\BACS\\Outbound\\BACS_" + ymd(dd) + "_" + ri(1, 99) + ".txt", p -> (long) logn(40_000, 1)); }
                    hourly(h, OFFICE, .01, .01, T_STAFF, 0.8, l -> session(h, l, geom(1.5), 4, SYSP, pick(BYDEPT.get("admin")), winShare("D:\\Finance\\Shared"), DOCSZ));
                }
                case "print" -> {
                    hourly(h, OFFICE, .02, .01, T_STAFF, 6, l -> { Acct who = pick(STAFF); long t = l; session(h, l, geom(1.4), 6, SYSP, SVC_SCAN,
                            u -> "D:\\Scans\\" + who.name + "\\Scan_" + ymd(dayOf(t)) + "_" + String.format("%06d", R.nextInt(240000)) + ".pdf", p -> (long) logn(700_000, 0.9)); });
                    hourly(h, OFFICE, .05, .03, T_STUDENT, 25, l -> noise(h, l, SPOOL, SYSTEM, "C:\\Windows\\System32\\spool\\PRINTERS\\" + String.format("%05d", R.nextInt(99999)) + (P(0.5) ? ".SPL" : ".SHD")));
                }
                case "mecm" -> {
                    hourly(h, OFFICE, .02, .01, T_STAFF, 0.25, l -> { String app = pick(APPS); session(h, l, geom(15), 0.5, SYSP, pick(ADMINS),
                            u -> "E:\\Sources\\Applications\\" + app + "\\" + pick(new String[]{"setup.exe", "install.cmd", "product.msi", "data1.cab", "transform.mst", "config.xml", "Data\\file" + ri(1, 400) + ".dat"}), p -> (long) logn(5_000_000, 1.8)); });
                    hourly(h, FLAT, 1, 1, T_NONE, 4, l -> noise(h, l, SQLSRV, NETSVC, "E:\\SMS\\inboxes\\auth\\statesys.box\\incoming\\" + hex(8) + ".SMX"));
                }
                case "dp" -> {
                    for (int d = 0; d < DAYS; d++) { int s = ri(1, 3); long t = at(d, 20) + (long) (U() * 60 * MIN);
                        for (int i = 0; i < s; i++) t = session(h, t, geom(12), 0.4, SYSP, MECM_CA, u -> contentLib(), p -> (long) logn(3_000_000, 2)) + (long) (expo(8) * MIN); }
                }
                case "wsus" -> hourly(h, FLAT, 1, 1, T_NONE, 10, l -> emit(h, l, "creation", WSUSSVC, 0, NETSVC, "E:\\WSUS\\WsusContent\\" + hex(2).toUpperCase() + "\\" + hex(40).toUpperCase() + ".cab", (long) logn(20_000_000, 1.5)));
                case "bkp-win" -> {
                    for (int d = 0; d < DAYS; d++) for (int hr = 0; hr < 24; hr++) {
                        int dd = d, hh = hr;
                        session(h, at(d, hr + 0.25) + (long) (U() * 3 * MIN), 4, 20, SYSP, SVC_SQLBK, u -> sqlBak(dd, hh, "LOG", "trn"), p -> (long) logn(30_000_000, 1.2));
                        if (hr == 22) session(h, at(d, 22) + (long) (U() * 5 * MIN), ri(12, 20), 90, SYSP, SVC_SQLBK, u -> sqlBak(dd, hh, "FULL", "bak"), p -> (long) logn(4_000_000_000L, 1.0));
                    }
                }
                case "dc" -> {
                    hourly(h, OFFICE, .01, .01, T_STAFF, 0.04, l -> { String g = "{" + uuid().toUpperCase() + "}"; session(h, l, ri(1, 4), 4, SYSP, pick(ADMINS),
                            u -> "C:\\Windows\\SYSVOL\\domain\\Policies\\" + g + "\\" + pick(new String[]{"Machine\\Registry.pol", "GPT.INI", "Machine\\Microsoft\\Windows NT\\SecEdit\\GptTmpl.inf", "User\\Scripts\\scripts.ini", "Machine\\Preferences\\Groups\\Groups.xml"}), p -> (long) logn(3000, 1)); });
                    hourly(h, FLAT, 1, 1, T_NONE, 3, l -> noise(h, l, DFSR, SYSTEM, "C:\\Windows\\SYSVOL\\domain\\DfsrPrivate\\Staging\\" + hex(8) + ".frx"));
                    hourly(h, FLAT, 1, 1, T_NONE, 1, l -> emit(h, l, "creation", pick(new Proc[]{new Proc("lsass.exe", "C:\\Windows\\System32\\lsass.exe", 0, MS)}), 0, SYSTEM, "C:\\Windows\\NTDS\\edb" + String.format("%05X", R.nextInt(0xFFFFF)) + ".log", 10_485_760));
                }
                default -> { }
            }
        }
    }
    static String contentLib() { return P(0.85) ? "E:\\SCCMContentLib\\FileLib\\" + hex(4).toUpperCase() + "\\" + hex(40).toUpperCase() : "E:\\SCCMContentLib\\DataLib\\NBU00" + ri(100, 999) + ".INI"; }
    static String sqlBak(int d, int hr, String kind, String ex) {
        String s = pick(SQLSRV_N), db = pick(new String[]{"SITS", "Agresso", "ReportServer", "msdb", "Estates", "Library", "Moodle_Archive", "HR"});
        return "F:\\SQLBackups\\" + s + "\\" + db + "\\" + s + "_" + db + "_" + kind + "_" + ymd(d) + "_" + String.format("%02d%02d%02d", hr, ri(0, 59), ri(0, 59)) + "." + ex;
    }

    // ------------------------------------------------------------------------------------------- Linux habits
    static final List<Acct> LADM = new ArrayList<>();
    static final String[] SITES = {"www", "www", "intranet", "apps", "staging"};
    static PathGen rgPath(Host h) { String proj = pick(PROJ); return u -> "/data/" + rgs(h) + "/" + u.name + "/" + (P(0.5) ? proj + "/" : "") + dataName(); }
    static String rgs(Host h) { return h.name.startsWith("rg-") ? h.name.substring(3) : h.name; }
    static void linuxBase(Host h, double k) {
        hourly(h, FLAT, 1, 1, T_NONE, 0.8 * k, l -> emit(h, l, "creation", P(0.5) ? JOURNALD : RSYSLOG, 0, ROOT,
                "/var/log/" + pick(new String[]{"journal/" + h.id + "/system@" + hex(32) + ".journal", "messages-" + ymd(dayOf(l)), "secure", "audit/audit.log.1", "sa/sa" + ymd(dayOf(l)).substring(6)}), (long) logn(2_000_000, 1)));
        hourly(h, OFFICE, .2, .2, T_NONE, 0.06 * k, l -> emit(h, l, "creation", L_SCP, 0, ROOT, "/root/" + pick(new String[]{"fix.sh", "patch.tar.gz", "sosreport.tar.xz", "cert.pem", "debug.log"}), (long) logn(200_000, 1.5)));
    }
    static void procEvent(Host h, long l, Proc p, Acct u, String cmd) {
        Ev e = emit(h, l, P(0.5) ? "exec" : "fork", p, 0, u, null, 0);
        if (e != null) { e.kind = 1; e.cmd = cmd; }
    }
    static void genLinux() {
        for (int i = 0; i < 5; i++) LADM.add(pick(BYDEPT.get("admin")));
        List<Acct> hpcUsers = new ArrayList<>(RESEARCH.subList(0, Math.min(RESEARCH.size(), 140)));
        for (Host h : role("hpc-login")) {
            linuxBase(h, 1.5);
            hourly(h, RESEARCHC, .45, .4, T_NONE, 12, l -> {
                Acct u = hpcUsers.get((int) (hpcUsers.size() * Math.pow(U(), 1.8)));        // a few heavy users
                double m = U(); int n = m < 0.88 ? geom(3) : m < 0.99 ? geom(20) : geom(150);
                session(h, l, n, 0.7, remoteLinux(h, 0.35, 0.5), u, linuxHome(null), DATASZ);
                if (P(0.3)) procEvent(h, l - 200_000_000L, L_SCP, u, "scp -r -t /home/" + u.name + "/");
            });
            hourly(h, RESEARCHC, .4, .4, T_NONE, 4, l -> { Acct u = pick(hpcUsers); int n = geom(8); long t = l;
                for (int i = 0; i < n; i++) { emit(h, t, "creation", RSYNC, 0, u, linuxHome(null).gen(u), (long) logn(5_000_000, 2)); t += (long) (expo(0.5) * SEC); } });
            hourly(h, RESEARCHC, .5, .5, T_NONE, 6, l -> { Acct u = pick(hpcUsers); noise(h, l, pick(new Proc[]{PY, VIM, BASH, TAR, CP}), u, linuxHome(null).gen(u)); });
            hourly(h, RESEARCHC, .5, .5, T_NONE, 0.4, l -> { Acct u = pick(hpcUsers); emit(h, l, "creation", SFTPC, 0, u, "/home/" + u.name + "/downloads/" + dataName(), (long) logn(1_000_000, 2)); });
        }
        for (Host h : role("hpc-cn")) {
            linuxBase(h, 0.5);
            hourly(h, FLAT, 1, 1, T_NONE, 3, l -> { Acct u = pick(hpcUsers); emit(h, l, pick(ACTS), P(0.6) ? PY : SLURMSTEP, 0, u,
                    "/scratch/" + u.name + "/" + pick(PROJ) + "/out/" + dataName(), (long) logn(10_000_000, 2)); });
            hourly(h, FLAT, 1, 1, T_NONE, 0.3, l -> emit(h, l, "creation", SLURMSTEP, 0, SLURM, "/var/spool/slurmd/job" + ri(4_100_000, 4_400_000) + "/slurm_script", 1800));
            hourly(h, RESEARCHC, .5, .5, T_NONE, 0.006, l -> { Acct u = pick(hpcUsers); session(h, l, geom(2), 1, L_SCP, u, linuxHome(null), DATASZ); });
        }
        for (Host h : role("dtn")) {
            linuxBase(h, 1);
            hourly(h, FLAT, .9, .9, T_NONE, 3, l -> { Acct u = pick(PARTNERS); String ds = pick(new String[]{"release", "batch", "run", "drop", "export"}) + "_" + ri(100, 999);
                session(h, l, geom(8), 1.5, P(0.85) ? sftpServer(h) : L_SCP, u, x -> "/data/partners/" + x.name + "/incoming/" + ds + "/" + dataName(), DATASZ); });
            hourly(h, FLAT, 1, 1, T_NONE, 12, l -> { Acct u = pick(PARTNERS); emit(h, l, "creation", GRIDFTP, 0, u, "/data/partners/" + u.name + "/globus/" + dataName(), (long) logn(80_000_000, 1.5)); });
        }
        for (Host h : role("rg")) {
            linuxBase(h, 1);
            PathGen pg = rgPath(h);
            hourly(h, RESEARCHC, .35, .3, T_NONE, 1.8, l -> session(h, l, P(0.05) ? geom(20) : geom(3.5), 0.8, remoteLinux(h, 0.4, 0.45), pick(h.users), pg, DATASZ));
            hourly(h, RESEARCHC, .4, .4, T_NONE, 4, l -> { Acct u = pick(h.users); noise(h, l, pick(new Proc[]{PY, PY, RSTUDIO, BASH, VIM}), u, pg.gen(u)); });
            hourly(h, RESEARCHC, .4, .4, T_NONE, 0.5, l -> { Acct u = pick(h.users); emit(h, l, "creation", RSYNC, 0, u, pg.gen(u), (long) logn(20_000_000, 2)); });
        }
        for (Host h : role("nas")) {
            linuxBase(h, 1);
            PathGen pg = u -> "/srv/samba/" + pick(new String[]{"research", "groups", "homes"}) + "/" + u.name + "/" + (P(0.4) ? pick(FOLDERS) + "/" : "") + (P(0.7) ? docName() : dataName());
            hourly(h, OFFICE_EVE, .12, .1, T_STAFF, 10, l -> session(h, l, P(0.03) ? geom(25) : geom(3), 0.9, L_SMBD, pick(h.users), pg, DOCSZ));
            hourly(h, OFFICE_EVE, .1, .1, T_STAFF, 10, l -> { Acct u = pick(h.users); emit(h, l, pick(new String[]{"modification", "modification", "deletion", "rename"}), L_SMBD, 0, u, pg.gen(u), (long) logn(100_000, 1.4)); });
            for (int d = 0; d < DAYS; d++) { long t = at(d, 2) + (long) (U() * 10 * MIN); int n = ri(150, 400);
                for (int i = 0; i < n; i++) { emit(h, t, "creation", RSYNC, 0, ROOT, "/srv/snapshots/" + ymd(d) + "/" + pick(STAFF).name + "/" + docName(), (long) logn(100_000, 1.5)); t += (long) (expo(3) * SEC); } }
        }
        int si = 0;
        for (Host h : role("web")) {
            linuxBase(h, 1);
            String site = SITES[si]; double perDay = new double[]{1.5, 1.5, 2, 1, 5}[si]; si++;
            hourly(h, FLAT, 1, 1, T_NONE, 8, l -> emit(h, l, P(0.8) ? "creation" : "deletion", PHPFPM, 0, WWW, "/var/www/" + site + "/shared/cache/" + hex(2) + "/" + hex(16) + ".php", (long) logn(8000, 1)));
            hourly(h, FLAT, 1, 1, T_NONE, 1, l -> emit(h, l, "creation", NGINX, 0, WWW, "/var/lib/nginx/body/" + String.format("%010d", R.nextInt(1_000_000_000)), (long) logn(50_000, 2)));
            if (h.name.startsWith("web02")) continue;                              // web02 is deployed together with web01
            for (int d = 0; d < DAYS; d++) {
                if (weekend(d)) continue;
                int n = poisson(perDay);
                for (int i = 0; i < n; i++) {
                    long t = at(d, 9.5 + U() * 8);
                    deploy(h, t, site, 20 + geom(90), DEPLOY, null);
                    if (site.equals("www") && si == 1) deploy(BYNAME.get("web02.nbu.ac.uk"), t + (long) (expo(40) * SEC), site, 20 + geom(90), DEPLOY, null);
                }
            }
        }
        for (Host h : role("gitlab")) { linuxBase(h, 1); hourly(h, RESEARCHC, .3, .3, T_NONE, 15, l -> emit(h, l, pick(ACTS), GITALY, 0, GITU, "/var/opt/gitlab/git-data/repositories/@hashed/" + hex(2) + "/" + hex(2) + "/" + hex(64) + ".git/objects/" + hex(2) + "/" + hex(38), (long) logn(4000, 2))); }
        for (Host h : role("ci")) {
            linuxBase(h, 1);
            hourly(h, OFFICE_EVE, .2, .2, T_NONE, 8, l -> emit(h, l, pick(ACTS), GRUNNER, 0, RUNNER, "/home/gitlab-runner/builds/" + hex(8) + "/0/" + pick(new String[]{"web/www", "web/intranet", "infra/ansible", "research/" + pick(PROJ)}) + "/" + pick(CODE), (long) logn(5000, 1.5)));
            hourly(h, OFFICE_EVE, .2, .2, T_NONE, 6, l -> emit(h, l, "creation", DOCKERD, 0, ROOT, "/var/lib/docker/overlay2/" + hex(64) + "/diff/" + pick(new String[]{"usr/lib/python3/dist-packages/", "app/", "tmp/"}) + hex(10), (long) logn(20_000, 2)));
        }
        for (Host h : role("bkp-lnx")) {
            linuxBase(h, 1);
            boolean main = h.name.equals("bkp-lnx01");
            for (int d = 0; d < DAYS; d++) {
                if (main) {
                    long t = at(d, 1) + (long) (U() * 15 * MIN);
                    int srcs = ri(12, 18);
                    for (int s = 0; s < srcs; s++) { String src = pick(HOSTS).name; int dd = d;
                        t = session(h, t, ri(8, 30), 2, P(0.7) ? sftpServer(h) : L_SCP, SVC_BACKUP, u -> "/backup/" + src + "/" + ymd(dd) + "/" + pick(new String[]{"etc.tar.gz", "db.sql.gz", "home.tar.zst", "pkglist.txt", "crontab.txt", "www.tar.gz", "ldap.ldif", "vault.snap"}).replace(".", "_" + hex(3) + "."), p -> (long) logn(50_000_000, 2)) + (long) (expo(2) * MIN); }
                } else {
                    long t = at(d, 0.5) + (long) (U() * 20 * MIN); int n = ri(300, 700);
                    for (int i = 0; i < n; i++) { emit(h, t, "creation", P(0.6) ? RSYNC : BORG, 0, ROOT, "/srv/borg/" + pick(RG) + "/data/" + ri(0, 40) + "/" + ri(1, 99999), (long) logn(500_000_000, 1)); t += (long) (expo(4) * SEC); }
                    if (d % 7 == 6) session(h, at(d, 3) + (long) (U() * HOUR), ri(5, 15), 3, L_SCP, SVC_BACKUP, u -> "/srv/offsite/weekly/" + hex(8) + ".tar.zst", p -> (long) logn(900_000_000, 1));
                }
            }
        }
        for (Host h : role("ansible")) {
            linuxBase(h, 1);
            hourly(h, OFFICE, .05, .05, T_NONE, 0.08, l -> session(h, l, geom(3), 2, remoteLinux(h, 0.7, 0.3), pick(LADM), u -> "/home/" + u.name + "/infra/roles/" + pick(new String[]{"common", "hpc", "web", "slurm", "samba"}) + "/" + pick(new String[]{"tasks/main.yml", "templates/sshd_config.j2", "files/ca.pem", "vars/main.yml", "handlers/main.yml"}), p -> (long) logn(3000, 1)));
            hourly(h, OFFICE, .05, .05, T_NONE, 6, l -> noise(h, l, PY, SVC_ANSIBLE, "/home/svc-ansible/.ansible/cp/" + hex(10)));
        }
        for (Host h : role("ftp")) {
            linuxBase(h, 1);
            hourly(h, OFFICE, .1, .05, T_NONE, 2, l -> { int dd = dayOf(l); session(h, l, geom(6), 20, L_VSFTPD, INSTR_CONF, u -> "/srv/ftp/confocal/" + ymd(dd) + "/" + pick(LAST) + "_" + pick(new String[]{"cells", "tissue", "organoid", "zstack"}) + "_" + ri(1, 99) + ".czi", p -> (long) logn(300_000_000, 1)); });
            hourly(h, FLAT, 1, 1, T_NONE, 0.4, l -> session(h, l, geom(2), 5, L_VSFTPD, INSTR_NMR, u -> "/srv/ftp/nmr/exp" + ri(1000, 9999) + "/" + pick(new String[]{"fid", "acqus", "pulseprogram", "ser", "procpar"}), p -> (long) logn(2_000_000, 1.5)));
        }
        for (Host h : role("misc")) {
            linuxBase(h, 1);
            Proc p = h.name.startsWith("moodle") ? PHPFPM : h.name.startsWith("ldap") ? new Proc("slapd", "/usr/sbin/slapd", 0, null) : new Proc("prometheus", "/usr/bin/prometheus", 0, null);
            Acct u = h.name.startsWith("moodle") ? WWW : h.name.startsWith("ldap") ? new Acct("openldap", "", "116") : new Acct("prometheus", "", "998");
            hourly(h, h.name.startsWith("moodle") ? STUDENT : FLAT, 1, 1, h.name.startsWith("moodle") ? T_STUDENT : T_NONE, 8,
                    l -> emit(h, l, pick(ACTS), p, 0, u, (h.name.startsWith("moodle") ? "/var/moodledata/filedir/" + hex(2) + "/" + hex(2) + "/" + hex(40) : "/var/lib/" + p.name + "/" + hex(12)), (long) logn(200_000, 2)));
        }
        ansible();
    }
    static void deploy(Host h, long t, String site, int n, Acct who, String hiddenDir) {
        String rel = "/var/www/" + site + "/releases/" + ymd(dayOf(t)) + String.format("%06d", ri(90000, 175959));
        session(h, t, n, 0.05, L_SCP, who, u -> rel + "/" + pick(new String[]{"public/", "public/assets/", "src/", "vendor/composer/", "templates/", "config/", "public/build/"}) + pick(new String[]{
                "index.php", "app." + hex(8) + ".js", "style." + hex(8) + ".css", "logo.svg", "autoload_real.php", "base.html.twig", "services.yaml", "Kernel.php", "routes.yaml", "ClassLoader.php", "runtime." + hex(8) + ".js"}), p -> (long) logn(12_000, 1.5));
    }
    /** Nightly Ansible run across every Linux host (sequential, ~04:30), bigger on Wednesdays, plus ad-hoc runs. */
    static void ansible() {
        List<Host> lin = new ArrayList<>(); for (Host h : HOSTS) if (!h.win) lin.add(h);
        for (int d = 0; d < DAYS; d++) {
            long t = at(d, 4.5) + (long) (U() * 10 * MIN);
            for (Host h : lin) {
                int n = d % 7 == 2 ? ri(10, 25) : ri(3, 8);
                long tt = t; for (int i = 0; i < n; i++) { xfer(h, tt, sftpServer(h), 0, SVC_ANSIBLE, ansibleTmp(tt), (long) logn(150_000, 0.5)); tt += (long) (expo(4) * SEC); }
                emit(h, tt + SEC, "creation", PY, 0, ROOT, pick(new String[]{"/etc/ssh/sshd_config", "/etc/chrony.conf", "/etc/sudoers.d/90-nbu", "/etc/security/limits.d/hpc.conf", "/etc/motd"}) + ".tmp" + hex(6), 2000);
                t += (long) ((5 + expo(10)) * SEC);
            }
            if (!weekend(d) && P(0.5)) {                                           // ad-hoc run on a few hosts
                long a = at(d, 10 + U() * 6); int k = ri(4, 14);
                for (int i = 0; i < k; i++) { Host h = pick(lin); int n = ri(2, 5); for (int j = 0; j < n; j++) xfer(h, a + j * 3 * SEC, sftpServer(h), 0, SVC_ANSIBLE, ansibleTmp(a), 120_000); a += 20 * SEC; }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- labels
    static final class Label { String label, id, kind, desc; List<String> hosts = new ArrayList<>(); long s, e; }
    static final List<Label> LABELS = new ArrayList<>();
    static final Map<String, List<long[]>> BUSY = new TreeMap<>();             // host -> labelled windows
    static void begin() { capture = new ArrayList<>(); }
    static Label finish(String label, String id, String kind, String desc) {
        Label lb = new Label(); lb.label = label; lb.id = id; lb.kind = kind; lb.desc = desc;
        lb.s = Long.MAX_VALUE; lb.e = Long.MIN_VALUE;
        Set<String> hs = new TreeSet<>();
        for (Ev e : capture) { if (e.kind != 0) continue; hs.add(e.h.name); lb.s = Math.min(lb.s, e.ts); lb.e = Math.max(lb.e, e.ts); }
        capture = null;
        if (hs.isEmpty()) return null;
        lb.hosts.addAll(hs);
        for (String h : hs) BUSY.computeIfAbsent(h, x -> new ArrayList<>()).add(new long[]{lb.s - BASE, lb.e - BASE});
        LABELS.add(lb);
        return lb;
    }
    /** True if [s,e] (plus a margin) is free of labelled activity on h and of its outages. */
    static boolean free(Host h, long s, long e, long margin) {
        for (long[] w : BUSY.getOrDefault(h.name, List.of())) if (s - margin < w[1] && e + margin > w[0]) return false;
        for (long[] o : h.out) if (s - margin < o[1] && e + margin > o[0]) return false;
        return s >= h.enrollL;
    }
    static int benignN = 0;
    static String bid() { return String.format("BEN-%02d", ++benignN); }

    // -------------------------------------------------------------------------------------------- benign spikes
    static final String[] STAGE_APPS = {"Office365", "MATLAB_R2026a", "SPSS29", "ArcGISPro33", "Python312_Anaconda", "VSCode", "SolidWorks2026",
            "Multisim14", "RStudio", "NVivo14", "Stata18", "Autodesk_Inventor2026"};
    static void stage(Host h, long t, int n, Acct who, String root) {
        String app = pick(STAGE_APPS); int left = 0;
        for (int i = 0; i < n; i++) {
            if (left-- <= 0) { app = pick(STAGE_APPS); left = geom(80); }
            String a = app;
            xfer(h, t, SYSP, 4, who, root + a + "\\" + pick(new String[]{"setup.exe", "install.cmd", "data" + ri(1, 40) + ".cab", a + ".msi", "transform.mst", "config.xml",
                    "bin\\" + hex(6) + ".dll", "lib\\" + hex(5) + ".dll", "resources\\" + hex(6) + ".pak", "license.txt"}), (long) logn(4_000_000, 1.8));
            t += (long) ((0.05 + expo(0.6)) * SEC);
        }
    }
    static void reimage(List<Host> lab, long start, int lo, int hi, boolean newAgent) {
        long t = start;
        for (int i = 0; i < lab.size(); i++) {
            Host h = lab.get(i);
            long s = t + (i / 4) * (long) ((35 + U() * 15) * MIN) + (long) (U() * 5 * MIN);   // waves of four PCs
            ArrayList<Ev> c = capture; capture = null;
            for (int k = 0; k < 150; k++) emit(h, s - 30 * MIN + k * 10 * SEC, "creation", TSMGR, 0, SYSTEM, "C:\\_SMSTaskSequence\\Packages\\NBU00" + ri(100, 400) + "\\" + hex(8) + ".wim.part", 50_000_000);
            capture = c;
            if (newAgent) { h.reimagedAt = BASE + s - 31 * MIN; h.agentId2 = uuid(); h.id2 = uuid(); }
            stage(h, s, ri(lo, hi), SVC_LAB, "C:\\Staging\\");
        }
    }
    static void benign() {
        List<String> labNames = List.of("lab-lib-", "lab-eng-", "lab-cs-");
        Map<String, List<Host>> labs = new TreeMap<>();
        for (Host h : role("lab")) labs.computeIfAbsent(h.name.substring(0, h.name.lastIndexOf('-') + 1), x -> new ArrayList<>()).add(h);
        double[] startH = {8 + U(), 13.5 + U(), 9 + U()}; int[] startD = {5, 5, 6};
        if (P(0.5)) { startD[0] = 4; startH[0] = 21 + U(); }                       // one lab done on Friday night instead
        for (int i = 0; i < 3; i++) {
            begin(); reimage(labs.get(labNames.get(i)), at(startD[i], startH[i]), 350, 900, true);
            finish("benign", bid(), "lab_reimage", "Scheduled reimage of " + labNames.get(i) + "* before welcome week; svc-labdeploy stages ~12 course applications over SMB (C$\\Staging) to every PC in waves of four");
        }
        String midLab = pick(labNames); int md = pick(new Integer[]{12, 18, 19});
        begin(); reimage(labs.get(midLab), at(md, md == 18 ? 18.5 + U() : 9 + U() * 2), 200, 500, false);
        finish("benign", bid(), "lab_reimage", "Mid-term re-image of " + midLab + "* after a software request (new course package), svc-labdeploy staging over SMB");

        Host fst = BYNAME.get("fs-students01");
        int pd = pick(new Integer[]{4, 6}); begin();
        { long t = at(pd, pd == 4 ? 20 : 18.5); int n = ri(450, 750);
          for (int i = 0; i < n; i++) { String s = pick(STUDENTS).name;
              for (String f : new String[]{"Desktop\\desktop.ini", "Documents\\desktop.ini", "Documents\\IT_Welcome_Guide.pdf", "Desktop\\Student Hub.url"}) { xfer(fst, t, SYSP, 4, SVC_IDM, "E:\\Homes\\" + s + "\\" + f, f.endsWith("pdf") ? 845_113 : 180); t += (long) (expo(0.9) * SEC); } } }
        finish("benign", bid(), "home_provisioning", "Identity management (svc-idm) creates home folders for the new intake on fs-students01: template files per student over SMB");

        Host fte = BYNAME.get("fs-teaching01");
        begin(); hourlyWindow(fte, at(11, 9), at(11, 18.5), 30, l -> session(fte, l, geom(6), 1.5, SYSP, pick(LECTURERS), teachPath(), DOCSZ));
        finish("benign", bid(), "course_publish", "Friday before teaching: lecturers publish week-1 lectures, handouts and recordings to the teaching share");

        begin();
        hourlyWindow(fst, at(14, 8), at(14, 15), 32, l -> session(fst, l, geom(2.5), 1.2, SYSP, pick(STUDENTS), u -> "E:\\Homes\\" + u.name + "\\Coursework\\" + docName(), DOCSZ));
        hourlyWindow(fte, at(14, 7.5), at(14, 12), 14, l -> session(fte, l, geom(4), 1.5, SYSP, pick(LECTURERS), teachPath(), DOCSZ));
        finish("benign", bid(), "term_start", "First teaching day: students save coursework to home drives, late lecture uploads on the teaching share");

        Host sis = BYNAME.get("sis-app01");
        begin(); hourlyWindow(sis, at(7, 8.5), at(8, 17.5), 14, l -> { if (hourOf(l) >= 8 && hourOf(l) < 18) session(sis, l, geom(3), 3, SYSP, pick(BYDEPT.get("admin")),
                u -> "D:\\SITS\\Uploads\\" + u.name + "\\" + pick(new String[]{"Enrolment_", "Passport_", "Visa_CAS_", "Qualification_"}) + pick(STUDENTS).name + pick(new String[]{".pdf", ".jpg", ".pdf"}), DOCSZ); });
        finish("benign", bid(), "enrolment", "Welcome week in-person enrolment: registry staff upload students' documents to the student records system");

        Host lg = pick(role("hpc-login")); int ud = pick(new Integer[]{12, 13, 19}); Acct up = pick(RESEARCH); String proj = pick(PROJ);
        begin(); session(lg, at(ud, 12.5 + U() * 3), ri(2500, 6000), 3.5, sftpServer(lg), up, u -> "/scratch/" + u.name + "/" + proj + "/raw/" + pick(DATA_STEM) + "_" + String.format("%05d", R.nextInt(99999)) + "." + pick(new String[]{"tif", "h5", "fastq.gz", "nc"}), DATASZ);
        finish("benign", bid(), "dataset_upload", "Weekend: " + up.name + " uploads a new " + proj + " dataset to " + lg.name + " with FileZilla (sftp)");

        int sd = pick(new Integer[]{8, 15}); begin();
        { List<Host> nodes = new ArrayList<>(role("hpc-cn")); nodes.addAll(role("hpc-login"));
          String pkg = pick(new String[]{"gcc/14.2.0", "openmpi/5.0.5", "cuda/12.6", "python/3.12.6", "gromacs/2024.3"});
          for (int i = 0; i < nodes.size(); i++) { Host h = nodes.get(i); long t = at(sd, 7) + (i / 20) * (long) ((12 + U() * 6) * MIN) + (long) (U() * 60 * SEC);
              int n = ri(150, 400); for (int k = 0; k < n; k++) { xfer(h, t, sftpServer(h), 0, SVC_ANSIBLE, "/opt/apps/" + pkg + "/" + pick(new String[]{"bin/", "lib/", "lib64/", "include/", "share/man/man1/"}) + hex(8) + pick(new String[]{"", ".so", ".h", ".1", ".a"}), (long) logn(300_000, 2)); t += (long) (expo(1.2) * SEC); } } }
        finish("benign", bid(), "hpc_stack_update", "HPC maintenance window: Ansible pushes a new module tree to every compute and login node (svc-ansible over sftp)");

        int pday = sd == 8 ? 16 : 9; begin();
        { Host m = BYNAME.get("mecm01"), dp = BYNAME.get("dp01"); Acct a = pick(ADMINS);
          session(m, at(pday, 13.5 + U()), ri(300, 600), 1.2, SYSP, a, u -> "E:\\Sources\\Updates\\2026-09\\windows11.0-kb50" + ri(40000, 49999) + "-x64_" + hex(40) + ".msu", p -> (long) logn(200_000_000, 1.2));
          long t = at(pday, 16 + U()); int n = ri(1000, 2500); for (int i = 0; i < n; i++) { xfer(dp, t, SYSP, 4, MECM_CA, contentLib(), (long) logn(50_000_000, 1.5)); t += (long) (expo(5) * SEC); } }
        finish("benign", bid(), "patch_deploy", "Monthly patch ring 2: admins import updates into MECM, content distributed to the distribution point dp01 by MECM01$");

        Host bk = BYNAME.get("bkp-lnx01");
        for (int d : new int[]{5, 12, 19}) {
            begin(); long t = at(d, 23) + (long) (U() * 20 * MIN); int n = ri(2000, 3500); int dd = d;
            while (n > 0) { int k = Math.min(n, ri(40, 200)); String src = pick(HOSTS).name; n -= k;
                t = session(bk, t, k, 2.5, P(0.7) ? sftpServer(bk) : L_SCP, SVC_BACKUP, u -> "/backup/full/" + src + "/" + ymd(dd) + "/" + hex(6) + "." + pick(new String[]{"tar.zst", "sql.gz", "img", "ldif"}), p -> (long) logn(300_000_000, 1.5)); }
            finish("benign", bid(), "backup_full", "Weekly full backup: svc-backup writes full images and dumps to bkp-lnx01 (Saturday night)");
        }

        int dl = ri(16, 18); begin();
        { List<Host> hs = new ArrayList<>(role("hpc-login")); hs.add(BYNAME.get("rg-nlp01")); hs.add(BYNAME.get("rg-vision01"));
          for (Host h : hs) hourlyWindow(h, at(dl - 2, 9), at(dl, 12), h.role.equals("rg") ? 3 : 7, l -> {
              double m = U(); int n = m < 0.8 ? geom(6) : geom(40);
              session(h, l, n, 0.6, remoteLinux(h, 0.4, 0.5), h.role.equals("rg") ? pick(h.users) : pick(RESEARCH), linuxHome(pick(new String[]{"llm-eval", "segmentation", "grasp-rl"})), DATASZ); }); }
        finish("benign", bid(), "conference_deadline", "Conference submission deadline (" + DOW[dl % 7] + " " + dayStr(dl) + " noon): ML groups push code, checkpoints and results day and night");

        begin();
        { Host n = NEWRG; long t = n.enrollL + (long) ((1 + U()) * HOUR); Acct pi = n.users.get(0); int k = ri(3000, 8000);
          session(n, t, k, 3, sftpServer(n), pi, u -> "/data/" + rgs(n) + "/" + u.name + "/migrated/" + pick(PROJ) + "/" + dataName(), DATASZ); }
        finish("benign", bid(), "new_server_migration", "New research server " + NEWRG.name + " commissioned: the PI migrates the group's data from the old box over sftp");

        int wd = pick(new Integer[]{9, 16}); begin();
        { long t = at(wd, 18.5 + U() * 0.5);
          for (String w : new String[]{"web01.nbu.ac.uk", "web02.nbu.ac.uk", "web03.nbu.ac.uk"}) { deploy(BYNAME.get(w), t, w.startsWith("web03") ? "intranet" : "www", ri(1500, 3000), DEPLOY, null); t += (long) ((2 + U() * 5) * MIN); } }
        finish("benign", bid(), "web_release", "Evening change window: major CMS release (new theme + vendor tree) deployed by CI to the web farm over scp");

        Host ftp = BYNAME.get("ftp01");
        for (int d : new int[]{ri(1, 3), ri(15, 17)}) {
            begin(); long t = at(d, 16.5 + U() * 2), e = t + (long) ((18 + U() * 14) * HOUR); int grid = ri(1, 20);
            while (t < e) { xfer(ftp, t, L_VSFTPD, 0, INSTR_CRYO, "/srv/ftp/cryoem/" + ymd(dayOf(t)) + "_grid" + grid + "/FoilHole_" + ri(1000000, 9999999) + "_Data_" + ri(100000, 999999) + "_" + ymd(dayOf(t)) + "_" + String.format("%06d", R.nextInt(240000)) + (P(0.9) ? "_fractions.tiff" : ".xml"), (long) logn(400_000_000, 0.3)); t += (long) ((12 + expo(18)) * SEC); if (P(0.002)) t += (long) (U() * 40 * MIN); }
            finish("benign", bid(), "instrument_session", "Cryo-EM overnight data collection: the microscope PC streams movies to ftp01 (vsftpd, instr-cryoem) all night");
        }
    }
    /** Poisson arrivals at a constant hourly rate between two local times. */
    static void hourlyWindow(Host h, long s, long e, double perHour, At f) {
        for (long t = s; t < e; t += HOUR) { long span = Math.min(HOUR, e - t); int n = poisson(perHour * span / (double) HOUR); for (int i = 0; i < n; i++) f.at(t + (long) (U() * span)); }
    }

    // ---------------------------------------------------------------------------------------------- incidents
    static final String[] KINDS = {"burst", "low_and_slow", "night_burst_on_busy_server", "linux_scp", "tool_spread", "new_host_burst"};
    static final int[][] CHOSEN = new int[6][2];
    static final Host[] NEWINC = new Host[2];
    static final String[] WTOOLS = {"PSEXESVC.exe", "rclone.exe", "AdFind.exe", "7za.exe", "procdump64.exe", "SharpHound.exe", "nc64.exe", "Rubeus.exe",
            "svchosts.exe", "update.bat", "run.ps1", "wmiexec.vbs", "beacon_x64.dll", "msedge_update.dll", "chisel.exe", "netscan.exe", "ngrok.exe",
            "conf.ini", "a.zip", "ldr.dll", "WinSCP.exe", "AnyDesk.exe", "RuntimeBroker.exe", "vcruntime140.dll", "out.txt"};
    static final String[] LTOOLS = {"chisel", "gost", "linpeas.sh", "pspy64", "socat", "xmrig", "config.json", "libprocesshider.so", "kworker", "ld.so.preload",
            "authorized_keys", "nbtscan", "masscan", "sliver-client", "run.sh", "dbus-daemon", "libc.so.6", "id_ed25519", "x.py", "cron.sh", "watchdog"};
    static String wtool() { double u = U(); return u < 0.55 ? pick(WTOOLS) : u < 0.8 ? hex(8) + pick(new String[]{".dll", ".tmp", ".dat", ".exe"}) : pick(HD_FILES); }
    static String ltool() { double u = U(); return u < 0.5 ? pick(LTOOLS) : u < 0.8 ? "lib" + hex(5) + ".so" : pick(new String[]{"__init__.py", "core.py", "util.py", "requests-2.32.3.dist-info/RECORD", "six.py"}); }

    static void plan() {
        for (int k = 0; k < 6; k++) {
            int nv = k == 5 ? 3 : 4; List<Integer> v = new ArrayList<>(); for (int i = 0; i < nv; i++) v.add(i);
            for (int i = nv - 1; i > 0; i--) Collections.swap(v, i, R.nextInt(i + 1));
            CHOSEN[k][0] = v.get(0); CHOSEN[k][1] = v.get(1);
        }
        NEWRG = host(pick(new String[]{"rg-quantum01", "rg-ecology01", "rg-biostat01", "rg-hydro01"}), "rg", false, "ubuntu");
        NEWRG.enrollL = at(ri(9, 12), 10 + U() * 4); for (int i = 0; i < ri(4, 8); i++) NEWRG.users.add(pick(RESEARCH));
        for (int j = 0; j < 2; j++) {
            Host h;
            switch (CHOSEN[5][j]) {
                case 0 -> h = host(pick(new String[]{"app-reporting02", "vm-res-win07", "sql-stage01", "rds-lab02"}), "newwin", true, "2022");
                case 1 -> { h = host(pick(new String[]{"jupyter02", "rg-vision02", "gpu-ws03", "shiny01"}), "rg", false, "ubuntu");
                            for (int i = 0; i < ri(3, 7); i++) h.users.add(pick(RESEARCH)); }
                default -> { String n; do { n = "ws-" + pick(WSDEPTS) + "-" + String.format("%03d", ri(61, 90)); } while (BYNAME.containsKey(n));
                             h = host(n, "ws", true, "client"); h.owner = pick(STAFF); }
            }
            h.enrollL = at(ri(6, 17), 8.5 + U() * 8);
            NEWINC[j] = h;
        }
    }
    /** A free start time on h: days [dLo,dHi], local hours [hLo,hHi) (hHi may exceed 24), mask 0 any, 1 weekdays, 2 weekends, 3 Mon-Wed. */
    static long slot(Host h, int dLo, int dHi, double hLo, double hHi, int mask, long dur) {
        for (int tries = 0; tries < 400; tries++) {
            int d = ri(dLo, dHi);
            if ((mask == 1 && weekend(d)) || (mask == 2 && !weekend(d)) || (mask == 3 && d % 7 > 2)) continue;
            long s = at(d, hLo + U() * (hHi - hLo));
            if (s + dur < END - 2 * HOUR && free(h, s, s + dur, 4 * HOUR)) return s;
        }
        return -1;
    }
    static int incN = 0;
    static void incident(String kind, String desc) {
        Label lb = finish("incident", String.format("INC-%02d", ++incN), kind, desc);
        if (lb == null) throw new IllegalStateException("empty incident " + kind);
    }
    static <T> T pickFree(List<T> hosts, java.util.function.Function<T, Long> slotter, long[] out) {
        for (int i = 0; i < 200; i++) { T h = pick(hosts); long s = slotter.apply(h); if (s >= 0) { out[0] = s; return h; } }
        throw new IllegalStateException("no free slot");
    }
    static void drip(Host h, long s, long e, double meanMin, boolean officeOnly, Proc p, Acct u, PathGen pg, SizeGen sg) {
        long t = s; int pid = h.pidBase + R.nextInt(60000);
        while (t < e) {
            int hr = hourOf(t);
            if (!officeOnly || (hr >= 8 && hr < 18 && !weekend(dayOf(t)))) { xfer(h, t, p, p.pid != 0 ? p.pid : pid, u, pg.gen(u), sg.gen("x")); if (P(0.1)) pid = h.pidBase + R.nextInt(60000); }
            t += (long) ((0.2 + expo(meanMin)) * MIN);
        }
    }

    static void incidents() {
        List<Host> fs = role("fs"), lab = role("lab"), ws = new ArrayList<>(); long[] s = new long[1];
        for (Host h : role("ws")) if (h.enrollL == 0) ws.add(h);
        // ---- burst
        for (int v : CHOSEN[0]) {
            begin();
            switch (v) {
                case 0 -> { Host h = pickFree(ws, x -> slot(x, 5, 20, 9, 17.5, 1, HOUR), s); Acct a = P(0.5) ? pick(HELPDESK) : pick(ADMINS); int n = ri(25, 120);
                    String dir = pick(new String[]{"C:\\ProgramData\\Microsoft\\DeviceSync\\", "C:\\ProgramData\\Intel\\Logs\\", "C:\\Windows\\Temp\\" + hex(6) + "\\", "C:\\Users\\Public\\Libraries\\"});
                    session(h, s[0], n, 2 + U() * 4, SYSP, a, u -> dir + wtool(), p -> (long) logn(600_000, 1.5));
                    incident("burst", "Compromised " + a.name + " copies a toolkit (" + n + " files) to " + h.name + " over C$ into " + dir + " in working hours"); }
                case 1 -> { Host h = pickFree(fs, x -> slot(x, 5, 20, 10, 16, 1, 2 * HOUR), s); Acct a = pick(h.users); int n = ri(400, 1500);
                    String root = "D:\\Shares\\" + Character.toUpperCase(h.dept.charAt(0)) + h.dept.substring(1) + "\\" + pick(FOLDERS) + "\\" + a.name + "\\" + pick(new String[]{"Archive", "old", "backup", "Shared"}) + "\\";
                    session(h, s[0], n, 1 + U() * 2, SYSP, a, u -> root + docName(), DOCSZ);
                    incident("burst", "Staff account " + a.name + " (compromised) stages " + n + " documents collected from other machines in its own folder on " + h.name + " in office hours; names and sizes look like ordinary work"); }
                case 2 -> { List<Host> apps = new ArrayList<>(); for (String n : new String[]{"sis-app01", "fin-app01", "print01", "mecm01"}) apps.add(BYNAME.get(n));
                    Host h = pickFree(apps, x -> slot(x, 5, 20, 18, 23, 0, HOUR), s); Acct a = pick(ADMINS); int n = ri(40, 200);
                    session(h, s[0], n, 1 + U() * 3, SYSP, a, u -> (P(0.6) ? "C:\\Windows\\Temp\\" : "C:\\Windows\\") + wtool(), p -> (long) logn(900_000, 1.5));
                    incident("burst", "Domain admin account " + a.name + " pushes " + n + " tool files to " + h.name + " through ADMIN$ in the evening"); }
                default -> { Host h = pickFree(role("nas"), x -> slot(x, 5, 20, 20, 26, 0, HOUR), s); Acct a = pick(h.users); int n = ri(300, 900);
                    session(h, s[0], n, 0.5 + U() * 1.5, L_SMBD, a, u -> "/srv/samba/" + pick(new String[]{"research", "groups", "homes"}) + "/" + pick(h.users).name + "/" + (P(0.95) ? docName() + ".nbu_locked" : "README_RESTORE_FILES.txt"), DOCSZ);
                    incident("burst", "Ransomware run from a machine logged in as " + a.name + " rewrites " + n + " files on Samba shares of " + h.name + " (smbd creations of *.nbu_locked + ransom notes)"); }
            }
        }
        // ---- low_and_slow
        for (int v : CHOSEN[1]) {
            begin();
            switch (v) {
                case 0 -> { boolean office = P(0.5); long dur = office ? 50 * HOUR : (long) ((10 + U() * 20) * HOUR); double mean = office ? 1 + U() * 2.5 : 1.5 + U() * 4;
                    Host h = pickFree(fs, x -> slot(x, 4, office ? 16 : 18, office ? 8 : 9, office ? 10 : 20, office ? 3 : 0, dur), s); Acct a = pick(h.users);
                    String root = "D:\\Shares\\" + Character.toUpperCase(h.dept.charAt(0)) + h.dept.substring(1) + "\\" + pick(FOLDERS) + "\\" + a.name + "\\";
                    drip(h, s[0], s[0] + dur, mean, office, SYSP, a, u -> root + (P(0.5) ? pick(FOLDERS) + "\\" : "") + docName(), DOCSZ);
                    incident("low_and_slow", "Sustained trickle on " + h.name + ": account " + a.name + " writes one document every ~" + String.format("%.1f", mean) + " min " + (office ? "in office hours over three days" : "round the clock for " + dur / HOUR + " h") + ", mimicking normal share use"); }
                case 1 -> { long dur = (long) ((12 + U() * 24) * HOUR); double mean = 3 + U() * 5;
                    Host h = pickFree(role("rg"), x -> x.enrollL == 0 ? slot(x, 4, 18, 0, 24, 0, dur) : -1L, s); Acct a = pick(h.users); String pj = pick(PROJ);
                    drip(h, s[0], s[0] + dur, mean, false, sftpServer(h), a, u -> "/data/" + rgs(h) + "/" + u.name + "/" + pj + "/cache/part-" + String.format("%05d", R.nextInt(100000)) + pick(new String[]{".parquet", ".npy", ".bin"}), p -> (long) logn(4_000_000, 1));
                    incident("low_and_slow", "Researcher account " + a.name + " (stolen key) drip-feeds small files to " + h.name + " over sftp every ~" + String.format("%.0f", mean) + " min for " + dur / HOUR + " h"); }
                case 2 -> { long dur = (long) ((24 + U() * 24) * HOUR); double mean = 1.5 + U() * 2.5;
                    Host h = pickFree(role("dtn"), x -> slot(x, 4, 18, 0, 24, 0, dur), s); Acct a = pick(PARTNERS); String ds = "release_" + ri(100, 999);
                    drip(h, s[0], s[0] + dur, mean, false, sftpServer(h), a, u -> "/data/partners/" + u.name + "/incoming/" + ds + "/" + dataName(), p -> (long) logn(2_000_000, 1.2));
                    incident("low_and_slow", "Partner account " + a.name + " abused: a steady extra stream (one file per ~" + String.format("%.1f", mean) + " min, " + dur / HOUR + " h) onto " + h.name + " that looks like partner dataset drops"); }
                default -> { long dur = (long) ((6 + U() * 5) * HOUR); double mean = 5 + U() * 10;
                    Host h = pickFree(ws, x -> slot(x, 4, 19, 8, 14, 1, dur), s); Acct a = pick(HELPDESK);
                    drip(h, s[0], s[0] + dur, mean, false, SYSP, a, u -> (P(0.5) ? "C:\\Support\\" : "C:\\Users\\Public\\Downloads\\") + wtool(), p -> (long) logn(500_000, 1.5));
                    incident("low_and_slow", "Helpdesk account " + a.name + " used to trickle files onto workstation " + h.name + " (one per ~" + String.format("%.0f", mean) + " min over " + dur / HOUR + " h)"); }
            }
        }
        // ---- night burst on a busy server
        for (int v : CHOSEN[2]) {
            begin();
            switch (v) {
                case 0 -> { Host h = pickFree(fs, x -> slot(x, 4, 19, 25, 28, 1, 2 * HOUR), s); Acct a = pick(h.users); int n = ri(150, 500);
                    session(h, s[0], n, 2 + U() * 6, SYSP, a, winShare("D:\\Shares\\" + Character.toUpperCase(h.dept.charAt(0)) + h.dept.substring(1)), DOCSZ);
                    incident("night_burst_on_busy_server", n + " SMB writes to " + h.name + " between 01:00 and 04:00 by " + a.name + " - a daytime volume, at night"); }
                case 1 -> { Host h = pickFree(role("hpc-login"), x -> slot(x, 4, 19, 26, 29, 0, 2 * HOUR), s); Acct a = pick(RESEARCH); int n = ri(250, 700);
                    session(h, s[0], n, 1 + U() * 4, remoteLinux(h, 0.5, 0.5), a, linuxHome(pick(PROJ)), DATASZ);
                    incident("night_burst_on_busy_server", "Researcher account " + a.name + " used at night: " + n + " files scp/sftp'd to " + h.name + " around 02:00-05:00"); }
                case 2 -> { Host h = pickFree(role("nas"), x -> slot(x, 4, 19, 23.5, 25.5, 0, 2 * HOUR), s); Acct a = pick(h.users); int n = ri(200, 500);
                    session(h, s[0], n, 2 + U() * 5, L_SMBD, a, u -> "/srv/samba/research/" + u.name + "/" + docName(), DOCSZ);
                    incident("night_burst_on_busy_server", n + " Samba writes by " + a.name + " on " + h.name + " late at night"); }
                default -> { Host h = BYNAME.get("fs-students01"); long t = slot(h, 8, 19, 27, 29, 0, 2 * HOUR); Acct a = pick(STUDENTS); int n = ri(150, 400);
                    session(h, t, n, 2 + U() * 5, SYSP, a, u -> "E:\\Homes\\" + u.name + "\\Documents\\" + (P(0.5) ? docName() : wtool()), DOCSZ);
                    incident("night_burst_on_busy_server", "Student account " + a.name + " (phished) writes " + n + " files to its home drive on fs-students01 in the small hours"); }
            }
        }
        // ---- linux scp
        for (int v : CHOSEN[3]) {
            begin();
            switch (v) {
                case 0 -> { Host h = pickFree(role("hpc-cn"), x -> slot(x, 4, 20, 0, 24, 0, HOUR), s); Acct a = pick(RESEARCH); int n = ri(15, 60);
                    String dir = pick(new String[]{"/dev/shm/.x/", "/var/tmp/.ICE-unix/", "/home/" + a.name + "/.cache/.sys/"});
                    session(h, s[0], n, 1 + U() * 3, L_SCP, a, u -> dir + ltool(), p -> (long) logn(800_000, 1.5));
                    incident("linux_scp", "scp of " + n + " tool files into " + dir + " on compute node " + h.name + " as " + a.name); }
                case 1 -> { boolean odd = P(0.5); Host h = pickFree(role("web"), x -> slot(x, 4, 20, odd ? 1 : 11, odd ? 4.2 : 17, odd ? 0 : 2, HOUR), s); int n = ri(20, 120);
                    String site = h.name.startsWith("web03") ? "intranet" : h.name.startsWith("web04") ? "apps" : h.name.startsWith("web05") ? "staging" : "www";
                    String rel = "/var/www/" + site + "/releases/" + ymd(dayOf(s[0])) + String.format("%06d", ri(90000, 175959));
                    session(h, s[0], n, 0.3 + U(), L_SCP, DEPLOY, u -> P(0.3) ? "/var/www/" + site + "/shared/public/uploads/2026/09/" + hex(6) + ".php" : rel + "/public/" + pick(new String[]{"index.php", "wp-cron.php", "xmlrpc.php", "app." + hex(8) + ".js"}), p -> (long) logn(9000, 1.2));
                    incident("linux_scp", "Stolen CI deploy key: " + n + " files (web shells among release-like files) scp'd to " + h.name + " as deploy " + (odd ? "in the early morning" : "on a weekend afternoon, when no pipeline deploys")); }
                case 2 -> { Host h = pickFree(role("rg"), x -> x.enrollL == 0 ? slot(x, 4, 20, 8, 23, 0, HOUR) : -1L, s); Acct a = pick(h.users); int n = ri(30, 200);
                    session(h, s[0], n, 0.5 + U() * 2, L_SCP, a, u -> "/home/" + u.name + "/.local/share/.t/" + ltool(), p -> (long) logn(400_000, 1.8));
                    incident("linux_scp", a.name + "'s account used to scp -r a toolkit (" + n + " files, with a Python library tree) to " + h.name); }
                default -> { List<Host> m = new ArrayList<>(role("misc")); Host h = pickFree(m, x -> slot(x, 4, 20, P(0.5) ? 13 : 22, P(0.5) ? 16 : 25, 0, HOUR), s); int n = ri(10, 40);
                    String tmp = "/home/svc-ansible/.ansible/tmp/ansible-tmp-" + ((BASE + s[0]) / SEC) + ".4021377-" + ri(2000, 90000) + "-" + (long) (U() * 1e14) + "/";
                    session(h, s[0], n, 2 + U() * 5, sftpServer(h), SVC_ANSIBLE, u -> tmp + (P(0.4) ? "AnsiballZ_command.py" : ltool()), p -> (long) logn(300_000, 1.5));
                    incident("linux_scp", "Stolen Ansible key: " + n + " files sftp'd to " + h.name + " as svc-ansible at an hour no playbook runs"); }
            }
        }
        // ---- tool spread
        for (int v : CHOSEN[4]) {
            begin();
            switch (v) {
                case 0, 3 -> { List<Host> pool = new ArrayList<>(); if (v == 0) pool.addAll(ws); else { pool.addAll(fs); for (String n : new String[]{"sis-app01", "fin-app01", "print01", "wsus01", "bkp-win01", "dp01"}) pool.add(BYNAME.get(n)); }
                    int k = v == 0 ? ri(4, 9) : ri(3, 6); Acct a = v == 0 && P(0.5) ? pick(HELPDESK) : pick(ADMINS); long t0 = -1; int d = 0;
                    for (int tr = 0; tr < 300 && t0 < 0; tr++) { d = ri(5, 19); t0 = at(d, v == 0 ? 10 + U() * 8 : 19 + U() * 4); }
                    Collections.shuffle(pool, new Random(R.nextLong())); int done = 0; long t = t0; String payload = pick(new String[]{"svcupd.exe", "WindowsUpdateHelper.exe", "ms_tel.dll", hex(7) + ".exe"});
                    for (Host h : pool) { if (done == k) break; if (!free(h, t, t + HOUR, 3 * HOUR)) continue;
                        int n = v == 0 ? ri(3, 10) : ri(3, 15); long tt = t;
                        for (int i = 0; i < n; i++) { xfer(h, tt, SYSP, 4, a, i == 0 && v == 0 ? "C:\\Windows\\PSEXESVC.exe" : i == 1 ? "C:\\Windows\\" + payload : (v == 0 ? "C:\\Windows\\" : "C:\\Windows\\Temp\\") + wtool(), (long) logn(400_000, 1.2)); tt += (long) (expo(3) * SEC); }
                        done++; t += (long) ((3 + expo(v == 0 ? 12 : 25)) * MIN); }
                    incident("tool_spread", (v == 0 ? "PsExec-style spread" : "Server sweep") + " by " + a.name + ": PSEXESVC/" + payload + " and helpers copied over ADMIN$ to " + done + " " + (v == 0 ? "workstations" : "Windows servers")); }
                case 1 -> { List<Host> pool = new ArrayList<>(role("hpc-cn")); Collections.shuffle(pool, new Random(R.nextLong())); int k = ri(5, 12); Acct a = pick(RESEARCH);
                    long t = at(ri(5, 19), U() * 24); int done = 0; String dir = pick(new String[]{"/var/tmp/.x/", "/home/" + a.name + "/.cache/.sys/", "/dev/shm/.k/"});
                    for (Host h : pool) { if (done == k) break; if (!free(h, t, t + HOUR, 3 * HOUR)) continue;
                        session(h, t, ri(8, 40), 0.5 + U() * 2, L_SCP, a, u -> dir + (P(0.4) ? pick(new String[]{"xmrig", "config.json", "kworker", "watchdog", "cron.sh"}) : ltool()), p -> (long) logn(700_000, 1.5));
                        done++; t += (long) ((2 + expo(18)) * MIN); }
                    incident("tool_spread", "Cryptominer spread over scp by " + a.name + " to " + done + " compute nodes (" + dir + ")"); }
                default -> { List<Host> pool = new ArrayList<>(lab); Collections.shuffle(pool, new Random(R.nextLong())); int k = ri(4, 10); boolean sync = P(0.6);
                    int d; do { d = ri(8, 20); } while (weekend(d)); long t = at(d, sync ? 6.55 + U() * 0.4 : 19 + U() * 3); int done = 0; String app = pick(STAGE_APPS);
                    for (Host h : pool) { if (done == k) break; if (!free(h, t, t + HOUR, 3 * HOUR)) continue;
                        int n = ri(5, 25); long tt = t; for (int i = 0; i < n; i++) { xfer(h, tt, SYSP, 4, SVC_LAB, "C:\\Staging\\" + app + "\\" + (i == 0 ? app + "_updater.exe" : pick(new String[]{"bin\\" + hex(6) + ".dll", "data" + ri(1, 9) + ".cab", "config.xml", wtool()})), (long) logn(900_000, 1.5)); tt += (long) (expo(1.5) * SEC); }
                        done++; t += (long) ((1 + expo(4)) * MIN); }
                    incident("tool_spread", "Compromised svc-labdeploy spreads an implant disguised as " + app + " staging to " + done + " lab PCs " + (sync ? "hidden in the 06:30 course-data sync" : "in the evening")); }
            }
        }
        // ---- new host burst
        for (int j = 0; j < 2; j++) {
            Host h = NEWINC[j]; int v = CHOSEN[5][j]; begin();
            long t = h.enrollL + (long) ((v == 2 ? 0.5 + U() * 5 : 1 + U() * 19) * HOUR);
            switch (v) {
                case 0 -> { Acct a = pick(ADMINS); int n = ri(60, 300); session(h, t, n, 1 + U() * 3, SYSP, a, u -> (P(0.5) ? "C:\\Windows\\Temp\\" : "C:\\ProgramData\\" + pick(new String[]{"Oracle\\", "VMware\\", "Package Cache\\"})) + wtool(), p -> (long) logn(700_000, 1.5));
                    incident("new_host_burst", "New Windows VM " + h.name + " (enrolled " + dayStr(dayOf(h.enrollL)) + ") gets " + n + " files over ADMIN$ from " + a.name + " within hours of joining"); }
                case 1 -> { Acct a = pick(h.users); int n = ri(50, 400); session(h, t, n, 0.5 + U() * 2, remoteLinux(h, 0.6, 0.4), a, u -> P(0.5) ? "/home/" + u.name + "/" + ltool() : "/tmp/." + hex(4) + "/" + ltool(), p -> (long) logn(500_000, 1.6));
                    incident("new_host_burst", "New Linux VM " + h.name + " receives " + n + " files over scp/sftp as " + a.name + " shortly after its agent first reports"); }
                default -> { Acct a = pick(HELPDESK); int n = ri(30, 150); session(h, t, n, 2 + U() * 4, SYSP, a, u -> (P(0.6) ? "C:\\Support\\" + pick(HD_FILES) : "C:\\Users\\Public\\Libraries\\" + wtool()), p -> (long) logn(5_000_000, 1.5));
                    incident("new_host_burst", "Freshly enrolled workstation " + h.name + ": " + a.name + " copies " + n + " files (installers mixed with tools) over C$ right after build"); }
            }
        }
    }

    // ------------------------------------------------------------------------- delivery: outages, lateness, junk
    static void outages() {
        List<Host> pool = new ArrayList<>();
        for (Host h : HOSTS) if (h.enrollL == 0 && (h.role.equals("ws") || h.role.equals("rg") || h.role.equals("hpc-cn") || h.role.equals("lab"))) pool.add(h);
        int made = 0;
        for (int tr = 0; tr < 200 && made < 5; tr++) {
            Host h = pick(pool); long s = at(ri(2, 19), U() * 24), e = s + (long) ((2 + U() * 7) * HOUR);
            if (!free(h, s, e, 2 * HOUR) || !h.out.isEmpty()) continue;
            boolean replay = made == 4;                                   // the last one: a day-old queue replayed after a reboot
            if (replay) e = s + (long) ((1 + U() * 2) * HOUR);
            h.out.add(new long[]{s, e, replay ? e + 26 * HOUR : e});
            made++;
        }
    }
    static Ev raw(Host h, long ts, long arr, String action, Proc p, Acct u, String path) {
        Ev e = new Ev(); e.h = h; e.ts = ts; e.arr = arr; e.action = action; e.p = p; e.u = u; e.path = path;
        e.size = (long) logn(200_000, 1.5); e.pid = p.pid != 0 ? p.pid : h.pidBase + R.nextInt(60000); e.seq = evSeq++;
        EV.add(e); return e;
    }
    static void extras() {
        // a lab PC whose CMOS clock was reset: events dated 2010 arrive in real time until NTP fixes it
        Host lab = pick(role("lab")); int d = ri(3, 19); long arr0 = BASE + at(d, 8 + U());
        long bogus = LocalDate.of(2010, 1, 1).toEpochDay() * 86400L * SEC + 5 * SEC;
        for (int i = 0; i < 45; i++) {
            long dt = (long) (i * 40 * SEC + U() * 20 * SEC);
            if (i % 15 == 7) raw(lab, bogus + dt, arr0 + dt + 2 * SEC, "creation", SYSP, SVC_LAB, "C:\\CourseData\\" + pick(MODULES) + "\\Week1\\notes.docx");
            else raw(lab, bogus + dt, arr0 + dt + 2 * SEC, "creation", SYSP, SYSTEM, etl());
        }
        // a workstation with its clock years ahead (dual-boot RTC confusion), briefly
        Host ws = pick(role("ws")); d = ri(3, 19); arr0 = BASE + at(d, 10 + U() * 6);
        long ahead = (long) ((2.5 * 365 + U() * 30) * DAY);
        for (int i = 0; i < 14; i++) {
            long dt = (long) (i * 90 * SEC);
            raw(ws, arr0 + ahead + dt, arr0 + dt + SEC, "creation", i == 5 ? SYSP : userProc(), i == 5 ? pick(HELPDESK) : ws.owner, i == 5 ? "C:\\Temp\\" + pick(HD_FILES) : userTemp(ws.owner));
        }
        // malformed records, spread over the period, otherwise shaped like transfers
        for (int i = 0; i < 420; i++) {
            Host h = pick(HOSTS); long l = Math.max(h.enrollL, (long) (U() * END));
            Proc p = h.win ? SYSP : remoteLinux(h, 0.3, 0.5);
            Acct u = h.win ? pick(STAFF) : pick(RESEARCH);
            Ev e = raw(h, BASE + l, 0, "creation", p, u, h.win ? winShare("D:\\Shares\\Misc").gen(u) : linuxHome(null).gen(u));
            e.kind = 2; e.bad = 1 + R.nextInt(9);
        }
    }
    static void lateness() {
        for (Ev e : EV) {
            if (e.arr != 0) continue;
            long lat = (long) (logn(1.5, 0.8) * SEC) + (e.h.style == 1 ? (long) (logn(8, 0.5) * SEC) : 0);
            double u = U();
            if (u < 0.02) lat += (long) (expo(60) * SEC);
            else if (u < 0.022) lat += (long) ((10 + U() * 170) * MIN);
            long l = e.ts - BASE;
            for (long[] o : e.h.out) if (l >= o[0] && l < o[1]) lat = o[2] - l + (long) (U() * 6 * MIN);
            e.arr = e.ts + lat;
        }
    }

    // ---------------------------------------------------------------------------------------------- rendering
    static final Object SKIP = new Object();
    static final String[] K = new String[80]; static final Object[] V = new Object[80]; static int NK;
    static void put(String k, Object v) { K[NK] = k; V[NK++] = v; }
    static void set(String k, Object v) { for (int i = 0; i < NK; i++) if (K[i].equals(k)) V[i] = v; }
    static void drop(String prefix) { for (int i = 0; i < NK; i++) if (K[i].startsWith(prefix)) V[i] = SKIP; }
    static final Map<String, String[]> SEGS = new HashMap<>();
    static long seedMix;

    static void ts(StringBuilder sb, long ns, int frac) {
        long secs = Math.floorDiv(ns, SEC); long nano = Math.floorMod(ns, SEC);
        long days = Math.floorDiv(secs, 86400L); int sod = (int) Math.floorMod(secs, 86400L);
        long z = days + 719468, era = Math.floorDiv(z, 146097), doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365, y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153, dd = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9; if (m <= 2) y++;
        sb.append(y).append('-'); pad(sb, m, 2); sb.append('-'); pad(sb, dd, 2); sb.append('T');
        pad(sb, sod / 3600, 2); sb.append(':'); pad(sb, sod / 60 % 60, 2); sb.append(':'); pad(sb, sod % 60, 2);
        if (frac > 0) { sb.append('.'); long f = nano; for (int i = frac; i < 9; i++) f /= 10; pad(sb, f, frac); }
        sb.append('Z');
    }
    static void pad(StringBuilder sb, long v, int w) { String s = Long.toString(v); for (int i = s.length(); i < w; i++) sb.append('0'); sb.append(s); }
    static String tsStr(long ns, int frac) { StringBuilder sb = new StringBuilder(32); ts(sb, ns, frac); return sb.toString(); }
    static final char[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    static String eventId(long seq) {
        long x = seq * 0x9E3779B97F4A7C15L ^ seedMix; char[] c = new char[24];
        for (int i = 0; i < 24; i++) { x ^= x >>> 29; x *= 0xBF58476D1CE4E5B9L; x ^= x >>> 32; c[i] = B64[(int) ((x >>> 20) & 63)]; }
        for (int i = 16; i < 21; i++) c[i] = '+';
        return new String(c);
    }
    static String entity(Host h, int pid) {
        return Base64.getEncoder().encodeToString((h.agentId + "-" + pid + "-" + (h.win ? "133712" : "17") + (pid * 7919L % 100000)).getBytes(StandardCharsets.US_ASCII));
    }

    static void render(Ev e, StringBuilder sb) {
        Host h = e.h; NK = 0;
        if (e.kind == 2 && e.bad == 7) { sb.append("{}"); return; }
        if (e.kind == 2 && e.bad == 8) { sb.append("[]"); return; }
        boolean file = e.kind != 1, re = e.ts >= h.reimagedAt;
        StringBuilder t = new StringBuilder(32); ts(t, e.ts, h.frac); String when = t.toString();
        put("@timestamp", when);
        put("agent.id", re ? h.agentId2 : h.agentId); put("agent.type", "endpoint"); put("agent.version", h.win ? "8.15.2" : "8.15.1");
        String ds = file ? "endpoint.events.file" : "endpoint.events.process";
        put("data_stream.dataset", ds); put("data_stream.namespace", "default"); put("data_stream.type", "logs");
        put("ecs.version", "8.11.0");
        put("event.action", e.action);
        put("event.category", (e.flags & 2) != 0 ? (Object) (file ? "file" : "process") : new String[]{file ? "file" : "process"});
        put("event.created", when); put("event.dataset", ds); put("event.id", eventId(e.seq));
        put("event.ingested", tsStr(e.arr - Math.floorMod(e.arr, SEC), 0));
        put("event.kind", "event"); put("event.module", "endpoint"); put("event.outcome", "success"); put("event.sequence", h.seq++);
        put("event.type", new String[]{!file ? "start" : switch (e.action) { case "creation" -> "creation"; case "deletion" -> "deletion"; default -> "change"; }});
        if (file) {
            String name = baseName(e.path), x = ext(name);
            if (x != null) put("file.extension", x);
            if ((e.flags & 1) == 0) put("file.name", name);
            put("file.path", e.path);
            if (!e.action.equals("deletion")) put("file.size", e.size);
        }
        put("host.architecture", "x86_64"); put("host.hostname", h.win ? h.name.toUpperCase() : h.name.replace(".nbu.ac.uk", ""));
        put("host.id", re ? h.id2 : h.id); put("host.ip", h.win ? new String[]{h.ip, h.ip6, "127.0.0.1", "::1"} : new String[]{h.ip, h.ip6});
        put("host.mac", new String[]{h.mac}); put("host.name", h.name);
        put("host.os.Ext.variant", h.variant); put("host.os.family", h.osFamily); put("host.os.full", h.osFull); put("host.os.kernel", h.kernel);
        put("host.os.name", h.osName); put("host.os.platform", h.platform); put("host.os.type", h.win ? "windows" : "linux"); put("host.os.version", h.osVersion);
        put("message", file ? "Endpoint file event" : "Endpoint process event");
        if (e.p.signer != null) { put("process.code_signature.exists", true); put("process.code_signature.status", "trusted");
            put("process.code_signature.subject_name", e.p.signer); put("process.code_signature.trusted", true); }
        if (e.cmd != null) put("process.command_line", e.cmd);
        put("process.entity_id", entity(h, e.pid)); put("process.executable", e.p.exe); put("process.name", e.p.name); put("process.pid", e.pid);
        if ((e.flags & 4) != 0) put("source.ip", e.src);
        if (h.win) put("user.domain", e.u == SYSTEM || e.u == NETSVC ? "NT AUTHORITY" : "NBU");
        put("user.id", h.win ? e.u.sid : e.u.uid); put("user.name", e.u.name);
        if (e.kind == 2) switch (e.bad) {
            case 1 -> set("@timestamp", SKIP);
            case 2 -> set("@timestamp", pick(new String[]{"17/09/2026 10:22:33", "2026-13-02T10:00:00Z", "", "NaN", "2026-09-3OT07:12:00Z", "yesterday"}));
            case 3 -> set("@timestamp", null);
            case 4 -> drop("host.");
            case 5 -> set("event.category", 7L);
            default -> set("host.name", "");
        }
        write(sb, h.style);
    }
    static void write(StringBuilder sb, int style) {
        String[] open = new String[8]; int depth = 0; boolean comma = false;
        sb.append('{');
        for (int i = 0; i < NK; i++) {
            if (V[i] == SKIP) continue;
            String k = K[i]; String[] seg;
            if (style == 1 || (style == 2 && (k.startsWith("file.") || k.startsWith("user.")))) seg = new String[]{k};
            else seg = SEGS.computeIfAbsent(k, x -> x.split("\\."));
            int c = 0; while (c < depth && c < seg.length - 1 && open[c].equals(seg[c])) c++;
            while (depth > c) { sb.append('}'); depth--; comma = true; }
            for (int j = c; j < seg.length - 1; j++) { if (comma) sb.append(','); str(sb, seg[j]); sb.append(":{"); open[depth++] = seg[j]; comma = false; }
            if (comma) sb.append(','); str(sb, seg[seg.length - 1]); sb.append(':'); val(sb, V[i]); comma = true;
        }
        while (depth-- > 0) sb.append('}');
        sb.append('}');
    }
    static void val(StringBuilder sb, Object v) {
        if (v == null) sb.append("null");
        else if (v instanceof String s) str(sb, s);
        else if (v instanceof String[] a) { sb.append('['); for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); str(sb, a[i]); } sb.append(']'); }
        else sb.append(v);
    }
    static void str(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        sb.append('"');
    }

    // ---------------------------------------------------------------------------------------------------- main
    static boolean counted(Ev e) {                                   // our own reading of the datafeed filter, for the summary
        if (e.kind != 0 || !e.action.equals("creation") || (e.flags & 1) != 0) return false;
        if (e.u == SYSTEM || e.u == ROOT) return false;
        return switch (e.p.name) { case "System", "scp", "sshd", "smbd", "vsftpd", "sftp-server" -> true; default -> false; };
    }
    static String labelJson(Label l) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"label\":"); str(sb, l.label); sb.append(",\"id\":"); str(sb, l.id); sb.append(",\"kind\":"); str(sb, l.kind);
        sb.append(",\"hosts\":"); val(sb, l.hosts.toArray(new String[0]));
        sb.append(",\"start\":"); str(sb, tsStr(l.s - Math.floorMod(l.s, SEC), 0));
        long e = l.e - Math.floorMod(l.e, SEC); if (e < l.e) e += SEC;
        sb.append(",\"end\":"); str(sb, tsStr(e, 0));
        sb.append(",\"description\":"); str(sb, l.desc); sb.append('}');
        return sb.toString();
    }
    public static void main(String[] args) throws IOException {
        long seed = 1; String outDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> outDir = args[++i];
                default -> { System.out.println("usage: java -Xmx2g Fleet4.java --seed N --out DIR\n  writes DIR/fleet.ndjson.gz (Elastic Defend file events, ECS) and DIR/fleet.labels.ndjson"); return; }
            }
        }
        if (outDir == null) { System.out.println("usage: java -Xmx2g Fleet4.java --seed N --out DIR"); return; }
        long t0 = System.nanoTime();
        // Hash the seed and split: SplittableRandom streams of seeds that differ by a multiple of its gamma are the same
        // sequence shifted, and the first rejection loop would re-align them (seeds 1 and 3 gave the same fleet).
        long z = seed ^ 0x5EED4F1EE7L;
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL; z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L; z ^= z >>> 33;
        R = new SplittableRandom(z).split();
        seedMix = R.nextLong();
        makeAccounts(); makeFleet(); plan();
        genWindows(); genLinux();
        benign(); outages(); incidents(); extras(); lateness();
        EV.sort((a, b) -> a.arr != b.arr ? Long.compare(a.arr, b.arr) : Integer.compare(a.seq, b.seq));

        Path dir = Paths.get(outDir); Files.createDirectories(dir);
        Set<String> seen = new TreeSet<>(); long nCounted = 0;
        try (OutputStream os = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve("fleet.ndjson.gz")), 1 << 20), 1 << 16) {
            { def.setLevel(Deflater.BEST_SPEED); } }) {
            StringBuilder sb = new StringBuilder(1 << 21);
            for (Ev e : EV) {
                render(e, sb); sb.append('\n');
                if (e.kind != 2) seen.add(e.h.name);
                if (counted(e)) nCounted++;
                if (sb.length() > (1 << 20)) { os.write(sb.toString().getBytes(StandardCharsets.UTF_8)); sb.setLength(0); }
            }
            os.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        List<Label> ordered = new ArrayList<>();
        for (Label l : LABELS) if (l.label.equals("incident")) ordered.add(l);
        ordered.sort(Comparator.comparing(l -> l.id));
        for (Label l : LABELS) if (l.label.equals("benign")) ordered.add(l);
        try (Writer w = Files.newBufferedWriter(dir.resolve("fleet.labels.ndjson"), StandardCharsets.UTF_8)) {
            for (Label l : ordered) w.write(labelJson(l) + "\n");
        }
        System.err.printf("Fleet4 seed %d: %d events (%d countable transfers), %d hosts, %d labels, %.1f s%n",
                seed, EV.size(), nCounted, seen.size(), ordered.size(), (System.nanoTime() - t0) / 1e9);
    }
}
