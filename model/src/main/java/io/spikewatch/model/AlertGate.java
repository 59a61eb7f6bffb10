package io.spikewatch.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides, once per closed bucket and across the fleet, which scored records become alerts.
 *
 * <ol>
 *   <li>Fleet rises: hosts scoring at least {@link AlertPolicy#fleetCandidateScore()} are grouped by
 *       their driver (top user, else top source address). When one driver lifts at least
 *       {@link AlertPolicy#fleetMinHosts()} hosts within {@link AlertPolicy#fleetWindowBuckets()}
 *       buckets (a patch day, a rollout), that driver's per-host alerts are held back and one
 *       {@link FleetEvent} says why.
 *   <li>Known deployment accounts: a driver that came back to at least
 *       {@link AlertPolicy#deployerMinHosts()} hosts, each on at least
 *       {@link AlertPolicy#deployerMinDays()} different days, with high scores within
 *       {@link AlertPolicy#deployerMemoryDays()} days (a CI account pushing builds) does it as a
 *       matter of course; its alerts are held back and counted. Neither a tool spread to many hosts
 *       in one hour nor an admin's one-off copies to many hosts qualify: routine means returning.
 *       A driver with high scores on min-hosts hosts over min-days days is one on its first rounds
 *       where it writes regularly, or on a host idle but for bursts ({@link BucketSummary#idleHost}):
 *       a build account's first release to an application server.
 *       So is a deployment round: a driver with high scores on {@value #ROUTINE_MIN_HOSTS}+ hosts
 *       over min-days days, bursting on a host that is idle but for bursts of this size from
 *       anyone ({@link BucketSummary#routineScore}): an application server receiving a release
 *       from an account it has not seen yet. A workstation or a busy server never qualifies.
 *       So is a rollout in waves ({@link HoldReason#DEPLOYMENT_ROLLOUT}): the same files, outside
 *       staging locations, that the driver pushed with high scores to {@value #ROLLOUT_EARLIER_HOSTS}
 *       other hosts in earlier buckets of the last day (a patch day office by office).
 *   <li>Reinstalled hosts: a record in the installation of a host reinstalled under its name
 *       ({@link BucketSummary#reinstalled}: its {@code host.id} changed) is held back as that
 *       installation ({@link HoldReason#REINSTALLATION}), unless it brings attack tools, web shells
 *       or encryption.
 *   <li>Spreads: when one driver lifts at least {@link AlertPolicy#spreadMinHosts()} (but fewer than
 *       fleet-rise) hosts within the window, each of them scoring at least
 *       {@link AlertPolicy#spreadCandidateScore()}, and their evidence adds up to
 *       {@link AlertPolicy#spreadMinEvidence()} (the sum of {@code -log10 p}: six files on each of
 *       four quiet workstations is no coincidence, though none of them alone is an alert), the
 *       decision waits one bucket: if the group then is a fleet rise it is held back, otherwise every
 *       host of it alerts, even below the threshold (a tool copied to several hosts) where its files
 *       went mostly to staging locations: a rollout to a few hosts an hour (PDQ, Ansible) writes
 *       elsewhere, and below the threshold it is not lifted.
 *   <li>Toolkit spreads: a tool drop ({@link #isToolDrop}: a driver's first write to the host, its
 *       files mostly into staging locations, scoring at least {@value #TOOL_DROP_SCORE}) counts,
 *       whatever its evidence, when the same driver dropped mostly the same files
 *       ({@link NameSketch#sameFiles}) on at least {@link AlertPolicy#spreadMinHosts()} hosts within
 *       the spread window: three or four files copied to hosts the account never wrote to is little
 *       on each, but the same kit on three of them within the hour is lateral tool transfer. It
 *       waits one bucket like a spread, and a fleet rise of the driver still holds it back.
 *   <li>Suppression: a host that alerted, driven by the same driver, within
 *       {@link AlertPolicy#suppressionBuckets()} buckets is in an open incident; a further alert
 *       continues it instead of starting a new one. Another driver starts a new incident, unless
 *       the evidence is sustained (spread over buckets, so over drivers too). A record that brings
 *       attack tools or web shells continues only an incident that brought some too.
 *   <li>Learning period: during {@link AlertPolicy#learningPeriodMs()} after the first bucket the job
 *       ever saw, the rest is held back and counted, but for records whose evidence needs no
 *       baseline: an encryption, attack tools, a web shell (a kit dropped on day three still alerts).
 *   <li>The rest at or above the threshold alert, highest score first, at most
 *       {@link AlertPolicy#maxAlertsPerBucket()}; the overflow is counted.
 * </ol>
 *
 * <p>Encryption is nobody's routine, nor are attack tools: a record whose bucket is an encryption
 * (documents written back with an extension appended, {@link BucketSummary#encrypting}) or brings
 * files named as tools intrusions bring or plants a web shell ({@link BucketSummary#armed}: a
 * ransomware crew's kit pushed to ten hosts in twenty minutes lifts them as a patch day does) is
 * never held back as a fleet rise or a deployment, nor are the same account's records on that
 * host for {@value #ARMED_BUCKETS} buckets after one that brought tools. Nor is a stream a
 * deployment: a record whose evidence is {@value #STREAM_BUCKETS} buckets of sustained excess (an
 * account trickling files onto a host for hours) is not held by the deployment rules, which are
 * about releases.
 *
 * <p>What the deployment rules and the learning period hold back comes out too
 * ({@link Decision#held()}, each record marked with its {@link HoldReason}), so the job can write
 * it as building blocks an analyst can audit.
 *
 * <p>Deterministic: ties are broken by host name. The caller keeps the marks between buckets.
 */
public final class AlertGate {

    /** Buckets a driver must have driven on a host to count as a regular writer there. */
    static final int REGULAR_WRITER_BUCKETS = 8;

    /** Hosts a driver must have had high scores on before its bursts can be a deployment round. */
    static final int ROUTINE_MIN_HOSTS = 3;

    /**
     * Buckets of sustained evidence (three hours) that make a record a stream, not a burst: no
     * deployment rule holds it, since a release comes in one go.
     */
    static final int STREAM_BUCKETS = 12;

    /**
     * Lowest score of a tool drop: three files where the host expects 0.1 score 12, two score 6. Two
     * count: a remote-support agent's installer and its script (ScreenConnect's msi and install.cmd)
     * pushed into staging locations on six hosts at 3 a.m. is how ransomware crews install their
     * access; a single file does not (a same-named single file matches too much by chance).
     */
    static final double TOOL_DROP_SCORE = 5.0;

    /**
     * Buckets (an hour) during which an account that brought attack tools to a host is still
     * nobody's routine there: a kit's tools in one bucket, its bulk in the next.
     */
    static final int ARMED_BUCKETS = 4;

    /** Other hosts a driver must have pushed the same files to, earlier that day, for a rollout. */
    static final int ROLLOUT_EARLIER_HOSTS = 3;

    private final AlertPolicy policy;
    private final long bucketSpanMs;

    public AlertGate(AlertPolicy policy, long bucketSpanMs) {
        this.policy = policy.validate();
        this.bucketSpanMs = bucketSpanMs;
    }

    /**
     * Outcome for one bucket.
     *
     * @param held the records held back as deployments, as installations or by the learning period, each with its
     *     {@link BucketSummary#heldBack} reason, highest score first, at most
     *     {@link AlertPolicy#maxAlertsPerBucket()} (the counts cover them all)
     * @param heldByReason how many were held back for each reason, all of them
     */
    public record Decision(List<AnomalyRecord> alerts, int heldByCap, int heldByFleet,
                           int suppressed, List<FleetEvent> fleetEvents, List<FleetMark> marks,
                           List<AnomalyRecord> deferred, List<AnomalyRecord> continuations,
                           List<AnomalyRecord> held, Map<HoldReason, Integer> heldByReason) {

        /** Held back by the deployment rules: the sum of their {@link #heldByReason}. */
        public int heldByDeployer() {
            int n = 0;
            for (Map.Entry<HoldReason, Integer> e : heldByReason.entrySet()) {
                n += e.getKey().isDeployment() ? e.getValue() : 0;
            }
            return n;
        }

        /** Held back by the learning period. */
        public int heldByLearning() {
            return heldByReason.getOrDefault(HoldReason.LEARNING_PERIOD, 0);
        }
    }

    /** Highest score first, ties by host name: the order alerts and held records are written in. */
    private static final Comparator<AnomalyRecord> HIGHEST_FIRST =
            Comparator.comparingDouble(AnomalyRecord::recordScore).reversed().thenComparing(AnomalyRecord::hostName);

    /** Lowest score the gate needs to see; callers may drop lower records before buffering. */
    public double minInterestingScore() {
        return Math.min(policy.threshold(), markScore());
    }

    /**
     * Whether the gate needs to see {@code r}: it scores at least {@link #minInterestingScore()}, or
     * it is a tool drop. Callers drop the rest before buffering.
     */
    public boolean isInteresting(AnomalyRecord r) {
        return isInteresting(r, minInterestingScore());
    }

    /** {@link #isInteresting(AnomalyRecord)} for callers that keep the gate's minimum score, not the gate. */
    public static boolean isInteresting(AnomalyRecord r, double minInterestingScore) {
        return r.recordScore() >= minInterestingScore || isToolDrop(r) || isArmed(r);
    }

    /**
     * Whether {@code r} brings attack tools or web shells to a host whose open incident brought none:
     * a new alert, not a continuation (tools dropped in a bucket topped by the migration account
     * whose copy alerted an hour ago would otherwise only update that alert in place).
     */
    private static boolean escalates(AnomalyRecord r, Set<String> armedIncidents) {
        return isArmed(r) && !armedIncidents.contains(r.hostName());
    }

    /** Whether {@code r}'s bucket brought attack tools or web shells ({@link BucketSummary#armed}). */
    private static boolean isArmed(AnomalyRecord r) {
        return r.summary() != null && r.summary().armed();
    }

    /**
     * Whether {@code r} is a tool drop: the bucket's driver wrote to the host for the first time
     * ({@link BucketSummary#driverSeen} 0), its files went mostly to staging locations, and it scores
     * at least {@value #TOOL_DROP_SCORE}. One alone is not an alert; the same files on several hosts
     * are (a toolkit spread).
     */
    public static boolean isToolDrop(AnomalyRecord r) {
        BucketSummary s = r.summary();
        return s != null && s.driverSeen == 0 && s.mostlyStaged() && r.recordScore() >= TOOL_DROP_SCORE
                && s.names != null && s.names.length > 0 && s.driver() != null;
    }

    /** Lowest score worth remembering: a fleet-rise or a spread candidate. */
    private double markScore() {
        return Math.min(policy.fleetCandidateScore(), policy.spreadCandidateScore());
    }

    /** The influencer that drove a bucket ({@link BucketSummary#driver()}), or {@code unknown}. */
    public static String driverOf(AnomalyRecord r) {
        String d = r.summary() == null ? null : r.summary().driver();
        return d == null ? "unknown" : d;
    }

    /**
     * Decides bucket {@code bucketStartMs}.
     *
     * @param records the bucket's records scoring at least {@link #minInterestingScore()}, and the
     *     records deferred by the previous decision
     * @param previousMarks marks kept from earlier buckets
     * @return alerts, counts held back, fleet events, and the marks to keep for the next buckets
     */
    public Decision decide(long bucketStartMs, List<AnomalyRecord> records, List<FleetMark> previousMarks) {
        return decide(bucketStartMs, records, previousMarks, Long.MIN_VALUE);
    }

    /**
     * Decides bucket {@code bucketStartMs}, holding alerts back while the deployment is within its
     * learning period after {@code firstBucketMs} (the first bucket the job ever decided).
     */
    public Decision decide(long bucketStartMs, List<AnomalyRecord> records, List<FleetMark> previousMarks,
                           long firstBucketMs) {
        return decide(bucketStartMs, records, previousMarks, firstBucketMs, r -> policy.threshold());
    }

    /**
     * {@link #decide(long, List, List, long)} with a threshold per record (per-host overrides);
     * overrides below {@link #minInterestingScore()} act as that score, since lower records are
     * not buffered.
     */
    public Decision decide(long bucketStartMs, List<AnomalyRecord> records, List<FleetMark> previousMarks,
                           long firstBucketMs, java.util.function.ToDoubleFunction<AnomalyRecord> thresholdOf) {
        boolean learning = firstBucketMs != Long.MIN_VALUE
                && bucketStartMs - firstBucketMs < policy.learningPeriodMs();
        long memoryStart = bucketStartMs - policy.deployerMemoryDays() * DetectorSettings.DAY;
        long windowStart = bucketStartMs - (policy.fleetWindowBuckets() - 1) * bucketSpanMs;
        long spreadStart = bucketStartMs - (policy.spreadWindowBuckets() - 1) * bucketSpanMs;
        long incidentStart = bucketStartMs - policy.suppressionBuckets() * bucketSpanMs;
        List<FleetMark> kept = new ArrayList<>();
        Set<String> openIncidents = new HashSet<>();
        // Hosts whose open incident brought attack tools or web shells: the rest of the kit continues it.
        Set<String> armedIncidents = new HashSet<>();
        Map<String, Long> lastAlerted = new HashMap<>();
        for (FleetMark m : previousMarks) {
            boolean expiredDrop = !m.alerted() && m.score() < markScore() && m.bucketStartMs() < spreadStart;
            if (m.bucketStartMs() >= memoryStart && m.bucketStartMs() < bucketStartMs && !expiredDrop) {
                kept.add(m);
                if (m.alerted() && m.bucketStartMs() >= incidentStart) {
                    openIncidents.add(m.host() + '\u0000' + m.driver());
                    lastAlerted.merge(m.host(), m.bucketStartMs(), Math::max);
                    if (m.armed()) {
                        armedIncidents.add(m.host());
                    }
                }
            }
        }
        // Hosts an account brought attack tools to within the hour: its next buckets there are no routine either.
        Set<String> armedRecently = new HashSet<>();
        long armedStart = bucketStartMs - (ARMED_BUCKETS - 1) * bucketSpanMs;
        for (FleetMark m : kept) {
            if (m.armed() && m.bucketStartMs() >= armedStart) {
                armedRecently.add(m.host() + '\u0000' + m.driver());
            }
        }
        Groups groups = new Groups(windowStart, spreadStart, bucketStartMs - DetectorSettings.DAY + bucketSpanMs);
        for (FleetMark m : kept) {
            groups.note(m);
        }
        for (AnomalyRecord r : records) {
            if (r.recordScore() >= markScore() || isToolDrop(r)) {
                // A deferred record counts at the time of the bucket it scored.
                groups.note(markOf(r, false));
            }
        }
        Map<String, TreeSet<String>> windowHosts = groups.windowHosts;
        Map<String, Map<String, Double>> spreadEvidence = groups.spreadEvidence;

        List<AnomalyRecord> above = new ArrayList<>();
        List<AnomalyRecord> deferred = new ArrayList<>();
        Map<String, Integer> heldByDriver = new TreeMap<>();
        List<AnomalyRecord> held = new ArrayList<>();
        int suppressed = 0;
        List<AnomalyRecord> continuations = new ArrayList<>();
        // The records that alerted or continued an incident: only their drivers' incidents are open
        // (an account's records beside another account's alert open no incident of their own).
        Set<AnomalyRecord> incidentRecords = Collections.newSetFromMap(new IdentityHashMap<>());
        for (AnomalyRecord r : records) {
            boolean fresh = r.bucketStartMs() == bucketStartMs;
            String driver = driverOf(r);
            boolean known = !"unknown".equals(driver);
            TreeSet<String> group = known ? windowHosts.get(driver) : null;
            Map<String, Double> spreadGroup = known ? spreadEvidence.get(driver) : null;
            int groupSize = Math.max(group == null ? 0 : group.size(), spreadGroup == null ? 0 : spreadGroup.size());
            double threshold = thresholdOf.applyAsDouble(r);
            boolean alone = r.isAlert(threshold);
            boolean staged = isStaged(r);
            boolean nobodysRoutine = isEncryptingOrArmed(r) || armedRecently.contains(r.hostName() + '\u0000' + driver);
            boolean toolDrop = isToolDrop(r); // implies a known driver
            int toolkitHosts = toolDrop ? toolkitHosts(r, groups.toolDrops.get(driver)) : 0;
            boolean spread = (spreadGroup != null && spreadGroup.size() >= policy.spreadMinHosts()
                    && r.recordScore() >= policy.spreadCandidateScore()
                    && evidence(spreadGroup) >= policy.spreadMinEvidence()
                    // lifted below the threshold only where tools land: a rollout writes elsewhere
                    && (staged || alone))
                    || toolkitHosts >= policy.spreadMinHosts();
            if (!alone && !spread) {
                if (known && (r.recordScore() >= policy.spreadCandidateScore() || toolDrop)
                        && r.bucketStartMs() > spreadStart) {
                    deferred.add(r); // may yet be part of a spread: waits for the rest of the group
                }
                continue;
            }
            boolean stream = r.sustainedBuckets() >= STREAM_BUCKETS;
            HoldReason deployment = known && !staged && !nobodysRoutine && !stream && groupSize < policy.fleetMinHosts()
                    ? deployment(driver, groups, r, threshold) : null;
            if (groupSize >= policy.fleetMinHosts() && !nobodysRoutine) {
                heldByDriver.merge(driver, 1, Integer::sum);
            } else if (r.summary() != null && r.summary().reinstalled && !nobodysRoutine) {
                // A fresh image receiving its software: a new host's installation (tools still alert).
                held.add(heldAs(r, HoldReason.REINSTALLATION));
            } else if (deployment != null) {
                held.add(heldAs(r, deployment));
            } else if (spread && fresh) {
                // Several hosts, one driver: a tool spread or the start of a rollout. One more bucket tells.
                deferred.add(r);
            } else if (!escalates(r, armedIncidents) && (openIncidents.contains(r.hostName() + '\u0000' + driver)
                    || (r.sustainedBuckets() > 0 && lastAlerted.getOrDefault(r.hostName(), Long.MIN_VALUE)
                            >= r.bucketStartMs() - r.sustainedBuckets() * bucketSpanMs))) {
                suppressed++;
                continuations.add(r);
                incidentRecords.add(r);
            } else {
                if (spread && r.summary() != null) {
                    r.summary().spreadHosts = Math.max(groupSize, toolkitHosts);
                    r.summary().spreadSameFiles = toolkitHosts >= policy.spreadMinHosts();
                }
                above.add(r);
            }
        }
        above.sort(HIGHEST_FIRST);
        if (learning) {
            // Without a baseline anywhere, only what needs none alerts: tools, web shells, encryption.
            above.stream().filter(r -> !isEncryptingOrArmed(r))
                    .forEach(r -> held.add(heldAs(r, HoldReason.LEARNING_PERIOD)));
            above.removeIf(r -> !isEncryptingOrArmed(r));
        }
        held.sort(HIGHEST_FIRST);
        int cap = Math.min(above.size(), policy.maxAlertsPerBucket());
        List<AnomalyRecord> alerts = List.copyOf(above.subList(0, cap));
        incidentRecords.addAll(alerts);

        for (AnomalyRecord r : records) {
            boolean fresh = r.bucketStartMs() == bucketStartMs;
            boolean alerted = incidentRecords.contains(r);
            if ((fresh && (r.recordScore() >= markScore() || isToolDrop(r) || isArmed(r))) || alerted) {
                kept.add(markOf(r, alerted));
            }
        }
        List<FleetEvent> fleet = new ArrayList<>();
        int heldByFleet = 0;
        for (Map.Entry<String, Integer> e : heldByDriver.entrySet()) {
            TreeSet<String> group = new TreeSet<>(windowHosts.getOrDefault(e.getKey(), new TreeSet<>()));
            group.addAll(spreadEvidence.getOrDefault(e.getKey(), Map.of()).keySet());
            String[] sample = group.stream().limit(10).toArray(String[]::new);
            fleet.add(new FleetEvent(bucketStartMs, e.getKey(), group.size(), e.getValue(), sample));
            heldByFleet += e.getValue();
        }
        Map<HoldReason, Integer> byReason = new java.util.EnumMap<>(HoldReason.class);
        held.forEach(h -> byReason.merge(h.summary() == null ? HoldReason.LEARNING_PERIOD : h.summary().heldBack, 1,
                Integer::sum));
        return new Decision(alerts, above.size() - cap, heldByFleet, suppressed, fleet,
                kept, deferred, continuations,
                List.copyOf(held.subList(0, Math.min(held.size(), policy.maxAlertsPerBucket()))), byReason);
    }

    /** The mark {@code r} leaves, with the bucket's files. */
    private static FleetMark markOf(AnomalyRecord r, boolean alerted) {
        BucketSummary s = r.summary();
        return new FleetMark(r.bucketStartMs(), driverOf(r), r.hostName(), alerted, r.recordScore(),
                s == null ? null : s.names, isToolDrop(r), isStaged(r), s != null && s.armed());
    }

    /**
     * On how many hosts (this one included) the driver dropped mostly the same files as {@code r}
     * within the spread window ({@code drops}: the driver's tool drops there).
     */
    private static int toolkitHosts(AnomalyRecord r, List<FleetMark> drops) {
        Set<String> hosts = new HashSet<>();
        hosts.add(r.hostName());
        for (FleetMark m : drops == null ? List.<FleetMark>of() : drops) {
            if (NameSketch.sameFiles(m.files(), r.summary().names)) {
                hosts.add(m.host());
            }
        }
        return hosts.size();
    }

    /**
     * A rollout in waves: the driver wrote mostly the same files as {@code r}, outside staging
     * locations, with high scores, to at least {@value #ROLLOUT_EARLIER_HOSTS} other hosts in earlier
     * buckets of the last day ({@code candidates}). A patch day pushed office by office never lifts a
     * fleet rise's eight hosts in one hour, but it repeats the same package all day; the first hosts
     * alert, the rest are the same thing again. The caller has ruled out staged buckets.
     */
    private static boolean isRollout(AnomalyRecord r, List<FleetMark> candidates) {
        if (candidates == null || r.summary() == null) {
            return false;
        }
        Set<String> earlier = new HashSet<>();
        for (FleetMark m : candidates) {
            if (m.bucketStartMs() < r.bucketStartMs() && !m.host().equals(r.hostName())
                    && NameSketch.sameFiles(m.files(), r.summary().names)) {
                earlier.add(m.host());
            }
        }
        return earlier.size() >= ROLLOUT_EARLIER_HOSTS;
    }

    /** {@code r} marked as held back for {@code reason} (a record without a summary stays as it is). */
    private static AnomalyRecord heldAs(AnomalyRecord r, HoldReason reason) {
        if (r.summary() != null) {
            r.summary().heldBack = reason;
        }
        return r;
    }

    /**
     * Which deployment rule, if any, takes a driver's high score on this host for routine (the
     * caller has ruled out fleet rises and staged buckets).
     */
    private HoldReason deployment(String driver, Groups groups, AnomalyRecord r, double threshold) {
        Map<String, Map<String, Set<Long>>> memoryDays = groups.memoryDays;
        if (isDeployer(driver, memoryDays)) {
            return HoldReason.DEPLOYMENT_ACCOUNT;
        }
        if (isFleetBurster(driver, memoryDays, r)) {
            return HoldReason.DEPLOYMENT_FIRST_ROUNDS;
        }
        if (isRoutineDeployment(driver, memoryDays, r, threshold)) {
            return HoldReason.DEPLOYMENT_ROUND;
        }
        return isRollout(r, groups.rollouts.get(driver)) ? HoldReason.DEPLOYMENT_ROLLOUT : null;
    }

    /**
     * What one decision knows of each driver from the marks: its fleet-rise group (hosts at the
     * fleet candidate score, or alerted, in the fleet window), its spread group (hosts at the spread
     * candidate score in the spread window, with their evidence), its tool drops in the spread
     * window, its high scores outside staging locations in the last day (rollout candidates), and
     * the days it had high scores on each host within the deployer memory.
     */
    private final class Groups {
        final long windowStart;
        final long spreadStart;
        final long rolloutStart;
        final Map<String, TreeSet<String>> windowHosts = new TreeMap<>();
        final Map<String, Map<String, Double>> spreadEvidence = new HashMap<>();
        final Map<String, Map<String, Set<Long>>> memoryDays = new HashMap<>();
        final Map<String, List<FleetMark>> toolDrops = new HashMap<>();
        final Map<String, List<FleetMark>> rollouts = new HashMap<>();

        Groups(long windowStart, long spreadStart, long rolloutStart) {
            this.windowStart = windowStart;
            this.spreadStart = spreadStart;
            this.rolloutStart = rolloutStart;
        }

        /** Remembers a mark in every group it belongs to. */
        void note(FleetMark m) {
            boolean fleetCandidate = m.alerted() || m.score() >= policy.fleetCandidateScore();
            if (m.bucketStartMs() >= windowStart && fleetCandidate) {
                windowHosts.computeIfAbsent(m.driver(), k -> new TreeSet<>()).add(m.host());
            }
            if (m.bucketStartMs() >= spreadStart && m.score() >= policy.spreadCandidateScore()) {
                spreadEvidence.computeIfAbsent(m.driver(), k -> new TreeMap<>())
                        .merge(m.host(), ScoreScale.surpriseOfScore(m.score()), Math::max);
            }
            if (m.bucketStartMs() >= spreadStart && m.toolDrop()) {
                toolDrops.computeIfAbsent(m.driver(), k -> new ArrayList<>()).add(m);
            }
            if (m.bucketStartMs() >= rolloutStart && fleetCandidate && !m.staged() && m.files() != null) {
                rollouts.computeIfAbsent(m.driver(), k -> new ArrayList<>()).add(m);
            }
            if (fleetCandidate) {
                memoryDays.computeIfAbsent(m.driver(), k -> new HashMap<>())
                        .computeIfAbsent(m.host(), k -> new HashSet<>())
                        .add(Math.floorDiv(m.bucketStartMs(), DetectorSettings.DAY));
            }
        }
    }

    /**
     * Whether most of the record's files landed in staging locations: deployments go to
     * application folders, so no deployment habit vouches for such a bucket.
     */
    private static boolean isStaged(AnomalyRecord r) {
        BucketSummary s = r.summary();
        return s != null && s.mostlyStaged();
    }

    /**
     * Whether the record's bucket is an encryption ({@link BucketSummary#encrypting}) or brings
     * attack tools or web shells ({@link BucketSummary#armed}): nobody's routine.
     */
    private static boolean isEncryptingOrArmed(AnomalyRecord r) {
        BucketSummary s = r.summary();
        return s != null && (s.encrypting() || s.armed());
    }

    /** A spread group's evidence: the sum over its hosts of their best {@code -log10 p}. */
    private static double evidence(Map<String, Double> group) {
        double sum = 0;
        for (double v : group.values()) {
            sum += v;
        }
        return sum;
    }

    /**
     * A driver with high scores on at least min-hosts hosts over at least min-days days (not one
     * spree), now bursting on a host it regularly writes to anyway, or on a host that receives next
     * to nothing but bursts ({@link BucketSummary#idleHost}: an application server getting its first
     * release from a build account): a deployment account on its first rounds. On a busy host an
     * admin account's first write never qualifies; on any host files into staging locations never
     * do (the caller checks).
     */
    private boolean isFleetBurster(String driver, Map<String, Map<String, Set<Long>>> memoryDays, AnomalyRecord r) {
        Map<String, Set<Long>> byHost = memoryDays.get(driver);
        if (byHost == null || byHost.size() < policy.deployerMinHosts() || r.summary() == null
                || (!r.summary().idleHost && r.summary().driverSeen < REGULAR_WRITER_BUCKETS)) {
            return false;
        }
        return distinctDays(byHost) >= policy.deployerMinDays();
    }

    /** On how many distinct days a driver had high scores, on any of its hosts. */
    private static int distinctDays(Map<String, Set<Long>> byHost) {
        Set<Long> days = new HashSet<>();
        byHost.values().forEach(days::addAll);
        return days.size();
    }

    /** A driver that came back to at least min-hosts hosts on at least min-days days each. */
    private boolean isDeployer(String driver, Map<String, Map<String, Set<Long>>> memoryDays) {
        Map<String, Set<Long>> byHost = memoryDays.get(driver);
        if (byHost == null) {
            return false;
        }
        int routine = 0;
        for (Set<Long> days : byHost.values()) {
            if (days.size() >= policy.deployerMinDays()) {
                routine++;
            }
        }
        return routine >= policy.deployerMinHosts();
    }

    /**
     * A deployment account's round on a server that receives deployments: the driver had high scores
     * on at least min-hosts hosts over at least min-days days (it returns; a tool spread within an
     * hour does not), and this host, idle but for its bursts, receives bursts of this size anyway,
     * whoever drives them ({@link BucketSummary#routineScore} below the threshold).
     */
    private boolean isRoutineDeployment(String driver, Map<String, Map<String, Set<Long>>> memoryDays,
                                        AnomalyRecord r, double threshold) {
        BucketSummary s = r.summary();
        if (s == null || s.routineScore < 0 || s.routineScore >= threshold) {
            return false;
        }
        Map<String, Set<Long>> byHost = memoryDays.get(driver);
        return byHost != null && byHost.size() >= ROUTINE_MIN_HOSTS
                && distinctDays(byHost) >= policy.deployerMinDays();
    }
}
