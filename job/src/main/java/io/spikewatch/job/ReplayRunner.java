package io.spikewatch.job;

import io.spikewatch.job.sink.AlertDocuments;
import io.spikewatch.job.pipeline.DeadLetterRecord;
import io.spikewatch.connectors.ecs.DeadLetterDocument;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.pipeline.LateEvent;
import io.spikewatch.job.pipeline.RecordRouter;
import io.spikewatch.job.pipeline.Pipeline;
import io.spikewatch.job.report.SeriesPoint;
import io.spikewatch.job.source.EcsFileFormat;
import io.spikewatch.job.source.SourceRecord;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.FleetEvent;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs the pipeline over ECS NDJSON files (plain or .gz, files or folders) on the embedded
 * mini-cluster until all input is read and every bucket closed, then writes the alerts in a
 * deterministic order (bucket, host) and the dead letters, late events, fleet rises and held-back
 * records beside them.
 */
public final class ReplayRunner {

    private final JobConfig cfg;
    private final AlertDocuments alertDocuments;
    private final PrintStream log;
    private final boolean keepSeries;

    public ReplayRunner(JobConfig cfg, PrintStream log) {
        this(cfg, log, false);
    }

    /**
     * @param keepSeries also collect every scored bucket and return those of the alerted hosts in
     *     {@link Result#series()} (for a report's charts); costs a copy of the scored stream
     */
    public ReplayRunner(JobConfig cfg, PrintStream log, boolean keepSeries) {
        this.cfg = cfg;
        this.alertDocuments = new AlertDocuments((int) Math.round(cfg.policy().threshold()));
        this.log = log;
        this.keepSeries = keepSeries;
    }

    /**
     * Output files of one replay.
     *
     * @param held the documents of the records the gate held back (building-block alerts), written
     *     only when there are any
     */
    public record Outputs(Path alerts, Path deadLetters, Path fleetEvents, Path held) {
        public static Outputs beside(Path alerts) {
            String name = alerts.getFileName().toString().replaceFirst("\\.ndjson$|\\.json$", "");
            Path dir = alerts.toAbsolutePath().getParent();
            return new Outputs(alerts, dir.resolve(name + ".dead-letters.ndjson"), dir.resolve(name + ".fleet.ndjson"),
                    dir.resolve(name + ".held.ndjson"));
        }
    }

    /**
     * What a replay did.
     *
     * @param series per alerted host, every scored bucket in time order; empty unless the runner
     *     was asked to keep series
     */
    public record Result(Map<String, Long> counters, List<AnomalyRecord> alerts, List<FleetEvent> fleetEvents,
                         List<AnomalyRecord> held, long deadLetters, long lateEvents,
                         Map<String, List<SeriesPoint>> series) {
        public long counter(String name) {
            return counters.getOrDefault(name, 0L);
        }
    }

    /** Replays on a fresh embedded mini-cluster ({@link Environments#local}). */
    public Result run(List<Path> inputs, Outputs outputs) throws Exception {
        return run(Environments.local(cfg), inputs, outputs);
    }

    /** Replays on {@code env}, e.g. a test's shared mini-cluster. */
    public Result run(StreamExecutionEnvironment env, List<Path> inputs, Outputs outputs) throws Exception {
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("--input: no such file or folder: " + p);
            }
        }
        FileSource<SourceRecord> source = FileSource
                .forBulkFileFormat(new EcsFileFormat(Pipeline.decoder(cfg, Clock.systemUTC())), inputs.stream()
                        .map(p -> new org.apache.flink.core.fs.Path(p.toAbsolutePath().toUri()))
                        .toArray(org.apache.flink.core.fs.Path[]::new))
                .build();
        DataStream<SourceRecord> records = env.fromSource(source, Pipeline.watermarks(cfg), "ECS NDJSON files")
                .uid("ndjson-files");

        Collectors c = new Collectors(keepSeries);
        Pipeline.build(records, cfg, c);
        JobClient job = env.executeAsync("spikewatch replay");

        List<AnomalyRecord> alerts = new ArrayList<>();
        List<FleetEvent> fleet = new ArrayList<>();
        List<AnomalyRecord> held = new ArrayList<>();
        long[] dead = new long[1];
        long[] late = new long[1];
        // Slim points of every host (a 3-week, 140-host fleet is some 100k); cut to the alerted hosts below.
        Map<String, List<SeriesPoint>> scored = new HashMap<>();
        Map<Integer, RecordRouter.Progress> progress = new TreeMap<>();
        // One thread per output: each collect iterator must be drained while the job runs.
        ExecutorService pool = Executors.newFixedThreadPool(7);
        try (OutputStream deadOut = new BufferedOutputStream(Files.newOutputStream(outputs.deadLetters()))) {
            Object deadLock = new Object();
            CompletableFuture<?>[] readers = {
                drain(pool, c.alerts, alerts::add),
                drain(pool, c.fleet, fleet::add),
                drain(pool, c.held, held::add),
                drain(pool, c.dead, d -> {
                    synchronized (deadLock) {
                        dead[0]++;
                        write(deadOut, DeadLetterDocument.toJson(d.letter(), d.location()));
                    }
                }),
                drain(pool, c.late, l -> {
                    synchronized (deadLock) {
                        late[0]++;
                        write(deadOut, SideDocuments.lateEvent(l));
                    }
                }),
                drain(pool, c.progress, p -> reportProgress(progress, p)),
                c.scored == null ? CompletableFuture.completedFuture(null) : drain(pool, c.scored,
                        r -> scored.computeIfAbsent(r.hostName(), h -> new ArrayList<>()).add(SeriesPoint.of(r))),
            };
            CompletableFuture.allOf(readers).get();
        } finally {
            pool.shutdownNow();
        }
        JobExecutionResult result = job.getJobExecutionResult().get();

        List<AnomalyRecord> documents = finalVersions(alerts);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(outputs.alerts()))) {
            for (AnomalyRecord a : documents) {
                out.write(alertDocuments.json(a));
                out.write('\n');
            }
        }
        fleet.sort(Comparator.comparingLong(FleetEvent::bucketStartMs).thenComparing(FleetEvent::driver));
        Files.deleteIfExists(outputs.fleetEvents());
        if (!fleet.isEmpty()) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(outputs.fleetEvents()))) {
                for (FleetEvent f : fleet) {
                    write(out, SideDocuments.fleetEvent(f));
                }
            }
        }
        List<AnomalyRecord> heldDocuments = finalVersions(held);
        Files.deleteIfExists(outputs.held());
        if (!heldDocuments.isEmpty()) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(outputs.held()))) {
                for (AnomalyRecord h : heldDocuments) {
                    out.write(alertDocuments.json(h));
                    out.write('\n');
                }
            }
        }
        return new Result(Environments.counters(result), documents, fleet, heldDocuments, dead[0], late[0],
                seriesOfAlerted(scored, documents));
    }

    /** The scored buckets of the hosts that alerted, each host's in time order, hosts sorted by name. */
    public static Map<String, List<SeriesPoint>> seriesOfAlerted(Map<String, List<SeriesPoint>> scored,
                                                          List<AnomalyRecord> alerts) {
        Set<String> alerted = new HashSet<>();
        alerts.forEach(a -> alerted.add(a.hostName()));
        Map<String, List<SeriesPoint>> out = new TreeMap<>();
        scored.forEach((host, points) -> {
            if (alerted.contains(host)) {
                List<SeriesPoint> sorted = new ArrayList<>(points);
                sorted.sort(Comparator.comparingLong(SeriesPoint::bucketStartMs));
                out.put(host, List.copyOf(sorted));
            }
        });
        return out;
    }

    /**
     * Each alert once, in its last version (an incident's alert is re-emitted as later buckets
     * continue it, as Elasticsearch would overwrite it by id), ordered by bucket and host.
     */
    static List<AnomalyRecord> finalVersions(List<AnomalyRecord> emitted) {
        Map<String, AnomalyRecord> last = new TreeMap<>();
        for (AnomalyRecord a : emitted) {
            last.put(String.format("%020d", a.bucketStartMs()) + '\u0000' + a.hostName(), a);
        }
        return new ArrayList<>(last.values());
    }

    private void reportProgress(Map<Integer, RecordRouter.Progress> latest, RecordRouter.Progress p) {
        synchronized (latest) {
            latest.put(p.subtask(), p);
            long lines = latest.values().stream().mapToLong(RecordRouter.Progress::lines).sum();
            long time = latest.values().stream().mapToLong(RecordRouter.Progress::eventTimeMs).max().orElse(0);
            log.printf("progress: %,d lines read, event time %s%n", lines, Instant.ofEpochMilli(time));
        }
    }

    private static void write(OutputStream out, String line) {
        try {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> CompletableFuture<Void> drain(ExecutorService pool, CloseableIterator<T> it, Consumer<T> sink) {
        return CompletableFuture.runAsync(() -> {
            try (it) {
                while (it.hasNext()) {
                    sink.accept(it.next());
                }
            } catch (Exception e) {
                throw new IllegalStateException("reading job output failed", e);
            }
        }, pool);
    }

    /** Collects every output of the pipeline back to this process. */
    private static final class Collectors implements Pipeline.Sinks {
        private final boolean wantScored;
        CloseableIterator<AnomalyRecord> alerts;
        CloseableIterator<AnomalyRecord> scored;
        CloseableIterator<DeadLetterRecord> dead;
        CloseableIterator<LateEvent> late;
        CloseableIterator<FleetEvent> fleet;
        CloseableIterator<AnomalyRecord> held;
        CloseableIterator<RecordRouter.Progress> progress;

        Collectors(boolean wantScored) {
            this.wantScored = wantScored;
        }

        @Override
        public void scored(DataStream<AnomalyRecord> s) {
            if (wantScored) {
                scored = s.collectAsync();
            }
        }

        @Override
        public void alerts(DataStream<AnomalyRecord> s, DataStream<AnomalyRecord> heldBack) {
            alerts = s.collectAsync();
            held = heldBack.collectAsync();
        }

        @Override
        public void deadLetters(DataStream<DeadLetterRecord> s) {
            dead = s.collectAsync();
        }

        @Override
        public void lateEvents(DataStream<LateEvent> s) {
            late = s.collectAsync();
        }

        @Override
        public void fleetEvents(DataStream<FleetEvent> s) {
            fleet = s.collectAsync();
        }

        @Override
        public void progress(DataStream<RecordRouter.Progress> s) {
            progress = s.collectAsync();
        }
    }
}
