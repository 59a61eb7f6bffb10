package io.spikewatch.bench.quality;

import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.sim.FleetSpec;
import io.spikewatch.model.TransferLocations;

import java.nio.file.Path;
import java.util.List;

/**
 * What rests on where files land: spikewatch with the configured staging list beside spikewatch
 * with none (every directory excluded, as {@code detector.staging.exclude: ['**']} would), on the
 * same fleets bucketed anew. The second row is what is left when attackers avoid the usual drop
 * locations ({@code ADMIN$}, {@code ProgramData}, {@code Temp}, {@code /tmp}, ...), or when a fleet
 * has to exclude them because its own installers write there: counts, accounts and the places a
 * host knows.
 */
final class StagingAblation {

    private StagingAblation() {}

    /** {@code cfg} with no staging location at all, the same place depth. */
    static JobConfig withoutStaging(JobConfig cfg) {
        return cfg.withLocations(new TransferLocations(List.of(), List.of("**"),
                cfg.detector().locations().placeDepth()));
    }

    /**
     * Spikewatch without a staging list over the fleets of {@code specs} (read from {@code cache}
     * when given, else simulated again), with {@code map} running the fleets.
     */
    static FleetScore measure(JobConfig cfg, List<FleetSpec> specs, Path cache, OperatingPoints.Mapper map)
            throws Exception {
        JobConfig none = withoutStaging(cfg);
        return OperatingPoints.score(none, map.apply(specs, spec -> Scenario.of(spec, none, cache)), map);
    }
}
