package io.spikewatch.job.cli;

import io.spikewatch.job.ReplayRunner;
import io.spikewatch.job.pipeline.Counters;
import io.spikewatch.job.report.Report;
import io.spikewatch.job.report.ReportWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the {@code report.html} of a replay or demo run. */
final class Reports {

    /** The counters shown first, in the order of the printed summary; the rest follow by name. */
    private static final List<String> FIRST = List.of(Counters.LINES_READ, Counters.PARSED, Counters.MALFORMED,
            Counters.ACCEPTED, Counters.LATE, Counters.HOSTS_SEEN, Counters.BUCKETS_SCORED, Counters.ALERTS);

    private Reports() {}

    static void write(PrintStream out, Path file, String title, ReplayRunner.Result r, long bucketSpanMs)
            throws IOException {
        ReportWriter.write(file, new Report(title, bucketSpanMs, r.alerts(), r.held(), r.series(), counters(r)));
        out.printf("report          %,12d bytes -> %s%n", Files.size(file), file);
    }

    static Map<String, Long> counters(ReplayRunner.Result r) {
        Map<String, Long> out = new LinkedHashMap<>();
        FIRST.forEach(name -> out.put(name, r.counter(name)));
        out.put("alerts_written", (long) r.alerts().size());
        out.put("fleet_rises", (long) r.fleetEvents().size());
        out.put("held_records_written", (long) r.held().size());
        out.put("dead_letters_written", r.deadLetters() + r.lateEvents());
        r.counters().forEach(out::putIfAbsent);
        return out;
    }
}
