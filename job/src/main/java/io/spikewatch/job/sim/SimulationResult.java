package io.spikewatch.job.sim;

import java.util.List;

/**
 * What a simulation wrote, for printing and for tests.
 *
 * @param spec what was asked for
 * @param lines lines written
 * @param remoteTransfers well-formed lines that pass the remote-transfer filter
 * @param noiseLines well-formed lines the filter must drop
 * @param malformedLines broken lines (bad JSON, missing or mistyped fields, bad or future timestamps)
 * @param lateEvents remote transfers written 20-90 minutes after their timestamp
 * @param hosts every host, in fleet order
 * @param incidents the labels a detector should find, ordered by start
 * @param benign benign spikes (not incidents), ordered by start
 */
public record SimulationResult(
        FleetSpec spec,
        long lines,
        long remoteTransfers,
        long noiseLines,
        long malformedLines,
        int lateEvents,
        List<SimHost> hosts,
        List<Incident> incidents,
        List<BenignSpike> benign) {

    public SimulationResult {
        hosts = List.copyOf(hosts);
        incidents = List.copyOf(incidents);
        benign = List.copyOf(benign);
    }

    /** The labels, ready to write as a sidecar file. */
    public IncidentLabels labels() {
        return new IncidentLabels(incidents, benign);
    }
}
