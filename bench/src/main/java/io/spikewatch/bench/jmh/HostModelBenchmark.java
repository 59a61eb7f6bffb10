package io.spikewatch.bench.jmh;

import io.spikewatch.model.BucketScore;
import io.spikewatch.model.BucketSummary;
import io.spikewatch.model.DetectorSettings;
import io.spikewatch.model.HostModel;
import io.spikewatch.model.HostState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The cost of the per-host model on the hot path, on a host with three weeks of history:
 *
 * <ul>
 *   <li>{@link #close}: scoring and learning one closed bucket, {@code HostModel.close(state, bucket,
 *       count, driver)}, buckets in a row with a realistic mix (most empty, most others a few files,
 *       now and then a batch; a handful of regular drivers and the odd new one), seeded;
 *   <li>{@link #closeSummary}: the same from the bucket's summary, as the job calls it, so the
 *       places (familiar, new, staging) are looked up too: a few directories per host, now and
 *       then a new one or a staging folder;
 *   <li>{@link #learnEmptyDay}: the catch-up when a host comes back after a silent day,
 *       {@code HostModel.learnEmptyUntil} over 96 empty buckets, from the same warmed state every
 *       time (restored in place first, without allocating; {@link #restoreOnly} is that restore
 *       alone, to subtract).
 * </ul>
 *
 * <p>Run with {@code -prof gc}: {@code gc.alloc.rate.norm} is the bytes allocated per operation.
 * A measurement, not a test: it is not part of the build's test suite.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class HostModelBenchmark {

    /** 2024-03-04T00:00:00Z, a Monday. */
    static final long T0_MS = 1_709_510_400_000L;
    static final int WARMUP_BUCKETS = 3 * 7 * 96;
    static final int DAY_BUCKETS = 96;
    /** Prepared (count, driver) pairs, cycled through; a power of two. */
    static final int MIX = 1 << 14;

    private HostModel model;
    /** Evolves with every {@link #close}. */
    private HostState live;
    private long nextBucket;
    private long[] counts;
    private int[] drivers;
    private BucketSummary[] summaries;
    private int cursor;
    /** Evolves with every {@link #closeSummary}. */
    private HostState liveSummary;
    private long nextSummaryBucket;
    private int summaryCursor;

    /** Three weeks of history, never changed; {@link #scratch} is restored from it. */
    private HostState warmed;
    private HostState scratch;
    private Field[] fields;

    @Setup
    public void setUp() throws ReflectiveOperationException {
        model = new HostModel(DetectorSettings.defaults());
        SplittableRandom rnd = new SplittableRandom(20240304L);
        counts = new long[MIX];
        drivers = new int[MIX];
        for (int i = 0; i < MIX; i++) {
            double u = rnd.nextDouble();
            counts[i] = u < 0.55 ? 0 : u < 0.90 ? 1 + rnd.nextInt(5) : u < 0.98 ? 6 + rnd.nextInt(15)
                    : 50 + rnd.nextInt(250);
            drivers[i] = counts[i] == 0 ? HostModel.NO_DRIVER
                    : rnd.nextDouble() < 0.9 ? 1 + rnd.nextInt(6) : 100 + rnd.nextInt(1000);
        }
        String[] dirs = {"D:\\Shares\\Legal\\Q1", "D:\\Shares\\HR", "C:\\Apps\\ledger\\2024", "/opt/billing/releases/7",
            "C:\\Windows\\Temp\\6bfe25", "E:\\New\\place"};
        summaries = new BucketSummary[MIX];
        for (int i = 0; i < MIX; i++) {
            BucketSummary b = BucketSummary.empty(0);
            b.count = counts[i];
            if (counts[i] > 0) {
                b.userNames.add("user" + drivers[i]);
                double u = rnd.nextDouble();
                b.directories.add(dirs[u < 0.9 ? rnd.nextInt(4) : 4 + rnd.nextInt(2)]);
                b.directories.counts[0] = counts[i];
            }
            summaries[i] = b;
        }
        long first = model.bucketOf(T0_MS);
        liveSummary = new HostState();
        for (int i = 0; i < WARMUP_BUCKETS; i++) {
            model.close(liveSummary, first + i, summaries[i & (MIX - 1)]);
        }
        nextSummaryBucket = first + WARMUP_BUCKETS;
        summaryCursor = WARMUP_BUCKETS;
        live = new HostState();
        for (int i = 0; i < WARMUP_BUCKETS; i++) {
            model.close(live, first + i, counts[i & (MIX - 1)], drivers[i & (MIX - 1)]);
        }
        nextBucket = first + WARMUP_BUCKETS;
        cursor = WARMUP_BUCKETS;

        warmed = new HostState();
        for (int i = 0; i < WARMUP_BUCKETS; i++) {
            model.close(warmed, first + i, counts[i & (MIX - 1)], drivers[i & (MIX - 1)]);
        }
        scratch = new HostState();
        List<Field> fs = new ArrayList<>();
        for (Field f : HostState.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                fs.add(f);
            }
        }
        fields = fs.toArray(new Field[0]);
        restore(warmed, scratch);
    }

    @Benchmark
    public BucketScore close() {
        int i = cursor++ & (MIX - 1);
        return model.close(live, nextBucket++, counts[i], drivers[i]);
    }

    @Benchmark
    public BucketScore closeSummary() {
        int i = summaryCursor++ & (MIX - 1);
        return model.close(liveSummary, nextSummaryBucket++, summaries[i]);
    }

    @Benchmark
    public long learnEmptyDay() throws IllegalAccessException {
        restore(warmed, scratch);
        model.learnEmptyUntil(scratch, scratch.lastBucket + DAY_BUCKETS + 1);
        return scratch.lastBucket;
    }

    @Benchmark
    public long restoreOnly() throws IllegalAccessException {
        restore(warmed, scratch);
        return scratch.lastBucket;
    }

    /**
     * Copies every field of {@code from} into {@code to}, arrays element by element into the arrays
     * {@code to} already has: no allocation, and a field added to HostState is copied too.
     */
    private void restore(HostState from, HostState to) throws IllegalAccessException {
        for (Field f : fields) {
            Class<?> t = f.getType();
            if (t.isArray()) {
                Object src = f.get(from);
                System.arraycopy(src, 0, f.get(to), 0, Array.getLength(src));
            } else if (t == int.class) {
                f.setInt(to, f.getInt(from));
            } else if (t == long.class) {
                f.setLong(to, f.getLong(from));
            } else if (t == float.class) {
                f.setFloat(to, f.getFloat(from));
            } else if (t == double.class) {
                f.setDouble(to, f.getDouble(from));
            } else if (t == short.class) {
                f.setShort(to, f.getShort(from));
            } else if (t == byte.class) {
                f.setByte(to, f.getByte(from));
            } else if (t == boolean.class) {
                f.setBoolean(to, f.getBoolean(from));
            } else {
                f.set(to, f.get(from));
            }
        }
    }
}
