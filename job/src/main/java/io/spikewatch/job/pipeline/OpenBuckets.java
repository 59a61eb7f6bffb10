package io.spikewatch.job.pipeline;

import io.spikewatch.model.BucketSummary;
import org.apache.flink.api.common.state.MapState;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The hosts' open buckets: keyed state ({@link HostBucketFunction#OPEN_BUCKETS}), optionally with
 * a write-back copy on the heap.
 *
 * <p>Every remote transfer updates its bucket's summary (about 2 KB serialized with its influencer
 * sketches). Written through, that is a RocksDB read and write per transfer; written back, the
 * summary stays on the heap while its bucket is open and reaches RocksDB only when the operator
 * {@link #flush flushes} (before every checkpoint or savepoint, and when more than the configured
 * number of summaries are on the heap), so a checkpoint holds exactly what write-through would
 * have written. A bucket that closes before a flush never touches RocksDB but for its removal.
 *
 * <p>Which host a call is about is the keyed state's current key; the heap copy is indexed by the
 * same host, passed explicitly. Write-back needs an operator that calls {@link #flush} with a way
 * to select each host's key ({@link HostBucketOperator}); without one, it stays write-through.
 */
final class OpenBuckets {

    private final MapState<Long, BucketSummary> state;
    /** Open summaries on the heap, by host and bucket index; {@code null} when written through. */
    private final Map<String, Map<Long, BucketSummary>> heap;
    private int onHeap;

    private OpenBuckets(MapState<Long, BucketSummary> state, boolean writeBack) {
        this.state = state;
        this.heap = writeBack ? new HashMap<>() : null;
    }

    static OpenBuckets writeThrough(MapState<Long, BucketSummary> state) {
        return new OpenBuckets(state, false);
    }

    static OpenBuckets writeBack(MapState<Long, BucketSummary> state) {
        return new OpenBuckets(state, true);
    }

    /** The open summary of {@code bucket} of the current host, or {@code null}. */
    BucketSummary get(String host, long bucket) throws Exception {
        if (heap != null) {
            Map<Long, BucketSummary> ofHost = heap.get(host);
            BucketSummary s = ofHost == null ? null : ofHost.get(bucket);
            if (s != null) {
                return s;
            }
        }
        return state.get(bucket);
    }

    /** Stores the (new or updated) summary of {@code bucket} of the current host. */
    void put(String host, long bucket, BucketSummary summary) throws Exception {
        if (heap == null) {
            state.put(bucket, summary);
            return;
        }
        if (heap.computeIfAbsent(host, h -> new HashMap<>(4)).put(bucket, summary) == null) {
            onHeap++;
        }
    }

    /** Drops the summary of {@code bucket} of the current host (it closed). */
    void remove(String host, long bucket) throws Exception {
        if (heap != null) {
            Map<Long, BucketSummary> ofHost = heap.get(host);
            if (ofHost != null && ofHost.remove(bucket) != null) {
                onHeap--;
                if (ofHost.isEmpty()) {
                    heap.remove(host);
                }
            }
        }
        state.remove(bucket);
    }

    /** Whether the current host has no open bucket. */
    boolean isEmpty(String host) throws Exception {
        return (heap == null || !heap.containsKey(host)) && state.isEmpty();
    }

    /** Summaries held on the heap, not yet in keyed state. */
    int onHeap() {
        return onHeap;
    }

    /**
     * Writes every summary held on the heap to keyed state and empties the heap copy.
     *
     * @param selectKey makes a host the keyed state's current key
     */
    void flush(Consumer<String> selectKey) throws Exception {
        if (heap == null || heap.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Map<Long, BucketSummary>> host : heap.entrySet()) {
            selectKey.accept(host.getKey());
            state.putAll(host.getValue());
        }
        heap.clear();
        onHeap = 0;
    }
}
