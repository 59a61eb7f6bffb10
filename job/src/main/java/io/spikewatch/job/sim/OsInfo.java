package io.spikewatch.job.sim;

/** The {@code host.os.*} fields of a host, as Elastic Defend reports them. */
record OsInfo(String family, String name, String type, String version, boolean windows) {

    static final OsInfo[] WORKSTATION = {
        new OsInfo("windows", "Windows", "windows", "22H2", true),
        new OsInfo("windows", "Windows", "windows", "23H2", true),
        new OsInfo("windows", "Windows", "windows", "23H2", true),
    };
    static final OsInfo[] WINDOWS_SERVER = {
        new OsInfo("windows", "Windows", "windows", "1809", true),
        new OsInfo("windows", "Windows", "windows", "21H2", true),
    };
    static final OsInfo[] LINUX = {
        new OsInfo("ubuntu", "Ubuntu", "linux", "22.04.4", false),
        new OsInfo("rhel", "Red Hat Enterprise Linux", "linux", "8.9", false),
        new OsInfo("debian", "Debian GNU/Linux", "linux", "12", false),
    };
}
