package io.spikewatch.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Which hosts sent events today. Most hosts of a fleet receive no remote transfers for days or
 * ever, but send other file events all the time; without them a host's first remote transfer
 * would make it look new (scored against the cold-start prior, 20 files a bucket, and not learned
 * for the install period), and an attacker's first contact with a workstation is exactly that
 * bucket. So the first event of each host each day (UTC) that is not a remote transfer becomes a
 * {@link FileEvent#sighting}: the host's model then starts, and keeps learning zeros, from when the
 * host was first seen ({@link HostModel#wantsSighting}).
 *
 * <p>One per source subtask, not checkpointed: after a restart a host is sighted once more, which
 * is harmless. Bounded: past {@value #MAX_HOSTS} hosts the memory starts over (each host then
 * sighted once more that day).
 */
public final class HostSightings {

    /** Hosts remembered before the memory starts over. */
    static final int MAX_HOSTS = 1 << 20;

    private final Map<String, Long> dayOf = new HashMap<>();

    /** Whether {@code host}'s event at {@code timestampMs} is its first of that day here. */
    public boolean firstToday(String host, long timestampMs) {
        if (host == null) {
            return false;
        }
        long day = Math.floorDiv(timestampMs, DetectorSettings.DAY);
        Long previous = dayOf.get(host);
        if (previous != null && previous >= day) {
            return false;
        }
        if (dayOf.size() >= MAX_HOSTS) {
            dayOf.clear();
        }
        dayOf.put(host, day);
        return true;
    }
}
