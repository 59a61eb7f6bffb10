package io.spikewatch.job.sim;

/** The kind of machine, which decides how many remote transfers it normally receives. */
public enum HostRole {
    /** Windows desktops and laptops: a few SMB writes a day in office hours. */
    WORKSTATION,
    /** Windows file servers: users saving to shares all through office hours. */
    FILE_SERVER,
    /** Linux servers: scp / sftp / smbd / vsftpd writes by deploy, service and partner accounts. */
    LINUX_SERVER,
    /** Other Windows servers: backup target, domain controllers, application, SQL, SCCM, RDS. */
    WINDOWS_SERVER
}
