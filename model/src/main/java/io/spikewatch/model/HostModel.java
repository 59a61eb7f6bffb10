package io.spikewatch.model;

/**
 * The per-host detector: scores a closed bucket against the host's baseline, then learns from it.
 *
 * <p>Baseline. Every closed bucket, empty ones included, updates exponentially decayed means and
 * variances (half-life {@link DetectorSettings#halfLifeMs()}) of the host's overall level and of
 * its time-of-week cell (hour of day x weekday/weekend). The expectation blends the cell into the
 * overall level by the cell's history, so a host only "has" a daily or weekly rhythm once it has
 * shown it; a new host is blended into a wide prior for its first buckets.
 *
 * <p>Recurring spikes. The largest significant excess over the usual level of every hour of the
 * last 8 days is kept (log-quantized, one byte). When the same hour spiked on both previous days
 * (or both previous days of the same kind), that spike is expected again on top of the usual
 * level: a nightly backup is normal from its third night on.
 *
 * <p>Robustness. Once warmed up, learning clips a bucket at expected + k standard deviations, so
 * an attack does not raise the baseline enough to hide the next one.
 *
 * <p>Score. The count's one-sided tail under a negative binomial with the expected mean and an
 * over-dispersed variance; in parallel, sustained evidence: the sum of the last 2 (a burst split by
 * a bucket boundary), 4, 8 and 12 buckets against its expectation, how many of the last 12 were
 * active at all against how many a quiet host would have (buckets that alerted on their own are
 * left out, so a single burst does not count twice), and driver persistence (one account on top
 * bucket after bucket, {@link DriverRuns}), and files into places new to the host over the last 4, 8
 * and 12 buckets ({@link HostPlaces#novelWindows}). The sums and the new-place windows add buckets
 * up as one stream: when four or more accounts wrote in the last hours ({@link HostWriters}) they are
 * a crowd and are not summed, unless the bucket writes into staging locations. The smallest
 * probability (Bonferroni-corrected: six for the count tests, three for the new-place windows) is
 * mapped to 0-100 by {@link ScoreScale}.
 *
 * <p>Bursty hosts. The accounts that drive a host's buckets and the sizes of its bursts ({@link
 * HostBursts}) make a usual burster's bucket a mixture: the count model, or one of its bursts.
 * Where the host receives files is {@link HostPlaces}: a place it receives files in vouches for an
 * account it does not know as for one of the host's rare bursts, as rare as the hour is quiet (so
 * does a bucket of many people's files, {@link HostWriters#crowdedBucket}); at a
 * quiet hour such an account bursting bucket after bucket is tested as a run ({@link #burstRun}).
 *
 * <p>All memory is in the {@link HostState} passed in; time is a parameter. One instance per thread
 * (per operator instance): it keeps a scratch array so that learning empty buckets allocates nothing.
 */
public final class HostModel {

    /** A host never seen: what a reinstalled host is scored against during its installation. */
    private static final HostState BLANK = new HostState();
    /** Driver value meaning "unknown". */
    public static final int NO_DRIVER = 0;
    /** A bucket at least this probable is ordinary: its driver counts towards being a regular. */
    static final double REGULAR_P = 1e-3;

    /** Bursts an idle host must have received (from anyone) before a burst can be routine there. */
    static final int ROUTINE_BURSTS = 3;
    /** Below this mean count per bucket a host is idle but for its bursts. */
    static final double IDLE_LEVEL = 1.0;
    /** Sustained windows tried, in buckets. */
    static final int[] WINDOWS = {2, 4, 8, 12};
    /**
     * How much less likely a bucket is when it brings a file named as a tool intrusions bring
     * ({@link FileNames#isAttackTool}) or a web shell ({@link BucketSummary#webShells}): a name alone
     * alerts nowhere, but it leaves a handful of files on a workstation no longer a handful of anything.
     * Each such file counts, up to {@value #KIT_FILES}; a kit counts once more.
     */
    static final double ATTACK_TOOL_RATIO = 0.01;
    /**
     * Attack tools (or web shells) in one bucket from which it is a kit: chisel, rclone and AdFind
     * among a new workstation's installers are no helpdesk's one odd download.
     */
    static final int KIT_FILES = 3;
    /**
     * Expected files per bucket whose names read as encrypted documents, and their dispersion index:
     * generous (benign names of that shape come in batches), so only an encryption's tens of files
     * stand out by this test.
     */
    static final double ENCRYPTED_MEAN = 1.0;
    static final double ENCRYPTED_DISPERSION = 4.0;
    /**
     * An hour receiving at most this share of the host's usual level is quiet: there an account the
     * host does not know bursting bucket after bucket into its places is tested as a run.
     */
    static final double QUIET_HOUR_SHARE = 0.5;
    /** Share of a bucket's files in familiar locations that makes it the host's ordinary business. */
    static final double FAMILIAR_SHARE = 0.5;
    private static final double QUANT = 16.0;
    /** Cap of the overall level's dispersion index when it stands in for a young cell's. */
    private static final double MAX_LEVEL_DISPERSION = 10.0;

    private final DetectorSettings s;
    private final TimeOfWeek calendar;
    private final double alphaLevel;
    private final double alphaWeekdayCell;
    private final double alphaWeekendCell;
    private final double thresholdSurprise;
    private final double knownBurstRate;
    /** Buckets of an installation ({@link DetectorSettings#installMs()}, rounded up). */
    private final long installBuckets;
    /** Scratch for the expectations of empty buckets ({@link #learnEmptyUntil}): no allocation per bucket. */
    private final double[] zeroScratch = new double[5];
    /** Scratch for the closed bucket's expectation and its best sustained evidence. */
    private final double[] closeScratch = new double[5];
    private final double[] sustainedScratch = new double[5];
    /** Where the host receives files, and how often into places new to it. */
    private final HostPlaces places;
    /** Who drives the host's buckets, and how it bursts. */
    private final HostBursts bursts;
    /** Scratch for where the closed bucket's files landed ({@link HostPlaces#landed}). */
    private final long[] placeScratch = new long[3];
    /** Scratch for the sustained test of files into new places ({@link HostPlaces#novelWindows}). */
    private final double[] novelScratch = new double[4];
    /** Scratch for what the single-bucket tests found ({@link #scoreSingle}). */
    private final Single single = new Single();

    public HostModel(DetectorSettings settings) {
        this.s = settings.validate();
        this.calendar = new TimeOfWeek(settings.utcOffsetMinutes());
        double bucketsPerHalfLife = (double) settings.halfLifeMs() / settings.bucketSpanMs();
        double bucketsPerHour = (double) DetectorSettings.HOUR / settings.bucketSpanMs();
        this.alphaLevel = decayAlpha(bucketsPerHalfLife);
        // A weekday cell is updated bucketsPerHour times on 5 days of 7, a weekend cell on 2 of 7.
        double daysPerHalfLife = (double) settings.halfLifeMs() / DetectorSettings.DAY;
        this.alphaWeekdayCell = decayAlpha(daysPerHalfLife * 5 / 7 * bucketsPerHour);
        this.alphaWeekendCell = decayAlpha(daysPerHalfLife * 2 / 7 * bucketsPerHour);
        this.thresholdSurprise = ScoreScale.surpriseOfScore(settings.threshold());
        this.knownBurstRate = settings.bucketSpanMs() / (double) (7 * DetectorSettings.DAY);
        this.installBuckets = (settings.installMs() + settings.bucketSpanMs() - 1) / settings.bucketSpanMs();
        this.places = new HostPlaces(s, alphaLevel);
        this.bursts = new HostBursts(alphaLevel);
    }

    /** Smoothing factor whose weight halves after {@code updates} updates. */
    static double decayAlpha(double updates) {
        return 1 - Math.pow(2, -1 / Math.max(1.0, updates));
    }

    /** Index of the bucket holding {@code epochMs}. */
    public long bucketOf(long epochMs) {
        return Math.floorDiv(epochMs, s.bucketSpanMs());
    }

    /**
     * Whether a {@link HostSightings sighting} in {@code bucket} should close an empty bucket for the
     * host: when the host has no baseline yet (it starts now, at zero, instead of at its first
     * transfer) or closed no bucket for a day (its zeros are learned and its state kept alive).
     */
    public boolean wantsSighting(HostState st, long bucket) {
        return st == null || st.isNew() || bucket - st.lastBucket >= DetectorSettings.DAY / s.bucketSpanMs();
    }

    /**
     * Scores bucket {@code bucket} with {@code count} events and learns from it. Empty buckets since
     * the last closed one are learned first, as zeros.
     */
    public BucketScore close(HostState st, long bucket, long count) {
        return close(st, bucket, count, NO_DRIVER);
    }

    /**
     * Scores and learns bucket {@code bucket} with {@code count} events, driven mostly by
     * {@code driver} (a hash of its top user or source address; {@link #NO_DRIVER} if unknown).
     *
     * <p>A driver whose bursts this host has seen {@value HostBursts#KNOWN_BURST_DRIVER} times or more (a
     * deployment account on an application server) is scored against a mixture: the count model,
     * or one of the host's usual bursts at its learned rate and size. A driver that merely writes
     * to this host regularly (seen in {@value HostBursts#KNOWN_DRIVER} buckets or more) may burst about once a
     * week. A driver new to the host is scored against the count model alone: an attacker's
     * account gains nothing from the host's habits, and a first-time writer is what lateral
     * movement looks like.
     */
    public BucketScore close(HostState st, long bucket, long count, int driver) {
        return close(st, bucket, count, driver, null);
    }

    /** Scores and learns a closed bucket from its summary: count, driver and where its files landed. */
    public BucketScore close(HostState st, long bucket, BucketSummary summary) {
        return close(st, bucket, summary.count, summary.driverHash(), summary);
    }

    private BucketScore close(HostState st, long bucket, long count, int driver, BucketSummary summary) {
        if (st.version != HostState.CURRENT_VERSION) {
            migrate(st);
        }
        if (st.firstBucket == Long.MIN_VALUE) {
            st.firstBucket = bucket;
        }
        boolean adjacent = !st.isNew() && st.lastBucket == bucket - 1;
        places.age(st, bucket);
        learnEmptyUntil(st, bucket);
        Reinstalls.notice(st, bucket, summary == null ? null : summary.hostId, s.bucketSpanMs());
        boolean reinstalling = Reinstalls.installing(st, bucket, installBuckets);
        // A reinstalled host's software push is scored as a new host's would be: against the prior.
        double[] ev = expectation(reinstalling ? BLANK : st, bucket * s.bucketSpanMs(), closeScratch);
        Single one = scoreSingle(st, bucket, count, driver, summary, ev, adjacent, reinstalling);
        double[] sustained = sustainedScratch;
        boolean newPlaces = scoreSustained(st, bucket, count, driver, summary, one, sustained);
        double pSustained = sustained[0];
        double pSingle = one.p;
        double p = Math.min(pSingle, pSustained);
        boolean sustainedWins = pSustained < pSingle;
        double impact = clamp(Math.log10(Math.max(pSingle, 1e-300) / Math.max(pSustained, 1e-300)), -5, 5);
        boolean burstyIdleHost = st.burstN >= ROUTINE_BURSTS && one.idleHost && count > one.mu;
        double routine = !burstyIdleHost ? -1
                : ScoreScale.score(HostBursts.withBursts(st, one.pModel, st.burstRate, count - one.mu));
        BucketScore score = new BucketScore(
                bucket, count, one.mu, one.var, upperBound(one.mu, one.var), pSingle, pSustained, p, ScoreScale.score(p),
                impact, sustainedWins ? (int) sustained[1] : 0, sustainedWins ? sustained[2] : 0,
                sustainedWins ? sustained[3] : 0, st.seen < s.warmupBuckets(),
                one.slot < 0 ? 0 : HostBursts.seen(st.driverSeen, one.slot), routine,
                sustainedWins ? (int) sustained[4] : 0, sustainedWins && newPlaces, one.idleHost,
                one.restOfDrop && !sustainedWins ? one.armedBefore : 0, sustainedWins ? 0 : one.burstRun, reinstalling);
        learnClosed(st, bucket, count, driver, summary, ev, one, p);
        return score;
    }

    /**
     * What the single-bucket tests found ({@link #scoreSingle}), for the sustained tests and for
     * learning: one per model instance, overwritten by every closed bucket.
     */
    private static final class Single {
        /** The count model's expectation and variance (the encryption's usual level when encrypting). */
        double mu;
        double var;
        /** The count's tail under the count model alone, and after every single-bucket test. */
        double pModel;
        double p;
        /** The driver's slot among the host's drivers, or -1. */
        int slot;
        /** The bucket is a burst a habit of the host explains: it must not power the sustained tests. */
        boolean explained;
        boolean idleHost;
        /** Its files into places new to the host, and whether the host is old enough for that to mean something. */
        long novel;
        boolean novelScored;
        /** Where its files landed ({@link HostPlaces#landed}): familiar, new, place bits. */
        long places;
        /** Attack tools or web shells it brought (up to {@value #KIT_FILES}), and the previous bucket's. */
        int armedFiles;
        int armedBefore;
        /** The rest-of-a-drop test ({@link #restOfDrop}) decided its single-bucket probability. */
        boolean restOfDrop;
        /** The run-of-bursts test decided it: the account's previous buckets that burst too ({@link #burstRun}). */
        int burstRun;
        /** Its writers ({@link HostWriters#of}). */
        long writers;
    }

    /**
     * The single-bucket tests, each a probability of this bucket alone, the smallest kept (with one
     * factor of Bonferroni per extra test): its count against the count model, or against the host's
     * bursts where a habit vouches for it (a usual burster, a known account, a familiar place), and
     * a run of an unknown account's bursts at a quiet hour; its files into new places; its encrypted
     * documents; its attack tools; the rest of a drop.
     */
    private Single scoreSingle(HostState st, long bucket, long count, int driver, BucketSummary summary,
            double[] ev, boolean adjacent, boolean reinstalling) {
        Single one = single;
        // Documents written back with an extension appended (remote encryption): no habit of the
        // host vouches for them, not its places, its accounts or the job that runs at this hour.
        boolean encrypting = summary != null && summary.encrypting();
        // Files named as tools intrusions bring (AdFind.exe, aswArPot.sys) or a web shell planted in an
        // upload folder: no habit vouches for them either.
        boolean armed = summary != null && summary.armed();
        double mu = encrypting ? ev[3] : ev[0];
        double var = encrypting ? ev[4] : ev[1];
        double pModel = CountTail.upperTail(count, mu, var);
        double pSingle = pModel;
        int slot = HostBursts.driverSlot(st, driver);
        boolean usualBurst = !encrypting && !armed && slot >= 0 && HostBursts.seen(st.driverBursts, slot) >= HostBursts.KNOWN_BURST_DRIVER && count > mu;
        boolean knownDriver = !encrypting && !armed && slot >= 0 && HostBursts.seen(st.driverSeen, slot) >= HostBursts.KNOWN_DRIVER && count > mu;
        if (usualBurst) {
            double pi = st.burstRate;
            pSingle = HostBursts.withBursts(st, pModel, pi, count - mu);
        }
        long[] place = places.landed(st, summary, placeScratch);
        long novel = place[1];
        boolean novelScored = summary != null && places.known(st, bucket) && !reinstalling;
        double pNovel = novelScored && novel > 0 ? HostPlaces.novelTail(st, novel, 1) : 1.0;
        if (!novelScored && summary != null && summary.stagedFiles > 0 && !installing(st, bucket)) {
            // A host younger than its place memory: staging locations never become familiar, so
            // files into them are new to it already (a burst on a two-day-old host still stands out).
            pNovel = HostPlaces.novelTail(st, summary.stagedFiles, 1);
        }
        int novelLast = adjacent ? HostPlaces.novelIn(st, bucket - 1) : 0;
        if (novelScored && novel > 0 && novelLast > 0) {
            // A burst split by a bucket boundary: the pair against two buckets' worth (one more test).
            pNovel = Math.min(pNovel, 2 * HostPlaces.novelTail(st, novel + novelLast, 2));
        }
        if (HostPlaces.hiddenDrop(summary, novel)) {
            // Files hidden in a dot folder outside any home (/tmp/.font-unix, /opt/.backup): tools
            // being hidden, not an application's new folder.
            pNovel *= HostPlaces.HIDDEN_DROP_RATIO;
        }
        boolean idleHost = st.levelMean < IDLE_LEVEL;
        // A place the host receives files in vouches for a burst; on a host that receives next to
        // nothing, only for an account it knows (an attacker's account gains nothing from its habits),
        // unless its bursts come from anyone (a drop box: admins staging package sources).
        // So does a bucket of many people's files (four or more accounts, none with half of them):
        // enrolment morning on a records server, not one account's burst. Not into staging locations.
        boolean familiarPlace = !usualBurst && !encrypting && !armed && count > mu
                && (((slot >= 0 || !idleHost || HostBursts.isDropBox(st)) && place[0] >= FAMILIAR_SHARE * count)
                        || HostWriters.crowdedBucket(summary));
        double pRun = 2.0;
        int burstRun = 0;
        if (!usualBurst && knownDriver) {
            // Someone who writes here anyway may now and then come in bulk: about once a week.
            pSingle = HostBursts.withBursts(st, pModel, Math.max(knownBurstRate, st.burstRate), count - mu);
        } else if (!usualBurst && familiarPlace) {
            // Files for a place that receives files anyway may come in bulk too: about once a week,
            // as the host's bursts follow its rhythm (at an hour that receives a twentieth of the
            // host's usual level, a twentieth as often).
            double hourShare = Math.min(1.0, ev[3] / Math.max(st.levelMean, s.minMean()));
            double rate = Math.max(knownBurstRate, st.burstRate) * hourShare;
            pSingle = HostBursts.withBursts(st, pModel, rate, count - mu);
            burstRun = hourShare <= QUIET_HOUR_SHARE && !spikedYesterday(st, bucket * s.bucketSpanMs())
                    ? burstRun(st, bucket, driver) : 0;
            if (burstRun > 0) {
                // An account the host does not know bursting into its places quarter hour after
                // quarter hour at a quiet hour: each bucket another of the host's rare bursts (one more test).
                pRun = 2 * pSingle * Math.pow(rate, burstRun);
                pSingle = Math.min(pSingle, pRun);
            }
        }
        // Files into places new to the host, against how often it receives such files: on a busy
        // server whose deployments and users swamp the count model, 30 files into /var/tmp/.cache still stand out.
        pSingle = Math.min(pSingle, Math.min(1.0, 2 * pNovel));
        if (encrypting) {
            // Its encrypted files against a host that hardly ever receives a name like theirs: on a
            // busy file server, whose folder copies make its level wide, 150 documents written back
            // encrypted at 2 a.m. are still no folder copy (one more test).
            pSingle = Math.min(pSingle, 2 * CountTail.upperTail(summary.encryptedFiles, ENCRYPTED_MEAN,
                    ENCRYPTED_MEAN * ENCRYPTED_DISPERSION));
        }
        int armedFiles = armed ? (int) Math.min(summary.toolFiles + summary.webShellFiles, KIT_FILES) : 0;
        // Each such file a factor, a kit one more: linpeas.sh, pspy64 and chisel together on a server
        // built an hour ago are an intrusion, however little its prior knows of the server.
        pSingle *= Math.pow(ATTACK_TOOL_RATIO, armedFiles >= KIT_FILES ? armedFiles + 1 : armedFiles);
        int armedBefore = adjacent && st.runLength != 0 && st.runDriver == driver ? HostPlaces.armedLast(st) : 0;
        double pDrop = novelScored ? restOfDrop(st, summary, armedBefore, armedFiles, novel, novelLast) : 1.0;
        one.restOfDrop = 2 * pDrop < pSingle;
        pSingle = Math.min(pSingle, 2 * pDrop); // one more test
        one.burstRun = pSingle == pRun ? burstRun : 0;
        // A burst the mixture explains must not power the sustained tests either.
        one.explained = (usualBurst || knownDriver || familiarPlace) && pModel < HostBursts.BURST_P;
        one.mu = mu;
        one.var = var;
        one.pModel = pModel;
        one.p = pSingle;
        one.slot = slot;
        one.idleHost = idleHost;
        one.novel = novel;
        one.novelScored = novelScored;
        one.places = place[2];
        one.armedFiles = armedFiles;
        one.armedBefore = armedBefore;
        one.writers = HostWriters.of(summary);
        return one;
    }

    /**
     * The sustained tests, unless the bucket is a burst a habit explains: sums of the last buckets
     * against their expectation, activity of a quiet host, driver persistence ({@link DriverRuns}),
     * a stream into a new staging folder, and files into new places over hours
     * ({@link HostPlaces#novelWindows}); not the sums nor the new places of a crowd
     * ({@link HostWriters#crowdedWindow}). Writes {@code {probability (Bonferroni-corrected), buckets,
     * actual, expected, buckets led by one driver}} into {@code sustained}; returns whether the
     * files-into-new-places series decided it.
     */
    private boolean scoreSustained(HostState st, long bucket, long count, int driver, BucketSummary summary,
            Single one, double[] sustained) {
        set(sustained, 1.0, 0, 0, 0);
        if (one.explained) {
            return false;
        }
        // Many accounts writing a few files each (a share's users the week it moved to this server):
        // the sums would add up a crowd as if it were one stream. Not when files go to staging locations.
        boolean crowd = HostWriters.crowdedWindow(st, one.writers, summary);
        if (!crowd) {
            sustained(st, bucket, count, one.mu, one.var, sustained);
        }
        DriverRuns.evidence(st, bucket, count, one.mu, one.var, driver, sustained);
        double pSustained = Math.min(1.0, sustained[0] * (WINDOWS.length + 2));
        if (HostPlaces.stagingStream(summary, count, one.novel, one.novelScored, (int) sustained[1])
                && -Math.log10(Math.max(pSustained * HostPlaces.STAGING_STREAM_RATIO, 1e-300)) >= thresholdSurprise) {
            // Hours of files into a staging folder new to the host: how tools are staged slowly. The
            // ratio only ever makes such a stream alert; it lifts nothing else (a helpdesk round
            // stays as quiet as it was, and feeds no spread).
            pSustained *= HostPlaces.STAGING_STREAM_RATIO;
        }
        sustained[0] = pSustained;
        if (one.novelScored && one.novel > 0 && !crowd) {
            // Files into new places over hours: tool staging a few files a bucket among a user's own.
            double[] w = HostPlaces.novelWindows(st, bucket, one.novel, novelScratch);
            double pNew = Math.min(1.0, w[0] * HostPlaces.NOVEL_WINDOWS.length);
            if (pNew < pSustained) {
                set(sustained, pNew, w[1], w[2], w[3]);
                return true;
            }
        }
        return false;
    }

    /**
     * Learns the closed bucket (probability {@code p}, all tests together): its count, its driver,
     * where its files landed, what it brought. An installation's buckets are remembered nowhere.
     */
    private void learnClosed(HostState st, long bucket, long count, int driver, BucketSummary summary, double[] ev,
            Single one, double p) {
        st.rootsToday |= one.places;
        if (installing(st, bucket)) {
            // Scored against the prior, remembered nowhere: the installation is not the host's normal.
            st.lastBucket = bucket;
            return;
        }
        boolean burst = one.pModel < HostBursts.BURST_P && count > one.mu;
        if (burst) {
            bursts.learnSize(st, count - one.mu);
        }
        // Anomalous buckets do not make their driver a regular: a slow attack must not vouch for itself.
        HostBursts.learnDriver(st, driver, burst, p >= REGULAR_P);
        DriverRuns.learn(st, bucket, count, one.mu, one.var, driver, summary, p >= REGULAR_P);
        learn(st, bucket, count, ev);
        HostWriters.learn(st, one.writers);
        HostPlaces.rememberNovel(st, bucket, one.novel);
        HostPlaces.rememberArmed(st, one.armedFiles);
        if (one.novelScored) {
            places.learnNovel(st, one.novel, isOrdinaryNovelty(summary, one));
        }
        int ring = (int) Math.floorMod(bucket, HostState.WINDOW);
        boolean alone = one.explained || ScoreScale.score(one.p) >= s.threshold();
        st.winAlone = (short) (alone ? st.winAlone | (1 << ring) : st.winAlone & ~(1 << ring));
    }

    /**
     * Whether a bucket's files into new places are the host's ordinary business, to be learned in
     * full: its count is ordinary under the count model, and none of its files went to staging or
     * hidden folders or are attack tools. A backup target's per-client folders and a dump's dated
     * ones are new every night; any other bucket teaches the rate of new places clipped, so an
     * attack does not teach the next.
     */
    private static boolean isOrdinaryNovelty(BucketSummary summary, Single one) {
        return summary != null && one.pModel >= REGULAR_P && summary.stagedFiles == 0 && summary.hiddenFiles == 0
                && one.armedFiles == 0;
    }

    /**
     * The rest of a drop whose first quarter hour brought tools or web shells ({@code armedBefore},
     * by the same account): this bucket's {@code novel} files into new places with the previous
     * bucket's {@code novelLast}, against two buckets' worth, carrying the tools' weight (and the
     * hidden folder's); 1 when there is no such drop.
     */
    private static double restOfDrop(HostState st, BucketSummary summary, int armedBefore, int armedFiles,
            long novel, int novelLast) {
        if (armedBefore == 0 || novel == 0 || novelLast == 0) {
            return 1.0;
        }
        double p = 2 * HostPlaces.novelTail(st, novel + novelLast, 2)
                * Math.pow(ATTACK_TOOL_RATIO, Math.min(armedBefore + armedFiles, KIT_FILES));
        return HostPlaces.hiddenDrop(summary, novel) ? p * HostPlaces.HIDDEN_DROP_RATIO : p;
    }

    /**
     * The buckets right before {@code bucket} that {@code driver} led one after the other (no gap,
     * on top in each) and that a habit of the host explained or that alerted on their own: how long
     * the account has been bursting, up to {@value HostState#WINDOW} - 1.
     */
    static int burstRun(HostState st, long bucket, int driver) {
        int length = st.runLength & 0xff;
        if (length == 0 || st.runDriver != driver || st.lastBucket != bucket - 1 || length != (st.runSpan & 0xff)) {
            return 0;
        }
        int run = 0;
        while (run < Math.min(length, HostState.WINDOW - 1) && alone(st, bucket - run - 1)) {
            run++;
        }
        return run;
    }

    /**
     * Whether the same hour spiked yesterday: a job's second night is not a run of strangers
     * (its third is a recurring spike, {@link #recurringLevel}).
     */
    private boolean spikedYesterday(HostState st, long startMs) {
        return peak(st, calendar.absoluteHour(startMs) - 24) > 0;
    }

    /**
     * Passes over {@code bucket} without learning it (a maintenance window that suspends
     * learning): earlier empty buckets are learned as usual, this one leaves no trace in the
     * baselines and adds nothing to the sustained sums. A host never seen stays new.
     */
    public void skip(HostState st, long bucket) {
        if (st.isNew()) {
            return;
        }
        learnEmptyUntil(st, bucket);
        int slot = (int) Math.floorMod(bucket, HostState.WINDOW);
        st.remember(slot, 0, 0, 0);
        HostPlaces.rememberNovel(st, bucket, 0);
        st.winAlone &= (short) ~(1 << slot);
        HostWriters.rotate(st, bucket);
        st.runLength = 0;
        st.lastBucket = bucket;
    }

    /** Whether {@code bucket} falls in the host's installation period, or in the one after it was reinstalled. */
    private boolean installing(HostState st, long bucket) {
        return (bucket - st.firstBucket) * s.bucketSpanMs() < s.installMs()
                || Reinstalls.installing(st, bucket, installBuckets);
    }

    /** Learns every empty bucket after the last closed one (and after the installation) and before {@code bucket}. */
    public void learnEmptyUntil(HostState st, long bucket) {
        if (st.isNew()) {
            return;
        }
        long from = Math.max(st.lastBucket + 1, st.firstBucket + (s.installMs() + s.bucketSpanMs() - 1) / s.bucketSpanMs());
        // Beyond the state's horizon (8 days of peaks, the decay) older zeros change nothing useful.
        long horizon = Math.max(8 * DetectorSettings.DAY, 4 * s.halfLifeMs()) / s.bucketSpanMs();
        if (bucket - from > horizon) {
            from = bucket - horizon;
        }
        for (long b = from; b < bucket; b++) {
            learn(st, b, 0, expectation(st, b * s.bucketSpanMs(), zeroScratch));
            if (places.known(st, b)) {
                places.learnNovel(st, 0, false);
            }
        }
    }

    /**
     * Expected mean and variance of the count in the bucket starting at {@code startMs}:
     * {@code {mean, variance, recurringSpike, usualMean, usualVariance}} (the last two without the recurring spike).
     */
    double[] expectation(HostState st, long startMs) {
        return expectation(st, startMs, new double[5]);
    }

    /** {@link #expectation(HostState, long)} written into {@code out} (length 5), which is returned. */
    private double[] expectation(HostState st, long startMs, double[] out) {
        double n = st.seen;
        double pm = s.priorMean();
        double pv = pm + s.priorDispersion() * pm * pm;
        double k0 = s.priorWeight();
        double levelMean = (n * st.levelMean + k0 * pm) / (n + k0);
        double levelVar = (n * st.levelVar + k0 * pv) / (n + k0);
        // Fallback of a cell with little history: the same hour on the other kind of day,
        // itself blended into the host's overall level. Variances are blended as dispersion
        // indices (variance / mean), so a quiet hour of a host that is busy by day is not given the
        // day's variance; the overall level's index is capped because it mixes every hour's level.
        int cell = calendar.cell(startMs);
        int other = cell >= 24 ? cell - 24 : cell + 24;
        double levelD = Math.min(dispersion(levelMean, levelVar), MAX_LEVEL_DISPERSION);
        double no = st.cellN[other] & 0xff;
        double wo = no / (no + s.cellShrink());
        double hourMean = wo * st.cellMean[other] + (1 - wo) * levelMean;
        double hourD = wo * dispersion(st.cellMean[other], st.cellVar[other]) + (1 - wo) * levelD;
        double nc = st.cellN[cell] & 0xff;
        double w = nc / (nc + s.cellShrink());
        double wv = nc / (nc + 1);
        double mu = Math.max(w * st.cellMean[cell] + (1 - w) * hourMean, s.minMean());
        double d = Math.max(wv * dispersion(st.cellMean[cell], st.cellVar[cell]) + (1 - wv) * hourD,
                s.minDispersionIndex());
        // Plus the uncertainty of the mean itself while the cell is young.
        double var = d * mu + mu * mu / (nc + 1);
        mu = Math.max(mu, s.minMean());
        var = Math.max(var, s.minDispersionIndex() * mu);
        double baseMu = mu;
        double baseVar = var;
        // A spike that recurred at this hour is expected on top of the usual level.
        double rec = recurringLevel(st, startMs);
        if (rec > 0) {
            mu += rec;
            var = Math.max(var, mu + 0.25 * rec * rec);
        }
        out[0] = mu;
        out[1] = var;
        out[2] = rec;
        out[3] = baseMu;
        out[4] = baseVar;
        return out;
    }

    /** variance / mean, with the mean floored so an empty cell does not explode. */
    private double dispersion(double mean, double var) {
        return var / Math.max(mean, s.minMean());
    }

    /**
     * The spike (excess over the usual level) the same hour showed on both of the two previous
     * days, or on both of the two previous days of the same kind (weekday/weekend), whichever is
     * higher; 0 if neither. A nightly job is recurring on its third night, a weekday-only job on a
     * Monday too; an office host's busy Friday is no spike and says nothing about its Saturday.
     */
    double recurringLevel(HostState st, long startMs) {
        if (st.seen < 2 * DetectorSettings.DAY / s.bucketSpanMs()) {
            return 0;
        }
        long hour = calendar.absoluteHour(startMs);
        int daily = Math.min(peak(st, hour - 24), peak(st, hour - 48));
        int d1 = calendar.daysBackSameKind(startMs, 1);
        int d2 = calendar.daysBackSameKind(startMs, 2);
        int sameKind = Math.min(peak(st, hour - 24L * d1), peak(st, hour - 24L * d2));
        return decode(Math.max(daily, sameKind));
    }

    private static int peak(HostState st, long hour) {
        return st.hourPeak[(int) Math.floorMod(hour, HostState.PEAK_HOURS)] & 0xff;
    }

    /**
     * Sustained evidence at {@code bucket}: writes {@code {probability, window, actual, expected}}
     * of the most surprising window into {@code best} where it beats what is there.
     */
    private void sustained(HostState st, long bucket, long count, double mu, double var, double[] best) {
        // The bucket itself must be clearly above normal: the tail of a past burst is not "sustained".
        if (count < mu + Math.sqrt(var) || st.seen < HostState.WINDOW) {
            return;
        }
        // Buckets that alerted on their own are left out: their evidence has been used.
        double sumA = count;
        double sumM = mu;
        double sumV = var;
        double sumQ = nonZeroProbability(mu, var);
        int n = 1;
        int nonZero = 1;
        int used = 1;
        for (int w : WINDOWS) {
            for (; used < w; used++) {
                if (alone(st, bucket - used)) {
                    continue;
                }
                int slot = (int) Math.floorMod(bucket - used, HostState.WINDOW);
                double a = st.recentActual(slot);
                double expected = st.recentMean(slot);
                double variance = st.recentVar(slot);
                sumA += a;
                sumM += expected;
                sumV += variance;
                sumQ += nonZeroProbability(expected, variance);
                n++;
                nonZero += a > 0 ? 1 : 0;
            }
            double v = sumV + Math.pow(s.levelCv() * sumM, 2);
            double p = CountTail.upperTail(sumA, sumM, Math.max(v, sumM * (1 + 1e-6)));
            if (p < best[0]) {
                set(best, p, w, sumA, sumM);
            }
        }
        // Persistence: a quiet host active in bucket after bucket, whatever the batch sizes.
        double q = sumQ / n;
        if (nonZero >= 3 && q < 0.5) {
            double p = CountTail.regularizedBeta(q, nonZero, n - nonZero + 1);
            if (p < best[0]) {
                set(best, p, WINDOWS[WINDOWS.length - 1], sumA, sumM);
            }
        }
    }

    /**
     * Whether bucket {@code bucket} of the last {@link HostState#WINDOW} alerted on its own (or was
     * explained as a usual burst): the sustained sums leave it out, its evidence has been used.
     */
    static boolean alone(HostState st, long bucket) {
        return (st.winAlone & (1 << (int) Math.floorMod(bucket, HostState.WINDOW))) != 0;
    }

    /**
     * Brings a baseline restored from an older layout ({@link HostState#version}) up to date: a run
     * of layout 3 or before had no gaps; place bits before layout 6 were one in 64 and are relearnt.
     */
    static void migrate(HostState st) {
        if (st.version < 4) {
            st.runSpan = st.runLength;
        }
        if (st.version < 6) {
            HostPlaces.relearn(st);
        }
        if (st.drivers.length > HostState.DRIVERS) {
            keepMostSeenDrivers(st);
        }
        st.version = HostState.CURRENT_VERSION;
    }

    /** Layout 4 had 12 driver slots, layout 5 has {@link HostState#DRIVERS}: keeps the most seen. */
    private static void keepMostSeenDrivers(HostState st) {
        Integer[] order = new Integer[st.drivers.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> HostBursts.seen(st.driverSeen, b) - HostBursts.seen(st.driverSeen, a));
        int[] drivers = new int[HostState.DRIVERS];
        byte[] seen = new byte[HostState.DRIVERS];
        byte[] bursts = new byte[HostState.DRIVERS];
        for (int i = 0; i < HostState.DRIVERS; i++) {
            drivers[i] = st.drivers[order[i]];
            seen[i] = st.driverSeen[order[i]];
            bursts[i] = st.driverBursts[order[i]];
        }
        st.drivers = drivers;
        st.driverSeen = seen;
        st.driverBursts = bursts;
    }

    /** Writes sustained evidence of a sum of buckets: {@code {probability, buckets, actual, expected, 0}}. */
    private static void set(double[] a, double p, double window, double actual, double expected) {
        set(a, p, window, actual, expected, 0);
    }

    /** Writes sustained evidence {@code {probability, buckets, actual, expected, buckets led by one driver}}. */
    static void set(double[] a, double p, double window, double actual, double expected, int led) {
        a[0] = p;
        a[1] = window;
        a[2] = actual;
        a[3] = expected;
        a[4] = led;
    }

    /** P(X > 0) under the count model. */
    private static double nonZeroProbability(double mu, double var) {
        if (var <= mu * (1 + 1e-9)) {
            return 1 - Math.exp(-mu);
        }
        double r = mu * mu / (var - mu);
        return 1 - Math.pow(mu / var, r);
    }

    /** Smallest count whose single-bucket score reaches the threshold. */
    private double upperBound(double mu, double var) {
        double target = Math.pow(10, -thresholdSurprise);
        long lo = (long) Math.ceil(mu);
        long hi = Math.max(lo + 1, (long) Math.ceil(mu + 4 * Math.sqrt(var)) + 1);
        while (CountTail.upperTail(hi, mu, var) > target && hi < (1L << 40)) {
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (CountTail.upperTail(mid, mu, var) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** Updates the baseline with one closed bucket. */
    private void learn(HostState st, long bucket, long count, double[] ev) {
        double mu = ev[0];
        double var = ev[1];
        long startMs = bucket * s.bucketSpanMs();
        if (count == 0) {
            st.runLength = 0; // an empty bucket ends a driver run
        }
        double x = count;
        if (st.seen >= s.warmupBuckets()) {
            x = Math.min(x, mu + s.winsorSigmas() * Math.sqrt(var));
        }
        double a = Math.max(1.0 / (st.seen + 1), alphaLevel);
        double d = x - st.levelMean;
        st.levelMean += (float) (a * d);
        st.levelVar = (float) ((1 - a) * (st.levelVar + a * d * d));
        st.burstRate *= (float) (1 - alphaLevel);

        int cell = calendar.cell(startMs);
        int nc = st.cellN[cell] & 0xff;
        double ac = Math.max(1.0 / (nc + 1), cell >= 24 ? alphaWeekendCell : alphaWeekdayCell);
        double dc = x - st.cellMean[cell];
        st.cellMean[cell] += (float) (ac * dc);
        st.cellVar[cell] = (float) ((1 - ac) * (st.cellVar[cell] + ac * dc * dc));
        if (nc < 255) {
            st.cellN[cell] = (byte) (nc + 1);
        }

        int peakSlot = (int) Math.floorMod(calendar.absoluteHour(startMs), HostState.PEAK_HOURS);
        // The hour's peak spike: excess over the usual level (recurrence aside), if significant.
        double excess = count - ev[3];
        int q = excess > 3 * Math.sqrt(ev[4]) ? encode(Math.round(excess)) : 0;
        boolean firstOfHour = Math.floorMod(startMs + (long) s.utcOffsetMinutes() * DetectorSettings.MINUTE,
                DetectorSettings.HOUR) < s.bucketSpanMs();
        st.hourPeak[peakSlot] = (byte) (firstOfHour ? q : Math.max(q, st.hourPeak[peakSlot] & 0xff));

        int slot = (int) Math.floorMod(bucket, HostState.WINDOW);
        st.remember(slot, count, mu, var);
        HostPlaces.rememberNovel(st, bucket, 0);
        st.winAlone &= (short) ~(1 << slot);
        HostWriters.rotate(st, bucket);

        st.seen++;
        st.lastBucket = bucket;
    }

    /** One-byte log scale: {@code round(16 * log2(1 + c))}, saturating at 255 (~61 000). */
    static int encode(long count) {
        return (int) Math.min(255, Math.round(QUANT * Math.log(1 + count) / Math.log(2)));
    }

    static double decode(int q) {
        return q == 0 ? 0 : Math.pow(2, q / QUANT) - 1;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
