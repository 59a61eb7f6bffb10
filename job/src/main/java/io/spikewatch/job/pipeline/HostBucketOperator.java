package io.spikewatch.job.pipeline;

import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.FileEvent;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

import java.util.List;

/**
 * The host operator: Flink's keyed-broadcast operator running {@link HostBucketFunction}, which
 * keeps the open buckets on the heap between checkpoints ({@link OpenBuckets}) instead of reading
 * and rewriting a bucket's summary in RocksDB on every transfer.
 *
 * <p>Only an operator can select each host's key outside of an element or timer, so the flushes
 * are here: at every checkpoint and savepoint, before the keyed state is snapshotted (a checkpoint
 * then holds what write-through would have written, and a restore at any parallelism starts from
 * it), and whenever more than {@code maxOnHeap} summaries are on the heap, which bounds the heap a
 * subtask uses for them. A bucket's timer finds its summary on the heap, so most buckets close
 * without their summary ever reaching RocksDB.
 *
 * <p>The uid, state names and timers are those of {@code connect(broadcast).process(function)}:
 * savepoints of either restore into the other.
 */
public final class HostBucketOperator
        extends CoBroadcastWithKeyedOperator<String, FileEvent, ControlMessage, AnomalyRecord> {

    private static final long serialVersionUID = 1L;

    private final int maxOnHeap;

    /**
     * @param maxOnHeap open buckets a subtask holds on the heap before it writes them all to
     *     RocksDB; {@code 0} writes every transfer through
     */
    public HostBucketOperator(HostBucketFunction function, int maxOnHeap) {
        super(function, List.of(ExceptionControl.STATE));
        if (maxOnHeap < 0) {
            throw new IllegalArgumentException("maxOnHeap: accepted >= 0, got " + maxOnHeap);
        }
        this.maxOnHeap = maxOnHeap;
        if (maxOnHeap > 0) {
            function.keepOpenBucketsOnHeap();
        }
    }

    @Override
    public void processElement1(StreamRecord<FileEvent> element) throws Exception {
        super.processElement1(element);
        if (hosts().openBucketsOnHeap() > maxOnHeap) {
            flush();
        }
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        flush();
        super.snapshotState(context);
    }

    private void flush() throws Exception {
        Object current = getCurrentKey();
        hosts().flushOpenBuckets(this::setCurrentKey);
        if (current != null) {
            setCurrentKey(current);
        }
    }

    private HostBucketFunction hosts() {
        return (HostBucketFunction) getUserFunction();
    }
}
