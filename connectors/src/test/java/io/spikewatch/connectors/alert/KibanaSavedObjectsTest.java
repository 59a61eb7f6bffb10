package io.spikewatch.connectors.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Kibana saved objects of {@code deploy/kibana/} import as one file and show data: every line is a
 * saved object, every reference (dashboard to panels, panels to the data view) resolves inside the file,
 * and every field a panel uses is mapped by the alerts index template with a type its aggregation accepts.
 * The template maps with {@code dynamic: false}, so a panel on an unmapped field would not fail: it would
 * stay empty. Kibana itself is not available here; these checks are what can be known without it.
 */
class KibanaSavedObjectsTest {

    private static final Path SAVED_OBJECTS = Path.of("..", "deploy", "kibana", "spikewatch-saved-objects.ndjson");
    private static final Path TEMPLATE = Path.of("..", "deploy", "elasticsearch", "spikewatch-alerts-template.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The Kibana the file is written for: it refuses objects whose versions are newer than its own. */
    private static final int[] KIBANA = {8, 19, 0};
    /** Model versions of a saved object type are written as 10.N.0, whatever the Kibana release. */
    private static final int MODEL_VERSION_MAJOR = 10;

    private static final Set<String> NUMERIC = Set.of("long", "integer", "short", "byte", "double", "float",
            "half_float", "scaled_float", "unsigned_long");
    private static final Set<String> DATES = Set.of("date", "date_nanos");
    private static final Set<String> NUMERIC_OR_DATE = union(NUMERIC, DATES);
    /** Types with doc values, which terms, cardinality and sorting need; {@code text} has none. */
    private static final Set<String> AGGREGATABLE =
            union(NUMERIC_OR_DATE, Set.of("keyword", "constant_keyword", "wildcard", "ip", "boolean"));

    /** Attributes the create schemas of Kibana 8.19 accept; any other key makes the import of that object fail. */
    private static final Set<String> DASHBOARD_ATTRIBUTES = Set.of("title", "description", "kibanaSavedObjectMeta",
            "timeRestore", "timeFrom", "timeTo", "refreshInterval", "controlGroupInput", "panelsJSON", "optionsJSON",
            "hits", "version");
    private static final Set<String> SEARCH_ATTRIBUTES = Set.of("title", "description", "columns", "sort", "grid",
            "rowHeight", "rowsPerPage", "hideChart", "breakdownField", "kibanaSavedObjectMeta", "isTextBasedQuery",
            "usesAdHocDataView", "timeRestore", "timeRange", "refreshInterval", "viewMode", "hideAggregatedPreview",
            "hits", "version", "sampleSize", "headerRowHeight", "visContext", "density");

    /** A field name before a colon in a KQL or Lucene query, once quoted values are taken out. */
    private static final Pattern QUERY_FIELD = Pattern.compile("(?<![\\w.@-])([A-Za-z_@][\\w.@-]*)\\s*:");
    private static final Pattern QUOTED = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
    /** Lens' pseudo field of "count of records". */
    private static final String LENS_RECORDS = "___records___";

    private final List<String> lines;
    private final List<JsonNode> objects = new ArrayList<>();
    private final JsonNode template;
    private final JsonNode mappings;

    /** One use of a field by a saved object: an aggregation type, a column, a sort, a query, the time field. */
    record FieldUse(String object, String field, String use) {}

    KibanaSavedObjectsTest() throws IOException {
        lines = Files.readAllLines(SAVED_OBJECTS);
        for (String line : lines) {
            JsonNode node = line.isBlank() ? null : JSON.readTree(line);
            // A file exported again from Kibana ends with a summary line, which the import skips too.
            if (node != null && !node.has("exportedCount")) {
                objects.add(node);
            }
        }
        template = JSON.readTree(Files.readString(TEMPLATE));
        mappings = template.path("template").path("mappings");
    }

    @Test
    void everyLineIsASavedObjectWithAUniqueId() {
        assertThat(lines).isNotEmpty().noneMatch(String::isBlank);
        for (JsonNode o : objects) {
            assertThat(o.isObject()).as("line %s", o).isTrue();
            assertThat(o.path("id").isTextual() && !o.path("id").asText().isEmpty()).as("id of %s", o).isTrue();
            assertThat(o.path("type").isTextual()).as("type of %s", o.path("id")).isTrue();
            assertThat(o.path("attributes").isObject()).as("attributes of %s", o.path("id")).isTrue();
            assertThat(o.path("references").isArray()).as("references of %s", o.path("id")).isTrue();
            assertThat(o.path("attributes").path("title").isTextual()).as("title of %s", o.path("id")).isTrue();
        }
        assertThat(objects).extracting(o -> o.path("id").asText()).doesNotHaveDuplicates();
        assertThat(objects).extracting(o -> o.path("type").asText())
                .contains("index-pattern", "visualization", "search", "dashboard");
    }

    @Test
    void everyReferenceResolvesWithinTheFile() {
        assertThat(referenceProblems(objects)).isEmpty();
        JsonNode dashboard = only("dashboard");
        assertThat(dashboard.path("references")).hasSize(parse(dashboard.path("attributes"), "panelsJSON").size());
        for (JsonNode o : objects) {
            if (o.path("type").asText().equals("visualization") || o.path("type").asText().equals("search")) {
                assertThat(o.path("references")).as("%s shows the alerts data view", key(o))
                        .extracting(r -> r.path("type").asText(), r -> r.path("id").asText())
                        .containsExactly(tuple("index-pattern", only("index-pattern").path("id").asText()));
            }
        }
    }

    @Test
    void theDataViewCoversTheAlertsIndexAndItsTimeField() {
        JsonNode dataView = only("index-pattern").path("attributes");
        List<String> templatePatterns = new ArrayList<>();
        template.path("index_patterns").forEach(p -> templatePatterns.add(p.asText()));
        assertThat(templatePatterns).contains(dataView.path("title").asText());
        assertThat(dataView.path("timeFieldName").asText()).isEqualTo("@timestamp");
        assertThat(typeOf(mappings, "@timestamp")).isEqualTo("date");
    }

    @Test
    void everyFieldAPanelUsesIsMappedWithATypeItsUseAccepts() {
        List<FieldUse> uses = new ArrayList<>();
        objects.forEach(o -> uses.addAll(fieldUses(o)));
        assertThat(fieldProblems(uses, mappings)).isEmpty();
        // What the dashboard promises in the README, so that a panel cannot silently lose its field.
        assertThat(uses).extracting(FieldUse::field, FieldUse::use).contains(
                tuple("@timestamp", "date_histogram"),
                tuple("host.name", "terms"),
                tuple("kibana.alert.anomaly_score", "histogram"),
                tuple("user.name", "terms"),
                tuple("source.ip", "terms"),
                tuple("kibana.alert.reason", "column"),
                tuple("kibana.alert.workflow_status", "query"),
                tuple("kibana.alert.building_block_type", "query"),
                tuple("spikewatch.explanation.held_back", "column"),
                tuple("@timestamp", "time field"));
    }

    @Test
    void everyObjectCarriesMigrationVersionsKibanaAccepts() {
        for (JsonNode o : objects) {
            // Without versions Kibana runs every migration from the first; newer than Kibana, it refuses the object.
            String core = o.path("coreMigrationVersion").asText();
            String type = o.path("typeMigrationVersion").asText();
            assertThat(core).as("coreMigrationVersion of %s", key(o)).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(type).as("typeMigrationVersion of %s", key(o)).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(compare(version(core), KIBANA)).as("coreMigrationVersion of %s", key(o)).isLessThanOrEqualTo(0);
            assertThat(version(type)[0] == MODEL_VERSION_MAJOR || compare(version(type), KIBANA) <= 0)
                    .as("typeMigrationVersion %s of %s", type, key(o)).isTrue();
        }
    }

    @Test
    void dashboardsAndSavedSearchesOnlyHaveAttributesKibanaAccepts() {
        for (JsonNode o : objects) {
            Set<String> accepted = switch (o.path("type").asText()) {
                case "dashboard" -> DASHBOARD_ATTRIBUTES;
                case "search" -> SEARCH_ATTRIBUTES;
                default -> null;
            };
            if (accepted != null) {
                List<String> names = new ArrayList<>();
                o.path("attributes").fieldNames().forEachRemaining(names::add);
                assertThat(accepted).as("attributes of %s", key(o)).containsAll(names);
                assertThat(o.path("attributes").path("kibanaSavedObjectMeta").path("searchSourceJSON").isTextual())
                        .as("searchSourceJSON of %s", key(o)).isTrue();
            }
        }
        JsonNode dashboard = only("dashboard");
        for (JsonNode panel : parse(dashboard.path("attributes"), "panelsJSON")) {
            JsonNode grid = panel.path("gridData");
            assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as("panel %s fits the 48 columns", panel)
                    .isLessThanOrEqualTo(48);
            assertThat(grid.path("i").asText()).isEqualTo(panel.path("panelIndex").asText());
        }
    }

    /**
     * Records the gate held back are building-block alerts in the same index: every panel and the
     * open-alerts search leave them out, so the dashboard counts alerts only, and one saved search
     * shows just them.
     */
    @Test
    void panelsCountAlertsOnlyAndOneSearchShowsTheHeldBackRecords() {
        String notHeld = "not kibana.alert.building_block_type : *";
        for (JsonNode o : objects) {
            String type = o.path("type").asText();
            if (!type.equals("visualization") && !type.equals("search")) {
                continue;
            }
            String query = parse(o.path("attributes").path("kibanaSavedObjectMeta"), "searchSourceJSON")
                    .path("query").path("query").asText();
            if (o.path("id").asText().equals("spikewatch-held-back")) {
                assertThat(query).isEqualTo("kibana.alert.building_block_type : *");
            } else {
                assertThat(query).as("query of %s", key(o)).endsWith(notHeld);
            }
        }
        assertThat(objects).extracting(o -> o.path("id").asText()).contains("spikewatch-held-back");
    }

    // The checks must be able to fail: the same collector, on lines that are wrong on purpose.

    @Test
    void anUnknownFieldInASyntheticLineIsFound() throws IOException {
        String visState = """
                {"type":"table","aggs":[
                  {"id":"1","type":"count","schema":"metric","params":{}},
                  {"id":"2","type":"terms","schema":"bucket","params":{"field":"host.hostname",
                    "orderAgg":{"id":"2-orderAgg","type":"max","params":{"field":"record_score"}}}}]}""";
        String searchSource = """
                {"query":{"query":"host.hostnme : \\"a:b\\"","language":"kuery"},
                 "indexRefName":"kibanaSavedObjectMeta.searchSourceJSON.index"}""";
        ObjectNode object = JSON.createObjectNode().put("id", "bad").put("type", "visualization");
        ObjectNode attributes = object.putObject("attributes").put("title", "bad").put("visState", visState);
        attributes.putObject("kibanaSavedObjectMeta").put("searchSourceJSON", searchSource);
        object.putArray("references").addObject().put("name", "kibanaSavedObjectMeta.searchSourceJSON.index")
                .put("type", "index-pattern").put("id", "spikewatch-alerts");
        String line = JSON.writeValueAsString(object);

        List<FieldUse> uses = fieldUses(JSON.readTree(line));
        assertThat(uses).extracting(FieldUse::field, FieldUse::use).containsExactlyInAnyOrder(
                tuple("host.hostname", "terms"),
                tuple("record_score", "max"),
                tuple("host.hostnme", "query"));
        assertThat(fieldProblems(uses, mappings)).containsExactlyInAnyOrder(
                "visualization/bad: host.hostname (terms) is not in the index template",
                "visualization/bad: host.hostnme (query) is not in the index template");
    }

    @Test
    void aggregatingOrSortingATextFieldIsAProblem() {
        JsonNode topHosts = copy(byId("spikewatch-top-hosts"));
        editVisState(topHosts, visState -> {
            ObjectNode terms = (ObjectNode) visState.path("aggs").path(3).path("params");
            terms.put("field", "kibana.alert.reason.text");
            ((ObjectNode) visState.path("aggs").path(1).path("params")).put("field", "host.name");
        });
        assertThat(fieldProblems(fieldUses(topHosts), mappings)).containsExactlyInAnyOrder(
                "visualization/spikewatch-top-hosts: kibana.alert.reason.text (terms) is text, not one of "
                        + sorted(AGGREGATABLE),
                "visualization/spikewatch-top-hosts: host.name (max) is keyword, not one of "
                        + sorted(NUMERIC_OR_DATE));

        JsonNode openAlerts = copy(byId("spikewatch-open-alerts"));
        ObjectNode attributes = (ObjectNode) openAlerts.path("attributes");
        attributes.putArray("columns").add("kibana.alert.reason.text").add("kibana.alert.rule");
        attributes.putArray("sort").addArray().add("kibana.alert.reason.text").add("desc");
        assertThat(fieldProblems(fieldUses(openAlerts), mappings)).containsExactlyInAnyOrder(
                "search/spikewatch-open-alerts: kibana.alert.rule (column) is an object, not a field",
                "search/spikewatch-open-alerts: kibana.alert.reason.text (sort) is text, not one of "
                        + sorted(AGGREGATABLE));
    }

    @Test
    void aLensPanelIsCheckedLikeTheOthers() throws IOException {
        String lens = """
                {"id":"lens","type":"lens","attributes":{"title":"lens","visualizationType":"lnsXY","state":{
                "datasourceStates":{"formBased":{"layers":{"l1":{"columns":{
                "a":{"operationType":"date_histogram","sourceField":"kibana.alert.original_time"},
                "b":{"operationType":"terms","sourceField":"user.nam"},
                "c":{"operationType":"count","sourceField":"___records___"}}}}}},
                "query":{"query":"","language":"kuery"},"filters":[]}},
                "references":[
                  {"name":"indexpattern-datasource-layer-l2","type":"index-pattern","id":"spikewatch-alerts"}]}
                """;
        JsonNode o = JSON.readTree(lens);
        assertThat(fieldProblems(fieldUses(o), mappings))
                .containsExactly("lens/lens: user.nam (terms) is not in the index template");
        List<JsonNode> withDataView = new ArrayList<>(List.of(only("index-pattern"), o));
        assertThat(referenceProblems(withDataView))
                .containsExactly("lens/lens: no reference named indexpattern-datasource-layer-l1");
    }

    @Test
    void anUnresolvedReferenceIsAProblem() {
        List<JsonNode> broken = new ArrayList<>();
        for (JsonNode o : objects) {
            broken.add(copy(o));
        }
        ObjectNode dashboard = (ObjectNode) broken.stream()
                .filter(o -> o.path("type").asText().equals("dashboard")).findFirst().orElseThrow();
        ArrayNode references = (ArrayNode) dashboard.path("references");
        String dropped = references.path(0).path("name").asText();
        references.remove(0);
        ((ObjectNode) references.path(0)).put("id", "no-such-visualization");
        broken.removeIf(o -> o.path("type").asText().equals("index-pattern"));

        List<String> problems = referenceProblems(broken);
        assertThat(problems).contains(
                "dashboard/spikewatch-alerts-dashboard: no reference named " + dropped,
                "dashboard/spikewatch-alerts-dashboard: refers to visualization/no-such-visualization, not in the file",
                "visualization/spikewatch-top-hosts: refers to index-pattern/spikewatch-alerts, not in the file",
                "search/spikewatch-open-alerts: refers to index-pattern/spikewatch-alerts, not in the file");
    }

    // ---- what a saved object uses ----

    /** Every use of a field by {@code o}: data view time field and labels, aggregations, columns, sorts, queries. */
    static List<FieldUse> fieldUses(JsonNode o) {
        String key = key(o);
        List<FieldUse> uses = new ArrayList<>();
        JsonNode attributes = o.path("attributes");
        Consumer<JsonNode> walk = node -> collect(key, node, uses);
        switch (o.path("type").asText()) {
            case "index-pattern" -> {
                if (attributes.path("timeFieldName").isTextual()) {
                    uses.add(new FieldUse(key, attributes.path("timeFieldName").asText(), "time field"));
                }
                parse(attributes, "fieldAttrs").fieldNames()
                        .forEachRemaining(f -> uses.add(new FieldUse(key, f, "field label")));
                parse(attributes, "fieldFormatMap").fieldNames()
                        .forEachRemaining(f -> uses.add(new FieldUse(key, f, "field format")));
            }
            case "visualization" -> walk.accept(parse(attributes, "visState"));
            case "lens" -> walk.accept(attributes.path("state"));
            case "search" -> {
                attributes.path("columns").forEach(c -> uses.add(new FieldUse(key, c.asText(), "column")));
                JsonNode sort = attributes.path("sort");
                List<JsonNode> pairs = new ArrayList<>();
                if (sort.path(0).isTextual()) {
                    pairs.add(sort);
                } else {
                    sort.forEach(pairs::add);
                }
                for (JsonNode pair : pairs) {
                    if (!pair.path(0).asText().equals("_score")) {
                        uses.add(new FieldUse(key, pair.path(0).asText(), "sort"));
                    }
                }
            }
            case "dashboard" -> parse(attributes, "panelsJSON").forEach(p -> walk.accept(p.path("embeddableConfig")));
            default -> {
            }
        }
        walk.accept(parse(attributes.path("kibanaSavedObjectMeta"), "searchSourceJSON"));
        return uses;
    }

    /**
     * Field uses anywhere in a visState, Lens state, search source or by-value panel: an aggregation
     * ({@code {type, params: {field}}}, nested ones such as {@code orderAgg} included), a Lens column
     * ({@code {operationType, sourceField}}), an input control ({@code fieldName}), a query
     * ({@code {query, language}}) and a filter ({@code meta.key}).
     */
    private static void collect(String key, JsonNode node, List<FieldUse> uses) {
        if (node.isArray()) {
            node.forEach(child -> collect(key, child, uses));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.path("type").isTextual() && node.path("params").path("field").isTextual()) {
            uses.add(new FieldUse(key, node.path("params").path("field").asText(), node.path("type").asText()));
        }
        if (node.path("operationType").isTextual() && node.path("sourceField").isTextual()
                && !node.path("sourceField").asText().equals(LENS_RECORDS)) {
            uses.add(new FieldUse(key, node.path("sourceField").asText(), node.path("operationType").asText()));
        }
        if (node.path("fieldName").isTextual()) {
            uses.add(new FieldUse(key, node.path("fieldName").asText(), "control"));
        }
        if (node.path("query").isTextual() && node.path("language").isTextual()) {
            Matcher m = QUERY_FIELD.matcher(QUOTED.matcher(node.path("query").asText()).replaceAll("\"\""));
            while (m.find()) {
                uses.add(new FieldUse(key, m.group(1), "query"));
            }
        }
        JsonNode meta = node.path("meta");
        if (meta.path("key").isTextual() && !meta.path("type").asText().equals("custom")) {
            uses.add(new FieldUse(key, meta.path("key").asText(), "filter"));
        }
        node.elements().forEachRemaining(child -> collect(key, child, uses));
    }

    /** What is wrong with {@code uses} against the template's mappings: unmapped, an object, or the wrong type. */
    static List<String> fieldProblems(List<FieldUse> uses, JsonNode mappings) {
        List<String> problems = new ArrayList<>();
        for (FieldUse u : uses) {
            String type = typeOf(mappings, u.field());
            String what = u.object() + ": " + u.field() + " (" + u.use() + ")";
            Set<String> accepted = acceptedTypes(u.use());
            if (type == null) {
                problems.add(what + " is not in the index template");
            } else if (type.equals("object")) {
                problems.add(what + " is an object, not a field");
            } else if (accepted != null && !accepted.contains(type)) {
                problems.add(what + " is " + type + ", not one of " + sorted(accepted));
            }
        }
        return problems;
    }

    /** The mapping types a use needs; {@code null} for display and search, which any mapped field allows. */
    private static Set<String> acceptedTypes(String use) {
        return switch (use) {
            case "column", "field label", "field format", "query", "filter" -> null;
            case "time field", "date_histogram" -> DATES;
            case "histogram", "range", "avg", "average", "sum", "median", "percentiles", "percentile",
                    "percentile_ranks", "percentile_rank", "std_dev", "standard_deviation", "moving_avg" -> NUMERIC;
            case "min", "max" -> NUMERIC_OR_DATE;
            default -> AGGREGATABLE;
        };
    }

    /**
     * The mapping type of a dotted path: through {@code properties}, and into multi-fields ({@code fields}) for
     * paths such as {@code kibana.alert.reason.text}; {@code "object"} for an object, {@code null} when unmapped.
     */
    private static String typeOf(JsonNode mappings, String path) {
        JsonNode at = mappings;
        for (String part : path.split("\\.", -1)) {
            JsonNode next = at.path("properties").path(part);
            if (next.isMissingNode()) {
                next = at.path("fields").path(part);
            }
            if (next.isMissingNode()) {
                return null;
            }
            at = next;
        }
        if (at.path("type").isTextual()) {
            return at.path("type").asText();
        }
        return at.has("properties") ? "object" : null;
    }

    // ---- references ----

    /** Every reference that does not resolve: to an object not in the file, or a name the object uses but lacks. */
    static List<String> referenceProblems(List<JsonNode> objects) {
        Set<String> present = new HashSet<>();
        objects.forEach(o -> present.add(key(o)));
        List<String> problems = new ArrayList<>();
        for (JsonNode o : objects) {
            String key = key(o);
            Map<String, String> typeByName = new HashMap<>();
            for (JsonNode r : o.path("references")) {
                String target = r.path("type").asText() + "/" + r.path("id").asText();
                if (!present.contains(target)) {
                    problems.add(key + ": refers to " + target + ", not in the file");
                }
                if (typeByName.put(r.path("name").asText(), r.path("type").asText()) != null) {
                    problems.add(key + ": two references named " + r.path("name").asText());
                }
            }
            JsonNode attributes = o.path("attributes");
            JsonNode source = parse(attributes.path("kibanaSavedObjectMeta"), "searchSourceJSON");
            if (source.has("index")) {
                problems.add(key + ": search source names its data view inline, not by indexRefName");
            }
            String type = o.path("type").asText();
            if (source.path("indexRefName").isTextual()) {
                need(problems, key, typeByName, source.path("indexRefName").asText(), "index-pattern");
            } else if ((type.equals("visualization") || type.equals("search"))
                    && !attributes.path("savedSearchRefName").isTextual()) {
                problems.add(key + ": no data view (searchSourceJSON.indexRefName)");
            }
            for (JsonNode filter : source.path("filter")) {
                if (filter.path("meta").path("indexRefName").isTextual()) {
                    need(problems, key, typeByName, filter.path("meta").path("indexRefName").asText(),
                            "index-pattern");
                }
            }
            if (attributes.path("savedSearchRefName").isTextual()) {
                need(problems, key, typeByName, attributes.path("savedSearchRefName").asText(), "search");
            }
            if (type.equals("visualization")) {
                for (JsonNode control : parse(attributes, "visState").path("params").path("controls")) {
                    if (control.path("indexPatternRefName").isTextual()) {
                        need(problems, key, typeByName, control.path("indexPatternRefName").asText(),
                                "index-pattern");
                    }
                }
            }
            if (type.equals("lens")) {
                lensLayers(attributes.path("state")).forEach(layer ->
                        need(problems, key, typeByName, "indexpattern-datasource-layer-" + layer, "index-pattern"));
            }
            if (type.equals("dashboard")) {
                dashboardPanels(problems, key, typeByName, present, parse(attributes, "panelsJSON"));
            }
        }
        return problems;
    }

    private static void dashboardPanels(List<String> problems, String key, Map<String, String> typeByName,
            Set<String> present, JsonNode panels) {
        Set<String> indexes = new HashSet<>();
        for (JsonNode panel : panels) {
            String index = panel.path("panelIndex").asText();
            if (index.isEmpty() || !indexes.add(index)) {
                problems.add(key + ": panel index '" + index + "' missing or repeated");
            }
            JsonNode byValue = panel.path("embeddableConfig").path("attributes");
            if (panel.path("panelRefName").isTextual()) {
                // Kibana 8 exports prefix a panel's references with its panel index.
                String name = panel.path("panelRefName").asText();
                String prefixed = index + ":" + name;
                String referenced = typeByName.containsKey(name) && !typeByName.containsKey(prefixed) ? name : prefixed;
                String expected = panel.path("type").isTextual() ? panel.path("type").asText() : null;
                need(problems, key, typeByName, referenced, expected);
            } else if (byValue.isObject()) {
                for (JsonNode r : byValue.path("references")) {
                    String target = r.path("type").asText() + "/" + r.path("id").asText();
                    if (!present.contains(target)) {
                        problems.add(key + ": panel " + index + " refers to " + target + ", not in the file");
                    }
                }
            } else {
                problems.add(key + ": panel " + index + " has neither panelRefName nor attributes");
            }
        }
    }

    private static void need(List<String> problems, String key, Map<String, String> typeByName, String name,
            String expectedType) {
        String type = typeByName.get(name);
        if (type == null) {
            problems.add(key + ": no reference named " + name);
        } else if (expectedType != null && !expectedType.equals(type)) {
            problems.add(key + ": reference " + name + " is a " + type + ", not a " + expectedType);
        }
    }

    private static List<String> lensLayers(JsonNode state) {
        List<String> layers = new ArrayList<>();
        for (String datasource : List.of("formBased", "indexpattern")) {
            state.path("datasourceStates").path(datasource).path("layers").fieldNames().forEachRemaining(layers::add);
        }
        return layers;
    }

    // ---- helpers ----

    private static String key(JsonNode o) {
        return o.path("type").asText() + "/" + o.path("id").asText();
    }

    private JsonNode only(String type) {
        List<JsonNode> found = objects.stream().filter(o -> o.path("type").asText().equals(type)).toList();
        assertThat(found).as("objects of type %s", type).hasSize(1);
        return found.get(0);
    }

    private JsonNode byId(String id) {
        return objects.stream().filter(o -> o.path("id").asText().equals(id)).findFirst().orElseThrow();
    }

    /** The JSON held as a string in {@code node.field} (Kibana keeps visState, panelsJSON and others so). */
    private static JsonNode parse(JsonNode node, String field) {
        JsonNode text = node.path(field);
        if (!text.isTextual()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text.asText());
        } catch (JsonProcessingException e) {
            throw new AssertionError(field + " is not JSON: " + text.asText(), e);
        }
    }

    private static JsonNode copy(JsonNode o) {
        return o.deepCopy();
    }

    private static void editVisState(JsonNode visualization, Consumer<ObjectNode> edit) {
        ObjectNode attributes = (ObjectNode) visualization.path("attributes");
        ObjectNode visState = (ObjectNode) parse(attributes, "visState");
        edit.accept(visState);
        try {
            attributes.put("visState", JSON.writeValueAsString(visState));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int[] version(String v) {
        String[] parts = v.split("\\.");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }

    private static List<String> sorted(Set<String> types) {
        return types.stream().sorted().toList();
    }
}
