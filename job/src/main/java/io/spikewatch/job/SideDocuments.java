package io.spikewatch.job;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.spikewatch.job.pipeline.LateEvent;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.FleetEvent;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/** JSON lines for the replay's side files (late events, fleet events) and the run's counters. */
final class SideDocuments {

    private static final JsonFactory JSON = new JsonFactory();

    private SideDocuments() {}

    /** Why a late event is aside: its time and the watermark it missed. */
    static String lateDetail(LateEvent l) {
        return "bucket already closed: event at " + Instant.ofEpochMilli(l.event().timestampMs()) + ", watermark "
                + Instant.ofEpochMilli(l.watermarkMs());
    }

    /** A late event as a dead-letter line with reason {@code late_event}. */
    static String lateEvent(LateEvent l) {
        FileEvent e = l.event();
        return write(g -> {
            g.writeStringField("reason", "late_event");
            g.writeStringField("detail", lateDetail(l));
            g.writeStringField("@timestamp", Instant.ofEpochMilli(e.timestampMs()).toString());
            g.writeStringField("host.name", e.hostName());
            g.writeStringField("user.name", e.userName());
            g.writeStringField("process.name", e.processName());
            g.writeStringField("file.path", e.filePath() != null ? e.filePath() : e.fileName());
        });
    }

    /** A fleet-wide rise whose per-host alerts were held back. */
    static String fleetEvent(FleetEvent f) {
        return write(g -> {
            g.writeStringField("@timestamp", Instant.ofEpochMilli(f.bucketStartMs()).toString());
            g.writeStringField("kind", "fleet_rise");
            g.writeStringField("driver", f.driver());
            g.writeNumberField("hosts_in_window", f.hostsInWindow());
            g.writeNumberField("alerts_held_back", f.heldBack());
            g.writeArrayFieldStart("sample_hosts");
            for (String h : f.sampleHosts()) {
                g.writeString(h);
            }
            g.writeEndArray();
        });
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter w = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
