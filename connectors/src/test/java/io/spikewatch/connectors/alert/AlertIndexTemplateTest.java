package io.spikewatch.connectors.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.BucketSummary;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.HoldReason;
import io.spikewatch.model.TransferLocations;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field an alert document carries is mapped by {@code deploy/elasticsearch/spikewatch-alerts-template.json}
 * with a type that accepts its values (the template maps with {@code dynamic: false}, so an unmapped
 * field would silently be unsearchable).
 */
class AlertIndexTemplateTest {

    private static final Path TEMPLATE = Path.of("..", "deploy", "elasticsearch", "spikewatch-alerts-template.json");
    private static final Set<String> TEXTUAL = Set.of("keyword", "text", "date", "ip");
    private final ObjectMapper json = new ObjectMapper();

    private static AnomalyRecord fullRecord() {
        long t0 = 1_710_324_000_000L;
        BucketSummary s = BucketSummary.empty(t0);
        s.driverSeen = 0;
        s.spreadHosts = 3;
        s.suppressedDocs = 2;
        s.suppressedUntilMs = 1_709_550_000_000L;
        s.heldBack = HoldReason.DEPLOYMENT_ROUND;
        for (int i = 0; i < 12; i++) {
            s.add(FileEvent.builder().timestampMs(t0 + i * 1_000).hostName("ws-1").hostId("h-1").hostIp("10.0.0.2")
                    .userName("adm_x").userId("S-1-5-21-9").userDomain("CORP").sourceIp("10.0.3.7")
                    .signatureSubject("Microsoft Windows").signatureTrusted(true).fileName("t" + i + ".exe")
                    .filePath("C:\\ProgramData\\t" + i + ".exe").fileDirectory("C:\\ProgramData").fileExtension("exe")
                    .fileSize(1000 + i).build(), TransferLocations.DEFAULT);
        }
        return new AnomalyRecord("ws-1", t0, 900_000, 12, 0.4, 9, 1e-12, 97.5, 2.5, 8, 40, 4.2, false, s);
    }

    @Test
    void everyFieldOfAnAlertIsMappedWithACompatibleType() throws Exception {
        JsonNode mappings = json.readTree(Files.readString(TEMPLATE)).path("template").path("mappings");
        assertThat(mappings.path("dynamic").asText()).isEqualTo("false");
        JsonNode doc = json.readTree(AlertDocument.toJson(fullRecord(), RuleSettings.defaults()));

        Map<String, JsonNode> leaves = new TreeMap<>();
        flatten("", doc, leaves);
        assertThat(leaves.keySet()).contains("kibana.alert.uuid", "kibana.alert.building_block_type",
                "spikewatch.explanation.held_back", "kibana.alert.rule.threat.technique.id", "host.id",
                "spikewatch.influencers.values.share", "source.ip");
        for (Map.Entry<String, JsonNode> e : leaves.entrySet()) {
            String type = typeOf(mappings, e.getKey());
            assertThat(type).as("mapping of " + e.getKey()).isNotNull();
            JsonNode v = e.getValue();
            if (v.isNumber()) {
                // A date takes epoch milliseconds (its default format includes epoch_millis).
                assertThat(type).as(e.getKey() + " is numeric").isIn("long", "integer", "float", "double", "date");
            } else if (v.isBoolean()) {
                assertThat(type).as(e.getKey()).isEqualTo("boolean");
            } else {
                assertThat(TEXTUAL).as(e.getKey() + " is a string").contains(type);
            }
        }
        assertThat(typeOf(mappings, "@timestamp")).isEqualTo("date");
        assertThat(typeOf(mappings, "kibana.alert.original_time")).isEqualTo("date");
        assertThat(typeOf(mappings, "kibana.alert.uuid")).isEqualTo("keyword");
    }

    /** Leaf values by full path; dotted keys and nesting are the same path, arrays are transparent. */
    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (node.isArray()) {
            node.forEach(n -> flatten(prefix, n, out));
        } else if (!node.isNull()) {
            out.put(prefix, node);
        }
    }

    private static String typeOf(JsonNode mappings, String path) {
        JsonNode at = mappings;
        for (String part : path.split("\\.")) {
            at = at.path("properties").path(part);
            if (at.isMissingNode()) {
                return null;
            }
        }
        return at.path("type").isMissingNode() ? null : at.path("type").asText();
    }
}
