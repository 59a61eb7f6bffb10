package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlertGateTest {

    private static final long SPAN = 15 * DetectorSettings.MINUTE;
    private static final long T0 = 1_709_510_400_000L; // 2024-03-04T00:00:00Z

    private static AnomalyRecord record(String host, long bucketStart, double score, String user) {
        return withFile(host, bucketStart, score, user, "f", null);
    }

    /** A record whose file went to a staging location ({@code C:\Windows\Temp}), where tools land. */
    private static AnomalyRecord staged(String host, long bucketStart, double score, String user) {
        return withFile(host, bucketStart, score, user, "t.exe", "C:\\Windows\\Temp");
    }

    /** A record whose file is a document written back encrypted into a share. */
    private static AnomalyRecord encrypted(String host, long bucketStart, double score, String user) {
        return withFile(host, bucketStart, score, user, "Budget.xlsx.lockbit", "D:\\Shares\\Finance");
    }

    /** A record whose file is named as a tool intrusions bring, outside any staging location. */
    private static AnomalyRecord armed(String host, long bucketStart, double score, String user) {
        return withFile(host, bucketStart, score, user, "AdFind.exe", "D:\\Apps\\Directory");
    }

    /** A record of one file {@code name} written by {@code user} into {@code dir} (null: none given). */
    private static AnomalyRecord withFile(String host, long bucketStart, double score, String user, String name,
            String dir) {
        BucketSummary s = BucketSummary.empty(bucketStart);
        s.add(FileEvent.builder().timestampMs(bucketStart).hostName(host).userName(user).fileName(name)
                .fileDirectory(dir).build(), TransferLocations.DEFAULT);
        return new AnomalyRecord(host, bucketStart, SPAN, 1, 0.1, 5, 1e-9, score, 0, 0, 0, 0, false, s);
    }

    @Test
    void alertsAtOrAboveTheThresholdHighestFirst() {
        AlertGate gate = new AlertGate(AlertPolicy.defaults(), SPAN);
        AlertGate.Decision d = gate.decide(T0, List.of(
                record("b", T0, 70, "u1"), record("a", T0, 90, "u2"), record("c", T0, 69.9, "u3"),
                record("d", T0, 70, "u4")), List.of());
        assertThat(d.alerts()).extracting(AnomalyRecord::hostName).containsExactly("a", "b", "d");
        assertThat(d.heldByCap()).isZero();
        assertThat(d.fleetEvents()).isEmpty();
    }

    @Test
    void capsAlertsPerBucketAndCountsTheRest() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 2, 50, 8, 4, 5, 3, 14, 4, 8, 0, 50, 0, 4), SPAN);
        AlertGate.Decision d = gate.decide(T0, List.of(
                record("a", T0, 75, "u1"), record("b", T0, 95, "u2"), record("c", T0, 85, "u3")), List.of());
        assertThat(d.alerts()).extracting(AnomalyRecord::hostName).containsExactly("b", "c");
        assertThat(d.heldByCap()).isEqualTo(1);
    }

    @Test
    void aFleetWideRiseByOneDriverIsHeldBackAndExplained() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 4, 4, 5, 3, 14, 4, 4, 0, 50, 0, 4), SPAN);
        // Bucket 0: two hosts driven by svc_sccm, below the group size: they alert.
        AlertGate.Decision first = gate.decide(T0,
                List.of(record("ws-1", T0, 80, "svc_sccm"), record("ws-2", T0, 55, "svc_sccm")), List.of());
        assertThat(first.alerts()).extracting(AnomalyRecord::hostName).containsExactly("ws-1");
        // Bucket 1: two more hosts by the same driver: 4 distinct hosts within the window.
        long t1 = T0 + SPAN;
        List<AnomalyRecord> second = new ArrayList<>(List.of(
                record("ws-3", t1, 85, "svc_sccm"), record("ws-4", t1, 75, "svc_sccm"),
                record("fs-1", t1, 90, "adm_evil")));
        AlertGate.Decision d = gate.decide(t1, second, first.marks());
        assertThat(d.alerts()).extracting(AnomalyRecord::hostName).containsExactly("fs-1");
        assertThat(d.heldByFleet()).isEqualTo(2);
        assertThat(d.fleetEvents()).singleElement().satisfies(f -> {
            assertThat(f.driver()).isEqualTo("user.name=svc_sccm");
            assertThat(f.hostsInWindow()).isEqualTo(4);
            assertThat(f.heldBack()).isEqualTo(2);
            assertThat(f.sampleHosts()).containsExactly("ws-1", "ws-2", "ws-3", "ws-4");
        });
    }

    @Test
    void marksOlderThanTheWindowAreForgotten() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 2, 2, 5, 3, 14, 0, 2, 0, 50, 0, 4), SPAN);
        List<FleetMark> old = List.of(new FleetMark(T0 - 15 * DetectorSettings.DAY, "user.name=svc", "ws-1", false, 100.0));
        AlertGate.Decision d = gate.decide(T0 + 2 * SPAN, List.of(record("ws-2", T0 + 2 * SPAN, 80, "svc")), old);
        assertThat(d.alerts()).hasSize(1);
        assertThat(d.marks()).extracting(FleetMark::host).containsExactly("ws-2");
    }

    @Test
    void aDriverThatKeepsComingBackToItsHostsIsAKnownDeployer() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 8, 4, 2, 2, 14, 4, 8, 0, 50, 0, 4), SPAN);
        long day1 = T0 + DetectorSettings.DAY;
        List<FleetMark> marks = new ArrayList<>(List.of(
                new FleetMark(T0, "user.name=jenkins", "app-1", true, 100.0),
                new FleetMark(T0 + 40 * SPAN, "user.name=jenkins", "app-2", true, 100.0),
                new FleetMark(day1, "user.name=jenkins", "app-1", true, 100.0),
                // An admin's one-off copies to many hosts are not routine.
                new FleetMark(T0, "user.name=adm_x", "ws-1", true, 100.0),
                new FleetMark(day1, "user.name=adm_x", "ws-2", true, 100.0),
                new FleetMark(day1 + SPAN, "user.name=adm_x", "ws-3", true, 100.0)));
        long day2 = T0 + 2 * DetectorSettings.DAY;
        AlertGate.Decision before = gate.decide(day2, List.of(record("app-3", day2, 90, "jenkins")), marks);
        assertThat(before.alerts()).as("only app-1 is routine so far").hasSize(1);

        marks.add(new FleetMark(day1, "user.name=jenkins", "app-2", true, 100.0));
        AlertGate.Decision d = gate.decide(day2, List.of(record("app-4", day2, 90, "jenkins"),
                record("ws-9", day2, 90, "adm_x")), marks);
        assertThat(d.alerts()).extracting(AnomalyRecord::hostName).containsExactly("ws-9");
        assertThat(d.heldByDeployer()).isEqualTo(1);
        assertThat(d.held()).singleElement().satisfies(h -> {
            assertThat(h.hostName()).isEqualTo("app-4");
            assertThat(h.summary().heldBack).isEqualTo(HoldReason.DEPLOYMENT_ACCOUNT);
        });
        assertThat(d.alerts().get(0).summary().heldBack).isNull();
    }

    @Test
    void aSpreadWaitsOneBucketThenAlertsEveryHostOfItEvenBelowTheThreshold() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 8, 4, 3, 2, 14, 96, 3, 0, 50, 0, 4), SPAN);
        AlertGate.Decision d0 = gate.decide(T0, List.of(staged("ws-1", T0, 90, "adm_x"), staged("ws-2", T0, 60, "adm_x"),
                staged("ws-3", T0, 55, "adm_x"), staged("fs-1", T0, 40, "adm_x")), List.of());
        assertThat(d0.alerts()).isEmpty();
        assertThat(d0.deferred()).extracting(AnomalyRecord::hostName).containsExactlyInAnyOrder("ws-1", "ws-2", "ws-3");
        long t1 = T0 + SPAN;
        AlertGate.Decision d1 = gate.decide(t1, d0.deferred(), d0.marks());
        assertThat(d1.alerts()).extracting(AnomalyRecord::hostName).containsExactly("ws-1", "ws-2", "ws-3");
        assertThat(d1.alerts()).allSatisfy(a -> assertThat(a.summary().spreadHosts).isEqualTo(3));
        assertThat(d1.alerts()).allSatisfy(a -> assertThat(a.bucketStartMs()).isEqualTo(T0));
    }

    @Test
    void aSpreadThatGrowsIntoAFleetRiseIsHeldBack() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 5, 4, 3, 2, 14, 96, 3, 0, 50, 0, 4), SPAN);
        AlertGate.Decision d0 = gate.decide(T0, List.of(record("ws-1", T0, 90, "svc_patch"),
                record("ws-2", T0, 90, "svc_patch"), record("ws-3", T0, 90, "svc_patch")), List.of());
        long t1 = T0 + SPAN;
        List<AnomalyRecord> next = new ArrayList<>(d0.deferred());
        next.add(record("ws-4", t1, 90, "svc_patch"));
        next.add(record("ws-5", t1, 90, "svc_patch"));
        AlertGate.Decision d1 = gate.decide(t1, next, d0.marks());
        assertThat(d1.alerts()).isEmpty();
        assertThat(d1.heldByFleet()).isEqualTo(5);
    }

    @Test
    void alertsAreHeldBackDuringTheDeploymentsLearningPeriod() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 8, 4, 3, 2, 14, 96, 8, DetectorSettings.DAY, 50, 0, 4), SPAN);
        long late = T0 + DetectorSettings.DAY - SPAN;
        AlertGate.Decision during = gate.decide(late, List.of(record("ws-1", late, 99, "u")), List.of(), T0);
        assertThat(during.alerts()).isEmpty();
        assertThat(during.heldByLearning()).isEqualTo(1);
        assertThat(during.held()).singleElement()
                .satisfies(h -> assertThat(h.summary().heldBack).isEqualTo(HoldReason.LEARNING_PERIOD));
        long after = T0 + DetectorSettings.DAY;
        AlertGate.Decision d = gate.decide(after, List.of(record("ws-2", after, 99, "u")), during.marks(), T0);
        assertThat(d.alerts()).hasSize(1);
    }

    @Test
    void toolsWebShellsAndEncryptionNeedNoBaselineSoTheLearningPeriodHoldsThemNot() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 8, 4, 3, 2, 14, 96, 8, DetectorSettings.DAY, 50, 0, 4), SPAN);
        long late = T0 + DetectorSettings.DAY - SPAN;
        AlertGate.Decision during = gate.decide(late, List.of(record("ws-1", late, 99, "u"),
                armed("web-1", late, 90, "deploy"), encrypted("fs-1", late, 95, "adm")), List.of(), T0);
        assertThat(during.alerts()).extracting(AnomalyRecord::hostName).containsExactly("fs-1", "web-1");
        assertThat(during.heldByLearning()).isEqualTo(1);
        assertThat(during.held()).extracting(AnomalyRecord::hostName).containsExactly("ws-1");
    }

    @Test
    void aToolSpreadInOneHourIsNotADeployer() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 8, 4, 2, 2, 14, 4, 8, 0, 50, 0, 4), SPAN);
        AlertGate.Decision d = gate.decide(T0, List.of(record("ws-1", T0, 80, "adm_x"), record("ws-2", T0, 80, "adm_x"),
                record("ws-3", T0, 80, "adm_x"), record("ws-4", T0, 80, "adm_x")), List.of());
        assertThat(d.alerts()).hasSize(4);
        assertThat(d.heldByDeployer()).isZero();
    }

    @Test
    void furtherAlertsOfAHostWithinTheSuppressionWindowContinueItsIncident() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 8, 4, 3, 2, 14, 4, 8, 0, 50, 0, 4), SPAN);
        AlertGate.Decision first = gate.decide(T0, List.of(record("fs-1", T0, 90, "u")), List.of());
        assertThat(first.alerts()).hasSize(1);
        long t1 = T0 + SPAN;
        AlertGate.Decision second = gate.decide(t1, List.of(record("fs-1", t1, 95, "u")), first.marks());
        assertThat(second.alerts()).isEmpty();
        assertThat(second.suppressed()).isEqualTo(1);
        // The incident stays open while it continues: 4 buckets after the last suppressed alert.
        long t5 = T0 + 5 * SPAN;
        AlertGate.Decision third = gate.decide(t5, List.of(record("fs-1", t5, 95, "u")), second.marks());
        assertThat(third.suppressed()).isEqualTo(1);
        long t10 = T0 + 10 * SPAN;
        AlertGate.Decision fourth = gate.decide(t10, List.of(record("fs-1", t10, 95, "u")), third.marks());
        assertThat(fourth.alerts()).hasSize(1);
        // Another driver on the same host is another incident.
        long t11 = T0 + 11 * SPAN;
        AlertGate.Decision fifth = gate.decide(t11, List.of(record("fs-1", t11, 95, "adm_x")), fourth.marks());
        assertThat(fifth.alerts()).hasSize(1);
    }

    /**
     * Tools dropped on a file server in a quarter hour topped by the migration account whose copy
     * alerted an hour earlier are a new alert, not an update of the migration's; the kit's next
     * bucket continues the new incident.
     */
    @Test
    void attackToolsContinueOnlyAnIncidentThatBroughtToolsToo() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 8, 4, 3, 2, 14, 96, 8, 0, 50, 0, 4), SPAN);
        AlertGate.Decision migration = gate.decide(T0, List.of(record("fs-2", T0, 90, "svc_migrate")), List.of());
        assertThat(migration.alerts()).hasSize(1);
        long t4 = T0 + 4 * SPAN;
        AlertGate.Decision copy = gate.decide(t4, List.of(record("fs-2", t4, 95, "svc_migrate")), migration.marks());
        assertThat(copy.suppressed()).as("the copy goes on").isEqualTo(1);
        long t5 = T0 + 5 * SPAN;
        AlertGate.Decision kit = gate.decide(t5, List.of(armed("fs-2", t5, 100, "svc_migrate")), copy.marks());
        assertThat(kit.suppressed()).isZero();
        assertThat(kit.alerts()).extracting(AnomalyRecord::hostName).containsExactly("fs-2");
        long t6 = T0 + 6 * SPAN;
        AlertGate.Decision more = gate.decide(t6, List.of(armed("fs-2", t6, 100, "svc_migrate")), kit.marks());
        assertThat(more.suppressed()).as("the rest of the kit").isEqualTo(1);
        assertThat(more.alerts()).isEmpty();
    }

    private static AnomalyRecord sustained(String host, long bucketStart, double score, String user, int buckets) {
        AnomalyRecord r = record(host, bucketStart, score, user);
        return new AnomalyRecord(host, bucketStart, SPAN, 100, 60, 150, 1e-9, score, 3, buckets, 400, 240, false,
                r.summary());
    }

    /**
     * A sustained window that holds another account's alert is that alert's tail: suppressed. One
     * that starts hours after it is a new incident (a user staging files on a file server the
     * night after its replication job alerted).
     */
    @Test
    void aSustainedAlertContinuesAnotherDriversIncidentOnlyWhileItsWindowHoldsThatAlert() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 8, 4, 3, 2, 14, 96, 8, 0, 50, 0, 4), SPAN);
        AlertGate.Decision first = gate.decide(T0, List.of(record("fs-1", T0, 96, "svc_robocopy")), List.of());
        assertThat(first.alerts()).hasSize(1);
        long t1 = T0 + SPAN;
        AlertGate.Decision tail = gate.decide(t1, List.of(sustained("fs-1", t1, 80, "u", 4)), first.marks());
        assertThat(tail.alerts()).isEmpty();
        assertThat(tail.suppressed()).isEqualTo(1);
        long later = T0 + 36 * SPAN;
        AlertGate.Decision d = gate.decide(later, List.of(sustained("fs-1", later, 72, "smiller", 8)), tail.marks());
        assertThat(d.suppressed()).isZero();
        assertThat(d.alerts()).extracting(AnomalyRecord::hostName).containsExactly("fs-1");
    }

    /**
     * Another account's record beside a continued incident opens no incident of its own: an
     * attacker writing to a workstation whose user alerted yesterday still alerts (the gate used to
     * mark every record of a host that alerted or continued as alerted).
     */
    @Test
    void anAccountsRecordBesideAnotherAccountsContinuedIncidentOpensNoIncidentOfItsOwn() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 100, 50, 8, 4, 3, 2, 14, 96, 8, 0, 50, 0, 4), SPAN);
        AlertGate.Decision first = gate.decide(T0, List.of(record("ws-1", T0, 90, "cmueller")), List.of());
        assertThat(first.alerts()).hasSize(1);
        long t1 = T0 + SPAN;
        AlertGate.Decision continued = gate.decide(t1, List.of(record("ws-1", t1, 85, "cmueller"),
                record("ws-1", t1, 55, "adm_x")), first.marks());
        assertThat(continued.suppressed()).isEqualTo(1);
        assertThat(continued.marks()).filteredOn(m -> m.driver().endsWith("adm_x"))
                .allSatisfy(m -> assertThat(m.alerted()).isFalse());
        long t2 = T0 + 2 * SPAN;
        AlertGate.Decision d = gate.decide(t2, List.of(record("ws-1", t2, 88, "adm_x")), continued.marks());
        assertThat(d.suppressed()).isZero();
        assertThat(d.alerts()).extracting(r -> r.summary().userNames.top()).containsExactly("adm_x");
    }

    /** Runs the gate bucket by bucket as the job does: deferred records come back with the next bucket. */
    private static List<AnomalyRecord> alertsOver(AlertGate gate, List<List<AnomalyRecord>> buckets) {
        List<AnomalyRecord> alerts = new ArrayList<>();
        List<FleetMark> marks = List.of();
        List<AnomalyRecord> deferred = List.of();
        for (int i = 0; i < buckets.size(); i++) {
            List<AnomalyRecord> in = new ArrayList<>(deferred);
            in.addAll(buckets.get(i));
            AlertGate.Decision d = gate.decide(T0 + i * SPAN, in, marks);
            alerts.addAll(d.alerts());
            marks = d.marks();
            deferred = d.deferred();
        }
        return alerts;
    }

    /**
     * A 6-file toolkit dropped on four quiet workstations within an hour, each about one in three
     * thousand (score 28): no host alone is an alert, together they are, and every one of them
     * alerts, the first ones too.
     */
    @Test
    void aToolkitOnFourQuietHostsWithinAnHourIsASpreadThoughNoneAloneAlerts() {
        List<AnomalyRecord> alerts = fourQuietHostsWithinAnHour(AlertGateTest::staged);
        assertThat(alerts).extracting(AnomalyRecord::hostName).containsExactlyInAnyOrder("ws-1", "ws-2", "lt-3", "lt-4");
        assertThat(alerts).allSatisfy(a -> assertThat(a.summary().spreadHosts).isEqualTo(4));
    }

    /**
     * The same four hosts, the files into an ordinary folder (an Ansible or PDQ round to a few hosts
     * an hour): below the threshold a spread lifts only where tools land, so nothing alerts.
     */
    @Test
    void aRolloutToFourQuietHostsOutsideStagingLocationsIsNoSpread() {
        assertThat(fourQuietHostsWithinAnHour(AlertGateTest::record)).isEmpty();
    }

    /** One record of a bucket, as the tests build it. */
    private interface RecordOf {
        AnomalyRecord of(String host, long bucketStart, double score, String user);
    }

    /** What alerts of one account's files on four quiet hosts within an hour (scores 28, 28, 45, 28). */
    private static List<AnomalyRecord> fourQuietHostsWithinAnHour(RecordOf r) {
        return alertsOver(new AlertGate(AlertPolicy.defaults(), SPAN), List.of(
                List.of(r.of("ws-1", T0, 28, "svc_deploy2"), r.of("ws-2", T0, 28, "svc_deploy2")),
                List.of(),
                List.of(r.of("lt-3", T0 + 2 * SPAN, 45, "svc_deploy2")),
                List.of(r.of("lt-4", T0 + 3 * SPAN, 28, "svc_deploy2")),
                List.of(), List.of()));
    }

    /** The kit a Fleet2 incident copied over C$: little on each host, the same on every one. */
    private static final String[] KIT = {"AdFind.exe", "adf.bat", "7za.exe", "nltest_out.txt"};

    /**
     * A bucket of {@code files} written to {@code host} by {@code user}, scored as the model scores a
     * driver's first write there ({@code driverSeen} 0) or a known writer's; into
     * {@code C:\ProgramData\USOShared} (a staging location) or {@code D:\Apps\Agent}.
     */
    private static AnomalyRecord drop(String host, long bucketStart, double score, String user, boolean staged,
                                      int driverSeen, String... files) {
        BucketSummary s = BucketSummary.empty(bucketStart);
        for (String f : files) {
            s.add(FileEvent.builder().timestampMs(bucketStart).hostName(host).userName(user).fileName(f)
                    .fileDirectory(staged ? "C:\\ProgramData\\USOShared" : "D:\\Apps\\Agent").build(),
                    TransferLocations.DEFAULT);
        }
        s.driverSeen = driverSeen;
        return new AnomalyRecord(host, bucketStart, SPAN, files.length, 0.1, 2, 1e-3, score, 0, 0, 0, 0, false, s);
    }

    /** What alerts of one account's drops on three hosts in consecutive buckets (scores 18, as 4 files at 0.1 score). */
    private static List<AnomalyRecord> threeDrops(boolean staged, int driverSeen, String[]... files) {
        return alertsOver(new AlertGate(AlertPolicy.defaults(), SPAN), List.of(
                List.of(drop("rvs-lt-04", T0, 18.4, "svc_backup2", staged, driverSeen, files[0])),
                List.of(drop("sag-ehrapp02", T0 + SPAN, 18.4, "svc_backup2", staged, driverSeen, files[1])),
                List.of(drop("hld-ns-ed-03", T0 + 2 * SPAN, 18.4, "svc_backup2", staged, driverSeen, files[2])),
                List.of(), List.of()));
    }

    /**
     * The same four files dropped into a staging location on three hosts the account never wrote to,
     * within 45 minutes: each scores 18, below even a spread candidate, and their evidence adds up to
     * 7.6 of the 12 a spread needs; the same kit on all three is what tells. All three alert.
     */
    @Test
    void theSameFewFilesOnThreeHostsAnAccountNeverWroteToAreAToolkitSpread() {
        List<AnomalyRecord> alerts = threeDrops(true, 0, KIT, KIT, KIT);
        assertThat(alerts).extracting(AnomalyRecord::hostName)
                .containsExactlyInAnyOrder("rvs-lt-04", "sag-ehrapp02", "hld-ns-ed-03");
        assertThat(alerts).allSatisfy(a -> assertThat(a.summary().spreadHosts).isEqualTo(3));
    }

    /**
     * A remote-support agent's installer and its script on three hosts the account never wrote to:
     * two files score 6 on each, and the same two on all three is a toolkit spread; one file is not.
     */
    @Test
    void twoFilesOnThreeHostsAreAToolkitSpreadOneIsNot() {
        String[] agent = {"ScreenConnect.ClientSetup.msi", "install.cmd"};
        AlertGate gate = new AlertGate(AlertPolicy.defaults(), SPAN);
        List<AnomalyRecord> alerts = alertsOver(gate, List.of(
                List.of(drop("sag-sql02", T0, 5.9, "adm_rpatel", true, 0, agent)),
                List.of(drop("hld-adm-06", T0 + SPAN, 5.9, "adm_rpatel", true, 0, agent)),
                List.of(drop("rvs-adm-07", T0 + 2 * SPAN, 5.9, "adm_rpatel", true, 0, agent)),
                List.of(), List.of()));
        assertThat(alerts).extracting(AnomalyRecord::hostName).containsExactlyInAnyOrder("sag-sql02", "hld-adm-06", "rvs-adm-07");
        String[] one = {"install.cmd"};
        assertThat(alertsOver(new AlertGate(AlertPolicy.defaults(), SPAN), List.of(
                List.of(drop("sag-sql02", T0, 3.5, "adm_rpatel", true, 0, one)),
                List.of(drop("hld-adm-06", T0 + SPAN, 3.5, "adm_rpatel", true, 0, one)),
                List.of(drop("rvs-adm-07", T0 + 2 * SPAN, 3.5, "adm_rpatel", true, 0, one)),
                List.of(), List.of()))).as("one file, scoring 3.5 on each").isEmpty();
    }

    /** A per-host service binary beside the kit (PsExec's) leaves most files the same: still one toolkit. */
    @Test
    void aToolkitWithARandomServiceBinaryPerHostIsStillOneToolkit() {
        assertThat(threeDrops(true, 0,
                new String[] {"xbyydix.exe", "AdFind.exe", "adf.bat", "7za.exe", "nltest_out.txt"},
                new String[] {"qwmzlpe.exe", "AdFind.exe", "adf.bat", "7za.exe", "nltest_out.txt"},
                new String[] {"kdoeuvn.exe", "AdFind.exe", "adf.bat", "7za.exe", "nltest_out.txt"})).hasSize(3);
    }

    /**
     * What a tool drop needs, one condition missing at a time: different files on each host (a
     * helpdesk admin's support copies), an account that writes to these hosts already, files into an
     * application folder (a rollout): nothing alerts.
     */
    @Test
    void differentFilesAKnownWriterOrAnApplicationFolderAreNoToolkitSpread() {
        assertThat(threeDrops(true, 0, new String[] {"fix_printer.bat", "drivers.zip"},
                new String[] {"collect-logs.ps1", "logs.zip"}, new String[] {"dism_repair.cmd", "setup.log"})).isEmpty();
        assertThat(threeDrops(true, 12, KIT, KIT, KIT)).isEmpty();
        assertThat(threeDrops(false, 0, KIT, KIT, KIT)).isEmpty();
    }

    /** Two hosts are no spread; a third host beyond the spread window (two hours) does not join them. */
    @Test
    void aToolkitSpreadNeedsThreeHostsWithinTheSpreadWindow() {
        List<List<AnomalyRecord>> buckets = new ArrayList<>();
        buckets.add(List.of(drop("ws-1", T0, 18.4, "it.temp", true, 0, KIT)));
        buckets.add(List.of(drop("ws-2", T0 + SPAN, 18.4, "it.temp", true, 0, KIT)));
        for (int i = 2; i < 8; i++) {
            buckets.add(List.of());
        }
        buckets.add(List.of(drop("ws-3", T0 + 8 * SPAN, 18.4, "it.temp", true, 0, KIT)));
        buckets.add(List.of());
        buckets.add(List.of());
        assertThat(alertsOver(new AlertGate(AlertPolicy.defaults(), SPAN), buckets)).isEmpty();
    }

    /** A patch package as PDQ pushes it: the same files on every host, into its own folder. */
    private static final String[] PACKAGE = {"PDQDeployRunner-1.exe", "setup.exe", "configuration-Office365-x64.xml",
        "v64_16.0.18324.20194.cab", "i640.cab", "i641033.cab", "s640.cab", "stream.x64.x-none.dat"};

    /**
     * One host every two hours (never a fleet rise's eight in an hour) receiving {@code files} from
     * svc_pdq for the first time, score 72; what alerts, and what is held.
     */
    private static AlertGate.Decision[] waves(boolean staged, String[]... files) {
        AlertGate gate = new AlertGate(AlertPolicy.defaults(), SPAN);
        AlertGate.Decision[] out = new AlertGate.Decision[files.length];
        List<FleetMark> marks = List.of();
        List<AnomalyRecord> deferred = List.of();
        for (int i = 0; i < files.length; i++) {
            long t = T0 + i * 8 * SPAN;
            List<AnomalyRecord> in = new ArrayList<>(deferred);
            in.add(drop("ws-" + i, t, 72, "svc_pdq", staged, 0, files[i]));
            out[i] = gate.decide(t, in, marks);
            marks = out[i].marks();
            deferred = out[i].deferred();
        }
        return out;
    }

    /**
     * A patch day pushed in waves: the first three hosts alert (nothing says rollout yet), from the
     * fourth on the same package again is held as a rollout, and says so.
     */
    @Test
    void theSamePackageOnAFourthHostTheSameDayIsARolloutAndHeld() {
        AlertGate.Decision[] d = waves(false, PACKAGE, PACKAGE, PACKAGE, PACKAGE, PACKAGE);
        for (int i = 0; i < 3; i++) {
            assertThat(d[i].alerts()).extracting(AnomalyRecord::hostName).containsExactly("ws-" + i);
        }
        for (int i = 3; i < 5; i++) {
            assertThat(d[i].alerts()).isEmpty();
            assertThat(d[i].held()).extracting(r -> r.summary().heldBack).containsExactly(HoldReason.DEPLOYMENT_ROLLOUT);
        }
    }

    /** Other files on the fourth host, or the package into a staging location, are no rollout: they alert. */
    @Test
    void otherFilesOrStagedFilesAreNoRollout() {
        AlertGate.Decision[] other = waves(false, PACKAGE, PACKAGE, PACKAGE, KIT);
        assertThat(other[3].alerts()).extracting(AnomalyRecord::hostName).containsExactly("ws-3");
        AlertGate.Decision[] staged = waves(true, PACKAGE, PACKAGE, PACKAGE, PACKAGE);
        assertThat(staged[3].alerts()).extracting(AnomalyRecord::hostName).containsExactly("ws-3");
        assertThat(staged[3].held()).isEmpty();
    }

    /** Three hosts at one in a thousand each (an admin's support copies): too little evidence in all. */
    @Test
    void threeWeakHostsAreNoSpread() {
        AlertGate gate = new AlertGate(AlertPolicy.defaults(), SPAN);
        List<AnomalyRecord> alerts = alertsOver(gate, List.of(
                List.of(record("ws-1", T0, 25, "adm_help"), record("ws-2", T0, 25, "adm_help")),
                List.of(record("ws-3", T0 + SPAN, 25, "adm_help")),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        assertThat(alerts).isEmpty();
    }

    /**
     * A deployment account that had bursts on three servers over two days bursts on a fourth, an
     * idle server whose own bursts make this one routine: held. The same account's burst on a
     * workstation (no routine score) alerts.
     */
    @Test
    void aDeploymentRoundOnAServerThatReceivesDeploymentsIsHeld() {
        AlertGate gate = new AlertGate(AlertPolicy.defaults(), SPAN);
        long day1 = T0 + DetectorSettings.DAY;
        List<FleetMark> marks = List.of(
                new FleetMark(T0, "user.name=svc_deploy", "app-1", true, 90),
                new FleetMark(T0 + 8 * SPAN, "user.name=svc_deploy", "app-2", true, 85),
                new FleetMark(day1, "user.name=svc_deploy", "app-3", true, 80));
        long now = day1 + 20 * SPAN;
        AnomalyRecord server = record("app-4", now, 88, "svc_deploy");
        server.summary().routineScore = 35;
        AnomalyRecord workstation = record("ws-9", now, 88, "svc_deploy");
        AlertGate.Decision d = gate.decide(now, List.of(server, workstation), marks);
        assertThat(d.alerts()).extracting(AnomalyRecord::hostName).containsExactly("ws-9");
        assertThat(d.heldByDeployer()).isEqualTo(1);
        assertThat(d.held()).extracting(AnomalyRecord::hostName).containsExactly("app-4");
        assertThat(d.held().get(0).summary().heldBack).isEqualTo(HoldReason.DEPLOYMENT_ROUND);
    }

    /**
     * A build account that burst on two servers on two days makes its first release to an idle
     * server (one it never wrote to): held, a deployment round. Its first burst on a busy host
     * alerts (an admin's first write to a host is what lateral movement looks like), and so does
     * the same burst on the idle server when the files land in a staging location, or when they are
     * documents written back encrypted (encryption is nobody's routine) or bring an attack tool
     * (AdFind.exe), and so does a stream whose
     * evidence is three hours of excess: a release comes in one go.
     */
    @Test
    void aBuildAccountsFirstReleaseToAnIdleServerIsHeldUnlessStagedEncryptedArmedOrAStream() {
        AlertGate gate = new AlertGate(AlertPolicy.defaults(), SPAN);
        List<FleetMark> marks = jenkinsBurstOnTwoServersOnTwoDays();
        long now = T0 + DetectorSettings.DAY + 20 * SPAN;
        AnomalyRecord idle = firstWrite(record("app-7", now, 88, "jenkins"), true);
        AnomalyRecord busy = firstWrite(record("fs-1", now, 88, "jenkins"), false);
        AnomalyRecord staged = firstWrite(staged("app-8", now, 88, "jenkins"), true);
        AnomalyRecord encrypting = firstWrite(encrypted("app-9", now, 88, "jenkins"), true);

        // One host at a time: three hosts of one account in one bucket would be a spread.
        assertThat(gate.decide(now, List.of(idle), marks).held()).as("idle server").singleElement()
                .satisfies(h -> assertThat(h.summary().heldBack).isEqualTo(HoldReason.DEPLOYMENT_FIRST_ROUNDS));
        assertThat(gate.decide(now, List.of(busy), marks).alerts()).as("busy host").containsExactly(busy);
        assertThat(gate.decide(now, List.of(staged), marks).alerts()).as("staged").containsExactly(staged);
        assertThat(gate.decide(now, List.of(encrypting), marks).alerts()).as("encrypted").containsExactly(encrypting);
        AnomalyRecord armed = firstWrite(armed("app-11", now, 88, "jenkins"), true);
        assertThat(gate.decide(now, List.of(armed), marks).alerts()).as("an attack tool").containsExactly(armed);
        AnomalyRecord stream = firstWrite(sustained("app-10", now, 88, "jenkins", AlertGate.STREAM_BUCKETS), true);
        assertThat(gate.decide(now, List.of(stream), marks).alerts()).as("three hours of a stream")
                .containsExactly(stream);
    }

    /**
     * An account that brought AdFind.exe to a host in one bucket (scoring 39, no alert) and its bulk
     * in the next is no deployment round there within the hour, though the same bulk from the same
     * build account alone would be held as one.
     */
    @Test
    void aKitsToolsInOneBucketAndItsBulkInTheNextAreNoRelease() {
        AlertGate gate = new AlertGate(AlertPolicy.defaults(), SPAN);
        List<FleetMark> marks = jenkinsBurstOnTwoServersOnTwoDays();
        long now = T0 + DetectorSettings.DAY + 20 * SPAN;
        AnomalyRecord tools = firstWrite(armed("app-7", now, 39, "jenkins"), true);
        assertThat(gate.isInteresting(firstWrite(armed("app-7", now, 5, "jenkins"), true))).as("buffered, whatever its score").isTrue();
        AlertGate.Decision first = gate.decide(now, List.of(tools), marks);
        assertThat(first.alerts()).isEmpty();
        AnomalyRecord bulk = firstWrite(record("app-7", now + SPAN, 93, "jenkins"), true);
        assertThat(gate.decide(now + SPAN, List.of(bulk), first.marks()).alerts()).as("the kit's bulk").containsExactly(bulk);
        AnomalyRecord alone = firstWrite(record("app-7", now + SPAN, 93, "jenkins"), true);
        assertThat(gate.decide(now + SPAN, List.of(alone), marks).held()).as("the same bulk alone").singleElement()
                .satisfies(h -> assertThat(h.summary().heldBack).isEqualTo(HoldReason.DEPLOYMENT_FIRST_ROUNDS));
        long later = now + AlertGate.ARMED_BUCKETS * SPAN;
        AnomalyRecord hourLater = firstWrite(record("app-7", later, 93, "jenkins"), true);
        assertThat(gate.decide(later, List.of(hourLater), first.marks()).held()).as("an hour later").hasSize(1);
    }

    /**
     * One account encrypting eight hosts at once is no fleet rise, nor is one pushing an attack kit
     * to eight hosts in an hour: every host alerts (after the one-bucket wait of a spread).
     */
    @Test
    void encryptionOrAnAttackKitOnEightHostsIsNoFleetRise() {
        AlertGate gate = new AlertGate(AlertPolicy.defaults(), SPAN);
        List<AnomalyRecord> plain = new ArrayList<>();
        List<AnomalyRecord> encryptingHosts = new ArrayList<>();
        List<AnomalyRecord> armedHosts = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            plain.add(record("fs-" + i, T0, 90, "adm_x"));
            encryptingHosts.add(encrypted("fs-" + i, T0, 90, "adm_x"));
            armedHosts.add(armed("ws-" + i, T0, 90, "svc_sccm_push"));
        }
        assertThat(gate.decide(T0, plain, List.of()).heldByFleet()).as("a fleet rise").isEqualTo(8);
        for (List<AnomalyRecord> hosts : List.of(encryptingHosts, armedHosts)) {
            AlertGate.Decision d0 = gate.decide(T0, hosts, List.of());
            assertThat(d0.heldByFleet()).isZero();
            AlertGate.Decision d1 = gate.decide(T0 + SPAN, d0.deferred(), d0.marks());
            assertThat(d1.alerts()).as("eight hosts encrypted or armed").hasSize(8);
        }
    }

    /**
     * Held records are the ones an analyst cannot see otherwise: deployment holds and the learning
     * period, highest first and capped like alerts; a fleet rise's hosts are not among them (their
     * fleet record explains them), nor is a record under the threshold.
     */
    @Test
    void heldRecordsAreTheDeploymentAndLearningHoldsHighestFirstAndCapped() {
        AlertGate gate = new AlertGate(new AlertPolicy(70, 2, 50, 4, 4, 5, 3, 14, 4, 3, DetectorSettings.DAY, 50, 0, 4),
                SPAN);
        AlertGate.Decision d = gate.decide(T0, List.of(record("a", T0, 75, "u1"), record("b", T0, 95, "u2"),
                record("c", T0, 85, "u3"), record("d", T0, 60, "u4"), record("p1", T0, 90, "svc_patch"),
                record("p2", T0, 90, "svc_patch"), record("p3", T0, 90, "svc_patch"), record("p4", T0, 90, "svc_patch")),
                List.of(), T0);
        assertThat(d.heldByLearning()).isEqualTo(3);
        assertThat(d.heldByFleet()).isEqualTo(4);
        assertThat(d.held()).extracting(AnomalyRecord::hostName).containsExactly("b", "c");
        assertThat(d.held()).allSatisfy(h -> assertThat(h.summary().heldBack).isEqualTo(HoldReason.LEARNING_PERIOD));
        assertThat(d.heldByReason()).as("every hold counted, past the cap").containsExactly(
                org.assertj.core.api.Assertions.entry(HoldReason.LEARNING_PERIOD, 3));
    }

    /**
     * A re-imaged lab PC's software push is held as its installation (the reason on the record);
     * attack tools among it are nobody's installation and alert.
     */
    @Test
    void aReinstalledHostsInstallationIsHeldButItsToolsAlert() {
        AlertGate gate = new AlertGate(AlertPolicy.defaults(), SPAN);
        AlertGate.Decision d = gate.decide(T0, List.of(reinstalled(record("lab-1", T0, 85, "svc-labdeploy")),
                reinstalled(armed("lab-2", T0, 85, "helpdesk")), record("lab-3", T0, 85, "jdoe")),
                List.of());
        assertThat(d.alerts()).extracting(AnomalyRecord::hostName).containsExactly("lab-2", "lab-3");
        assertThat(d.held()).singleElement().satisfies(h -> {
            assertThat(h.hostName()).isEqualTo("lab-1");
            assertThat(h.summary().heldBack).isEqualTo(HoldReason.REINSTALLATION);
        });
        assertThat(d.heldByReason()).containsExactly(org.assertj.core.api.Assertions.entry(HoldReason.REINSTALLATION, 1));
    }

    /** {@code r} as the model scores a bucket in the installation of a reinstalled host. */
    private static AnomalyRecord reinstalled(AnomalyRecord r) {
        r.summary().reinstalled = true;
        return r;
    }

    /** A build account's high scores on two servers on two days: what makes its next burst a deployment round. */
    private static List<FleetMark> jenkinsBurstOnTwoServersOnTwoDays() {
        return List.of(new FleetMark(T0, "user.name=jenkins", "app-1", true, 90),
                new FleetMark(T0 + DetectorSettings.DAY, "user.name=jenkins", "app-2", true, 85));
    }

    /** {@code r} as the model scores a driver's first bucket on a host, idle or not. */
    private static AnomalyRecord firstWrite(AnomalyRecord r, boolean idleHost) {
        r.summary().driverSeen = 0;
        r.summary().idleHost = idleHost;
        return r;
    }
}
