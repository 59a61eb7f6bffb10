package io.spikewatch.job.report;

import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.BucketSummary;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.TransferLocations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small synthetic run: two alerted hosts (one with a hostile name), a gap in a series. */
final class ReportFixtures {

    /** 2024-03-04T00:00:00Z, a Monday. */
    static final long T0 = 1_709_510_400_000L;
    static final long BUCKET = 15 * 60 * 1000L;
    static final long DAY = 96 * BUCKET;

    static final String FS = "FS-0004";
    static final String HOSTILE = "<script>alert('x')</script>&ws\"01";
    static final String HOSTILE_USER = "ev<b>il&co";

    private ReportFixtures() {}

    static BucketSummary summary(String host, long bucketStart, int n, String user) {
        BucketSummary s = BucketSummary.empty(bucketStart);
        for (int i = 0; i < n; i++) {
            s.add(FileEvent.builder().timestampMs(bucketStart + 1000L * i).hostName(host).userName(user)
                    .sourceIp("10.0.3.7").fileName("f" + i + ".dll").filePath("C:\\Windows\\Temp\\f" + i + ".dll")
                    .build(), TransferLocations.DEFAULT);
        }
        return s;
    }

    static AnomalyRecord record(String host, long bucketStart, long actual, double score, int sustained) {
        return new AnomalyRecord(host, bucketStart, BUCKET, actual, 4.0, 12.0, score > 50 ? 1e-9 : 0.3, score, 0,
                sustained, sustained > 0 ? actual * 3.0 : 0, sustained > 0 ? 12.0 : 0, false,
                summary(host, bucketStart, (int) actual, host.equals(HOSTILE) ? HOSTILE_USER : "svc_admin"));
    }

    /**
     * Two days of FS-0004 (learning in its first bucket, a gap of empty buckets on day 1 at 06:00)
     * and one alert on day 2 at 10:00.
     */
    static List<SeriesPoint> fsSeries() {
        List<SeriesPoint> points = new ArrayList<>();
        for (long t = T0; t < T0 + 2 * DAY; t += BUCKET) {
            boolean gap = t >= T0 + 24 * BUCKET && t < T0 + 28 * BUCKET;
            if (!gap) {
                long actual = t == T0 + DAY + 40 * BUCKET ? 812 : 5;
                // The first bucket is in the learning period: its wide band must not set the scale.
                points.add(t == T0 ? new SeriesPoint(t, actual, 0.0, 5000.0, 0.0, true)
                        : new SeriesPoint(t, actual, 4.0, 12.0, actual > 100 ? 93.4 : 0.5, false));
            }
        }
        return points;
    }

    static List<AnomalyRecord> alerts() {
        return List.of(
                record(FS, T0 + DAY + 40 * BUCKET, 812, 93.4, 0),
                record(HOSTILE, T0 + DAY + 44 * BUCKET, 60, 81.0, 0),
                record(HOSTILE, T0 + DAY + 60 * BUCKET, 30, 76.5, 4));
    }

    /** One record of a deployment account, held back on an application server. */
    static List<AnomalyRecord> held() {
        AnomalyRecord r = record("APP-0007", T0 + DAY + 48 * BUCKET, 58, 88.0, 0);
        r.summary().heldBack = io.spikewatch.model.HoldReason.DEPLOYMENT_ROUND;
        return List.of(r);
    }

    static Report report() {
        Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        series.put(FS, fsSeries());
        series.put(HOSTILE, List.of(
                new SeriesPoint(T0 + DAY + 44 * BUCKET, 60, 4.0, 12.0, 81.0, false),
                new SeriesPoint(T0 + DAY + 60 * BUCKET, 30, 4.0, 12.0, 76.5, false)));
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("lines_read", 12_345L);
        counters.put("transfers_accepted", 6_789L);
        counters.put("alerts_written", 3L);
        return new Report("spikewatch test run <1>", BUCKET, alerts(), held(), series, counters);
    }
}
