package io.spikewatch.model;

/**
 * Protects the watermark from events stamped far ahead of the rest of the stream (a host with a
 * wrong clock, a typo'd year). One such event would push the watermark ahead and make every real
 * event after it late. An event more than {@code maxJumpMs} ahead of the highest admitted time is
 * refused, unless {@code confirmations} such events in a row (near each other) show that the
 * stream really moved on, e.g. a replay of files with a gap between them.
 *
 * <p>Time comes only from the events. One instance per source subtask; not checkpointed (after a
 * restore the first event re-anchors it).
 */
public final class EventTimeGuard {

    private final long maxJumpMs;
    private final int confirmations;
    private long high = Long.MIN_VALUE;
    private long candidate;
    private int candidateCount;

    public EventTimeGuard(long maxJumpMs, int confirmations) {
        if (maxJumpMs <= 0 || confirmations < 1) {
            throw new IllegalArgumentException("maxJumpMs must be > 0 and confirmations >= 1");
        }
        this.maxJumpMs = maxJumpMs;
        this.confirmations = confirmations;
    }

    /** Whether an event at {@code ts} may pass; refused events belong on the dead-letter path. */
    public boolean admit(long ts) {
        if (high == Long.MIN_VALUE || ts <= high + maxJumpMs) {
            high = Math.max(high, ts);
            return true;
        }
        if (candidateCount > 0 && Math.abs(ts - candidate) <= maxJumpMs) {
            candidateCount++;
        } else {
            candidate = ts;
            candidateCount = 1;
        }
        if (candidateCount >= confirmations) {
            high = ts;
            candidateCount = 0;
            return true;
        }
        return false;
    }

    /** The highest admitted event time, {@link Long#MIN_VALUE} before the first. */
    public long high() {
        return high;
    }
}
