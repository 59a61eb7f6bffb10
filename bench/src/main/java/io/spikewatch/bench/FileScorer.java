package io.spikewatch.bench;

import io.spikewatch.connectors.ecs.EcsEventParser;
import io.spikewatch.connectors.ecs.ParseResult;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.model.AlertGate;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.BucketScore;
import io.spikewatch.model.BucketSummary;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.FilterVerdict;
import io.spikewatch.model.FleetMark;
import io.spikewatch.model.HostModel;
import io.spikewatch.model.HostState;
import io.spikewatch.model.RemoteTransferFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Scores ECS NDJSON files with the model and the alert gate alone, without Flink, in one thread:
 * about ten seconds for a 400k-line fleet file, for parameter sweeps. It groups events by bucket in
 * event time (so, unlike the streaming job, it counts late events in their bucket) and otherwise
 * makes the same decisions as the pipeline: empty buckets learned as zeros, one gate decision per
 * bucket with deferred spreads and the learning period. {@code FileScorerTest} checks it against a
 * Flink replay.
 */
public final class FileScorer {

    private final JobConfig cfg;

    public FileScorer(JobConfig cfg) {
        this.cfg = cfg;
    }

    /** The alerts the files produce, in decision order. */
    public List<AnomalyRecord> score(List<Path> files) throws IOException {
        long span = cfg.detector().bucketSpanMs();
        EcsEventParser parser = new EcsEventParser();
        TreeMap<Long, List<FileEvent>> byBucket = new TreeMap<>();
        for (Path f : files) {
            try (BufferedReader r = reader(f)) {
                String line;
                while ((line = r.readLine()) != null) {
                    ParseResult p = parser.parse(line);
                    if (p.isOk() && RemoteTransferFilter.test(p.event()) == FilterVerdict.ACCEPTED) {
                        byBucket.computeIfAbsent(Math.floorDiv(p.event().timestampMs(), span), k -> new ArrayList<>())
                                .add(p.event());
                    }
                }
            }
        }
        dropFarFuture(byBucket);

        HostModel model = new HostModel(cfg.detector());
        AlertGate gate = new AlertGate(cfg.policy(), span);
        Map<String, HostState> states = new HashMap<>();
        List<FleetMark> marks = new ArrayList<>();
        List<AnomalyRecord> deferred = new ArrayList<>();
        List<AnomalyRecord> alerts = new ArrayList<>();
        long first = byBucket.isEmpty() ? 0 : byBucket.firstKey() * span;
        for (Map.Entry<Long, List<FileEvent>> e : byBucket.entrySet()) {
            long bucket = e.getKey();
            TreeMap<String, BucketSummary> summaries = new TreeMap<>();
            for (FileEvent ev : e.getValue()) {
                summaries.computeIfAbsent(ev.hostName(), h -> BucketSummary.empty(bucket * span)).add(ev);
            }
            List<AnomalyRecord> records = new ArrayList<>(deferred);
            for (Map.Entry<String, BucketSummary> hs : summaries.entrySet()) {
                BucketSummary s = hs.getValue();
                HostState st = states.computeIfAbsent(hs.getKey(), k -> new HostState());
                BucketScore b = model.close(st, bucket, s.count, s.driverHash());
                s.driverSeen = b.driverSeen();
                AnomalyRecord r = new AnomalyRecord(hs.getKey(), bucket * span, span, b.actual(), b.typical(), b.upper(),
                        b.probability(), b.recordScore(), b.multiBucketImpact(), b.sustainedBuckets(),
                        b.sustainedActual(), b.sustainedTypical(), b.learning(), s);
                if (r.recordScore() >= gate.minInterestingScore()) {
                    records.add(r);
                }
            }
            AlertGate.Decision d = gate.decide(bucket * span, records, marks, first);
            marks = d.marks();
            deferred = d.deferred();
            alerts.addAll(d.alerts());
        }
        return alerts;
    }

    /** Buckets far ahead of the rest (a wrong clock) are dropped, as the job's event-time guard does. */
    private void dropFarFuture(TreeMap<Long, List<FileEvent>> byBucket) {
        long span = cfg.detector().bucketSpanMs();
        long maxJumpBuckets = cfg.maxFutureMs() / span;
        Long previous = null;
        for (Long b : new ArrayList<>(byBucket.keySet())) {
            if (previous != null && b - previous > maxJumpBuckets && byBucket.get(b).size() < 16) {
                byBucket.remove(b);
                continue;
            }
            previous = b;
        }
    }

    private static BufferedReader reader(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        if (f.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
