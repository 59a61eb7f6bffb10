package io.spikewatch.job.sim;

/** What a session of remote writes looks like: who writes what where (see {@link TransferFactory}). */
enum Style {
    /** Workstation: owner copying to their own machine, software pushes, helpdesk tools. */
    WORKSTATION_MIXED,
    /** Users saving documents to a Windows file share. */
    SHARE,
    /** Users saving documents to a Samba share on Linux. */
    SAMBA,
    /** Release deployment to a Linux application server by a deploy account. */
    LINUX_DEPLOY,
    /** A Linux admin copying scripts and configs with scp / sftp. */
    LINUX_ADMIN,
    /** Partner file drops over FTP. */
    FTP_DROP,
    /** Scheduled data feeds over SFTP. */
    ETL_FEED,
    /** Application release copied to a Windows server share. */
    WINDOWS_DEPLOY,
    /** A Windows admin copying tools, scripts and logs. */
    WINDOWS_ADMIN,
    /** Group-policy and logon-script edits on a domain controller. */
    SYSVOL,
    /** DBAs copying scripts and backups to a SQL server. */
    SQL_DBA,
    /** Package content arriving on a software distribution point. */
    SCCM_CONTENT,
    /** Users copying files into their session on a remote-desktop host. */
    RDS_USER,
    /** File-level nightly backup from the file servers. */
    BACKUP,
    /** Nightly share replication between file servers. */
    REPLICA
}
