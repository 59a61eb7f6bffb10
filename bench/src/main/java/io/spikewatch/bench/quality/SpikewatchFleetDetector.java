package io.spikewatch.bench.quality;

import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.model.AlertGate;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.BucketScore;
import io.spikewatch.model.BucketSummary;
import io.spikewatch.model.FleetMark;
import io.spikewatch.model.HostModel;
import io.spikewatch.model.HostState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The product, without Flink: {@link HostModel} per host and the {@link AlertGate} over the fleet,
 * making the pipeline's decisions in one thread (empty buckets learned as zeros, one gate decision
 * per bucket with deferred spreads and the learning period). {@code FileScorerTest} checks that
 * it raises exactly the alerts of a Flink replay.
 */
public final class SpikewatchFleetDetector implements FleetDetector {

    private final JobConfig cfg;

    public SpikewatchFleetDetector(JobConfig cfg) {
        this.cfg = cfg;
    }

    @Override
    public String name() {
        return "spikewatch";
    }

    @Override
    public List<Evaluation.Alert> detect(FleetBuckets fleet) {
        return records(fleet).stream().map(a -> new Evaluation.Alert(a.hostName(), a.bucketStartMs())).toList();
    }

    /** The alerts as the job emits them, in decision order. */
    public List<AnomalyRecord> records(FleetBuckets fleet) {
        return run(fleet).alerts();
    }

    /**
     * What one run leaves: the alerts in decision order, the records the gate held back (each with
     * its reason), and every host's model state at the end.
     */
    public record Run(List<AnomalyRecord> alerts, List<AnomalyRecord> held, Map<String, HostState> states) {}

    /** Scores the fleet. */
    public Run run(FleetBuckets fleet) {
        long span = fleet.spanMs();
        HostModel model = new HostModel(cfg.detector());
        AlertGate gate = new AlertGate(cfg.policy(), span);
        Map<String, HostState> states = new HashMap<>();
        List<FleetMark> marks = new ArrayList<>();
        List<AnomalyRecord> deferred = new ArrayList<>();
        List<AnomalyRecord> alerts = new ArrayList<>();
        List<AnomalyRecord> held = new ArrayList<>();
        long first = fleet.firstBucket() * span;
        for (Map.Entry<Long, TreeMap<String, BucketSummary>> e : fleet.buckets().entrySet()) {
            long bucket = e.getKey();
            List<AnomalyRecord> records = new ArrayList<>(deferred);
            for (Map.Entry<String, BucketSummary> hs : e.getValue().entrySet()) {
                // A copy: detectors share the fleet, and the gate writes into the summaries it keeps.
                BucketSummary s = undecided(hs.getValue());
                if (s.count == 0 && !model.wantsSighting(states.get(hs.getKey()), bucket)) {
                    continue; // a sighting the job's host operator drops too
                }
                HostState st = states.computeIfAbsent(hs.getKey(), k -> new HostState());
                BucketScore b = model.close(st, bucket, s);
                s.scoredAs(b);
                AnomalyRecord r = new AnomalyRecord(hs.getKey(), bucket * span, span, b.actual(), b.typical(), b.upper(),
                        b.probability(), b.recordScore(), b.multiBucketImpact(), b.sustainedBuckets(),
                        b.sustainedActual(), b.sustainedTypical(), b.learning(), s);
                if (gate.isInteresting(r)) {
                    records.add(r);
                }
            }
            AlertGate.Decision d = gate.decide(bucket * span, records, marks, first);
            marks = d.marks();
            deferred = d.deferred();
            alerts.addAll(d.alerts());
            held.addAll(d.held());
        }
        return new Run(alerts, held, states);
    }

    /** The counted part of a summary, without the decisions a previous run wrote into it. */
    private static BucketSummary undecided(BucketSummary c) {
        BucketSummary s = new BucketSummary();
        s.bucketStartMs = c.bucketStartMs;
        s.count = c.count;
        s.firstEventMs = c.firstEventMs;
        s.lastEventMs = c.lastEventMs;
        s.bytes = c.bytes;
        s.stagedFiles = c.stagedFiles;
        s.encryptedFiles = c.encryptedFiles;
        s.hiddenFiles = c.hiddenFiles;
        s.toolFiles = c.toolFiles;
        s.toolExample = c.toolExample;
        s.webShellFiles = c.webShellFiles;
        s.webShellExample = c.webShellExample;
        s.stagedExample = c.stagedExample;
        s.hostId = c.hostId;
        s.userNames = c.userNames;
        s.userIds = c.userIds;
        s.userDomains = c.userDomains;
        s.sourceIps = c.sourceIps;
        s.processNames = c.processNames;
        s.signers = c.signers;
        s.signatureTrusted = c.signatureTrusted;
        s.modules = c.modules;
        s.actions = c.actions;
        s.extensions = c.extensions;
        s.directories = c.directories;
        s.samplePaths = c.samplePaths;
        s.names = c.names;
        return s;
    }
}
