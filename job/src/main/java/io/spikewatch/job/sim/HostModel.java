package io.spikewatch.job.sim;

import java.util.List;

/**
 * Everything the simulator knows about one host: its public face ({@link SimHost}) plus the
 * hidden traits that drive its traffic. Immutable; per-run counters live elsewhere.
 *
 * @param index position in the fleet (the deterministic iteration order)
 * @param host identity as written to the data
 * @param site office whose time zone shapes its activity
 * @param os {@code host.os.*}
 * @param activities interactive session streams
 * @param jobs scheduled transfers
 * @param shiftMinutes this host's personal offset of office hours (people start at different times)
 * @param joinMs when its agent first reports (epoch ms)
 * @param owner the person who uses it (workstations), else {@code null}
 * @param sshProcess process that receives SSH file writes ({@code scp}, {@code sftp-server} or
 *     {@code sshd} with internal-sftp); {@code null} on Windows
 * @param agentId {@code agent.id}
 * @param agentVersion {@code agent.version}
 * @param ips {@code host.ip} (first is the routable address)
 * @param shares department shares on file servers, Samba servers and RDS hosts
 * @param app application name on application servers
 */
record HostModel(
        int index,
        SimHost host,
        Site site,
        OsInfo os,
        List<Activity> activities,
        List<ScheduledJob> jobs,
        int shiftMinutes,
        long joinMs,
        SimUser owner,
        String sshProcess,
        String agentId,
        String agentVersion,
        List<String> ips,
        List<String> shares,
        String app) {

    String name() {
        return host.name();
    }

    HostRole role() {
        return host.role();
    }

    String ip() {
        return host.ip();
    }

    boolean windows() {
        return os.windows();
    }

    boolean profile(String p) {
        return host.profile().equals(p);
    }
}
