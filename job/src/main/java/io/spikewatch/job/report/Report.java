package io.spikewatch.job.report;

import io.spikewatch.model.AnomalyRecord;

import java.util.List;
import java.util.Map;

/**
 * What a run's {@code report.html} shows.
 *
 * @param title page title, e.g. the command and its input
 * @param bucketSpanMs bucket length in ms
 * @param alerts the run's alerts (each in its last version), in table order
 * @param held the records the gate held back (deployments, the learning period), in table order
 * @param series per alerted host, its scored buckets in time order; hosts without an entry are
 *     charted from their alerts alone
 * @param counters the run's counters, name to value, in display order
 */
public record Report(String title, long bucketSpanMs, List<AnomalyRecord> alerts, List<AnomalyRecord> held,
                     Map<String, List<SeriesPoint>> series, Map<String, Long> counters) {}
