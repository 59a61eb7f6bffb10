package io.spikewatch.job.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.FilterVerdict;
import io.spikewatch.model.RemoteTransferFilter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * An independent, strict reading of one simulated line for the tests: Jackson for the JSON, the
 * model's {@link RemoteTransferFilter} for the verdict, so the tests check the simulator against
 * the project's definition rather than against itself.
 */
final class EcsProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one line turned out to be; {@code malformed} lines have no other fields set. */
    record Line(boolean malformed, long tsMs, String host, FilterVerdict verdict, boolean dottedOnly, boolean mixed,
            int fractionDigits, boolean offset, boolean stringCategory) {}

    private final long minMs;
    private final long maxMs;

    /** Timestamps outside {@code [minMs, maxMs]} count as malformed (a host with a broken clock). */
    EcsProbe(long minMs, long maxMs) {
        this.minMs = minMs;
        this.maxMs = maxMs;
    }

    Line read(String line) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (Exception e) {
            return bad();
        }
        if (root == null || !root.isObject()) {
            return bad();
        }
        boolean dotted = false;
        boolean nested = false;
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (k.contains(".")) {
                dotted = true;
            } else if (root.get(k).isObject()) {
                nested = true;
            }
        }
        Map<String, JsonNode> f = new HashMap<>();
        flatten("", root, f);
        JsonNode ts = f.get("@timestamp");
        if (ts == null || !ts.isTextual()) {
            return bad();
        }
        long tsMs;
        try {
            tsMs = OffsetDateTime.parse(ts.asText()).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return bad();
        }
        if (tsMs < minMs || tsMs > maxMs) {
            return bad();
        }
        JsonNode host = f.get("host.name");
        JsonNode cat = f.get("event.category");
        if (host == null || !host.isTextual() || cat == null || !(cat.isTextual() || cat.isArray())) {
            return bad();
        }
        List<String> cats = new ArrayList<>();
        if (cat.isTextual()) {
            cats.add(cat.asText());
        } else {
            cat.forEach(c -> cats.add(c.asText()));
        }
        FileEvent e = FileEvent.builder()
                .timestampMs(tsMs)
                .eventCategory(cats.toArray(new String[0]))
                .eventAction(text(f, "event.action"))
                .processName(text(f, "process.name"))
                .fileName(text(f, "file.name"))
                .userName(text(f, "user.name"))
                .hostName(host.asText())
                .build();
        String t = ts.asText();
        int dot = t.indexOf('.');
        int digits = 0;
        if (dot > 0) {
            while (dot + 1 + digits < t.length() && Character.isDigit(t.charAt(dot + 1 + digits))) {
                digits++;
            }
        }
        return new Line(false, tsMs, host.asText(), RemoteTransferFilter.test(e), dotted && !nested, dotted && nested,
                digits, !t.endsWith("Z"), cat.isTextual());
    }

    private static Line bad() {
        return new Line(true, 0, null, null, false, false, 0, false, false);
    }

    private static String text(Map<String, JsonNode> f, String key) {
        JsonNode n = f.get(key);
        return n != null && n.isTextual() ? n.asText() : null;
    }

    /** Nested and dotted keys both end up as dotted paths; a category object is kept whole. */
    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject() && !prefix.equals("event.category")) {
            node.fields().forEachRemaining(e ->
                    flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else {
            out.put(prefix, node);
        }
    }
}
