package io.spikewatch.job.report;

import io.spikewatch.connectors.alert.AlertDocument;
import io.spikewatch.model.AnomalyRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a run's {@code report.html}: one self-contained file (inline CSS and SVG, no script, no
 * network; a Content-Security-Policy forbids any fetch) with, per alerted host, a chart of actual
 * counts against the expected band with the alerts marked; the alert table; and the run's
 * counters. The output depends only on the {@link Report}: the same run gives the same bytes.
 */
public final class ReportWriter {

    /** At most this many hosts are charted (in table order); the table still lists every alert. */
    public static final int MAX_CHARTS = 100;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1d1d1f;background:#fff}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}h3{font-size:15px;margin:18px 0 4px}
            p.note{color:#555;font-size:13px;margin:4px 0 12px;max-width:1200px}
            table{border-collapse:collapse;font-size:13px}
            th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f4f4f6}td.num{text-align:right;font-variant-numeric:tabular-nums}
            td.reason{max-width:640px}
            .legend span{display:inline-block;margin-right:18px;font-size:13px}
            .sw{display:inline-block;width:22px;height:10px;margin-right:6px;vertical-align:middle}
            svg.chart{display:block;max-width:100%;height:auto}
            svg.chart text{font-size:11px;fill:#555}
            svg.chart .grid{stroke:#e6e6e6;stroke-width:1}
            svg.chart .axis{stroke:#888;stroke-width:1}
            svg.chart .band polygon{fill:#9cc3e6;fill-opacity:.55;stroke:none}
            svg.chart .actual{fill:none;stroke:#1f4e79;stroke-width:1.2}
            svg.chart .alerts rect{fill:#d62728;fill-opacity:.18}
            svg.chart .alerts circle{fill:#d62728;stroke:#fff;stroke-width:1}
            """;

    private ReportWriter() {}

    public static void write(Path file, Report report) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    public static String render(Report r) {
        Map<String, List<AnomalyRecord>> byHost = new LinkedHashMap<>();
        for (AnomalyRecord a : r.alerts()) {
            byHost.computeIfAbsent(a.hostName(), h -> new ArrayList<>()).add(a);
        }
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(r.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(Html.escape(r.title())).append("</h1>\n");
        h.append("<p class=\"note\">").append(r.alerts().size()).append(" alerts on ").append(byHost.size())
                .append(" hosts. Times are UTC; buckets are ").append(r.bucketSpanMs() / 60_000)
                .append(" minutes.</p>\n");

        charts(h, r, byHost);
        Map<String, Integer> anchors = anchors(byHost);
        recordTable(h, "alerts", "Alerts", null, r.alerts(), anchors);
        if (!r.held().isEmpty()) {
            recordTable(h, "held", "Held back", "Scored at or above the threshold, not alerted: the alert policy took"
                    + " them for deployments or they fell in the learning period. Each reason says which rule held it.",
                    r.held(), anchors);
        }
        counters(h, r.counters());
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void charts(StringBuilder h, Report r, Map<String, List<AnomalyRecord>> byHost) {
        h.append("<h2 id=\"charts\">Alerted hosts</h2>\n");
        h.append("<p class=\"legend\"><span><i class=\"sw\" style=\"background:#1f4e79;height:2px\"></i>actual")
                .append(" transfers per bucket</span><span><i class=\"sw\" style=\"background:#9cc3e6\"></i>expected")
                .append(" band: typical .. upper bound</span><span><i class=\"sw\" style=\"background:#f4c7c7\"></i>")
                .append("alert (and the buckets its suppression covers)</span></p>\n");
        h.append("<p class=\"note\">Square-root count scale. The model emits a score only for buckets with")
                .append(" transfers and learns the empty ones as zeros: they are drawn as 0 with no band.")
                .append(" Hover an alert dot for its numbers.</p>\n");
        if (byHost.isEmpty()) {
            h.append("<p>No alerts.</p>\n");
            return;
        }
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (List<SeriesPoint> points : r.series().values()) {
            for (SeriesPoint p : points) {
                from = Math.min(from, p.bucketStartMs());
                to = Math.max(to, p.bucketStartMs() + r.bucketSpanMs());
            }
        }
        for (AnomalyRecord a : r.alerts()) {
            from = Math.min(from, a.bucketStartMs());
            long end = a.summary() == null ? 0 : a.summary().suppressedUntilMs;
            to = Math.max(to, Math.max(a.bucketStartMs() + r.bucketSpanMs(), end));
        }
        SvgChart chart = new SvgChart(from, to, r.bucketSpanMs());
        int i = 0;
        for (Map.Entry<String, List<AnomalyRecord>> e : byHost.entrySet()) {
            if (i == MAX_CHARTS) {
                h.append("<p class=\"note\">").append(byHost.size() - MAX_CHARTS)
                        .append(" more alerted hosts are not charted; their alerts are in the table.</p>\n");
                break;
            }
            i++;
            String host = e.getKey();
            List<AnomalyRecord> alerts = e.getValue();
            double top = alerts.stream().mapToDouble(AnomalyRecord::recordScore).max().orElse(0);
            h.append("<section class=\"host\" id=\"host-").append(i).append("\">\n<h3>").append(Html.escape(host))
                    .append("</h3>\n<p class=\"note\">").append(alerts.size()).append(alerts.size() == 1 ? " alert" : " alerts")
                    .append(", highest score ").append(String.format(Locale.ROOT, "%.1f", top)).append("</p>\n")
                    .append(chart.render(host, r.series().getOrDefault(host, List.of()), alerts))
                    .append("\n</section>\n");
        }
    }

    /** The chart section of each charted host, by host. */
    private static Map<String, Integer> anchors(Map<String, List<AnomalyRecord>> byHost) {
        Map<String, Integer> anchor = new LinkedHashMap<>();
        int i = 0;
        for (String host : byHost.keySet()) {
            if (++i <= MAX_CHARTS) {
                anchor.put(host, i);
            }
        }
        return anchor;
    }

    /** A table of records (alerts, or held-back records), each host linked to its chart if it has one. */
    private static void recordTable(StringBuilder h, String id, String title, String note, List<AnomalyRecord> records,
                                    Map<String, Integer> anchor) {
        h.append("<h2 id=\"").append(id).append("\">").append(title).append("</h2>\n");
        if (note != null) {
            h.append("<p class=\"note\">").append(Html.escape(note)).append("</p>\n");
        }
        h.append("<table class=\"alerts\">\n<thead><tr><th>time (UTC)</th><th>host</th>")
                .append("<th>actual</th><th>typical</th><th>score</th><th>kind</th><th>reason</th></tr></thead>\n<tbody>\n");
        for (AnomalyRecord a : records) {
            Integer n = anchor.get(a.hostName());
            String host = Html.escape(a.hostName());
            h.append("<tr><td>").append(TIME.format(Instant.ofEpochMilli(a.bucketStartMs()))).append("</td><td>")
                    .append(n == null ? host : "<a href=\"#host-" + n + "\">" + host + "</a>")
                    .append("</td><td class=\"num\">").append(a.actual())
                    .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.1f", a.typical()))
                    .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.1f", a.recordScore()))
                    .append("</td><td>").append(kind(a))
                    .append("</td><td class=\"reason\">").append(Html.escape(AlertDocument.reason(a)))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void counters(StringBuilder h, Map<String, Long> counters) {
        h.append("<h2 id=\"counters\">Counters</h2>\n<table class=\"counters\">\n<tbody>\n");
        counters.forEach((name, value) -> h.append("<tr><td>").append(Html.escape(name))
                .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%,d", value))
                .append("</td></tr>\n"));
        h.append("</tbody>\n</table>\n");
    }

    /** {@code sustained} when the multi-bucket evidence scored, else {@code burst}. */
    static String kind(AnomalyRecord a) {
        return a.sustainedBuckets() > 0 ? "sustained" : "burst";
    }
}
