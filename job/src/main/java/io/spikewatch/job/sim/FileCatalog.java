package io.spikewatch.job.sim;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Plausible file names, extensions and sizes per {@link FileKind}. Sizes are log-normal around
 * what such files weigh in practice (a Word document tens of KB, an installer tens of MB), so
 * {@code file.size} carries the same information it carries in real data.
 */
final class FileCatalog {

    private static final String[] DOC_STEMS = {"Report", "Invoice", "Q1 forecast", "Budget 2024", "Minutes",
        "Contract", "Presentation", "Proposal", "Timesheet", "Expenses", "Roadmap", "Spec", "Notes", "Plan",
        "Summary", "Draft", "Analysis", "Customer list", "Price list", "Org chart", "Offer", "Agenda", "Checklist",
        "Policy", "Onboarding", "Survey results", "Sales pipeline", "Headcount", "Audit findings", "Release notes"};
    private static final String[] DOC_SUFFIX = {"", "", " v2", " v3", "_final", " (1)", " - Copy", "_draft",
        " 2024-03", "_rev", " FINAL", "_signed"};
    private static final String[] DOC_EXT = {"docx", "xlsx", "pdf", "pptx", "msg", "txt", "csv", "png", "jpg",
        "zip", "tmp", "vsdx", "mp4", "xlsm"};
    private static final double[] DOC_EXT_W = {20, 20, 18, 8, 5, 4, 5, 5, 5, 3, 4, 1, 1, 1};
    private static final String[] SOFTWARE = {"setup.msi", "setup.exe", "data1.cab", "install.xml",
        "Deploy-Application.ps1", "AppDeployToolkitMain.ps1", "config.xml", "vcredist_x64.exe", "update.msp",
        "7z2301-x64.msi", "AcroRdrDCx642400120615_MUI.exe", "Teams_windows_x64.msi", "FirefoxSetup.exe",
        "npp.8.6.4.Installer.x64.exe", "jre-8u401-windows-x64.exe", "ZoomInstallerFull.msi", "agent.msi",
        "Deploy-Application.exe", "AppDeployToolkitConfig.xml", "install.cmd", "uninstall.cmd", "setup.ini"};
    private static final String[] PATCH = {"windows10.0-kb5035845-x64.msu", "windows11.0-kb5035853-x64.msu",
        "windows10.0-kb5034763-x64-ndp48.msu", "ssu-19041.4163-x64.cab", "Windows10.0-KB5035845-x64.psf",
        "msedge_122.0.2365.80.exe", "office_kb5002552.cab", "mpam-fe.exe", "express.cab", "patch.xml"};
    private static final String[] SUPPORT = {"collect-logs.ps1", "Get-SystemInfo.ps1", "procmon64.exe",
        "Autoruns64.exe", "TeamViewerQS.exe", "fix_printer.bat", "reset_network.bat", "logs.zip", "PsExec64.exe",
        "drivers.zip", "setup.log", "DISM_repair.cmd", "bginfo.bmp", "remove_old_profiles.ps1", "dump.dmp"};
    private static final String[] GPO = {"GptTmpl.inf", "Registry.pol", "GPT.INI", "logon.bat", "map_drives.ps1",
        "Groups.xml", "ScheduledTasks.xml", "Printers.xml", "audit.csv", "comment.cmtx"};
    private static final String[] WIN_RELEASE_EXT = {"dll", "dll", "dll", "config", "exe", "js", "css", "json",
        "pdb", "xml"};
    private static final String[] LINUX_RELEASE_EXT = {"jar", "jar", "so", "conf", "yml", "sh", "py", "js", "css",
        "gz", "properties"};
    private static final String[] LINUX_ADMIN = {"notes.txt", "install.sh", "check.py", "config.yml.bak",
        "patch.diff", "dump.sql.gz", "authorized_keys", "nginx.conf", "requirements.txt", "cleanup.sh",
        "pkg.deb", "cert.pem", "app.env", "crontab.bak"};
    private static final String[] FEEDS = {"orders", "stock", "prices", "payments", "customers", "shipments",
        "gl_entries", "leads"};
    private static final String[] FEED_EXT = {"csv.gz", "csv", "json", "xml", "parquet"};
    private static final String[] FTP_EXT = {"xml", "edi", "csv", "pdf", "zip"};
    private static final String[] TOOLS = {"GruntHTTP.exe", "PSEXESVC.exe", "procdump64.exe", "rclone.exe",
        "AdFind.exe", "SharpHound.exe", "Rubeus.exe", "nc64.exe", "plink.exe", "7za.exe", "svcupdate.exe",
        "wbemcomn.dll", "wlbsctrl.dll", "iertutil.dll", "version.dll", "payload.dll", "beacon_x64.dll",
        "install.ps1", "run.bat", "enable_rdp.bat", "collect.ps1", "inv.ps1", "update.ps1", "loader.vbs",
        "pshell.xml", "archive.7z", "data.zip", "tools.zip", "chisel.exe", "mimi.zip"};
    private static final String[] BULK_STEMS = {"python311", "_ctypes", "_socket", "_ssl", "select", "libcrypto-3",
        "libssl-3", "unicodedata", "_hashlib", "_bz2", "_lzma", "pywintypes311", "win32api", "impacket_smb",
        "ntlm", "ldap3", "dcerpc", "msrpc", "kerberos", "secretsdump"};
    private static final String[] BULK_EXT = {"pyd", "dll", "pyc", "dat", "bin", "ps1", "tmp"};
    private static final String[] LINUX_TOOLS = {"kworkerd", "xmrig", "linpeas.sh", "chisel", "pspy64",
        "data.tar.gz", "dump.tar.gz", "libprocesshider.so", "backup_2024.tar.gz", "payload.elf", "run.sh",
        "ssh_keys.tar", "agent", "gs-netcat", "config.json", "sshd_config.bak", "db_export.tar.gz"};

    /** A file for a session of the given kind; {@code tMs} dates files that carry a date. */
    FileRef file(FileKind kind, String dir, long tMs, Rand rng) {
        return switch (kind) {
            case DOCUMENT, FTP_DOCUMENT, BACKUP_COPY -> document(kind, dir, tMs, rng);
            case SOFTWARE -> named(dir, rng.pick(SOFTWARE), rng);
            case PATCH -> named(dir, rng.pick(PATCH), rng);
            case SUPPORT_TOOL -> named(dir, rng.pick(SUPPORT), rng);
            case GPO -> named(dir, rng.pick(GPO), rng);
            case SQL -> named(dir, rng.chance(0.7) ? "deploy_" + rng.between(100, 999) + ".sql"
                    : rng.pick(Fleet.APPS) + "_" + date(tMs) + ".bak", rng);
            case SCCM_BLOB -> new FileRef(dir, rng.hex(40).toUpperCase(Locale.ROOT), null,
                    (long) rng.logNormal(2_000_000, 1.8));
            case WINDOWS_RELEASE -> named(dir, cap(rng.pick(Fleet.APPS)) + "." + rng.pick(BULK_STEMS).replace("_", "")
                    + "." + rng.pick(WIN_RELEASE_EXT), rng);
            case LINUX_RELEASE -> named(dir, rng.pick(Fleet.APPS) + "-" + rng.pick(BULK_STEMS).replace("_", "")
                    + "-1." + rng.between(0, 9) + "." + rng.pick(LINUX_RELEASE_EXT), rng);
            case LINUX_ADMIN_FILE -> named(dir, rng.pick(LINUX_ADMIN), rng);
            case FEED -> named(dir, rng.pick(FEEDS) + "_" + stamp(tMs) + "_" + rng.between(1, 99) + "."
                    + rng.pick(FEED_EXT), rng);
            case ATTACK_TOOL -> named(dir, rng.pick(TOOLS), rng);
            case ATTACK_STAGING -> named(dir, rng.pick(BULK_STEMS) + "_" + rng.hex(4) + "." + rng.pick(BULK_EXT), rng);
            case LINUX_ATTACK -> named(dir, rng.chance(0.6) ? rng.pick(LINUX_TOOLS)
                    : "." + rng.hex(6) + (rng.chance(0.5) ? ".so" : ""), rng);
        };
    }

    private FileRef document(FileKind kind, String dir, long tMs, Rand rng) {
        if (kind == FileKind.FTP_DOCUMENT) {
            String ext = rng.pick(FTP_EXT);
            String stem = rng.chance(0.5) ? "ORD" + rng.between(1_000_000, 9_999_999) : "INV_" + date(tMs) + "_"
                    + rng.between(1, 500);
            return new FileRef(dir, stem + "." + ext, ext, size(ext, rng));
        }
        int e = rng.weighted(DOC_EXT_W);
        String ext = DOC_EXT[e];
        String stem = rng.pick(DOC_STEMS) + rng.pick(DOC_SUFFIX);
        if (ext.equals("tmp")) {
            // Office saves through a temporary file; the lock file is the other common artefact
            return rng.chance(0.5)
                    ? new FileRef(dir, "~WRL" + String.format(Locale.ROOT, "%04d", rng.between(1, 9999)) + ".tmp", "tmp",
                            size("docx", rng))
                    : new FileRef(dir, "~$" + stem.substring(Math.min(2, stem.length())) + ".docx", "docx", 162);
        }
        if (ext.equals("png") || ext.equals("jpg")) {
            stem = rng.chance(0.5) ? "IMG_" + rng.between(1000, 9999) : "Screenshot " + date(tMs) + " "
                    + rng.between(100000, 235959);
        }
        return new FileRef(dir, stem + "." + ext, ext, size(ext, rng));
    }

    private FileRef named(String dir, String name, Rand rng) {
        String ext = extension(name);
        return new FileRef(dir, name, ext, size(ext, rng));
    }

    /** Extension after the last dot, {@code null} if none or if the name is a dot-file. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return null;
        }
        return name.substring(dot + 1);
    }

    static long size(String ext, Rand rng) {
        if (ext == null) {
            return (long) rng.logNormal(900_000, 1.2);
        }
        double median;
        double sigma;
        switch (ext) {
            case "docx", "pptx" -> { median = ext.equals("docx") ? 60_000 : 2_000_000; sigma = 1.0; }
            case "xlsx", "xlsm", "msg", "vsdx" -> { median = 90_000; sigma = 1.2; }
            case "pdf" -> { median = 300_000; sigma = 1.2; }
            case "txt", "log", "ini", "inf", "cmd", "bat", "ps1", "vbs", "sh", "py", "sql", "conf", "yml",
                    "properties", "env", "cmtx", "diff", "pem", "bak", "config", "json", "xml", "edi", "csv",
                    "INI", "pol" -> { median = 6_000; sigma = 1.3; }
            case "png", "jpg", "bmp" -> { median = 400_000; sigma = 1.0; }
            case "zip", "7z", "gz", "tar", "dmp" -> { median = 8_000_000; sigma = 1.6; }
            case "mp4" -> { median = 60_000_000; sigma = 1.0; }
            case "exe", "msi", "msp", "msu", "cab", "psf", "elf" -> { median = 6_000_000; sigma = 1.3; }
            case "dll", "so", "pyd", "jar" -> { median = 400_000; sigma = 1.2; }
            case "deb", "parquet" -> { median = 3_000_000; sigma = 1.0; }
            default -> { median = 40_000; sigma = 1.5; }
        }
        return Math.max(1, (long) rng.logNormal(median, sigma));
    }

    static String date(long tMs) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(tMs, 1000), 0, ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%04d-%02d-%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth());
    }

    static String stamp(long tMs) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(tMs, 1000), 0, ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%04d%02d%02d%02d%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute());
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
