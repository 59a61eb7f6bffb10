package io.spikewatch.job.kafka;

import io.spikewatch.connectors.profile.SourceProfile;
import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.pipeline.Pipeline;
import io.spikewatch.job.source.RecordDecoder;
import io.spikewatch.job.source.SourceRecord;
import io.spikewatch.model.FilterVerdict;
import io.spikewatch.model.RemoteTransferFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Two marker events that bracket a finite input replayed into the topic of an <em>unbounded</em>
 * job, so a script can tell when the job has closed every bucket of that input
 * ({@code deploy/local/cluster-e2e.sh}). A bounded run ends with the final watermark; a running
 * job only learns that time has moved on from later events.
 *
 * <ul>
 *   <li>The <b>start</b> marker, produced before the input, carries the time of the input's first
 *       event, so its watermark is exactly the one that first event makes: no event becomes late
 *       because of it. It lets a script see the job's watermark leave its initial value, i.e. the
 *       source subtasks that have no partition went idle and stopped holding the watermark back,
 *       before the input is produced (otherwise events read before that would be in time that
 *       {@code replay} finds late).</li>
 *   <li>The <b>end</b> marker, produced after the input, lies two bucket spans plus the
 *       out-of-orderness bound after the input's last event: its watermark closes the last bucket
 *       and the one more bucket the alert policy may defer a decision to.</li>
 * </ul>
 *
 * <p>Both are valid Elastic Defend file events of the host {@value #HOST} that the remote-transfer
 * filter drops ({@code event.action: modification}, counted as {@code filtered_not_creation}):
 * they move the watermark and nothing else. The input is decoded with the job's own decoder and
 * configuration, so "first", "last" and what is refused as a future timestamp are the job's.
 *
 * <p>{@code java -cp spikewatch-local.jar io.spikewatch.job.kafka.TimeMarkers --config FILE
 * --start OUT --end OUT INPUT...} writes each marker as one NDJSON line and prints
 * {@code start_watermark=MS} and {@code end_watermark=MS}.
 */
public final class TimeMarkers {

    /** {@code host.name} of the markers. */
    public static final String HOST = "spikewatch-time-marker";

    /**
     * The markers of one input.
     *
     * @param start the start marker (one JSON line)
     * @param end the end marker
     * @param startWatermarkMs the watermark the start marker (and the input's first event) makes
     * @param endWatermarkMs the watermark the end marker makes; every bucket is decided below it
     * @param events events of the input that move the watermark
     * @param firstMs time of the input's first event (file order)
     * @param lastMs time of its latest event
     */
    public record Markers(String start, String end, long startWatermarkMs, long endWatermarkMs, long events,
                          long firstMs, long lastMs) {}

    private TimeMarkers() {}

    /** Reads {@code files} (NDJSON, .gz allowed) in order as one stream, as a single Kafka partition holds them. */
    public static Markers of(JobConfig cfg, List<Path> files, Clock clock) throws IOException {
        if (cfg.profile() != SourceProfile.ELASTIC_DEFEND) {
            throw new IllegalArgumentException("source.profile: time markers are Elastic Defend file events, "
                    + "accepted elastic-defend, got " + cfg.profile().configName());
        }
        RecordDecoder decoder = Pipeline.decoder(cfg, clock);
        long first = Long.MIN_VALUE;
        long last = Long.MIN_VALUE;
        long events = 0;
        long line = 0;
        for (Path f : files) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(open(f), StandardCharsets.UTF_8), 1 << 16)) {
                for (String s = r.readLine(); s != null; s = r.readLine()) {
                    SourceRecord rec = decoder.decode(s, f.toString(), line++);
                    if (rec.kind() == SourceRecord.Kind.EVENT) {
                        long ts = rec.event().timestampMs();
                        first = events == 0 ? ts : first;
                        last = Math.max(last, ts);
                        events++;
                    }
                }
            }
        }
        if (events == 0) {
            throw new IllegalArgumentException("no event in " + files + " moves the watermark (profile "
                    + cfg.profile().configName() + "); nothing to bracket");
        }
        long outOfOrderness = cfg.maxOutOfOrdernessMs();
        long endTs = last + 2 * cfg.detector().bucketSpanMs() + outOfOrderness;
        String start = event(first, "start");
        String end = event(endTs, "end");
        check(Pipeline.decoder(cfg, clock).decode(start, "start marker", 0), first, "start");
        // The end marker goes through the decoder that saw the input: the job refuses what this refuses.
        check(decoder.decode(end, "end marker", line), endTs, "end");
        return new Markers(start, end, first - outOfOrderness - 1, endTs - outOfOrderness - 1, events, first, last);
    }

    /** A valid Elastic Defend file event that the remote-transfer filter drops. */
    static String event(long timestampMs, String which) {
        return "{\"@timestamp\":\"" + Instant.ofEpochMilli(timestampMs) + "\","
                + "\"event\":{\"kind\":\"event\",\"category\":[\"file\"],\"type\":[\"change\"],\"action\":\"modification\","
                + "\"module\":\"endpoint\",\"dataset\":\"endpoint.events.file\"},"
                + "\"host\":{\"name\":\"" + HOST + "\",\"hostname\":\"" + HOST + "\"},"
                + "\"process\":{\"name\":\"spikewatch\"},"
                + "\"file\":{\"name\":\"" + which + "\",\"path\":\"/spikewatch/time-marker/" + which + "\"},"
                + "\"message\":\"spikewatch " + which + " marker: moves the watermark; filtered as not a creation\"}";
    }

    private static void check(SourceRecord r, long expectedMs, String which) {
        if (r.kind() != SourceRecord.Kind.EVENT) {
            throw new IllegalStateException("the " + which + " marker at " + Instant.ofEpochMilli(expectedMs)
                    + " would not move the watermark: " + (r.deadLetter() != null
                    ? r.deadLetter().reason() + " (" + r.deadLetter().detail() + ")" : r.kind())
                    + "; an input ending less than time.max-future before now cannot be bracketed");
        }
        if (r.event().timestampMs() != expectedMs) {
            throw new IllegalStateException(which + " marker decoded at " + r.event().timestampMs() + ", not " + expectedMs);
        }
        FilterVerdict v = RemoteTransferFilter.test(r.event());
        if (v == FilterVerdict.ACCEPTED) {
            throw new IllegalStateException("the " + which + " marker passes the remote-transfer filter");
        }
    }

    private static InputStream open(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        return f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    public static void main(String[] args) throws Exception {
        Path config = null;
        Path startOut = null;
        Path endOut = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config" -> config = Path.of(args[++i]);
                case "--start" -> startOut = Path.of(args[++i]);
                case "--end" -> endOut = Path.of(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (config == null || startOut == null || endOut == null || inputs.isEmpty()) {
            System.err.println("usage: TimeMarkers --config FILE --start OUT --end OUT INPUT...");
            System.exit(2);
        }
        Markers m = of(ConfigLoader.load(config), inputs, Clock.systemUTC());
        Files.writeString(startOut, m.start() + "\n");
        Files.writeString(endOut, m.end() + "\n");
        System.out.println("events=" + m.events());
        System.out.println("first_event=" + Instant.ofEpochMilli(m.firstMs()));
        System.out.println("last_event=" + Instant.ofEpochMilli(m.lastMs()));
        System.out.println("start_watermark=" + m.startWatermarkMs());
        System.out.println("end_watermark=" + m.endWatermarkMs());
    }
}
