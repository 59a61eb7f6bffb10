package io.spikewatch.job.sim;

import java.util.List;
import java.util.Set;

/**
 * The incidents of a run and the attacker's file writes that make them.
 *
 * @param incidents labels without final ids (they are numbered after sorting by start)
 * @param events the attacker's writes
 * @param busyHostDays {@code hostIndex * 1000 + day} of every host-day an incident touches, so
 *     benign spikes stay off them and each label stays unambiguous
 */
record AttackPlan(List<Incident> incidents, List<SimEvent> events, Set<Long> busyHostDays) {

    static long key(int hostIndex, int day) {
        return hostIndex * 1000L + day;
    }
}
