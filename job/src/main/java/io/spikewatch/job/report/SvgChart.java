package io.spikewatch.job.report;

import io.spikewatch.model.AnomalyRecord;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One host's chart as inline SVG: actual count per bucket (a step line), the expected band
 * (typical .. upper bound) and the alerts marked.
 *
 * <p>The model emits a record only for buckets with transfers; it learns the empty ones as zeros.
 * So a bucket without a record is drawn as 0 actual and without a band (there is no band to
 * show), rather than connecting the neighbouring points across the gap, which would invent
 * traffic. The y axis is a square-root scale: a spike of hundreds next to a band of a few
 * transfers would otherwise flatten the band to a line. The scale is set by the actual counts and
 * the bands after the host's learning period (a cold-start band is wide); a band above it is
 * clipped at the top.
 */
final class SvgChart {

    static final int WIDTH = 1200;
    static final int HEIGHT = 220;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 26;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final long DAY_MS = 86_400_000L;

    private final long fromMs;
    private final long toMs;
    private final long spanMs;

    /** A chart of the buckets in {@code [fromMs, toMs)}, all hosts of a report on the same time axis. */
    SvgChart(long fromMs, long toMs, long spanMs) {
        this.fromMs = fromMs;
        long buckets = Math.max(1, Math.floorDiv(toMs - fromMs + spanMs - 1, spanMs));
        this.toMs = fromMs + buckets * spanMs;
        this.spanMs = spanMs;
    }

    String render(String host, List<SeriesPoint> points, List<AnomalyRecord> alerts) {
        Map<Long, SeriesPoint> byBucket = new HashMap<>();
        double max = 1;
        for (SeriesPoint p : points) {
            byBucket.put(p.bucketStartMs(), p);
            max = Math.max(max, p.learning() ? p.actual() : Math.max(p.actual(), p.upper()));
        }
        for (AnomalyRecord a : alerts) {
            max = Math.max(max, a.actual());
        }
        double yMax = niceCeiling(max);
        StringBuilder s = new StringBuilder(8192);
        s.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\">");
        s.append("<title>").append(Html.escape(host)).append(": remote transfers per bucket</title>");
        axes(s, yMax);
        band(s, byBucket, yMax);
        actual(s, byBucket, alerts, yMax);
        marks(s, alerts, yMax);
        s.append("</svg>");
        return s.toString();
    }

    private void axes(StringBuilder s, double yMax) {
        s.append("<g class=\"axes\">");
        for (double v : yTicks(yMax)) {
            double y = y(v, yMax);
            s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(f(y)).append("\" y2=\"").append(f(y)).append("\" class=\"grid\"/>");
            s.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(f(y + 4))
                    .append("\" text-anchor=\"end\">").append(count(v)).append("</text>");
        }
        long days = Math.max(1, (toMs - fromMs) / DAY_MS);
        long step = Math.max(1, (days + 13) / 14) * DAY_MS;
        long firstMidnight = Math.floorDiv(fromMs + DAY_MS - 1, DAY_MS) * DAY_MS;
        for (long t = firstMidnight; t <= toMs; t += step) {
            double x = x(t);
            s.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" class=\"grid\"/>");
            s.append("<text x=\"").append(f(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">").append(DAY.format(Instant.ofEpochMilli(t))).append("</text>");
        }
        s.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" class=\"axis\"/>");
        s.append("</g>");
    }

    /** The band as one step-shaped polygon per run of consecutive scored buckets. */
    private void band(StringBuilder s, Map<Long, SeriesPoint> byBucket, double yMax) {
        s.append("<g class=\"band\">");
        List<SeriesPoint> run = new ArrayList<>();
        for (long t = fromMs; t <= toMs; t += spanMs) {
            SeriesPoint p = t < toMs ? byBucket.get(t) : null;
            if (p != null) {
                run.add(p);
            } else if (!run.isEmpty()) {
                StringBuilder top = new StringBuilder();
                StringBuilder bottom = new StringBuilder();
                for (SeriesPoint q : run) {
                    double x0 = x(q.bucketStartMs());
                    double x1 = x(q.bucketStartMs() + spanMs);
                    top.append(f(x0)).append(',').append(f(y(q.upper(), yMax))).append(' ')
                            .append(f(x1)).append(',').append(f(y(q.upper(), yMax))).append(' ');
                    bottom.insert(0, f(x1) + ',' + f(y(q.typical(), yMax)) + ' '
                            + f(x0) + ',' + f(y(q.typical(), yMax)) + ' ');
                }
                s.append("<polygon points=\"").append(top).append(bottom.toString().trim()).append("\"/>");
                run.clear();
            }
        }
        s.append("</g>");
    }

    /** Actual count as a step line over every bucket of the range, 0 where nothing was scored. */
    private void actual(StringBuilder s, Map<Long, SeriesPoint> byBucket, List<AnomalyRecord> alerts, double yMax) {
        Map<Long, Long> counts = new HashMap<>();
        byBucket.forEach((t, p) -> counts.put(t, p.actual()));
        alerts.forEach(a -> counts.putIfAbsent(a.bucketStartMs(), a.actual()));
        StringBuilder pts = new StringBuilder();
        long previous = -1;
        for (long t = fromMs; t < toMs; t += spanMs) {
            long v = counts.getOrDefault(t, 0L);
            if (v != previous) {
                double y = y(v, yMax);
                if (previous >= 0) {
                    pts.append(f(x(t))).append(',').append(f(y(previous, yMax))).append(' ');
                }
                pts.append(f(x(t))).append(',').append(f(y)).append(' ');
                previous = v;
            }
        }
        pts.append(f(x(toMs))).append(',').append(f(y(Math.max(previous, 0), yMax)));
        s.append("<polyline class=\"actual\" points=\"").append(pts).append("\"/>");
    }

    /** Each alert: a shaded span over its bucket (and the buckets its suppression covers), a dot with a tooltip. */
    private void marks(StringBuilder s, List<AnomalyRecord> alerts, double yMax) {
        s.append("<g class=\"alerts\">");
        for (AnomalyRecord a : alerts) {
            long end = Math.max(a.bucketStartMs() + spanMs,
                    a.summary() == null ? 0 : a.summary().suppressedUntilMs);
            double x0 = x(a.bucketStartMs());
            double x1 = Math.max(x(end), x0 + 2);
            s.append("<rect class=\"span\" x=\"").append(f(x0)).append("\" y=\"").append(TOP).append("\" width=\"")
                    .append(f(x1 - x0)).append("\" height=\"").append(HEIGHT - BOTTOM - TOP).append("\"/>");
            s.append("<circle cx=\"").append(f(x(a.bucketStartMs() + spanMs / 2))).append("\" cy=\"")
                    .append(f(y(a.actual(), yMax))).append("\" r=\"4\"><title>")
                    .append(Html.escape(TIME.format(Instant.ofEpochMilli(a.bucketStartMs())) + " UTC: actual "
                            + a.actual() + ", typical " + String.format(Locale.ROOT, "%.1f", a.typical())
                            + ", score " + String.format(Locale.ROOT, "%.1f", a.recordScore())))
                    .append("</title></circle>");
        }
        s.append("</g>");
    }

    private double x(long t) {
        return LEFT + (double) (t - fromMs) / (toMs - fromMs) * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double v, double yMax) {
        double plot = HEIGHT - TOP - BOTTOM;
        return HEIGHT - BOTTOM - Math.sqrt(Math.min(Math.max(0, v), yMax) / yMax) * plot;
    }

    /** 1, 2, 5, 10, 20, 50 ... : the smallest at or above {@code v}. */
    static double niceCeiling(double v) {
        double m = 1;
        while (true) {
            for (int k : new int[] {1, 2, 5}) {
                if (k * m >= v) {
                    return k * m;
                }
            }
            m *= 10;
        }
    }

    /** Grid values spread evenly on the square-root scale, rounded to 1-2-5 values. */
    static List<Double> yTicks(double yMax) {
        List<Double> ticks = new ArrayList<>();
        ticks.add(0.0);
        for (double frac : new double[] {0.25, 0.5, 0.75}) {
            double v = niceFloor(yMax * frac * frac);
            if (v >= 1 && !ticks.contains(v) && v < yMax) {
                ticks.add(v);
            }
        }
        ticks.add(yMax);
        return ticks;
    }

    private static double niceFloor(double v) {
        double c = niceCeiling(v);
        if (c == v) {
            return c;
        }
        double m = Math.pow(10, Math.floor(Math.log10(c)));
        double lead = c / m;
        return lead == 1 ? m / 2 : lead == 2 ? m : 2 * m;
    }

    private static String count(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
