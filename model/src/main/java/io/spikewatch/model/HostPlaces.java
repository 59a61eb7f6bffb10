package io.spikewatch.model;

/**
 * The part of {@link HostModel} that knows where a host receives files: the places it has
 * received files in (63 bits of {@link TransferLocations#placeBit}, in generations of today,
 * yesterday and before, so a place is familiar from the second day after it is first seen and an
 * attack cannot vouch for its own folder), and a second count series of files into places new to
 * it (staging locations always count), scored against how often the host receives such files.
 * Like the rest of the model it only reads and writes the {@link HostState} passed in.
 */
final class HostPlaces {

    /** Floor of the expected files into new places per bucket: a host is not infinitely surprised by a new folder. */
    static final double NOVEL_MIN_MEAN = 0.05;
    /** Floor of their dispersion index (variance / mean): new folders receive files in batches. */
    static final double NOVEL_DISPERSION = 2.0;
    /** Likelihood ratio of a sustained stream into a new staging folder: tool staging against ordinary business. */
    static final double STAGING_STREAM_RATIO = 0.01;
    /**
     * Likelihood ratio of files into new places that went mostly to hidden folders outside any home
     * ({@link TransferLocations#isHiddenDrop}): tools being hidden against an application's new folder.
     */
    static final double HIDDEN_DROP_RATIO = 0.01;
    /** Buckets such a stream must last (two hours of 15-minute buckets). */
    static final int STAGING_STREAM_BUCKETS = 8;
    /** Windows of the sustained test of files into new places, in buckets ({@link #novelWindows}). */
    static final int[] NOVEL_WINDOWS = {4, 8, 12};
    private static final int NOVEL_MASK = (1 << HostState.NOVEL_BITS) - 1;
    /** First bit of {@link HostState#novelRing} above the ring: the last bucket's armed files. */
    private static final int ARMED_SHIFT = HostState.NOVEL_BITS * HostState.WINDOW;
    private static final int ARMED_MASK = 3;
    /** First bit of {@link HostState#novelRing} above the armed files: the place depth minus one. */
    private static final int DEPTH_SHIFT = ARMED_SHIFT + 2;
    /** {@link HostState#rootsOld} while the host relearns its places: every place familiar. */
    static final long RELEARNING = -1L;

    private final DetectorSettings s;
    private final double alphaLevel;

    HostPlaces(DetectorSettings settings, double alphaLevel) {
        this.s = settings;
        this.alphaLevel = alphaLevel;
    }

    /**
     * Where the bucket's files (its top directories) landed, written into {@code out}: files in
     * ordinary places the host has received files in since before yesterday or in the own folder of
     * one of the bucket's writers ({@link TransferLocations#isOwnPlace}), files in places new to it
     * (staging locations, and files staged by name, always count as new), and the bits of its
     * ordinary places to learn.
     */
    long[] landed(HostState st, BucketSummary b, long[] out) {
        TransferLocations locations = s.locations();
        out[0] = 0;
        out[1] = 0;
        out[2] = 0;
        if (b == null || b.directories == null) {
            return out;
        }
        String[] dirs = b.directories.values;
        String[] users = b.userNames == null ? null : b.userNames.values;
        long stagedByPlace = 0;
        long familiarCache = 0;
        for (int i = 0; i < dirs.length; i++) {
            String d = dirs[i];
            if (d == null) {
                continue;
            }
            long n = b.directories.counts[i];
            if (locations.isStaging(d)) {
                out[1] += n;
                stagedByPlace += n;
                continue;
            }
            long bit = locations.placeBit(d);
            // A writer's own folder (its home, its SFTP folder, its profile) is familiar to it at once,
            // whoever tops the bucket: on a deadline night several people push into their homes together.
            boolean familiar = ownPlace(d, users) || (st.rootsOld & bit) != 0;
            out[familiar ? 0 : 1] += n;
            if (familiar && TransferLocations.isInstallerCache(d)) {
                familiarCache += n;
            }
            out[2] |= bit;
        }
        // Files staged by their names (documents among an installer cache's installers) are new too.
        long strays = Math.min(Math.max(0, b.stagedFiles - stagedByPlace), familiarCache);
        out[0] -= strays;
        out[1] += strays;
        return out;
    }

    /** Whether {@code dir} is the own folder of one of the bucket's writers ({@link TransferLocations#isOwnPlace}). */
    private static boolean ownPlace(String dir, String[] users) {
        if (users == null) {
            return false;
        }
        for (String u : users) {
            if (u != null && TransferLocations.isOwnPlace(dir, u)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the bucket continues a sustained stream of at least {@value #STAGING_STREAM_BUCKETS}
     * buckets and all its files went to places new to the host, most of them staging locations.
     */
    static boolean stagingStream(BucketSummary summary, long count, long novel, boolean novelScored,
                                         int window) {
        return novelScored && novel == count && summary.mostlyStaged() && window >= STAGING_STREAM_BUCKETS;
    }

    /**
     * Whether most of the bucket's {@code novel} files into new places went to hidden folders
     * outside any home ({@link BucketSummary#hiddenFiles}).
     */
    static boolean hiddenDrop(BucketSummary summary, long novel) {
        return summary != null && novel > 0 && 2 * summary.hiddenFiles >= novel;
    }

    /** Whether the host's place memory is old enough (two days) for "new place" to mean something. */
    boolean known(HostState st, long bucket) {
        return (bucket - st.firstBucket) * s.bucketSpanMs() >= 2 * DetectorSettings.DAY;
    }

    /**
     * P(at least {@code novel} files into new places over {@code buckets} buckets) under the host's
     * decayed rate of such files, over-dispersed.
     */
    static double novelTail(HostState st, long novel, int buckets) {
        double mu = novelMean(st);
        double var = novelVariance(st, mu);
        return CountTail.upperTail(novel, buckets * mu, buckets * var);
    }

    /**
     * Files into new places over the last {@link #NOVEL_WINDOWS} buckets, the closing one's
     * {@code novel} included and buckets that alerted on their own left out (their evidence has
     * been used), against the host's rate of such files: {@code {probability, buckets, files,
     * expected}} of the most surprising window, written into {@code out}. Tool staging spread over
     * hours, a few files a bucket among a user's own, adds up here.
     */
    static double[] novelWindows(HostState st, long bucket, long novel, double[] out) {
        out[0] = 1.0;
        long sum = novel;
        int used = 1;
        for (int w : NOVEL_WINDOWS) {
            for (; used < w; used++) {
                if (!HostModel.alone(st, bucket - used)) {
                    sum += novelIn(st, bucket - used);
                }
            }
            double p = novelTail(st, sum, w);
            if (p < out[0]) {
                out[0] = p;
                out[1] = w;
                out[2] = sum;
                out[3] = w * novelMean(st);
            }
        }
        return out;
    }

    /** Files into new places in bucket {@code bucket} of the last {@link HostState#WINDOW} (saturated at 31). */
    static int novelIn(HostState st, long bucket) {
        return (int) (st.novelRing >>> shift(bucket)) & NOVEL_MASK;
    }

    /** Remembers bucket {@code bucket}'s files into new places (0 for a bucket not scored for them). */
    static void rememberNovel(HostState st, long bucket, long novel) {
        int shift = shift(bucket);
        st.novelRing = (st.novelRing & ~((long) NOVEL_MASK << shift)) | (Math.min(novel, NOVEL_MASK) << shift);
    }

    /**
     * Attack tools or web shells (0-3) the last closed bucket brought, kept in the bits of
     * {@link HostState#novelRing} above its ring ({@value #ARMED_SHIFT} and up).
     */
    static int armedLast(HostState st) {
        return (int) (st.novelRing >>> ARMED_SHIFT) & ARMED_MASK;
    }

    /** Remembers the closing bucket's attack tools or web shells (capped at 3) for the next one. */
    static void rememberArmed(HostState st, int files) {
        st.novelRing = (st.novelRing & ~((long) ARMED_MASK << ARMED_SHIFT))
                | ((long) Math.min(files, ARMED_MASK) << ARMED_SHIFT);
    }

    private static int shift(long bucket) {
        return HostState.NOVEL_BITS * (int) Math.floorMod(bucket, HostState.WINDOW);
    }

    /** The expected files into new places per bucket, floored. */
    private static double novelMean(HostState st) {
        return Math.max(st.novelMean, NOVEL_MIN_MEAN);
    }

    /** Their variance, floored at {@value #NOVEL_DISPERSION} times the mean. */
    private static double novelVariance(HostState st, double mean) {
        return Math.max(st.novelVar, NOVEL_DISPERSION * mean);
    }

    /**
     * Learns one bucket's count of files into new places: in full when they are the host's
     * {@code ordinary} business, else clipped so an attack does not teach the next.
     */
    void learnNovel(HostState st, long novel, boolean ordinary) {
        double mu = novelMean(st);
        double var = novelVariance(st, mu);
        double x = ordinary ? novel : Math.min(novel, mu + s.winsorSigmas() * Math.sqrt(var));
        double d = x - st.novelMean;
        st.novelMean += (float) (alphaLevel * d);
        st.novelVar = (float) ((1 - alphaLevel) * (st.novelVar + alphaLevel * d * d));
    }

    /**
     * Moves the location generations to the day of {@code bucket}. Place bits computed at another
     * place depth than the configured one (a changed {@code detector.place-depth}) name other
     * places: the host relearns them, every place familiar meanwhile, rather than finding all of
     * them new at once.
     */
    void age(HostState st, long bucket) {
        int depth = s.locations().placeDepth();
        if (st.isNew()) {
            rememberPlaceDepth(st, depth);
            return;
        }
        if (placeDepth(st) != depth) {
            relearn(st);
            rememberPlaceDepth(st, depth);
            return;
        }
        long days = bucket * s.bucketSpanMs() / DetectorSettings.DAY - st.lastBucket * s.bucketSpanMs() / DetectorSettings.DAY;
        if (days < 1) {
            return;
        }
        long learnt = days == 1 ? st.rootsYesterday : st.rootsYesterday | st.rootsToday;
        if (st.rootsOld != RELEARNING) {
            st.rootsOld |= learnt;
        } else if (learnt != 0) {
            st.rootsOld = learnt; // a day of places learnt at the new depth
        }
        st.rootsYesterday = days == 1 ? st.rootsToday : 0;
        st.rootsToday = 0;
    }

    /** The place depth the host's place bits were computed at. */
    private static int placeDepth(HostState st) {
        return (int) (st.novelRing >>> DEPTH_SHIFT) + 1;
    }

    /** Records the place depth the host's place bits are computed at, in the top two bits of {@link HostState#novelRing}. */
    private static void rememberPlaceDepth(HostState st, int depth) {
        st.novelRing = (st.novelRing & ~(3L << DEPTH_SHIFT)) | ((long) (depth - 1) << DEPTH_SHIFT);
    }

    /** Forgets the host's places and relearns them: every place is familiar until a day has been learnt. */
    static void relearn(HostState st) {
        st.rootsOld = RELEARNING;
        st.rootsYesterday = 0;
        st.rootsToday = 0;
    }
}
