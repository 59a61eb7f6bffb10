package io.spikewatch.job.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A deterministic, seeded simulator of an enterprise fleet's Elastic Defend file events, with
 * labelled lateral-movement incidents and labelled benign spikes.
 *
 * <p>Why a simulator: no public data set has weeks of per-host remote-transfer counts with
 * labelled attacks. This one is built to be realistic rather than convenient: office hours in
 * three time zones (with their daylight-saving switches), weekends, over-dispersed counts,
 * nightly backups, Patch Tuesday, hosts joining mid-run, noise the filter must drop, several
 * wire formats, out-of-order and late arrival, and malformed lines. Detectors are judged on
 * data of the same shape built by someone else, so nothing here is tuned to a detector.
 *
 * <p>Same spec, same bytes: all randomness comes from {@link FleetSpec#seed()}, there is no
 * clock, and nothing depends on hash iteration order.
 *
 * <pre>{@code
 * SimulationResult r = new FleetSimulator(FleetSpec.standard(1)).run(Path.of("fleet.ndjson.gz"));
 * r.labels().write(IncidentLabels.sidecarFor(Path.of("fleet.ndjson.gz")));
 * }</pre>
 */
public final class FleetSimulator {

    private final FleetSpec spec;

    public FleetSimulator(FleetSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    public FleetSpec spec() {
        return spec;
    }

    /** Writes the file ({@code .gz} compressed if the name ends in {@code .gz}) and returns what was written. */
    public SimulationResult run(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream os = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                        ? new FastGzip(raw) : raw;
                Writer w = new AsciiWriter(os)) {
            return run(w);
        }
    }

    /** Writes one ECS JSON object per line to {@code out} (flushed, not closed). */
    public SimulationResult run(Writer out) throws IOException {
        Rand root = new Rand(spec.seed());
        Fleet fleet = Fleet.build(spec, root.split());
        DailyRhythm rhythm = new DailyRhythm(fleet.startMs, spec.days());
        FileCatalog catalog = new FileCatalog();
        TransferFactory factory = new TransferFactory(fleet);
        BaselineTraffic unboosted = new BaselineTraffic(fleet, rhythm, factory, catalog, List.of());
        AttackPlan attacks = new AttackPlanner(fleet, root.split(), unboosted, rhythm, catalog).plan();
        BenignPlan benign = new BenignPlanner(fleet, root.split(), rhythm, catalog, factory,
                attacks.busyHostDays()).plan();
        BaselineTraffic traffic = new BaselineTraffic(fleet, rhythm, factory, catalog, benign.boosts());
        NoiseGenerator noise = new NoiseGenerator(fleet, rhythm);

        List<SimEvent> planned = new ArrayList<>(attacks.events());
        planned.addAll(benign.events());
        planned.sort(Comparator.comparingLong(SimEvent::tsMs)); // stable: ties keep plan order

        Rand lateRng = root.split();
        int[] latePerDay = new int[spec.days()];
        for (int i = 0; i < spec.lateEvents(); i++) {
            latePerDay[spec.days() > 1 ? 1 + lateRng.nextInt(spec.days() - 1) : 0]++;
        }

        Emitter emitter = new Emitter(out, spec, new EcsRenderer(spec.formats(), fleet.hosts.size()), root.split());
        Rand trafficRng = root.split();
        Rand noiseRng = root.split();
        int next = 0;
        for (int day = 0; day < spec.days(); day++) {
            long dayEnd = fleet.dayStartMs(day + 1);
            List<SimEvent> remote = new ArrayList<>();
            traffic.day(day, trafficRng.split(), remote);
            while (next < planned.size() && (planned.get(next).tsMs() < dayEnd || day == spec.days() - 1)) {
                remote.add(planned.get(next++));
            }
            List<SimEvent> all = new ArrayList<>(remote);
            noise.day(day, remote, spec.noiseRatio(), noiseRng.split(), all);
            emitter.add(all, latePerDay[day]);
            emitter.flushBefore(dayEnd);
        }
        emitter.flushAll();
        out.flush();

        return new SimulationResult(spec, emitter.lines, emitter.remote, emitter.noise, emitter.malformed, emitter.late,
                fleet.publicHosts(), numberIncidents(attacks.incidents()), numberBenign(benign.spikes()));
    }

    private static List<Incident> numberIncidents(List<Incident> raw) {
        List<Incident> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparing(Incident::start).thenComparing(i -> i.hosts().get(0)));
        List<Incident> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Incident x = sorted.get(i);
            out.add(new Incident(String.format(Locale.ROOT, "INC-%02d", i + 1), x.kind(), x.hosts(), x.start(), x.end(),
                    x.description()));
        }
        return out;
    }

    private static List<BenignSpike> numberBenign(List<BenignSpike> raw) {
        List<BenignSpike> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparing(BenignSpike::start).thenComparing(BenignSpike::kind));
        List<BenignSpike> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            BenignSpike x = sorted.get(i);
            out.add(new BenignSpike(String.format(Locale.ROOT, "BEN-%02d", i + 1), x.kind(), x.hosts(), x.start(),
                    x.end(), x.description()));
        }
        return out;
    }

    /** Gzip at the fastest level: the data is regenerated at will, so speed beats ratio. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
