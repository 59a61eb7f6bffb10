package io.spikewatch.model;

import java.util.Set;

/**
 * The datafeed query of Elastic's {@code lmd_high_count_remote_file_transfer} job, as a predicate.
 *
 * <p>All must hold: {@code event.category} contains {@code file}; {@code event.action} is
 * {@code creation}; {@code process.name} is one of {@link #REMOTE_PROCESSES}; {@code process.name}
 * and {@code file.name} exist; {@code user.name} is not {@code SYSTEM} or {@code root}. Matching is
 * exact and case-sensitive, as Elasticsearch {@code term} queries on keyword fields are. An absent
 * {@code user.name} passes: the datafeed only excludes the two named accounts.
 */
public final class RemoteTransferFilter {

    /** Processes that write files on behalf of a remote peer (SMB, SSH, FTP). */
    public static final Set<String> REMOTE_PROCESSES =
            Set.of("System", "scp", "sshd", "smbd", "vsftpd", "sftp-server");

    /** Local system accounts whose writes are not remote transfers. */
    public static final Set<String> EXCLUDED_USERS = Set.of("SYSTEM", "root");

    private RemoteTransferFilter() {}

    /** Checks the conditions in the datafeed's order and returns the first that fails. */
    public static FilterVerdict test(FileEvent e) {
        if (!e.hasCategory("file")) {
            return FilterVerdict.NOT_FILE_CATEGORY;
        }
        if (!"creation".equals(e.eventAction())) {
            return FilterVerdict.NOT_CREATION;
        }
        if (e.processName() == null || !REMOTE_PROCESSES.contains(e.processName())) {
            return FilterVerdict.NOT_REMOTE_PROCESS;
        }
        if (e.fileName() == null) {
            return FilterVerdict.NO_FILE_NAME;
        }
        if (e.userName() != null && EXCLUDED_USERS.contains(e.userName())) {
            return FilterVerdict.SYSTEM_ACCOUNT;
        }
        return FilterVerdict.ACCEPTED;
    }
}
