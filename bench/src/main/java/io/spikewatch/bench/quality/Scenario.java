package io.spikewatch.bench.quality;

import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.sim.FleetSimulator;
import io.spikewatch.job.sim.FleetSpec;
import io.spikewatch.job.sim.SimulationResult;

import io.spikewatch.job.sim.IncidentLabels;
import io.spikewatch.model.FileEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * One labelled scenario: a simulated fleet ({@link FleetSimulator}, seeded) turned straight into
 * {@link FleetBuckets}, line by line, without a file in between.
 *
 * <p>The scenarios are the simulator's: 140 hosts over three weeks (workstations and laptops in
 * three time zones, file servers, Windows and Linux application servers, FTP/Samba hosts, hosts
 * joining mid-run), office-hour and weekly rhythms, nightly and weekly backups, Patch Tuesday,
 * month-end close, folder copies and new recurring jobs (labelled benign spikes), noise the filter
 * drops, malformed and late lines; and twelve labelled incidents of six kinds: burst, low-and-slow,
 * night-time burst on a busy server, Linux scp, tool spread to several hosts, burst on a new host.
 * See {@code io.spikewatch.job.sim} for each generator.
 *
 * @param seed the simulator seed
 * @param labels the incidents and benign spikes the simulator injected
 * @param hosts hosts in the fleet
 * @param days days simulated
 * @param buckets the counts every detector is given
 */
public record Scenario(long seed, IncidentLabels labels, int hosts, int days, FleetBuckets buckets) {

    /**
     * Simulates {@code spec} and buckets its lines as the job configured by {@code cfg} would (its
     * bucket length, staging list and future guard).
     */
    public static Scenario simulate(FleetSpec spec, JobConfig cfg) {
        return simulate(spec, FleetBuckets.Builder.of(cfg.detector(), cfg.maxFutureMs()));
    }

    /**
     * As {@link #simulate(FleetSpec, JobConfig)}, but keeps the accepted transfers and the labels in
     * {@code cacheDir} and reads them from there when present (delete the folder when the
     * simulator changes; the transfers are bucketed anew, so one cache serves every configuration).
     */
    public static Scenario cached(FleetSpec spec, JobConfig cfg, Path cacheDir) throws IOException {
        String stem = "fleet-" + spec.hosts() + "h-" + spec.days() + "d-seed" + spec.seed();
        Path events = cacheDir.resolve(stem + ".transfers.gz");
        Path labels = cacheDir.resolve(stem + ".labels.ndjson");
        FleetBuckets.Builder b = FleetBuckets.Builder.of(cfg.detector(), cfg.maxFutureMs());
        if (Files.isRegularFile(events) && Files.isRegularFile(labels)) {
            List<FileEvent> cached = TransferCache.read(events);
            if (cached != null) {
                cached.forEach(b::accept);
                return new Scenario(spec.seed(), IncidentLabels.read(labels), spec.hosts(), spec.days(), b.build());
            }
        }
        b.keepEvents();
        Scenario s = simulate(spec, b);
        TransferCache.write(events, b.events());
        s.labels().write(labels);
        return s;
    }

    /** {@link #cached} when {@code cacheDir} is given, else {@link #simulate(FleetSpec, JobConfig)}. */
    public static Scenario of(FleetSpec spec, JobConfig cfg, Path cacheDir) {
        try {
            return cacheDir == null ? simulate(spec, cfg) : cached(spec, cfg, cacheDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Scenario simulate(FleetSpec spec, FleetBuckets.Builder b) {
        try (LineWriter w = new LineWriter(b::accept)) {
            SimulationResult r = new FleetSimulator(spec).run(w);
            w.close();
            return new Scenario(spec.seed(), r.labels(), r.hosts().size(), spec.days(), b.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@link Writer} that hands each complete line to a consumer. */
    static final class LineWriter extends Writer {
        private final Consumer<String> onLine;
        private final StringBuilder pending = new StringBuilder(2048);

        LineWriter(Consumer<String> onLine) {
            this.onLine = onLine;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = buf[i];
                if (c == '\n') {
                    onLine.accept(pending.toString());
                    pending.setLength(0);
                } else {
                    pending.append(c);
                }
            }
        }

        @Override
        public void write(String s, int off, int len) {
            int end = off + len;
            int pos = off;
            while (pos < end) {
                int nl = s.indexOf('\n', pos);
                if (nl < 0 || nl >= end) {
                    pending.append(s, pos, end);
                    return;
                }
                pending.append(s, pos, nl);
                onLine.accept(pending.toString());
                pending.setLength(0);
                pos = nl + 1;
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {
            if (pending.length() > 0) {
                onLine.accept(pending.toString());
                pending.setLength(0);
            }
        }
    }
}
