package io.spikewatch.job.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a simulated fleet file and its labels sidecar.
 *
 * <pre>
 * SimulateMain --preset demo|standard [--seed N] --out FILE[.gz] [--labels FILE]
 * </pre>
 *
 * The labels default to {@link IncidentLabels#sidecarFor} of the output file.
 */
public final class SimulateMain {

    static final String USAGE =
            "usage: SimulateMain --preset demo|standard [--seed N] --out FILE[.gz] [--labels FILE]";

    private SimulateMain() {}

    public static void main(String[] args) throws IOException {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Parsed command line. */
    record Options(String preset, long seed, Path out, Path labels) {

        FleetSpec spec() {
            return preset.equals("standard") ? FleetSpec.standard(seed) : FleetSpec.demo(seed);
        }

        static Options parse(String[] args) {
            String preset = "demo";
            long seed = 1;
            Path out = null;
            Path labels = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--preset" -> {
                        if (!v.equals("demo") && !v.equals("standard")) {
                            throw new IllegalArgumentException("--preset must be demo or standard, got " + v);
                        }
                        preset = v;
                    }
                    case "--seed" -> {
                        try {
                            seed = Long.parseLong(v);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--seed must be an integer, got " + v);
                        }
                    }
                    case "--out" -> out = Path.of(v);
                    case "--labels" -> labels = Path.of(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out is required");
            }
            return new Options(preset, seed, out, labels == null ? IncidentLabels.sidecarFor(out) : labels);
        }
    }

    /** Runs the command; returns the process exit code (2 for a bad command line). */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        SimulationResult r = new FleetSimulator(o.spec()).run(o.out());
        r.labels().write(o.labels());
        report(r, o, out);
        return 0;
    }

    private static void report(SimulationResult r, Options o, PrintStream out) {
        FleetSpec s = r.spec();
        out.printf(Locale.ROOT, "wrote %s: %d lines (%d remote transfers, %d noise, %d malformed, %d late)%n",
                o.out(), r.lines(), r.remoteTransfers(), r.noiseLines(), r.malformedLines(), r.lateEvents());
        Map<HostRole, Integer> roles = new EnumMap<>(HostRole.class);
        int joined = 0;
        for (SimHost h : r.hosts()) {
            roles.merge(h.role(), 1, Integer::sum);
            if (h.joinedAt().isAfter(s.start())) {
                joined++;
            }
        }
        out.printf(Locale.ROOT, "preset %s seed %d: %d days from %s, %d hosts %s, %d joined mid-run%n", o.preset(),
                s.seed(), s.days(), s.start(), r.hosts().size(), roles, joined);
        out.printf(Locale.ROOT, "wrote %s: %d incidents, %d benign spikes%n", o.labels(), r.incidents().size(),
                r.benign().size());
        for (Incident i : r.incidents()) {
            out.printf(Locale.ROOT, "  %s %-27s %s .. %s  %s%n", i.id(), i.kind(), i.start(), i.end(), i.description());
        }
    }
}
