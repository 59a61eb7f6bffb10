package io.spikewatch.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where lateral tool transfer lands. Tools copied to another machine go where the copying
 * account can write and the operator can run them from: the {@code ADMIN$} share
 * ({@code C:\Windows} and its {@code Temp}, {@code Tasks}, {@code System32}), {@code C:\ProgramData},
 * {@code C:\Users\Public}, {@code C:\PerfLogs}, the {@code AppData} of a local profile
 * ({@code C:\Users\<name>\AppData}: its {@code Temp}, where malware also persists) and the part of
 * any profile that never roams, wherever the profile lives ({@code AppData\Local}, {@code LocalLow}:
 * a terminal server's {@code D:\UserData\ann\AppData\Local\Microsoft\Windows\INetCache}), the recycle
 * bin, the folders driver installers unpack into at the drive's root ({@code C:\Intel},
 * {@code C:\AMD}, {@code C:\NVIDIA}: present on most machines, written locally, never over a share,
 * so an intruder's kit in {@code C:\Intel\Logs} looks at home); on Linux {@code /tmp},
 * {@code /var/tmp}, {@code /dev/shm}; on either, a hidden directory (a path component starting with
 * a dot). Software distribution caches under {@code C:\Windows}
 * ({@code ccmcache}, and {@code ccmsetup} where a Configuration Manager client push copies the
 * client over {@code ADMIN$}; {@code SoftwareDistribution}, {@code WinSxS}, {@code Installer}, PDQ's
 * {@code AdminArsenal}), a domain controller's {@code SYSVOL}, {@code ProgramData\Package Cache}
 * and an installer's {@code Windows\Temp\{GUID}} are where patches and software land and do not
 * count (but {@code Package Cache} holds installers only: documents, logs or archive volumes
 * written into it are staged, {@link #isStrayInInstallerCache}); nor do the roaming {@code AppData} folders of roaming profiles and folder redirection on a
 * file server ({@code E:\Profiles\ann.V6\AppData\Roaming}: every logoff writes there), Ansible's remote
 * {@code .ansible/tmp} or the agent sockets sshd creates in {@code /tmp/ssh-XXXXXXXXXX}.
 *
 * <p>A fleet adds its own ({@code detector.staging.include}: a drop share its admins never use,
 * say) and takes out where its agents or deployment tool write ({@code detector.staging.exclude},
 * such as {@code C:\ProgramData\Vendor\Updates}); an exclusion wins over an inclusion, both over
 * the built-in list ({@link PathGlob} patterns).
 *
 * <p>Documents saved to shares, user folders, application and release directories are ordinary
 * locations; {@link #placeBit} names the place (its first {@code detector.place-depth} path
 * components, 3 by default, such as {@code D:\Shares\Legal} or {@code /mnt/pool01/projects}, but
 * no deeper than a folder of home folders such as {@code E:\Home} or {@code /home}: few enough per
 * host, a file server's many department shares and home directories included, that its 63 bits
 * stay sparse) so a host can remember where it usually receives files. Both tests are
 * allocation-free.
 */
public final class TransferLocations implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    /** Path components (a drive letter counts as one) that name a place, by default. */
    public static final int DEFAULT_PLACE_DEPTH = 3;
    /**
     * Folders whose subfolders are people's own (homes, profiles, SFTP folders): a place is never
     * deeper than one of them ({@link #placeBit}).
     */
    static final List<String> HOME_ROOTS = List.of("home", "homes", "users", "profiles", "userdata", "sftp",
            "Documents and Settings");
    /** Bits a place can take in a host's place memory (bit 63 is never a place's: {@link #placeBit}). */
    public static final int PLACE_BITS = 63;
    /** The largest place depth accepted: deeper, a file server's folders fill the place bits. */
    public static final int MAX_PLACE_DEPTH = 4;
    /** The built-in staging list, nothing added or removed, places three components deep. */
    public static final TransferLocations DEFAULT = new TransferLocations(List.of(), List.of(), DEFAULT_PLACE_DEPTH);

    private static final String[] WINDOWS_ROOTS = {"windows", "programdata", "perflogs", "users\\public",
        "$recycle.bin", "intel", "amd", "nvidia"};
    /** The installer cache that holds installers only ({@link #isStrayInInstallerCache}), below a drive. */
    private static final String PACKAGE_CACHE = "programdata\\package cache";
    private static final String[] WINDOWS_CACHES = {"windows\\ccmcache", "windows\\ccmsetup", "windows\\softwaredistribution",
        "windows\\winsxs", "windows\\installer", "windows\\sysvol", PACKAGE_CACHE,
        "windows\\adminarsenal"};
    private static final String[] LINUX_ROOTS = {"/tmp", "/var/tmp", "/dev/shm"};
    /** Ansible's remote temporary folder ({@code remote_tmp}, {@code ~/.ansible/tmp} by default). */
    private static final String ANSIBLE_TMP = "/.ansible/tmp";
    /** Where sshd creates a forwarded agent's socket: {@code /tmp/ssh-XXXXXXXXXX/agent.<pid>}. */
    private static final String SSH_AGENT_DIR = "/tmp/ssh-";

    private final PathGlob[] include;
    private final PathGlob[] exclude;
    private final int placeDepth;

    /**
     * The built-in list with {@code include} added and {@code exclude} taken out, places
     * {@code placeDepth} components deep.
     *
     * @throws IllegalArgumentException naming the config key of a bad pattern or depth
     */
    public TransferLocations(List<String> include, List<String> exclude, int placeDepth) {
        if (placeDepth < 1 || placeDepth > MAX_PLACE_DEPTH) {
            throw new IllegalArgumentException("detector.place-depth: accepted 1.." + MAX_PLACE_DEPTH + ", got "
                    + placeDepth);
        }
        this.include = include.stream().map(p -> PathGlob.parse("detector.staging.include", p))
                .toArray(PathGlob[]::new);
        this.exclude = exclude.stream().map(p -> PathGlob.parse("detector.staging.exclude", p))
                .toArray(PathGlob[]::new);
        this.placeDepth = placeDepth;
    }

    /** The patterns added to the built-in staging list, as written. */
    public List<String> include() {
        return patterns(include);
    }

    /** The patterns taken out of it, as written. */
    public List<String> exclude() {
        return patterns(exclude);
    }

    /** Path components that name a place. */
    public int placeDepth() {
        return placeDepth;
    }

    /**
     * Whether a file written into {@code directory} landed in a staging location: not excluded,
     * and included or on the built-in list; {@code null} is not.
     */
    public boolean isStaging(String directory) {
        return isStaging(directory, null);
    }

    /** Whether the file of {@code e} landed in a staging location (its {@link #directoryOf directory}). */
    public boolean isStaging(FileEvent e) {
        return isStaging(directoryOf(e), e.fileName());
    }

    /**
     * Whether a file named {@code fileName} (may be null) written into {@code directory} was staged:
     * not excluded, and the directory is included or on the built-in list, or the file is a stray in
     * an installer cache ({@link #isStrayInInstallerCache}).
     */
    public boolean isStaging(String directory, String fileName) {
        if (directory == null || directory.isEmpty() || excluded(directory)) {
            return false;
        }
        for (PathGlob g : include) {
            if (g.matches(directory)) {
                return true;
            }
        }
        return isBuiltInStaging(directory) || isStrayInInstallerCache(directory, fileName);
    }

    /**
     * Whether a file is a stray in an installer cache: {@code ProgramData\Package Cache} holds
     * installers (WiX Burn caches its bundles' packages there, {@link FileNames#isInstallerPayload}), so
     * documents, archive volumes, logs and scripts written into it over a share were put there to
     * blend in, not cached (the folder itself stays off the staging list for the installers).
     */
    static boolean isStrayInInstallerCache(String directory, String fileName) {
        return fileName != null && isInstallerCache(directory) && !FileNames.isInstallerPayload(fileName);
    }

    /** Whether {@code directory} is in an installer cache ({@code ProgramData\Package Cache} below a drive). */
    static boolean isInstallerCache(String directory) {
        return directory != null && isDrivePath(directory) && underRoot(directory, 3, PACKAGE_CACHE);
    }

    /** Whether {@code directory} matches one of the fleet's exclusions ({@code detector.staging.exclude}). */
    private boolean excluded(String directory) {
        for (PathGlob g : exclude) {
            if (g.matches(directory)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code directory} is on the built-in staging list (see the class comment). */
    static boolean isBuiltInStaging(String directory) {
        if (directory.charAt(0) == '/' && containsComponents(directory, ANSIBLE_TMP)) {
            return false; // hidden, but Ansible's own
        }
        if (hasHiddenComponent(directory)) {
            return true;
        }
        if (directory.charAt(0) == '/') {
            if (directory.startsWith(SSH_AGENT_DIR) && directory.indexOf('/', SSH_AGENT_DIR.length()) < 0) {
                return false;
            }
            for (String root : LINUX_ROOTS) {
                if (underRoot(directory, 0, root)) {
                    return true;
                }
            }
            return false;
        }
        if (!isDrivePath(directory)) {
            return false;
        }
        if (isLocalProfileAppData(directory) || isMachineLocalAppData(directory)) {
            return true;
        }
        for (String cache : WINDOWS_CACHES) {
            if (underRoot(directory, 3, cache)) {
                return false;
            }
        }
        if (underRoot(directory, 3, "windows\\temp") && isGuid(directory, 3 + "windows\\temp\\".length())) {
            return false; // an installer unpacking into C:\Windows\Temp\{GUID}
        }
        for (String root : WINDOWS_ROOTS) {
            if (underRoot(directory, 3, root)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The directory of an event: {@code file.directory}, else the part of {@code file.path} before
     * the file name (Elastic Defend's file events carry only {@code file.path}); {@code null} if neither.
     */
    public static String directoryOf(FileEvent e) {
        String dir = e.fileDirectory();
        if (dir != null) {
            return dir;
        }
        String path = e.filePath();
        if (path == null) {
            return null;
        }
        int cut = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
        return cut > 0 ? path.substring(0, cut) : null;
    }

    /**
     * One of the low {@value #PLACE_BITS} bits standing for the place of {@code directory} (its
     * first {@link #placeDepth} components, case-insensitive, either separator, but no deeper than
     * a folder of home folders ({@link #HOME_ROOTS}: every {@code E:\Home\<user>} is the one place
     * {@code E:\Home}, so a file server's hundreds of homes do not fill the bits and let a new
     * folder pass as familiar by sharing a bit with one of them); 0 for {@code null} or an empty
     * directory. The top bit is never a place's, so a host's place memory can mark itself as
     * relearning ({@link HostState#rootsOld}).
     */
    public long placeBit(String directory) {
        if (directory == null) {
            return 0;
        }
        long h = 0xcbf29ce484222325L;
        int components = 0;
        boolean inComponent = false;
        boolean any = false;
        int start = 0;
        for (int i = 0; i < directory.length(); i++) {
            char c = directory.charAt(i);
            if (PathGlob.isSeparator(c)) {
                if (inComponent && (++components == placeDepth || isHomeRoot(directory, start, i))) {
                    break;
                }
                inComponent = false;
                continue;
            }
            if (!inComponent) {
                h = (h ^ '/') * 0x100000001b3L;
                inComponent = true;
                start = i;
            }
            h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
            any = true;
        }
        return any ? 1L << Long.remainderUnsigned(h * 0x9E3779B97F4A7C15L, PLACE_BITS) : 0;
    }

    /** Whether component {@code [from, to)} of {@code dir} is a folder of home folders ({@link #HOME_ROOTS}). */
    private static boolean isHomeRoot(String dir, int from, int to) {
        for (String root : HOME_ROOTS) {
            if (root.length() == to - from && dir.regionMatches(true, from, root, 0, root.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code dir} from {@code offset} is {@code root} itself or below it (case-insensitive). */
    /** Whether {@code dir} starts with a drive letter and its separator: "C:\...". */
    private static boolean isDrivePath(String dir) {
        return dir.length() >= 3 && dir.charAt(1) == ':' && dir.charAt(2) == '\\';
    }

    private static boolean underRoot(String dir, int offset, String root) {
        int end = offset + root.length();
        if (!dir.regionMatches(true, offset, root, 0, root.length())) {
            return false;
        }
        return endsComponent(dir, end);
    }

    /** Whether {@code dir} (after its drive) is {@code Users\<name>\AppData} or below it. */
    private static boolean isLocalProfileAppData(String dir) {
        if (!dir.regionMatches(true, 3, "users\\", 0, 6)) {
            return false;
        }
        int name = dir.indexOf('\\', 9);
        return name > 9 && underRoot(dir, name + 1, "appdata");
    }

    /**
     * Whether {@code dir} is a profile's {@code AppData\Local} or {@code AppData\LocalLow} (or below),
     * wherever the profile lives ({@code D:\UserData\ann\AppData\Local\Microsoft\Windows\INetCache}
     * on a terminal server): "local" is the part of a profile that never roams, written by programs
     * running on that machine, so a file arriving there over a share or SSH was put there from outside.
     */
    private static boolean isMachineLocalAppData(String dir) {
        return containsComponents(dir, "\\appdata\\local") || containsComponents(dir, "\\appdata\\locallow");
    }

    /** Whether {@code dir} holds {@code part} (ignoring case) ending at a component's end. */
    private static boolean containsComponents(String dir, String part) {
        for (int i = 0; i + part.length() <= dir.length(); i++) {
            if (dir.regionMatches(true, i, part, 0, part.length())) {
                if (endsComponent(dir, i + part.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a path component ends at {@code i}: a separator or the end of {@code dir}. */
    private static boolean endsComponent(String dir, int i) {
        return i >= dir.length() || PathGlob.isSeparator(dir.charAt(i));
    }

    /**
     * Whether {@code directory} is a hidden directory outside home directories ({@code /tmp/.x},
     * {@code /var/tmp/.cache}, {@code /opt/.backup}, {@code /usr/local/share/.fonts}): where tools
     * are hidden (MITRE T1564.001). Dot folders in a home ({@code ~/.ssh}, {@code ~/.vscode-server},
     * {@code ~/.config}) are how people work and do not count.
     */
    public static boolean isHiddenDrop(String directory) {
        return directory != null && !directory.isEmpty() && directory.charAt(0) == '/'
                && !underRoot(directory, 0, "/home") && !underRoot(directory, 0, "/root")
                && hasHiddenComponent(directory) && !containsComponents(directory, ANSIBLE_TMP);
    }

    /**
     * Whether {@code directory} is where a web application stores its users' uploads: a component
     * named {@code upload} or {@code uploads} ({@code /var/www/site/shared/public/uploads/2026/09},
     * {@code wp-content/uploads}, {@code C:\inetpub\wwwroot\App\Uploads}). A script a web server
     * runs as code ({@link FileNames#isServerScript}) does not belong there: it is how a web shell is
     * planted (MITRE ATT&CK T1505.003). Allocation-free.
     */
    public static boolean isUploadFolder(String directory) {
        if (directory == null) {
            return false;
        }
        for (int i = 0; i + 7 <= directory.length(); i++) {
            if (PathGlob.isSeparator(directory.charAt(i)) && directory.regionMatches(true, i + 1, "upload", 0, 6)) {
                int end = i + 7;
                if (endsComponent(directory, end)
                        || ((directory.charAt(end) == 's' || directory.charAt(end) == 'S') && endsComponent(directory, end + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code directory} is the account {@code user}'s own: below a component named as the
     * account ({@code /home/jdoe/work}, {@code /srv/sftp/jdoe}, {@code D:\\Home\\jdoe},
     * {@code E:\\Profiles\\jdoe.V6\\AppData}: the name, then its end or a dot suffix), with no
     * hidden folder below it. People fill their own folders in bulk: a project tree copied into
     * one's home on a build server, a roaming profile synchronised, an upload into one's SFTP folder.
     * Names shorter than three characters never match. Allocation-free.
     */
    public static boolean isOwnPlace(String directory, String user) {
        if (directory == null || user == null || user.length() < 3) {
            return false;
        }
        int n = user.length();
        for (int i = 0; i + n < directory.length(); i++) {
            if (PathGlob.isSeparator(directory.charAt(i)) && directory.regionMatches(true, i + 1, user, 0, n)
                    && (endsComponent(directory, i + 1 + n) || directory.charAt(i + 1 + n) == '.')) {
                return !hasHiddenComponent(directory, i + 1 + n);
            }
        }
        return false;
    }

    /** A component starting with a dot, other than {@code .} and {@code ..}. */
    private static boolean hasHiddenComponent(String dir) {
        return hasHiddenComponent(dir, 0);
    }

    /** {@link #hasHiddenComponent(String)} from {@code from} on, without copying. */
    private static boolean hasHiddenComponent(String dir, int from) {
        for (int i = from; i + 1 < dir.length(); i++) {
            char c = dir.charAt(i);
            if (PathGlob.isSeparator(c) && dir.charAt(i + 1) == '.') {
                int next = i + 2;
                boolean dots = endsComponent(dir, next) || (dir.charAt(next) == '.' && endsComponent(dir, next + 1));
                if (!dots) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code dir} continues at {@code from} with a braced GUID component: {@code {8-4-4-4-12}}. */
    private static boolean isGuid(String dir, int from) {
        if (dir.length() < from + 38 || dir.charAt(from) != '{' || dir.charAt(from + 37) != '}') {
            return false;
        }
        for (int i = 1; i < 37; i++) {
            char c = dir.charAt(from + i);
            boolean dash = i == 9 || i == 14 || i == 19 || i == 24;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return dir.length() == from + 38 || dir.charAt(from + 38) == '\\';
    }

    private static List<String> patterns(PathGlob[] globs) {
        return Arrays.stream(globs).map(PathGlob::pattern).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransferLocations t && t.placeDepth == placeDepth && t.include().equals(include())
                && t.exclude().equals(exclude());
    }

    @Override
    public int hashCode() {
        return Objects.hash(placeDepth, include(), exclude());
    }

    @Override
    public String toString() {
        return "TransferLocations[include=" + include() + ", exclude=" + exclude() + ", placeDepth=" + placeDepth + "]";
    }
}
