package io.spikewatch.job.sim;

/** What kind of files a session writes; decides names, extensions and sizes (see {@link FileCatalog}). */
enum FileKind {
    DOCUMENT,
    SOFTWARE,
    PATCH,
    SUPPORT_TOOL,
    WINDOWS_RELEASE,
    GPO,
    SQL,
    SCCM_BLOB,
    BACKUP_COPY,
    LINUX_RELEASE,
    LINUX_ADMIN_FILE,
    FTP_DOCUMENT,
    FEED,
    ATTACK_TOOL,
    ATTACK_STAGING,
    LINUX_ATTACK
}
