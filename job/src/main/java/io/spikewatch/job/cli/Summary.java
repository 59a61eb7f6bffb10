package io.spikewatch.job.cli;

import io.spikewatch.job.ReplayRunner;
import io.spikewatch.job.pipeline.Counters;
import io.spikewatch.model.AlertGate;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.FleetEvent;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The printed end-of-run summary of replay and demo. */
final class Summary {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private Summary() {}

    static void print(PrintStream out, ReplayRunner.Result r, ReplayRunner.Outputs files, long elapsedMs) {
        long filtered = r.counters().entrySet().stream()
                .filter(e -> e.getKey().startsWith(Counters.FILTERED_PREFIX))
                .mapToLong(Map.Entry::getValue).sum();
        out.println();
        out.printf("lines read      %,12d%n", r.counter(Counters.LINES_READ));
        out.printf("parsed          %,12d%n", r.counter(Counters.PARSED));
        out.printf("malformed       %,12d   (dead letters, by reason below)%n", r.counter(Counters.MALFORMED));
        r.counters().forEach((k, v) -> {
            if (k.startsWith("dead_letter_") && v > 0) {
                out.printf("  %-28s %,8d%n", k.substring("dead_letter_".length()), v);
            }
        });
        out.printf("filtered out    %,12d   (not remote transfers, by datafeed condition)%n", filtered);
        r.counters().forEach((k, v) -> {
            if (k.startsWith(Counters.FILTERED_PREFIX) && v > 0) {
                out.printf("  %-28s %,8d%n", k.substring(Counters.FILTERED_PREFIX.length()), v);
            }
        });
        out.printf("remote transfers%,12d%n", r.counter(Counters.ACCEPTED));
        out.printf("late            %,12d   (after their bucket closed; in the dead-letter file)%n",
                r.counter(Counters.LATE));
        out.printf("hosts           %,12d%n", r.counter(Counters.HOSTS_SEEN));
        out.printf("buckets scored  %,12d   (with transfers; empty buckets are learned as zeros)%n",
                r.counter(Counters.BUCKETS_SCORED));
        out.printf("fleet rises     %,12d   (%d per-host alerts held back)%n", r.fleetEvents().size(),
                r.counter(Counters.HELD_BACK_FLEET));
        out.printf("known deployers %,12d   per-host alerts held back (driver bursts on many hosts, many days)%n",
                r.counter(Counters.HELD_BACK_DEPLOYER));
        out.printf("suppressed      %,12d   (continuations of an open incident: its alert updated in place)%n",
                r.counter(Counters.SUPPRESSED));
        out.printf("learning period %,12d   alerts held back (no baseline anywhere yet; alerting.learning-period)%n",
                r.counter(Counters.HELD_BACK_LEARNING));
        out.printf("alerts written  %,12d   -> %s%n", r.alerts().size(), files.alerts());
        if (!r.held().isEmpty()) {
            out.printf("held back       %,12d   -> %s (building blocks: deployments, learning period; each says why)%n",
                    r.held().size(), files.held());
        }
        out.printf("dead letters    %,12d   -> %s%n", r.deadLetters() + r.lateEvents(), files.deadLetters());
        out.printf("elapsed         %,12d ms   (%,.0f lines/s, mini-cluster start included)%n", elapsedMs,
                r.counter(Counters.LINES_READ) * 1000.0 / Math.max(1, elapsedMs));
    }

    /** One line per alert: time, host, actual vs typical, score, top user. */
    static void printAlerts(PrintStream out, ReplayRunner.Result r, int max) {
        out.println();
        out.printf("%-16s  %-14s %8s %9s %6s  %-7s %s%n", "bucket (UTC)", "host", "actual", "typical", "score",
                "kind", "top user / source");
        int n = 0;
        for (AnomalyRecord a : r.alerts()) {
            if (n++ >= max) {
                out.printf("... %d more in the alerts file%n", r.alerts().size() - max);
                break;
            }
            out.printf("%-16s  %-14s %8d %9.1f %6.1f  %-7s %s%n", TIME.format(Instant.ofEpochMilli(a.bucketStartMs())),
                    a.hostName(), a.actual(), a.typical(), a.recordScore(),
                    a.sustainedBuckets() > 0 ? "sustain" : "burst", AlertGate.driverOf(a));
        }
        for (FleetEvent f : r.fleetEvents()) {
            out.printf("%-16s  fleet rise: %d hosts driven by %s, %d alerts held back%n",
                    TIME.format(Instant.ofEpochMilli(f.bucketStartMs())), f.hostsInWindow(), f.driver(), f.heldBack());
        }
    }
}
