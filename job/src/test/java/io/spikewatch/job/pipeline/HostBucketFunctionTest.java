package io.spikewatch.job.pipeline;

import io.spikewatch.job.config.JobConfig;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.BucketSummary;
import io.spikewatch.model.DetectorSettings;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.HostState;
import io.spikewatch.model.TransferLocations;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import io.spikewatch.model.exceptions.ExceptionItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event-time buckets, zero buckets, late events, timer cleanup and snapshot/restore of the host
 * operator, as the job runs it ({@link HostBucketOperator}: open buckets on the heap between
 * checkpoints), and that the heap changes nothing but when summaries reach RocksDB.
 */
class HostBucketFunctionTest {

    private static final long T0 = Instant.parse("2024-03-04T00:00:00Z").toEpochMilli();
    private static final long BUCKET = Duration.ofMinutes(15).toMillis();
    private static final long TTL = Duration.ofDays(2).toMillis();
    /** The defaults without the installation period: these tests count learned buckets from the first one. */
    private static final DetectorSettings SETTINGS = DetectorSettings.defaults().withInstallMs(0);

    private KeyedBroadcastOperatorTestHarness<String, FileEvent, ControlMessage, AnomalyRecord> harness;

    @BeforeEach
    void setUp() throws Exception {
        harness = newHarness();
        harness.open();
        noExceptionChanges();
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
    }

    private static KeyedBroadcastOperatorTestHarness<String, FileEvent, ControlMessage, AnomalyRecord> newHarness()
            throws Exception {
        return newHarness(1, 1, 0);
    }

    private static KeyedBroadcastOperatorTestHarness<String, FileEvent, ControlMessage, AnomalyRecord> newHarness(
            int maxParallelism, int parallelism, int subtask) throws Exception {
        return newHarness(SETTINGS, maxParallelism, parallelism, subtask);
    }

    private static KeyedBroadcastOperatorTestHarness<String, FileEvent, ControlMessage, AnomalyRecord> newHarness(
            DetectorSettings settings, int maxParallelism, int parallelism, int subtask) throws Exception {
        return newHarness(settings, JobConfig.DEFAULT_OPEN_BUCKETS_ON_HEAP, maxParallelism, parallelism, subtask);
    }

    private static KeyedBroadcastOperatorTestHarness<String, FileEvent, ControlMessage, AnomalyRecord> newHarness(
            DetectorSettings settings, int onHeap, int maxParallelism, int parallelism, int subtask) throws Exception {
        KeyedBroadcastOperatorTestHarness<String, FileEvent, ControlMessage, AnomalyRecord> h =
                new KeyedBroadcastOperatorTestHarness<>(
                        new HostBucketOperator(new HostBucketFunction(settings, TTL), onHeap),
                        FileEvent::hostName, Types.STRING, maxParallelism, parallelism, subtask);
        h.setStateBackend(new EmbeddedRocksDBStateBackend());
        return h;
    }

    private static HostBucketFunction function(
            KeyedBroadcastOperatorTestHarness<String, FileEvent, ControlMessage, AnomalyRecord> h) {
        return (HostBucketFunction) ((HostBucketOperator) h.getOperator()).getUserFunction();
    }

    /** Hosts with a baseline in the harness's keyed state, counted by the state backend itself. */
    private static long baselines(KeyedBroadcastOperatorTestHarness<String, FileEvent, ControlMessage, AnomalyRecord> h) {
        try (java.util.stream.Stream<Object> keys = h.getOperator().getKeyedStateBackend()
                .getKeys(HostBucketFunction.HOST_STATE.getName(), org.apache.flink.runtime.state.VoidNamespace.INSTANCE)) {
            return keys.count();
        }
    }

    /** The broadcast input has nothing to say: it must not hold the watermark back. */
    private void noExceptionChanges() throws Exception {
        harness.processBroadcastWatermark(new Watermark(Long.MAX_VALUE));
    }

    private static StreamRecord<FileEvent> transfer(String host, long ts) {
        FileEvent e = FileEvent.builder().timestampMs(ts).hostName(host).userName("jdoe").fileName("a.txt").build();
        return new StreamRecord<>(e, ts);
    }

    private HostState hostState(String host) throws Exception {
        harness.getOperator().getKeyedStateBackend().setCurrentKey(host);
        return harness.getOperator().getKeyedStateBackend()
                .getPartitionedState(org.apache.flink.runtime.state.VoidNamespace.INSTANCE,
                        org.apache.flink.runtime.state.VoidNamespaceSerializer.INSTANCE,
                        HostBucketFunction.HOST_STATE).value();
    }

    /** The open buckets of {@code host} in RocksDB (not those on the heap). */
    private List<BucketSummary> openBucketsInRocksDb(String host) throws Exception {
        harness.getOperator().getKeyedStateBackend().setCurrentKey(host);
        List<BucketSummary> open = new ArrayList<>();
        harness.getOperator().getKeyedStateBackend()
                .getPartitionedState(org.apache.flink.runtime.state.VoidNamespace.INSTANCE,
                        org.apache.flink.runtime.state.VoidNamespaceSerializer.INSTANCE,
                        HostBucketFunction.OPEN_BUCKETS).values().forEach(open::add);
        return open;
    }

    private List<AnomalyRecord> records() {
        return harness.extractOutputValues();
    }

    @Test
    void countsEventsIntoBucketsAndClosesThemOnTheWatermark() throws Exception {
        harness.processElement(transfer("ws-1", T0 + 1_000));
        harness.processElement(transfer("ws-1", T0 + BUCKET - 1));
        harness.processElement(transfer("ws-1", T0 + BUCKET));
        harness.processElement(transfer("ws-2", T0 + 5_000));

        harness.processWatermark(new Watermark(T0 + BUCKET - 2));
        assertThat(records()).isEmpty();

        harness.processWatermark(new Watermark(T0 + BUCKET - 1));
        assertThat(records()).extracting(AnomalyRecord::hostName, AnomalyRecord::bucketStartMs, AnomalyRecord::actual)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ws-1", T0, 2L),
                        org.assertj.core.groups.Tuple.tuple("ws-2", T0, 1L));
        // Records carry the bucket's last millisecond as timestamp.
        ConcurrentLinkedQueue<Object> out = harness.getOutput();
        assertThat(out).filteredOn(o -> o instanceof StreamRecord)
                .allSatisfy(o -> assertThat(((StreamRecord<?>) o).getTimestamp()).isEqualTo(T0 + BUCKET - 1));

        harness.processWatermark(new Watermark(T0 + 2 * BUCKET - 1));
        assertThat(records()).hasSize(3);
        assertThat(records().get(2).bucketStartMs()).isEqualTo(T0 + BUCKET);
        assertThat(records().get(2).summary().firstEventMs).isEqualTo(T0 + BUCKET);
    }

    /**
     * A workstation that sends other events for days but receives its first remote transfers on the
     * fifth: its sighting on day one started a baseline, so the five files are scored against days of
     * zeros (typical at the floor), not against the cold-start prior of 20 files a bucket. A sighting
     * within a day of a closed bucket, or while a bucket is open, opens nothing.
     */
    @Test
    void aSightingStartsTheBaselineOfAHostThatReceivedNothingYet() throws Exception {
        harness.processElement(new StreamRecord<>(FileEvent.sighting("ws-1", T0 + 1_000), T0 + 1_000));
        harness.processWatermark(new Watermark(T0 + BUCKET - 1));
        assertThat(records()).singleElement().satisfies(r -> {
            assertThat(r.actual()).isZero();
            assertThat(r.summary().firstOfHost).isTrue();
        });
        harness.processElement(new StreamRecord<>(FileEvent.sighting("ws-1", T0 + 5 * BUCKET), T0 + 5 * BUCKET));
        harness.processWatermark(new Watermark(T0 + 6 * BUCKET));
        assertThat(records()).as("a day has not passed").hasSize(1);

        long day5 = T0 + 4 * DetectorSettings.DAY;
        for (int i = 0; i < 5; i++) {
            harness.processElement(transfer("ws-1", day5 + i));
            harness.processElement(transfer("ws-2", day5 + i)); // never sighted: new to the model
        }
        harness.processWatermark(new Watermark(day5 + BUCKET - 1));
        AnomalyRecord sighted = records().stream().filter(r -> r.hostName().equals("ws-1") && r.actual() == 5)
                .findFirst().orElseThrow();
        AnomalyRecord unsighted = records().stream().filter(r -> r.hostName().equals("ws-2")).findFirst().orElseThrow();
        assertThat(sighted.typical()).isLessThan(0.5);
        assertThat(unsighted.typical()).isGreaterThan(10);
        assertThat(sighted.recordScore()).isGreaterThan(unsighted.recordScore() + 10);
    }

    /**
     * A host whose events come with another {@code host.id} under the same name was reinstalled:
     * its next bucket is scored against the new-host prior, and says so.
     */
    @Test
    void aHostReinstalledUnderItsNameIsScoredAsAnInstallation() throws Exception {
        var h = newHarness(DetectorSettings.defaults(), 1, 1, 0);
        h.open();
        h.processBroadcastWatermark(new Watermark(Long.MAX_VALUE));
        for (int day = 0; day < 10; day++) {
            long t = T0 + day * DetectorSettings.DAY + 10 * DetectorSettings.HOUR;
            h.processElement(transfer("lab-1", "id-before", t));
        }
        long at = T0 + 10 * DetectorSettings.DAY + 10 * DetectorSettings.HOUR;
        for (int i = 0; i < 50; i++) {
            h.processElement(transfer("lab-1", "id-after", at + i));
        }
        h.processWatermark(new Watermark(at + BUCKET - 1));
        AnomalyRecord push = h.extractOutputValues().stream().filter(r -> r.bucketStartMs() == at).findFirst().orElseThrow();
        assertThat(push.summary().reinstalled).isTrue();
        assertThat(push.typical()).as("the new-host prior").isEqualTo(DetectorSettings.defaults().priorMean());
        h.close();
    }

    private static StreamRecord<FileEvent> transfer(String host, String hostId, long ts) {
        FileEvent e = FileEvent.builder().timestampMs(ts).hostName(host).hostId(hostId).userName("svc-labdeploy")
                .fileName("a.msi").build();
        return new StreamRecord<>(e, ts);
    }

    @Test
    void theConfiguredStagingLocationsDecideWhichFilesAreStaged() throws Exception {
        TransferLocations fleet = new TransferLocations(List.of("D:\\Drop"), List.of("C:\\ProgramData\\Vendor"), 2);
        var h = newHarness(SETTINGS.withLocations(fleet), 1, 1, 0);
        h.open();
        h.processBroadcastWatermark(new Watermark(Long.MAX_VALUE));
        String[] dirs = {"C:\\ProgramData\\Vendor\\Updates", "C:\\ProgramData\\Other", "D:\\Drop\\x64",
            "D:\\Shares\\HR", "C:\\ProgramData\\Vendor"};
        for (int i = 0; i < dirs.length; i++) {
            FileEvent e = FileEvent.builder().timestampMs(T0 + i).hostName("fs-1").userName("jdoe")
                    .fileName("f" + i).filePath(dirs[i] + "\\f" + i).build();
            h.processElement(new StreamRecord<>(e, T0 + i));
        }
        h.processWatermark(new Watermark(T0 + BUCKET - 1));
        List<AnomalyRecord> out = h.extractOutputValues();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).summary().stagedFiles).isEqualTo(2);
        assertThat(out.get(0).summary().stagedExample).isEqualTo("C:\\ProgramData\\Other");
        h.close();
    }

    /** A staging or not-staging entry of the exceptions (fleet-wide, a directory). */
    private static ControlMessage stagingEntry(String id, ExceptionItem.Kind kind, String directory) {
        return ControlMessage.change(new ExceptionItem(id, kind, "where tools land", "soc", Long.MAX_VALUE, null, null,
                null, directory, null, 0, 0, null, null, 0, null, 0, false));
    }

    /** Two files into D:\Drop and one into C:\ProgramData\Vendor in the bucket starting at {@code start}; its record. */
    private AnomalyRecord dropAndVendorBucket(
            KeyedBroadcastOperatorTestHarness<String, FileEvent, ControlMessage, AnomalyRecord> h, long start)
            throws Exception {
        String[] dirs = {"D:\\Drop\\x64", "D:\\Drop", "C:\\ProgramData\\Vendor\\Updates"};
        for (int i = 0; i < dirs.length; i++) {
            FileEvent e = FileEvent.builder().timestampMs(start + i).hostName("fs-1").userName("jdoe")
                    .fileName("f" + i).filePath(dirs[i] + "\\f" + i).build();
            h.processElement(new StreamRecord<>(e, start + i));
        }
        int before = h.extractOutputValues().size();
        h.processWatermark(new Watermark(start + BUCKET - 1));
        List<AnomalyRecord> out = h.extractOutputValues();
        assertThat(out).hasSize(before + 1);
        return out.get(before);
    }

    /**
     * Staging locations change at runtime without a restart: a staging entry on the control topic
     * makes a drop folder one, a not-staging entry takes a vendor's update folder out, from the next
     * transfer on; they survive a restore (broadcast state), and removing them restores the list.
     */
    @Test
    void runtimeStagingEntriesChangeWhichFilesAreStaged() throws Exception {
        assertThat(dropAndVendorBucket(harness, T0).summary().stagedFiles).as("built-in list").isEqualTo(1);

        harness.processBroadcastElement(stagingEntry("drop", ExceptionItem.Kind.STAGING, "D:\\Drop"), T0 + BUCKET);
        harness.processBroadcastElement(stagingEntry("vendor", ExceptionItem.Kind.NOT_STAGING,
                "C:\\ProgramData\\Vendor"), T0 + BUCKET);
        AnomalyRecord changed = dropAndVendorBucket(harness, T0 + BUCKET);
        assertThat(changed.summary().stagedFiles).isEqualTo(2);
        assertThat(changed.summary().stagedExample).isEqualTo("D:\\Drop\\x64");

        OperatorSubtaskState snapshot = harness.snapshot(1L, T0 + 2 * BUCKET);
        harness.close();
        harness = newHarness();
        harness.initializeState(snapshot);
        harness.open();
        noExceptionChanges();
        assertThat(dropAndVendorBucket(harness, T0 + 2 * BUCKET).summary().stagedFiles).as("restored").isEqualTo(2);

        harness.processBroadcastElement(ControlMessage.change(ExceptionItem.removal("drop", "done", "soc")), T0);
        harness.processBroadcastElement(ControlMessage.change(ExceptionItem.removal("vendor", "done", "soc")), T0);
        assertThat(dropAndVendorBucket(harness, T0 + 3 * BUCKET).summary().stagedFiles).as("removed").isEqualTo(1);
    }

    @Test
    void emptyBucketsAreLearnedAsZerosBeforeTheNextBucketIsScored() throws Exception {
        harness.processElement(transfer("ws-1", T0));
        harness.processWatermark(new Watermark(T0 + BUCKET - 1));
        // 10 empty buckets, then one event.
        long later = T0 + 11 * BUCKET;
        harness.processElement(transfer("ws-1", later));
        harness.processWatermark(new Watermark(later + BUCKET - 1));

        HostState st = hostState("ws-1");
        assertThat(st.seen).as("first bucket + 10 zeros + last").isEqualTo(12);
        assertThat(st.lastBucket).isEqualTo(later / BUCKET);
        // One event per 12 buckets: the decayed level is well below 1.
        assertThat(st.levelMean).isLessThan(0.5f);
        assertThat(records()).hasSize(2);
    }

    @Test
    void lateEventsAreCountedAndRoutedAside() throws Exception {
        harness.processElement(transfer("ws-1", T0 + 1_000));
        harness.processWatermark(new Watermark(T0 + BUCKET - 1));
        harness.processElement(transfer("ws-1", T0 + 2_000));

        assertThat(harness.getSideOutput(HostBucketFunction.LATE)).hasSize(1);
        LateEvent late = harness.getSideOutput(HostBucketFunction.LATE).peek().getValue();
        assertThat(late.event().timestampMs()).isEqualTo(T0 + 2_000);
        assertThat(late.watermarkMs()).isEqualTo(T0 + BUCKET - 1);
        assertThat(records()).singleElement().extracting(AnomalyRecord::actual).isEqualTo(1L);
    }

    @Test
    void idleHostsAreForgottenByAnEventTimeTimer() throws Exception {
        harness.processElement(transfer("ws-1", T0));
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
        harness.processWatermark(new Watermark(T0 + BUCKET - 1));
        assertThat(harness.numEventTimeTimers()).as("cleanup timer only").isEqualTo(1);
        assertThat(hostState("ws-1")).isNotNull();

        // A second bucket moves the cleanup timer instead of adding one.
        harness.processElement(transfer("ws-1", T0 + BUCKET));
        harness.processWatermark(new Watermark(T0 + 2 * BUCKET - 1));
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(new Watermark(T0 + 2 * BUCKET + TTL - 2));
        assertThat(hostState("ws-1")).isNotNull();
        harness.processWatermark(new Watermark(T0 + 2 * BUCKET + TTL - 1));
        assertThat(hostState("ws-1")).isNull();
        assertThat(harness.numEventTimeTimers()).isZero();
    }

    @Test
    void snapshotAndRestoreKeepPendingBucketsAndBaselines() throws Exception {
        for (int i = 0; i < 5; i++) {
            harness.processElement(transfer("ws-1", T0 + i * 1_000));
        }
        harness.processWatermark(new Watermark(T0 + BUCKET - 1));
        for (int i = 0; i < 3; i++) {
            harness.processElement(transfer("ws-1", T0 + BUCKET + i * 1_000));
        }
        OperatorSubtaskState snapshot = harness.snapshot(1L, T0 + BUCKET + 10_000);
        harness.close();

        harness = newHarness();
        harness.initializeState(snapshot);
        harness.open();
        noExceptionChanges();
        assertThat(harness.numEventTimeTimers()).as("bucket timer + cleanup timer").isEqualTo(2);
        harness.processElement(transfer("ws-1", T0 + BUCKET + 60_000));
        harness.processWatermark(new Watermark(T0 + 2 * BUCKET - 1));

        assertThat(records()).singleElement().satisfies(r -> {
            assertThat(r.bucketStartMs()).isEqualTo(T0 + BUCKET);
            assertThat(r.actual()).as("3 before the snapshot + 1 after").isEqualTo(4L);
            assertThat(r.typical()).as("baseline restored: prior blended with the first bucket").isGreaterThan(0.0);
        });
    }

    /** After a restore the watermark starts over; the baseline still knows which buckets are closed. */
    @Test
    void afterARestoreAnEventOfAClosedBucketIsLateThoughTheWatermarkIsNotThereYet() throws Exception {
        harness.processElement(transfer("ws-1", T0 + 1_000));
        harness.processWatermark(new Watermark(T0 + BUCKET - 1));
        OperatorSubtaskState snapshot = harness.snapshot(1L, T0 + BUCKET);
        harness.close();

        harness = newHarness();
        harness.initializeState(snapshot);
        harness.open();
        noExceptionChanges();
        harness.processElement(transfer("ws-1", T0 + 2_000));
        harness.processElement(transfer("ws-1", T0 + 5_000));
        harness.processElement(transfer("ws-1", T0 + BUCKET + 1_000));
        harness.processWatermark(new Watermark(T0 + 2 * BUCKET - 1));

        assertThat(harness.getSideOutput(HostBucketFunction.LATE)).hasSize(2);
        assertThat(records()).singleElement().satisfies(r -> {
            assertThat(r.bucketStartMs()).isEqualTo(T0 + BUCKET);
            assertThat(r.actual()).isEqualTo(1L);
        });
    }

    @Test
    void aRuntimeMaintenanceWindowThatSkipsLearningLeavesNoRecordForItsHosts() throws Exception {
        harness.processBroadcastElement(ControlMessage.change(new ExceptionItem("mw-1", ExceptionItem.Kind.MAINTENANCE, "backup", "ops",
                Long.MAX_VALUE, "ws-1", null, null, null, null, T0, T0 + BUCKET, null, null, 0,
                ExceptionItem.Mode.SKIP_LEARNING, 0, false)), T0);
        harness.processElement(transfer("ws-1", T0 + 1_000));
        harness.processElement(transfer("ws-2", T0 + 1_000));
        harness.processElement(transfer("ws-1", T0 + BUCKET + 1_000));
        harness.processWatermark(new Watermark(T0 + 2 * BUCKET));
        assertThat(records()).extracting(AnomalyRecord::hostName, AnomalyRecord::bucketStartMs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ws-2", T0),
                        org.assertj.core.groups.Tuple.tuple("ws-1", T0 + BUCKET));
    }

    @Test
    void hostsTrackedFollowsTheBaselinesThroughRestoreRescaleAndExpiry() throws Exception {
        harness.close();
        harness = newHarness(128, 1, 0);
        harness.open();
        noExceptionChanges();
        for (int i = 0; i < 10; i++) {
            harness.processElement(transfer("ws-" + i, T0 + i));
        }
        harness.processWatermark(new Watermark(T0 + BUCKET - 1));
        assertThat(function(harness).hostsTracked()).isEqualTo(10).isEqualTo(baselines(harness));
        OperatorSubtaskState atOne = harness.snapshot(1L, T0 + BUCKET);

        // Rescaled to 2: each subtask counts exactly the hosts whose key groups it received.
        List<OperatorSubtaskState> atTwo = new java.util.ArrayList<>();
        long sum = 0;
        for (int i = 0; i < 2; i++) {
            KeyedBroadcastOperatorTestHarness<String, FileEvent, ControlMessage, AnomalyRecord> h = newHarness(128, 2, i);
            h.initializeState(org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness
                    .repartitionOperatorState(atOne, 128, 1, 2, i));
            h.open();
            long tracked = function(h).hostsTracked();
            assertThat(tracked).as("subtask %d", i).isPositive().isEqualTo(baselines(h));
            sum += tracked;
            if (i == 1) { // one host goes silent for the TTL and is forgotten
                h.processBroadcastWatermark(new Watermark(Long.MAX_VALUE));
                h.processWatermark(new Watermark(T0 + BUCKET + TTL - 1));
                assertThat(function(h).hostsTracked()).isZero().isEqualTo(baselines(h));
            }
            atTwo.add(h.snapshot(2L, T0 + BUCKET + TTL));
            h.close();
        }
        assertThat(sum).isEqualTo(10);

        // And back to 1: the first subtask's hosts are still there, the second's expired.
        harness.close();
        harness = newHarness(128, 1, 0);
        harness.initializeState(org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness
                .repartitionOperatorState(org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness
                        .repackageState(atTwo.toArray(new OperatorSubtaskState[0])), 128, 2, 1, 0));
        harness.open();
        assertThat(function(harness).hostsTracked()).isBetween(1L, 9L).isEqualTo(baselines(harness));
    }

    @Test
    void aRestoreFromStateWithoutTheCountReportsUnknownNotZero() throws Exception {
        harness.processElement(transfer("ws-1", T0));
        harness.processWatermark(new Watermark(T0 + BUCKET - 1));
        OperatorSubtaskState full = harness.snapshot(1L, T0 + BUCKET);
        // What a savepoint of a version without the count holds: keyed state, no operator state.
        OperatorSubtaskState withoutCount = OperatorSubtaskState.builder()
                .setManagedKeyedState(full.getManagedKeyedState()).setRawKeyedState(full.getRawKeyedState()).build();
        harness.close();
        harness = newHarness();
        harness.initializeState(withoutCount);
        harness.open();
        assertThat(baselines(harness)).isEqualTo(1);
        assertThat(function(harness).hostsTracked()).isEqualTo(-1);
    }

    @Test
    void aResetClearsTheMatchingBaselinesAndTheHostsStartAgainLikeNewOnes() throws Exception {
        for (int b = 0; b < 20; b++) {
            for (String host : List.of("ws-1", "ws-2", "fs-1")) {
                for (int i = 0; i < 8; i++) {
                    harness.processElement(transfer(host, T0 + b * BUCKET + i * 1_000));
                }
            }
            harness.processWatermark(new Watermark(T0 + (b + 1) * BUCKET - 1));
        }
        assertThat(function(harness).hostsTracked()).isEqualTo(3);

        harness.processBroadcastElement(ControlMessage.resetBaseline("WS-*", "repurposed as build agents", "ops"), T0);

        assertThat(hostState("ws-1")).isNull();
        assertThat(hostState("ws-2")).isNull();
        assertThat(hostState("fs-1")).isNotNull();
        assertThat(function(harness).hostsTracked()).isEqualTo(1).isEqualTo(baselines(harness));
        assertThat(function(harness).getRuntimeContext()
                .getAccumulator(Counters.ACC_PREFIX + Counters.BASELINES_RESET).getLocalValue()).isEqualTo(2L);

        // Next bucket: ws-1 is scored exactly as a host never seen before with the same count.
        long next = T0 + 20 * BUCKET;
        for (String host : List.of("ws-1", "ws-new", "fs-1")) {
            for (int i = 0; i < 40; i++) {
                harness.processElement(transfer(host, next + i * 1_000));
            }
        }
        int before = records().size();
        harness.processWatermark(new Watermark(next + BUCKET - 1));
        java.util.Map<String, AnomalyRecord> scored = new java.util.HashMap<>();
        records().subList(before, records().size()).forEach(r -> scored.put(r.hostName(), r));
        assertThat(scored.get("ws-1").summary().firstOfHost).isTrue();
        assertThat(scored.get("ws-1")).usingRecursiveComparison().ignoringFields("hostName", "summary")
                .isEqualTo(scored.get("ws-new"));
        assertThat(scored.get("fs-1").typical()).as("fs-1 kept its baseline of 8 per bucket")
                .isNotEqualTo(scored.get("ws-new").typical());
        assertThat(function(harness).hostsTracked()).isEqualTo(3);
    }

    @Test
    void openBucketsStayOnTheHeapUntilACheckpointWritesThemToRocksDb() throws Exception {
        for (int i = 0; i < 5; i++) {
            harness.processElement(transfer("ws-1", T0 + i * 1_000));
        }
        harness.processElement(transfer("ws-2", T0 + 1_000));
        assertThat(function(harness).openBucketsOnHeap()).isEqualTo(2);
        assertThat(openBucketsInRocksDb("ws-1")).isEmpty();

        harness.snapshot(1L, T0 + 10_000);
        assertThat(function(harness).openBucketsOnHeap()).isZero();
        assertThat(openBucketsInRocksDb("ws-1")).singleElement().satisfies(s -> assertThat(s.count).isEqualTo(5));
        assertThat(openBucketsInRocksDb("ws-2")).singleElement().satisfies(s -> assertThat(s.count).isEqualTo(1));

        harness.processElement(transfer("ws-1", T0 + 20_000)); // read back from RocksDB, kept on the heap again
        assertThat(function(harness).openBucketsOnHeap()).isEqualTo(1);
        harness.processWatermark(new Watermark(T0 + BUCKET - 1));

        assertThat(records()).extracting(AnomalyRecord::hostName, AnomalyRecord::actual).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("ws-1", 6L), org.assertj.core.groups.Tuple.tuple("ws-2", 1L));
        assertThat(function(harness).openBucketsOnHeap()).isZero();
        assertThat(openBucketsInRocksDb("ws-1")).as("a closed bucket leaves RocksDB").isEmpty();
        assertThat(openBucketsInRocksDb("ws-2")).isEmpty();
    }

    /**
     * The heap limit decides only when summaries reach RocksDB: written through, flushed after
     * nearly every transfer, or kept until checkpoints, the same transfers (six hosts, users and
     * folders drawn from a seeded random, two checkpoints on the way) give the same records, field
     * by field, and the heap never holds more than the limit.
     */
    @Test
    void everyHeapLimitScoresExactlyAsWritingEveryTransferThrough() throws Exception {
        List<List<AnomalyRecord>> runs = new ArrayList<>();
        for (int onHeap : new int[] {0, 1, 3, JobConfig.DEFAULT_OPEN_BUCKETS_ON_HEAP}) {
            var h = newHarness(SETTINGS, onHeap, 1, 1, 0);
            h.open();
            h.processBroadcastWatermark(new Watermark(Long.MAX_VALUE));
            Random rnd = new Random(42);
            int most = 0;
            for (int b = 0; b < 12; b++) {
                for (int i = 0; i < 60; i++) {
                    long ts = T0 + b * BUCKET + rnd.nextInt((int) BUCKET);
                    String host = "host-" + rnd.nextInt(6);
                    FileEvent e = FileEvent.builder().timestampMs(ts).hostName(host).userName("user-" + rnd.nextInt(4))
                            .fileName("f" + i + ".dll").fileDirectory("C:\\Share\\d" + rnd.nextInt(3)).build();
                    h.processElement(new StreamRecord<>(e, ts));
                    most = Math.max(most, function(h).openBucketsOnHeap());
                }
                if (b == 4 || b == 9) {
                    h.snapshot(b, T0 + (b + 1) * BUCKET);
                }
                h.processWatermark(new Watermark(T0 + (b + 1) * BUCKET - 1));
            }
            assertThat(most).as("on the heap at most, limit " + onHeap).isLessThanOrEqualTo(onHeap);
            List<AnomalyRecord> out = new ArrayList<>(h.extractOutputValues());
            out.sort(Comparator.comparing(AnomalyRecord::hostName).thenComparingLong(AnomalyRecord::bucketStartMs));
            runs.add(out);
            h.close();
        }
        assertThat(runs.get(0)).hasSize(6 * 12);
        for (List<AnomalyRecord> run : runs.subList(1, runs.size())) {
            assertThat(run).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(runs.get(0));
        }
    }

    /**
     * Savepoints of the job before the heap existed ({@code connect(broadcast).process(function)},
     * Flink's own operator, every transfer written through) restore into this operator, and back.
     */
    @Test
    void stateOfFlinksOwnKeyedBroadcastOperatorRestoresIntoThisOneAndBack() throws Exception {
        var flinks = flinksOwnOperator();
        flinks.open();
        flinks.processBroadcastWatermark(new Watermark(Long.MAX_VALUE));
        flinks.processElement(transfer("ws-1", T0 + 1_000));
        flinks.processElement(transfer("ws-1", T0 + 2_000));
        OperatorSubtaskState old = flinks.snapshot(1L, T0 + 3_000);
        flinks.close();

        harness.close();
        harness = newHarness();
        harness.initializeState(old);
        harness.open();
        noExceptionChanges();
        harness.processElement(transfer("ws-1", T0 + 4_000));
        OperatorSubtaskState back = harness.snapshot(2L, T0 + 5_000);

        var again = flinksOwnOperator();
        again.initializeState(back);
        again.open();
        again.processBroadcastWatermark(new Watermark(Long.MAX_VALUE));
        again.processWatermark(new Watermark(T0 + BUCKET - 1));
        assertThat(again.extractOutputValues()).singleElement()
                .satisfies(r -> assertThat(r.actual()).as("2 before, 1 between, the bucket timer kept").isEqualTo(3L));
        again.close();
    }

    /** What {@code connect(broadcast).process(new HostBucketFunction(...))} runs. */
    private static KeyedBroadcastOperatorTestHarness<String, FileEvent, ControlMessage, AnomalyRecord> flinksOwnOperator()
            throws Exception {
        var h = new KeyedBroadcastOperatorTestHarness<>(
                new org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator<>(
                        new HostBucketFunction(SETTINGS, TTL), List.of(ExceptionControl.STATE)),
                FileEvent::hostName, Types.STRING, 1, 1, 0);
        h.setStateBackend(new EmbeddedRocksDBStateBackend());
        return h;
    }
}
