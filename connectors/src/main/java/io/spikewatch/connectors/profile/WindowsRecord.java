package io.spikewatch.connectors.profile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * A Windows event record flattened to dotted paths of its scalar values, so one lookup serves
 * the shapes the same event arrives in: Winlogbeat / Elastic Agent ECS
 * ({@code winlog.event_data.TargetFilename}, nested or dotted) and flat collectors such as NXLog
 * ({@code TargetFilename} at the top level).
 */
final class WindowsRecord {

    private final Map<String, String> values = new HashMap<>();

    WindowsRecord(JsonNode root) {
        flatten("", root);
    }

    private void flatten(String prefix, JsonNode node) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) {
                flatten(key + ".", v);
            } else if (v.isValueNode() && !v.isNull()) {
                values.put(key, v.asText());
            }
        }
    }

    /** The first of {@code paths} that is present, or {@code null}. */
    String first(String... paths) {
        for (String p : paths) {
            String v = values.get(p);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }
}
