package io.spikewatch.job.sim;

/** The {@code host.os.*} fields of a host, as Elastic Defend reports them. */
record OsInfo(String family, String name, String type, String version, String full, boolean windows) {

    static final OsInfo[] WORKSTATION = {
        new OsInfo("windows", "Windows", "windows", "22H2", "Windows 10 Enterprise 22H2 (10.0.19045.4046)", true),
        new OsInfo("windows", "Windows", "windows", "23H2", "Windows 11 Enterprise 23H2 (10.0.22631.3155)", true),
        new OsInfo("windows", "Windows", "windows", "23H2", "Windows 11 Enterprise 23H2 (10.0.22631.3155)", true),
    };
    static final OsInfo[] WINDOWS_SERVER = {
        new OsInfo("windows", "Windows", "windows", "1809", "Windows Server 2019 Datacenter 1809 (10.0.17763.5458)", true),
        new OsInfo("windows", "Windows", "windows", "21H2", "Windows Server 2022 Standard 21H2 (10.0.20348.2322)", true),
    };
    static final OsInfo[] LINUX = {
        new OsInfo("ubuntu", "Ubuntu", "linux", "22.04.4", "Ubuntu 22.04.4", false),
        new OsInfo("rhel", "Red Hat Enterprise Linux", "linux", "8.9", "Red Hat Enterprise Linux 8.9", false),
        new OsInfo("debian", "Debian GNU/Linux", "linux", "12", "Debian GNU/Linux 12", false),
    };
}
