package io.spikewatch.model;

/**
 * What a file's name says about how it was made. Ransomware that encrypts a share over SMB writes
 * each document back under its own name with an extension appended ({@code Budget.xlsx.lockbit},
 * {@code IMG_4752.jpg.3ldyw}, {@code Contract.docx.BlackByte}, {@code Q3.pdf.royal_w}): a
 * document's extension followed by one that is not an archive, backup or signature suffix. On a
 * file server that burst lands in the very folders users fill every day, so where files land says
 * nothing about it; their names do. Nor does a toolkit's size or place tell it from a rollout, but
 * {@code AdFind.exe} and {@code aswArPot.sys} do ({@link #isAttackTool}). Allocation-free.
 */
public final class FileNames {

    /** Extensions of documents, images, mail and data that ransomware encrypts (lower case). */
    private static final String[] DOCUMENTS = {
        "doc", "docx", "docm", "dot", "dotx", "xls", "xlsx", "xlsm", "xlsb", "csv", "ppt", "pptx", "pptm", "pdf",
        "txt", "rtf", "odt", "ods", "odp", "msg", "eml", "pst", "ost", "one", "vsd", "vsdx", "pub", "jpg", "jpeg",
        "png", "gif", "bmp", "tif", "tiff", "heic", "psd", "ai", "svg", "dwg", "dxf", "mp3", "mp4", "mov", "avi",
        "wav", "zip", "7z", "rar", "tar", "xml", "json", "html", "htm", "sql", "db", "mdb", "accdb", "sqlite",
        "bak", "dcm", "dicom", "hl7", "md", "key", "pages", "numbers", "qbw",
        // design, engineering and media production: scenes, comps, projects, frames
        "nk", "exr", "dpx", "ma", "mb", "hip", "hipnc", "blend", "c4d", "max", "fbx", "abc", "usd", "obj", "aep",
        "prproj", "indd", "rvt", "skp", "step", "stp", "stl"};
    /**
     * Suffixes people and tools append to a document without encrypting it: compression (dnf's
     * {@code primary.xml.zck} too), backups and copies, autosaves, partial downloads, signatures and
     * checksums, shortcuts, editors' locks, exports, and what code trees append: template engines'
     * suffixes, samples and defaults.
     */
    private static final String[] BENIGN_SUFFIXES = {
        "gz", "bz2", "xz", "zst", "zip", "7z", "rar", "tar", "bak", "old", "orig", "tmp", "temp", "swp", "lnk",
        "url", "part", "partial", "crdownload", "download", "sig", "asc", "p7m", "p7s", "sha256", "sha1", "md5",
        "lock", "backup", "copy", "txt", "pdf", "autosave", "zck", "br", "lz4", "lzma",
        // templates and their engines, samples and defaults: a web release's base.html.twig, config.xml.dist
        "twig", "erb", "j2", "jinja", "jinja2", "tmpl", "tpl", "mustache", "hbs", "handlebars", "ejs", "liquid",
        "njk", "php", "dist", "example", "sample", "template", "default", "in", "new", "save", "rej"};

    /**
     * File names of tools that intrusions bring and administrators do not push (lower case, exact):
     * credential theft, directory and network reconnaissance, tunnels and exfiltration, the
     * vulnerable drivers ransomware loads to kill endpoint protection, C2 frameworks' default
     * artefacts, and on Linux the privilege-escalation scouts, process hiders (with the
     * {@code ld.so.preload} that loads them) and coin miners of cloud and web-server intrusions, as
     * incident reports name them again and again. Dual-use administration tools (PsExec, ProcDump,
     * 7-Zip, PuTTY's plink, remote-support agents, and on Linux {@code socat} and {@code nc}, which
     * distributions ship) are left out on purpose: helpdesks and administrators copy them too. A
     * renamed tool is not caught by its name; this only ever adds to what the counts say.
     */
    private static final String[] ATTACK_TOOLS = {
        // credential theft
        "mimikatz.exe", "mimidrv.sys", "mimilib.dll", "mimispool.dll", "lazagne.exe", "rubeus.exe", "kekeo.exe",
        "safetykatz.exe", "sharpkatz.exe", "nanodump.exe", "pypykatz.exe", "invoke-mimikatz.ps1",
        "invoke-kerberoast.ps1", "certify.exe", "sharpdpapi.exe", "sharpchrome.exe", "secretsdump.py",
        // directory and network reconnaissance
        "sharphound.exe", "sharphound.ps1", "azurehound.exe", "adfind.exe", "adrecon.ps1", "pingcastle.exe",
        "seatbelt.exe", "sharpview.exe", "sharpup.exe", "powerview.ps1", "powerup.ps1", "invoke-sharefinder.ps1",
        "netscan.exe", "advanced_ip_scanner.exe", "advanced_port_scanner.exe", "masscan.exe", "snaffler.exe",
        // tunnels and exfiltration
        "chisel.exe", "ngrok.exe", "nc.exe", "nc64.exe", "ncat.exe", "socat.exe", "frpc.exe", "ligolo.exe",
        "rclone.exe", "rclone.conf", "megasync.exe", "mega-cmd.exe",
        // vulnerable drivers loaded to kill endpoint protection, and the kits that load them
        "aswarpot.sys", "rtcore64.sys", "gdrv.sys", "mhyprot2.sys", "dbutil_2_3.sys", "procexp152.sys",
        "zam64.sys", "zamguard64.sys", "truesight.sys", "gmer.exe", "pchunter64.exe", "defendercontrol.exe",
        "backstab.exe", "edrsandblast.exe",
        // lateral movement and C2 frameworks' defaults
        "crackmapexec.exe", "wmiexec.py", "smbexec.py", "psexec.py", "remcom.exe", "csexec.exe",
        "beacon.exe", "beacon_x64.dll", "beacon.dll", "artifact.exe", "grunthttp.exe", "sliver.exe",
        // Linux: privilege-escalation scouts, credential theft, tunnels, implants, process hiders, miners
        "linpeas.sh", "linpeas", "linenum.sh", "lse.sh", "les.sh", "linux-exploit-suggester.sh", "pspy", "pspy32",
        "pspy64", "mimipenguin", "mimipenguin.sh", "mimipenguin.py", "chisel", "gost", "gost.exe", "frpc", "frps",
        "ligolo-agent", "ligolo-proxy", "ligolo-agent.exe", "sliver-client", "sliver-server", "libprocesshider.so",
        "ld.so.preload", "gs-netcat", "gsocket", "gs-sftp", "gs-mount", "xmrig", "xmrig-notls", "xmrig.exe", "kinsing",
        "kdevtmpfsi",
        // Linux: binaries named as kernel threads so that ps shows nothing odd (no package installs a
        // file by such a name), miners' and rootkits' favourite disguise: Outlaw's kswapd0, the
        // kworkerds, kthreaddi and ksoftirqds miners, the watchdogs/kerberods worm
        "kworker", "kworkerds", "kswapd0", "kthreadd", "kthreaddi", "ksoftirqd", "ksoftirqds", "watchdogs",
        "kerberods"};
    /**
     * Windows' own processes (lower case): no administrator copies {@code svchost.exe} or
     * {@code RuntimeBroker.exe} over a share into {@code C:\Users\Public} or a temp folder; malware
     * named as them does, so that a process list shows nothing odd ({@link #isMasquerade}).
     */
    private static final String[] SYSTEM_PROCESSES = {
        "svchost.exe", "lsass.exe", "csrss.exe", "smss.exe", "services.exe", "winlogon.exe", "wininit.exe",
        "spoolsv.exe", "runtimebroker.exe", "taskhostw.exe", "taskhost.exe", "dllhost.exe", "conhost.exe",
        "explorer.exe", "sihost.exe", "ctfmon.exe", "dwm.exe", "fontdrvhost.exe", "lsaiso.exe", "wmiprvse.exe",
        "searchindexer.exe", "audiodg.exe"};
    /**
     * Suffixes a file carries while it is on its way: an upload's partial file, an atomic write's
     * new file renamed into place once complete ({@code ld.so.preload.new}).
     */
    private static final String[] IN_FLIGHT_SUFFIXES = {
        "new", "tmp", "part", "filepart", "partial", "download", "crdownload"};

    /**
     * Extensions a web server runs as code (PHP, JSP, ASP.NET, ColdFusion): a web shell is one of
     * these where the application stores what its users upload ({@link TransferLocations#isUploadFolder}).
     */
    private static final String[] SERVER_SCRIPTS = {
        "php", "php3", "php4", "php5", "php7", "php8", "phtml", "phar", "pht", "jsp", "jspx", "asp", "aspx", "ashx",
        "asmx", "cfm"};

    private FileNames() {}

    /**
     * Whether {@code name} is one of Windows' own processes ({@link #SYSTEM_PROCESSES}), ignoring
     * case: written remotely into a staging location, that is a disguise (MITRE T1036.005), and the
     * caller counts it as an attack tool.
     */
    public static boolean isMasquerade(String name) {
        return name != null && isOneOf(name, 0, name.length(), SYSTEM_PROCESSES);
    }

    /**
     * Whether a file {@code name} written into {@code directory} is a web shell: a script a web
     * server runs ({@link #isServerScript}) in an upload folder ({@link TransferLocations#isUploadFolder}).
     * Not an {@code index.php}: applications ship one into their upload folders to stop directory
     * listing ("silence is golden"), so a release carries it.
     */
    public static boolean isWebShell(String name, String directory) {
        return isServerScript(name) && !"index.php".equalsIgnoreCase(name)
                && TransferLocations.isUploadFolder(directory);
    }

    /** Whether {@code name} ends with an extension a web server runs as code ({@link #SERVER_SCRIPTS}). */
    public static boolean isServerScript(String name) {
        if (name == null) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && isOneOf(name, dot + 1, name.length(), SERVER_SCRIPTS);
    }

    /**
     * Extensions of what an installer cache holds (WiX Burn's {@code Package Cache}): installers and
     * their cabinets, patches, transforms and packages, Burn's state, its manifests and helper DLLs.
     */
    private static final String[] INSTALLER_PAYLOADS = {
        "exe", "msi", "msp", "msu", "mst", "cab", "msix", "msixbundle", "appx", "appxbundle", "rsm", "xml", "dll"};

    /** Whether {@code name} is an installer's payload ({@link #INSTALLER_PAYLOADS}), ignoring case; {@code null} is not. */
    public static boolean isInstallerPayload(String name) {
        if (name == null) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && isOneOf(name, dot + 1, name.length(), INSTALLER_PAYLOADS);
    }

    /** Whether {@code name} is the file name of a tool intrusions bring ({@link #ATTACK_TOOLS}), ignoring case. */
    public static boolean isAttackTool(String name) {
        if (name == null) {
            return false;
        }
        if (isOneOf(name, 0, name.length(), ATTACK_TOOLS)) {
            return true;
        }
        int last = name.lastIndexOf('.');
        return last > 0 && isOneOf(name, last + 1, name.length(), IN_FLIGHT_SUFFIXES)
                && isOneOf(name, 0, last, ATTACK_TOOLS);
    }

    /**
     * Whether {@code name} reads as a document with an extension appended that is not a benign
     * suffix nor a number (a rotation or a version): {@code <base>.<document extension>.<other>},
     * case-insensitive; {@code null} is not.
     */
    public static boolean looksEncrypted(String name) {
        if (name == null) {
            return false;
        }
        int last = name.lastIndexOf('.');
        if (last <= 0 || last == name.length() - 1) {
            return false;
        }
        int inner = name.lastIndexOf('.', last - 1);
        if (inner <= 0) {
            return false; // one extension, or a dot file
        }
        return isOneOf(name, inner + 1, last, DOCUMENTS) && !isOneOf(name, last + 1, name.length(), BENIGN_SUFFIXES)
                && !isNumber(name, last + 1);
    }

    /** Whether {@code name} from {@code from} to its end is digits only. */
    private static boolean isNumber(String name, int from) {
        for (int i = from; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code name[from, to)} equals one of {@code words}, ignoring case. */
    private static boolean isOneOf(String name, int from, int to, String[] words) {
        int length = to - from;
        for (String w : words) {
            if (w.length() == length && name.regionMatches(true, from, w, 0, length)) {
                return true;
            }
        }
        return false;
    }
}
