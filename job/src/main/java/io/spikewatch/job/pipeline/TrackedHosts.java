package io.spikewatch.job.pipeline;

import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.state.KeyGroupRange;
import org.apache.flink.runtime.state.KeyGroupRangeAssignment;

import java.util.ArrayList;
import java.util.List;

/**
 * How many hosts have a baseline on one subtask of the host operator, for the
 * {@code hosts_tracked} gauge.
 *
 * <p>The count is kept per key group and checkpointed as union operator state: after a restore,
 * at any parallelism, every subtask reads all entries and keeps those of the key groups it now
 * owns, exactly the key groups whose host states it received. So the gauge stays right across
 * restarts and rescaling without scanning the state backend. A count kept only in memory would
 * restart at zero; one operator-state number per subtask would not follow the keys on rescale.
 *
 * <p>Every snapshot writes an entry for every key group the subtask owns (zeros too). A restore
 * that lacks one (a savepoint from before this state existed) leaves the count unknown: the gauge
 * reports -1 instead of a wrong number.
 */
final class TrackedHosts {

    static final ListStateDescriptor<HostCount> STATE =
            new ListStateDescriptor<>("hosts-tracked", TypeInformation.of(HostCount.class));

    private final int maxParallelism;
    private final KeyGroupRange range;
    private final long[] counts;
    /** Read by the gauge from the metrics thread. */
    private volatile long total;
    private volatile boolean known = true;

    TrackedHosts(int maxParallelism, int parallelism, int subtaskIndex) {
        this.maxParallelism = maxParallelism;
        this.range = KeyGroupRangeAssignment.computeKeyGroupRangeForOperatorIndex(maxParallelism, parallelism,
                subtaskIndex);
        this.counts = new long[range.getNumberOfKeyGroups()];
    }

    /** @param restored whether the operator restores from a checkpoint or savepoint */
    void restore(Iterable<HostCount> entries, boolean restored) {
        boolean[] present = new boolean[counts.length];
        long sum = 0;
        for (HostCount e : entries) {
            if (range.contains(e.keyGroup())) {
                counts[e.keyGroup() - range.getStartKeyGroup()] = e.hosts();
                present[e.keyGroup() - range.getStartKeyGroup()] = true;
                sum += e.hosts();
            }
        }
        for (boolean p : present) {
            known &= !restored || p;
        }
        total = sum;
    }

    void added(String host) {
        change(host, 1);
    }

    void removed(String host) {
        change(host, -1);
    }

    private void change(String host, long delta) {
        counts[KeyGroupRangeAssignment.assignToKeyGroup(host, maxParallelism) - range.getStartKeyGroup()] += delta;
        total += delta;
    }

    /** Hosts with a baseline on this subtask, or -1 if unknown (see the class comment). */
    long value() {
        return known ? total : -1;
    }

    List<HostCount> snapshot() {
        List<HostCount> out = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            out.add(new HostCount(range.getStartKeyGroup() + i, counts[i]));
        }
        return out;
    }
}
