package io.spikewatch.job.sim;

/**
 * One logical file event before it is rendered to a line.
 *
 * @param tsMs event time (epoch ms)
 * @param subMsNanos extra nanoseconds below the millisecond (for 6-9 digit timestamps)
 * @param host the host that observed the write
 * @param process {@code process.name}
 * @param action {@code event.action}
 * @param category {@code event.category}
 * @param user the acting account ({@code null}: no user fields)
 * @param file the file written
 * @param sourceIp {@code source.ip} ({@code null}: absent)
 * @param flags {@link #REMOTE} and {@link #ATTACK}
 */
record SimEvent(long tsMs, int subMsNanos, HostModel host, String process, String action, Category category,
        SimUser user, FileRef file, String sourceIp, int flags) {

    /** Passes Elastic's remote-transfer datafeed filter by construction. */
    static final int REMOTE = 1;
    /** Written by an attacker (part of a labelled incident). */
    static final int ATTACK = 2;

    boolean remote() {
        return (flags & REMOTE) != 0;
    }

    boolean attack() {
        return (flags & ATTACK) != 0;
    }
}
