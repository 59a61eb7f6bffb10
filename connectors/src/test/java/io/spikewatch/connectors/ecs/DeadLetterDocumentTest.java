package io.spikewatch.connectors.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DeadLetterDocumentTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void oneLineWithReasonDetailSourceAndTheRawRecord() throws Exception {
        String raw = "{\"host.name\":5,\n\"msg\":\"tab\there \u00e9\"}";
        DeadLetter d = new DeadLetter(DeadLetterReason.WRONG_TYPE, "field host.name: expected string, got NUMBER", raw);

        String line = DeadLetterDocument.toJson(d, "events-2024-03-05.ndjson:17");

        assertThat(line).doesNotContain("\n").doesNotContain("\r")
                .startsWith("{\"reason\":\"wrong_type\",\"detail\":");
        JsonNode n = MAPPER.readTree(line);
        assertThat(n.size()).isEqualTo(4);
        assertThat(n.get("reason").asText()).isEqualTo("wrong_type");
        assertThat(n.get("detail").asText()).isEqualTo("field host.name: expected string, got NUMBER");
        assertThat(n.get("source").asText()).isEqualTo("events-2024-03-05.ndjson:17");
        assertThat(n.get("raw").asText()).isEqualTo(raw);
    }

    @Test
    void anUnknownSourceIsNull() throws Exception {
        DeadLetter d = new EcsEventParser().parse("{").deadLetter();
        JsonNode n = MAPPER.readTree(DeadLetterDocument.toJsonBytes(d, null));
        assertThat(n.get("reason").asText()).isEqualTo("invalid_json");
        assertThat(n.get("source").isNull()).isTrue();
        assertThat(n.get("raw").asText()).isEqualTo("{");
    }
}
