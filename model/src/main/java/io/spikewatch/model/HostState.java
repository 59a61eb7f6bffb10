package io.spikewatch.model;

/**
 * Everything the detector remembers about one host, in one compact value (969 bytes
 * serialized). A strict POJO so Flink stores it in RocksDB without Kryo; {@link #version} lets a
 * later release add fields and migrate.
 *
 * <p>Only {@link HostModel} mutates it.
 */
public final class HostState {

    /** Current layout version. */
    public static final int CURRENT_VERSION = 8;
    /** Time-of-week cells: 24 hours x {weekday, weekend}. */
    public static final int CELLS = 48;
    /** Hourly peaks kept for recurrence: 8 days. */
    public static final int PEAK_HOURS = 8 * 24;
    /** Recent buckets kept for sustained evidence. */
    public static final int WINDOW = 12;
    /** Drivers remembered per host (12 until layout 4: {@link HostModel} keeps the 10 most seen). */
    public static final int DRIVERS = 10;
    /** Bits per bucket of {@link #novelRing}. */
    public static final int NOVEL_BITS = 5;

    public int version = CURRENT_VERSION;
    /** Index (start / span) of the last closed bucket; {@link Long#MIN_VALUE} before the first. */
    public long lastBucket = Long.MIN_VALUE;
    /** Index of the host's first closed bucket; {@link Long#MIN_VALUE} before it. */
    public long firstBucket = Long.MIN_VALUE;
    /** Closed buckets, empty ones included, learned since the host was first seen (its installation not counted). */
    public int seen;
    /** Decayed mean and variance of all buckets. */
    public float levelMean;
    public float levelVar;
    /** Decayed mean, variance and update count (unsigned, saturating at 255) per time-of-week cell. */
    public float[] cellMean = new float[CELLS];
    public float[] cellVar = new float[CELLS];
    public byte[] cellN = new byte[CELLS];
    /** Log-quantized peak count per hour of the last 8 days, indexed by absolute hour mod 192. */
    public byte[] hourPeak = new byte[PEAK_HOURS];
    /**
     * Ring of the last {@link #WINDOW} buckets (index mod WINDOW): actual, expected, variance, each a
     * {@link Float16} (written once per bucket, read back as it was; from layout 8, which replaced
     * the 32-bit {@code winActual}, {@code winMean} and {@code winVar}: restored state starts with an
     * empty ring). Read and written through {@link #recentActual}, {@link #recentMean},
     * {@link #recentVar} and {@link #remember}.
     */
    public short[] recentActual = new short[WINDOW];
    public short[] recentMean = new short[WINDOW];
    public short[] recentVar = new short[WINDOW];
    /** Bit per ring slot: that bucket alerted on its own or was a usual burst (left out of sustained evidence). */
    public short winAlone;
    /** Decayed rate per bucket of bursts (buckets far above the count model). */
    public float burstRate;
    /** Decayed number of bursts learned, and mean and variance of their log size. */
    public float burstN;
    public float burstLogMean;
    public float burstLogVar;
    /** Who drove this host's buckets (hash of the top user or source), in how many, and in how many bursts. */
    public int[] drivers = new int[DRIVERS];
    public byte[] driverSeen = new byte[DRIVERS];
    public byte[] driverBursts = new byte[DRIVERS];

    /**
     * The current run: non-empty buckets one after the other with the same top driver
     * ({@link #runDriver}), who may have come second now and then while still writing: in how many
     * buckets it was on top ({@link #runLength}, unsigned, saturating at 255; 0 = none), how many
     * buckets the run spans ({@link #runSpan}, the same way; from layout 4), and their actual, expected and variance sums.
     */
    public int runDriver;
    public byte runLength;
    public byte runSpan;
    public float runActual;
    public float runExpected;
    public float runVar;
    /**
     * How often a non-empty bucket's top driver is the previous non-empty bucket's (decayed), and
     * how many such pairs were seen (saturating): on a busy server with many users, low.
     */
    public float sameDriverRate;
    public short sameDriverObs;
    /**
     * Where this host receives files ({@link TransferLocations#placeBit}, 63 bits each): locations
     * first seen today, yesterday, and before. Only {@link #rootsOld} counts as familiar, so a
     * location stays new for at least a day and an attack cannot vouch for its own drop folder.
     * {@code rootsOld == -1} (all 64 bits, never a place memory) while the host relearns its places
     * after the place depth changed: every place is familiar until a day of them has been learnt
     * (from layout 6; older bits were 64 to a place and are relearnt).
     */
    public long rootsToday;
    public long rootsYesterday;
    public long rootsOld;
    /** Decayed mean and variance per bucket of files into places not familiar to the host (from its third day). */
    public float novelMean;
    public float novelVar;
    /**
     * Files into new places in each of the last {@link #WINDOW} buckets, {@value #NOVEL_BITS} bits
     * each (saturating at 31), bucket {@code b} at bits {@code 5 * (b mod WINDOW)}: for bursts
     * split by a bucket boundary and streams over hours. From layout 5 (replacing {@code
     * novelLast}, the last bucket's alone: restored state starts at 0). Two of the 4 bits above the
     * ring: the attack tools or web shells (0-3) the last closed bucket brought (0 in older state);
     * the top two: the place depth minus one the place bits were computed at (from layout 6).
     */
    public long novelRing;
    /**
     * The host's {@code host.id} (15 bits of its hash), whether its sources report ids by turns (the
     * top bit), and the bucket (mod 2^16) it last changed: a reinstalled host's next hours are an
     * installation ({@link Reinstalls}; from layout 7, 0 before: learnt on the next bucket).
     */
    public int hostMark;
    /**
     * Who wrote to the host in the current and the previous {@value HostWriters#PERIOD} buckets,
     * one bit per account or source ({@link HostWriters}; from layout 8, 0 before).
     */
    public long writersNow;
    public long writersBefore;

    /** For Flink's POJO serializer and for new hosts. */
    public HostState() {}

    /** A deep copy (for what-if scoring and tests). */
    public HostState copy() {
        HostState c = new HostState();
        c.version = version;
        c.lastBucket = lastBucket;
        c.firstBucket = firstBucket;
        c.seen = seen;
        c.levelMean = levelMean;
        c.levelVar = levelVar;
        c.cellMean = cellMean.clone();
        c.cellVar = cellVar.clone();
        c.cellN = cellN.clone();
        c.hourPeak = hourPeak.clone();
        c.recentActual = recentActual.clone();
        c.recentMean = recentMean.clone();
        c.recentVar = recentVar.clone();
        c.winAlone = winAlone;
        c.burstRate = burstRate;
        c.burstN = burstN;
        c.burstLogMean = burstLogMean;
        c.burstLogVar = burstLogVar;
        c.drivers = drivers.clone();
        c.driverSeen = driverSeen.clone();
        c.driverBursts = driverBursts.clone();
        c.runDriver = runDriver;
        c.runLength = runLength;
        c.runSpan = runSpan;
        c.runActual = runActual;
        c.runExpected = runExpected;
        c.runVar = runVar;
        c.sameDriverRate = sameDriverRate;
        c.sameDriverObs = sameDriverObs;
        c.rootsToday = rootsToday;
        c.rootsYesterday = rootsYesterday;
        c.rootsOld = rootsOld;
        c.novelMean = novelMean;
        c.novelVar = novelVar;
        c.novelRing = novelRing;
        c.hostMark = hostMark;
        c.writersNow = writersNow;
        c.writersBefore = writersBefore;
        return c;
    }

    /** Ring slot {@code slot}'s count. */
    public float recentActual(int slot) {
        return Float16.decode(recentActual[slot]);
    }

    /** Ring slot {@code slot}'s expected count. */
    public float recentMean(int slot) {
        return Float16.decode(recentMean[slot]);
    }

    /** Ring slot {@code slot}'s variance. */
    public float recentVar(int slot) {
        return Float16.decode(recentVar[slot]);
    }

    /** Writes ring slot {@code slot}: a bucket's count, expected count and variance. */
    public void remember(int slot, double actual, double mean, double var) {
        recentActual[slot] = Float16.encode(actual);
        recentMean[slot] = Float16.encode(mean);
        recentVar[slot] = Float16.encode(var);
    }

    /** Whether no bucket of this host has been closed yet. */
    public boolean isNew() {
        return lastBucket == Long.MIN_VALUE;
    }
}
