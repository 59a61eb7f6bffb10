package io.spikewatch.job.sim;

/**
 * {@code process.executable}, code-signature signer and a stable pid for a process name, so
 * that lines carry the process fields a real agent reports. Linux binaries are unsigned.
 */
final class Processes {

    private Processes() {}

    record Info(String name, String executable, String signer, boolean system) {

        /** The System process is always pid 4; other pids are stable per host and process. */
        int pid(int hostIndex) {
            if (system) {
                return 4;
            }
            return 300 + Math.floorMod(name.hashCode() * 31 + hostIndex * 7919, 60_000);
        }
    }

    private static final Info SYSTEM = new Info("System", null, "Microsoft Windows", true);

    static Info info(String name, boolean windows) {
        if (!windows) {
            String exe = switch (name) {
                case "sshd" -> "/usr/sbin/sshd";
                case "scp" -> "/usr/bin/scp";
                case "sftp-server" -> "/usr/lib/openssh/sftp-server";
                case "smbd" -> "/usr/sbin/smbd";
                case "vsftpd" -> "/usr/sbin/vsftpd";
                case "bash" -> "/usr/bin/bash";
                case "python3" -> "/usr/bin/python3.10";
                case "java" -> "/usr/lib/jvm/java-17-openjdk-amd64/bin/java";
                default -> "/usr/sbin/" + name;
            };
            return new Info(name, exe, null, false);
        }
        if (name.equals("System")) {
            return SYSTEM;
        }
        String exe = switch (name) {
            case "explorer.exe" -> "C:\\Windows\\explorer.exe";
            case "chrome.exe" -> "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
            case "msedge.exe" -> "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
            case "OUTLOOK.EXE", "WINWORD.EXE" -> "C:\\Program Files\\Microsoft Office\\root\\Office16\\" + name;
            case "Teams.exe" -> "C:\\Program Files\\WindowsApps\\MSTeams_24033.811.2738.2546_x64__8wekyb3d8bbwe\\ms-teams.exe";
            case "MsMpEng.exe" -> "C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24010.12-0\\MsMpEng.exe";
            case "OneDrive.exe" -> "C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe";
            case "TiWorker.exe" -> "C:\\Windows\\WinSxS\\amd64_microsoft-windows-servicingstack\\TiWorker.exe";
            case "PSEXESVC.exe" -> "C:\\Windows\\PSEXESVC.exe";
            default -> "C:\\Windows\\System32\\" + name;
        };
        String signer = switch (name) {
            case "chrome.exe" -> "Google LLC";
            case "PSEXESVC.exe" -> "Microsoft Corporation";
            case "OUTLOOK.EXE", "WINWORD.EXE", "Teams.exe", "OneDrive.exe", "msedge.exe", "MsMpEng.exe" ->
                    "Microsoft Corporation";
            default -> "Microsoft Windows";
        };
        return new Info(name, exe, signer, false);
    }
}
