package io.spikewatch.job.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The labels of a data set as NDJSON, one object per line, so that a generated (or hand-made)
 * events file can travel with a {@code .labels.ndjson} sidecar and be evaluated later without
 * re-running the simulator:
 *
 * <pre>{@code
 * {"label":"incident","id":"INC-01","kind":"burst","hosts":["ws-lon-0412"],"start":"2024-03-12T14:03:11Z","end":"...","description":"..."}
 * {"label":"benign","id":"BEN-01","kind":"patch_day","hosts":[...],"start":"...","end":"...","description":"..."}
 * }</pre>
 *
 * @param incidents what a detector should find
 * @param benign benign spikes, for explaining false alerts
 */
public record IncidentLabels(List<Incident> incidents, List<BenignSpike> benign) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public IncidentLabels {
        incidents = List.copyOf(incidents);
        benign = List.copyOf(benign);
    }

    /**
     * The sidecar next to a data file: {@code fleet.ndjson.gz} and {@code fleet.ndjson} both map to
     * {@code fleet.labels.ndjson}.
     */
    public static Path sidecarFor(Path dataFile) {
        String name = dataFile.getFileName().toString();
        for (String suffix : new String[] {".gz", ".ndjson", ".jsonl", ".json"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
            }
        }
        return dataFile.resolveSibling(name + ".labels.ndjson");
    }

    public void write(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(w);
        }
    }

    /** Incidents first, then benign spikes, each in list order. */
    public void write(Writer out) throws IOException {
        for (Incident i : incidents) {
            out.write(line("incident", i.id(), i.kind(), i.hosts(), i.start(), i.end(), i.description()));
        }
        for (BenignSpike b : benign) {
            out.write(line("benign", b.id(), b.kind(), b.hosts(), b.start(), b.end(), b.description()));
        }
        out.flush();
    }

    public static IncidentLabels read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r);
        }
    }

    /** Reads labels; blank lines are skipped, anything else that is not a label fails with its line number. */
    public static IncidentLabels read(Reader in) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<Incident> incidents = new ArrayList<>();
        List<BenignSpike> benign = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                String label = text(node, "label");
                List<String> hosts = new ArrayList<>();
                JsonNode hs = node.path("hosts");
                if (!hs.isArray()) {
                    throw new IllegalArgumentException("hosts must be an array");
                }
                hs.forEach(h -> hosts.add(h.asText()));
                Instant start = Instant.parse(text(node, "start"));
                Instant end = Instant.parse(text(node, "end"));
                String description = node.path("description").asText("");
                switch (label) {
                    case "incident" -> incidents.add(new Incident(text(node, "id"), text(node, "kind"), hosts, start, end,
                            description));
                    case "benign" -> benign.add(new BenignSpike(text(node, "id"), text(node, "kind"), hosts, start, end,
                            description));
                    default -> throw new IllegalArgumentException("label must be incident or benign, got " + label);
                }
            } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
                throw new IOException("bad label on line " + n + ": " + e.getMessage(), e);
            }
        }
        return new IncidentLabels(incidents, benign);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing string field " + field);
        }
        return v.asText();
    }

    private static String line(String label, String id, String kind, List<String> hosts, Instant start, Instant end,
            String description) throws JsonProcessingException {
        ObjectNode o = JSON.createObjectNode();
        o.put("label", label);
        o.put("id", id);
        o.put("kind", kind);
        ArrayNode hs = o.putArray("hosts");
        hosts.forEach(hs::add);
        o.put("start", start.toString());
        o.put("end", end.toString());
        o.put("description", description);
        return JSON.writeValueAsString(o) + "\n";
    }
}
