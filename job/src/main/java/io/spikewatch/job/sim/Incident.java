package io.spikewatch.job.sim;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A labelled lateral-movement incident: what a detector should find.
 *
 * @param id stable id within one simulated data set ({@code INC-01}, ...), in order of start
 * @param kind {@code burst}, {@code low_and_slow}, {@code night_burst_on_busy_server},
 *     {@code linux_scp}, {@code tool_spread} or {@code new_host_burst}
 * @param hosts the hosts that received the attacker's files, in order of attack
 * @param start timestamp of the first attacker file write (truncated to the second)
 * @param end timestamp of the last attacker file write (rounded up to the second)
 * @param description what happened, in words an analyst would use (account, source, files)
 */
public record Incident(String id, String kind, List<String> hosts, Instant start, Instant end, String description) {

    public static final String BURST = "burst";
    public static final String LOW_AND_SLOW = "low_and_slow";
    public static final String NIGHT_BURST_ON_BUSY_SERVER = "night_burst_on_busy_server";
    public static final String LINUX_SCP = "linux_scp";
    public static final String TOOL_SPREAD = "tool_spread";
    public static final String NEW_HOST_BURST = "new_host_burst";

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("an incident needs at least one host");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start in " + id);
        }
        description = description == null ? "" : description;
    }
}
