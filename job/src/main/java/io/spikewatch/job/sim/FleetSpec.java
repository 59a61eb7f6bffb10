package io.spikewatch.job.sim;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * What fleet to simulate: its size and mix of roles, how long, and how dirty the data is.
 *
 * <p>The same spec (seed included) always produces the same bytes, so a spec is the name of a
 * data set: the demo, the integration test and the self-evaluation each refer to a preset rather
 * than to a checked-in file.
 *
 * @param seed root of every random draw
 * @param start first instant of the simulation; must be midnight UTC (the presets use a Monday so
 *     that "week 1" is a full working week of history)
 * @param days length of the simulation in days
 * @param workstations Windows workstations and laptops: mostly quiet
 * @param fileServers Windows file servers: busy during office hours
 * @param linuxServers Linux servers receiving scp / sftp / smbd / vsftpd writes
 * @param windowsServers other Windows servers (backup target, domain controllers, application,
 *     SQL, SCCM, RDS); the first one is the nightly backup target
 * @param noiseRatio share of well-formed lines that the remote-transfer filter must drop
 * @param malformedRatio share of lines that are malformed (bad JSON, missing or mistyped fields)
 * @param lateEvents number of remote transfers emitted 20-90 minutes after their timestamp
 * @param formats how often each wire-format variant appears
 * @param injectIncidents whether to add the labelled lateral-movement incidents
 */
public record FleetSpec(
        long seed,
        Instant start,
        int days,
        int workstations,
        int fileServers,
        int linuxServers,
        int windowsServers,
        double noiseRatio,
        double malformedRatio,
        int lateEvents,
        FormatMix formats,
        boolean injectIncidents) {

    /** Monday 2024-03-04 00:00 UTC: the presets' start. Patch Tuesday (03-12) falls in week 2. */
    public static final Instant DEFAULT_START = Instant.parse("2024-03-04T00:00:00Z");

    public FleetSpec {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(formats, "formats");
        if (start.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() != 0 || start.getNano() != 0) {
            throw new IllegalArgumentException("start must be midnight UTC, got " + start);
        }
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("days must be in 1..366, got " + days);
        }
        if (workstations < 0 || fileServers < 0 || linuxServers < 0 || windowsServers < 0
                || workstations + fileServers + linuxServers + windowsServers == 0) {
            throw new IllegalArgumentException("host counts must be >= 0 with at least one host");
        }
        if (!(noiseRatio >= 0 && noiseRatio <= 0.9)) {
            throw new IllegalArgumentException("noiseRatio must be in [0, 0.9], got " + noiseRatio);
        }
        if (!(malformedRatio >= 0 && malformedRatio <= 0.05)) {
            throw new IllegalArgumentException("malformedRatio must be in [0, 0.05], got " + malformedRatio);
        }
        if (lateEvents < 0) {
            throw new IllegalArgumentException("lateEvents must be >= 0, got " + lateEvents);
        }
    }

    /** About 40 hosts over 10 days with a few incidents: small enough for the demo (well under a second). */
    public static FleetSpec demo(long seed) {
        return new FleetSpec(seed, DEFAULT_START, 10, 30, 1, 5, 4, 0.40, 0.0003, 3, FormatMix.realistic(), true);
    }

    /** 140 hosts over 21 days, about 400k lines: the shape of the data the detector is judged on. */
    public static FleetSpec standard(long seed) {
        return new FleetSpec(seed, DEFAULT_START, 21, 100, 8, 18, 14, 0.40, 0.0003, 20, FormatMix.realistic(), true);
    }

    public int hosts() {
        return workstations + fileServers + linuxServers + windowsServers;
    }

    /** First instant after the simulation. */
    public Instant end() {
        return start.plusSeconds(86_400L * days);
    }

    public FleetSpec withSeed(long newSeed) {
        return new FleetSpec(newSeed, start, days, workstations, fileServers, linuxServers, windowsServers,
                noiseRatio, malformedRatio, lateEvents, formats, injectIncidents);
    }

    public FleetSpec withDays(int newDays) {
        return new FleetSpec(seed, start, newDays, workstations, fileServers, linuxServers, windowsServers,
                noiseRatio, malformedRatio, lateEvents, formats, injectIncidents);
    }

    public FleetSpec withIncidents(boolean inject) {
        return new FleetSpec(seed, start, days, workstations, fileServers, linuxServers, windowsServers,
                noiseRatio, malformedRatio, lateEvents, formats, inject);
    }

    /** Same data without malformed lines, noise or late events: for tests that want only clean signal. */
    public FleetSpec clean() {
        return new FleetSpec(seed, start, days, workstations, fileServers, linuxServers, windowsServers,
                0, 0, 0, FormatMix.nestedOnly(), injectIncidents);
    }

    /**
     * Shares of lines in each wire-format variant. Real pipelines mix them: Elastic Defend writes
     * nested objects, some shippers and ingest pipelines flatten to dotted keys, and a partly
     * flattened document is legal Elasticsearch input.
     *
     * @param dottedKeys every key flattened ({@code "host.name": ...})
     * @param mixedKeys some top-level groups flattened, others nested
     * @param stringCategory {@code event.category} as a string instead of an array
     * @param offsetTimestamps {@code @timestamp} with a numeric offset instead of {@code Z}
     */
    public record FormatMix(double dottedKeys, double mixedKeys, double stringCategory, double offsetTimestamps) {

        public FormatMix {
            if (dottedKeys < 0 || mixedKeys < 0 || dottedKeys + mixedKeys > 1
                    || stringCategory < 0 || stringCategory > 1 || offsetTimestamps < 0 || offsetTimestamps > 1) {
                throw new IllegalArgumentException("format shares must be in [0, 1] (dotted + mixed <= 1)");
            }
        }

        /** 85 % nested, 8 % dotted, 7 % mixed; 15 % string categories; 3 % numeric offsets. */
        public static FormatMix realistic() {
            return new FormatMix(0.08, 0.07, 0.15, 0.03);
        }

        /** Only nested objects, array categories and {@code Z} timestamps. */
        public static FormatMix nestedOnly() {
            return new FormatMix(0, 0, 0, 0);
        }
    }
}
