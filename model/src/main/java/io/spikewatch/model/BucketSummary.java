package io.spikewatch.model;

/**
 * What one host received in one 15-minute bucket: the count the model scores, and bounded
 * influencer sketches that explain it. Memory is bounded whatever an attacker sends:
 * {@value #TOP_K} values per field and {@value #MAX_SAMPLES} sample paths.
 *
 * <p>A strict mutable POJO: it is Flink keyed state while the bucket is open.
 */
public final class BucketSummary {

    public static final int TOP_K = 8;
    public static final int MAX_SAMPLES = 10;
    /** Files read as encrypted documents that make a bucket an encryption, whatever else it holds. */
    public static final int ENCRYPTING_FILES = 10;
    private static final String USER_DRIVER = "user.name=";
    private static final String SOURCE_DRIVER = "source.ip=";
    private static final int USER_DRIVER_HASH = USER_DRIVER.hashCode();
    private static final int SOURCE_DRIVER_HASH = SOURCE_DRIVER.hashCode();

    /** Bucket start, epoch ms. */
    public long bucketStartMs;
    /** Remote transfers counted in the bucket. */
    public long count;
    /** Earliest and latest event time seen, epoch ms. */
    public long firstEventMs = Long.MAX_VALUE;
    public long lastEventMs = Long.MIN_VALUE;
    /** Sum of {@code file.size} where present. */
    public long bytes;
    /** Files written into a staging location ({@link TransferLocations}). */
    public long stagedFiles;
    /** Files whose names read as encrypted documents ({@link FileNames#looksEncrypted}). */
    public long encryptedFiles;
    /** Files into hidden directories outside home directories ({@link TransferLocations#isHiddenDrop}). */
    public long hiddenFiles;
    /** Files named as tools intrusions bring ({@link FileNames#isAttackTool}). */
    public long toolFiles;
    /** The first such file's name; null if none. */
    public String toolExample;
    /**
     * Scripts a web server runs as code written into an upload folder: web shells
     * ({@link FileNames#isWebShell}).
     */
    public long webShellFiles;
    /** The first such file's path; null if none. */
    public String webShellExample;
    /** The first staging directory a file of the bucket went to; null if none. */
    public String stagedExample;
    public String hostId;
    public TopK userNames;
    public TopK userIds;
    public TopK userDomains;
    public TopK sourceIps;
    public TopK processNames;
    public TopK signers;
    public TopK signatureTrusted;
    public TopK modules;
    public TopK actions;
    public TopK extensions;
    public TopK directories;
    /**
     * Buckets the driver had driven on this host before this one, as the model knew when it scored
     * the bucket; 0 for a first-time writer, -1 while the bucket is open.
     */
    public int driverSeen = -1;
    /** {@link BucketScore#routineScore()} as the model knew it when it scored the bucket; -1 if none. */
    public double routineScore = -1;
    /** {@link BucketScore#sustainedLed()}: buckets one account led in the sustained window; 0 if none. */
    public int sustainedLed;
    /** {@link BucketScore#sustainedNewPlaces()}: the sustained evidence is files into places new to the host. */
    public boolean sustainedNewPlaces;
    /** {@link BucketScore#idleHost()}: the host receives next to nothing but its bursts. */
    public boolean idleHost;
    /**
     * {@link BucketScore#armedBefore()}: attack tools or web shells the same account's previous bucket
     * brought, when this bucket is scored as the rest of that drop; 0 otherwise.
     */
    public int armedBefore;
    /**
     * {@link BucketScore#burstRun()}: the buckets right before this one in which the same account,
     * new to the host, burst into its places too at a quiet hour, when that is the evidence; 0 otherwise.
     */
    public int burstRun;
    /** {@link BucketScore#reinstalled()}: the host's installation after a reinstall (its {@code host.id} changed). */
    public boolean reinstalled;
    /** Whether this is the first bucket ever closed for the host. */
    public boolean firstOfHost;
    /** Hosts the same driver lifted within the fleet window when this bucket alerted as a spread; 0 otherwise. */
    public int spreadHosts;
    /** Whether that spread is a toolkit spread: mostly the same files on each host ({@link AlertGate}). */
    public boolean spreadSameFiles;
    /**
     * Set on an alert re-emitted as the update of an open incident: how many later buckets of the
     * same host and driver it stands for (0 for a new alert) ...
     */
    public int suppressedDocs;
    /** ... and the end of the last of them (epoch ms); 0 for a new alert. */
    public long suppressedUntilMs;
    /** Set by the gate on a record it held back instead of alerting: why; {@code null} otherwise. */
    public HoldReason heldBack;
    /** The first distinct file paths seen (file.path, else file.name). */
    public String[] samplePaths;
    /** Which file names the bucket received: a {@link NameSketch}. */
    public int[] names;

    /** For Flink's POJO serializer. */
    public BucketSummary() {}

    /** An empty summary of the bucket starting at {@code bucketStartMs}. */
    public static BucketSummary empty(long bucketStartMs) {
        BucketSummary s = new BucketSummary();
        s.bucketStartMs = bucketStartMs;
        s.userNames = new TopK(TOP_K);
        s.userIds = new TopK(TOP_K);
        s.userDomains = new TopK(TOP_K);
        s.sourceIps = new TopK(TOP_K);
        s.processNames = new TopK(TOP_K);
        s.signers = new TopK(TOP_K);
        s.signatureTrusted = new TopK(2);
        s.modules = new TopK(TOP_K);
        s.actions = new TopK(TOP_K);
        s.extensions = new TopK(TOP_K);
        s.directories = new TopK(TOP_K);
        s.samplePaths = new String[0];
        s.names = NameSketch.EMPTY;
        return s;
    }

    /** Whether at least half of the bucket's files landed in staging locations. */
    public boolean mostlyStaged() {
        return count > 0 && 2 * stagedFiles >= count;
    }

    /**
     * Whether the bucket is an encryption: at least {@value #ENCRYPTING_FILES} of its files, or half
     * of them, read as encrypted documents ({@link FileNames}); ransom notes and the tools beside them
     * may be the rest.
     */
    public boolean encrypting() {
        return encryptedFiles > 0 && (encryptedFiles >= ENCRYPTING_FILES || 2 * encryptedFiles >= count);
    }

    /** Whether the bucket holds a file named as a tool intrusions bring ({@link FileNames#isAttackTool}). */
    public boolean attackTools() {
        return toolFiles > 0;
    }

    /** Whether the bucket planted a web shell: a server-side script into an upload folder. */
    public boolean webShells() {
        return webShellFiles > 0;
    }

    /** Whether the bucket brings what intrusions bring, attack tools or web shells: nobody's routine. */
    public boolean armed() {
        return attackTools() || webShells();
    }

    /** Notes what the model knew when it scored this bucket ({@link #driverSeen}, {@link #routineScore}). */
    public void scoredAs(BucketScore score) {
        driverSeen = score.driverSeen();
        routineScore = score.routineScore();
        sustainedLed = score.sustainedLed();
        sustainedNewPlaces = score.sustainedNewPlaces();
        idleHost = score.idleHost();
        armedBefore = score.armedBefore();
        burstRun = score.burstRun();
        reinstalled = score.reinstalled();
    }

    /** Counts one accepted transfer into the bucket; {@code locations} tells staging locations. */
    public void add(FileEvent e, TransferLocations locations) {
        count++;
        firstEventMs = Math.min(firstEventMs, e.timestampMs());
        lastEventMs = Math.max(lastEventMs, e.timestampMs());
        if (e.fileSize() > 0) {
            bytes += e.fileSize();
        }
        if (hostId == null) {
            hostId = e.hostId();
        }
        String dir = TransferLocations.directoryOf(e);
        boolean staged = locations.isStaging(dir, e.fileName());
        if (staged) {
            stagedFiles++;
            if (stagedExample == null) {
                stagedExample = dir;
            }
            if (TransferLocations.isHiddenDrop(dir)) {
                hiddenFiles++;
            }
        }
        if (FileNames.looksEncrypted(e.fileName())) {
            encryptedFiles++;
        }
        if (FileNames.isAttackTool(e.fileName()) || (staged && FileNames.isMasquerade(e.fileName()))) {
            toolFiles++;
            if (toolExample == null) {
                toolExample = e.fileName();
            }
        }
        if (FileNames.isWebShell(e.fileName(), dir)) {
            webShellFiles++;
            if (webShellExample == null) {
                webShellExample = e.filePath() != null ? e.filePath() : e.fileName();
            }
        }
        userNames.add(e.userName());
        userIds.add(e.userId());
        userDomains.add(e.userDomain());
        sourceIps.add(e.sourceIp());
        processNames.add(e.processName());
        signers.add(e.signatureSubject());
        signatureTrusted.add(e.signatureTrusted() == null ? null : e.signatureTrusted().toString());
        modules.add(e.eventModule());
        actions.add(e.eventAction());
        extensions.add(e.fileExtension());
        directories.add(dir);
        addSample(e.filePath() != null ? e.filePath() : e.fileName());
        names = NameSketch.add(names == null ? NameSketch.EMPTY : names, e.fileName());
    }

    /**
     * The influencer that drove the bucket: {@code user.name=<top user>}, else
     * {@code source.ip=<top source>}, else {@code null}.
     */
    public String driver() {
        String user = userNames == null ? null : userNames.top();
        if (user != null) {
            return USER_DRIVER + user;
        }
        String ip = sourceIps == null ? null : sourceIps.top();
        return ip == null ? null : SOURCE_DRIVER + ip;
    }

    /** A stable, non-zero hash of {@link #driver()} for the model's burst memory; 0 if none. */
    public int driverHash() {
        String user = userNames == null ? null : userNames.top();
        if (user != null) {
            return driverHash(USER_DRIVER_HASH, user);
        }
        String ip = sourceIps == null ? null : sourceIps.top();
        return ip == null ? HostModel.NO_DRIVER : driverHash(SOURCE_DRIVER_HASH, ip);
    }

    /**
     * Whether the driver with this {@link #driverHash()} wrote into the bucket, on top or not: one of
     * its {@value #TOP_K} most frequent users, or sources. No allocation.
     */
    public boolean wroteAs(int driverHash) {
        return driverHash != HostModel.NO_DRIVER
                && (holds(userNames, USER_DRIVER_HASH, driverHash) || holds(sourceIps, SOURCE_DRIVER_HASH, driverHash));
    }

    private static boolean holds(TopK top, int prefixHash, int driverHash) {
        for (int i = 0; top != null && i < top.values.length && top.values[i] != null; i++) {
            if (driverHash(prefixHash, top.values[i]) == driverHash) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code (prefix + value).hashCode()} from the prefix's hash, without building the string
     * ({@link String#hashCode()} of a concatenation is the prefix's times 31 per appended char plus
     * the suffix's); never {@link HostModel#NO_DRIVER}.
     */
    private static int driverHash(int prefixHash, String value) {
        int h = prefixHash;
        for (int i = 0; i < value.length(); i++) {
            h *= 31;
        }
        h += value.hashCode();
        return h == HostModel.NO_DRIVER ? 1 : h;
    }

    private void addSample(String path) {
        if (path == null || samplePaths.length >= MAX_SAMPLES) {
            return;
        }
        for (String p : samplePaths) {
            if (p.equals(path)) {
                return;
            }
        }
        String[] grown = java.util.Arrays.copyOf(samplePaths, samplePaths.length + 1);
        grown[samplePaths.length] = path;
        samplePaths = grown;
    }
}
