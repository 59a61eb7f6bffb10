package io.spikewatch.connectors.alert;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.BucketSummary;
import io.spikewatch.model.TopK;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One alert as a JSON document shaped like a Kibana Security alert raised by a machine-learning
 * rule, so it can live in an alerts index Kibana understands and an analyst can triage it there.
 *
 * <p>The layout follows Kibana: dotted {@code kibana.alert.*} keys at the top level, the anomaly
 * record's fields un-prefixed ({@code job_id}, {@code record_score}, {@code influencers}, ...), ECS
 * source fields nested with arrays of values ({@code "host":{"name":["h"]}}), and spikewatch's own
 * explanation under {@code spikewatch.*}.
 *
 * <p><b>Deterministic.</b> Fields are written in a fixed order with a streaming generator and no
 * clock is read, so the same record and rule always give the same bytes, and the id is a hash of
 * rule, host and bucket ({@link #alertId}). A replay or a retry after a failure therefore
 * overwrites the same document instead of duplicating it. For the same reason {@code @timestamp}
 * is the bucket <em>end</em>: the event-time moment at which the alert could first be made, not
 * the wall-clock time at which it happened to be written.
 *
 * <p>Numbers are finite: scores are clamped to 0-100, counts and typical values rounded to three
 * decimals, a non-finite value written as 0 (a non-finite probability as 1, "no evidence").
 */
public final class AlertDocument {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR_MINUTE =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** A field of the bucket summary that explains an alert, with the ECS name Kibana shows. */
    private record Influencer(String field, Function<BucketSummary, TopK> values) {}

    /**
     * Influencers after {@code host.name}, in the order written: Elastic's job influencers first,
     * then the fields spikewatch adds. {@code host.id} has no counter (one value per host) and is
     * placed by hand.
     */
    private static final List<Influencer> BEFORE_HOST_ID = List.of(
            new Influencer("user.name", s -> s.userNames),
            new Influencer("user.id", s -> s.userIds));
    private static final List<Influencer> AFTER_HOST_ID = List.of(
            new Influencer("process.name", s -> s.processNames),
            new Influencer("event.module", s -> s.modules),
            new Influencer("event.action", s -> s.actions),
            new Influencer("process.code_signature.subject_name", s -> s.signers),
            new Influencer("process.code_signature.trusted", s -> s.signatureTrusted),
            new Influencer("user.domain", s -> s.userDomains),
            new Influencer("source.ip", s -> s.sourceIps),
            new Influencer("file.extension", s -> s.extensions),
            new Influencer("file.directory", s -> s.directories));

    private AlertDocument() {}

    /** The alert document of {@code r} under {@code rule}, as UTF-8 JSON bytes. */
    public static byte[] toJson(AnomalyRecord r, RuleSettings rule) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            write(g, r, rule);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** {@link #toJson(AnomalyRecord, RuleSettings)} as a String. */
    public static String toJsonString(AnomalyRecord r, RuleSettings rule) {
        return new String(toJson(r, rule), StandardCharsets.UTF_8);
    }

    /**
     * The document id of the alert of {@code host} in the bucket starting at {@code bucketStartMs}:
     * the first 128 bits of SHA-256 over {@code ruleId \0 host \0 bucketStartMs} (decimal), in
     * lowercase hex formatted 8-4-4-4-12 like a UUID. Same inputs, same id, on any machine.
     */
    public static String alertId(String ruleId, String host, long bucketStartMs) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
        byte[] d = sha256.digest((ruleId + '\u0000' + host + '\u0000' + bucketStartMs)
                .getBytes(StandardCharsets.UTF_8));
        StringBuilder id = new StringBuilder(36);
        for (int i = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                id.append('-');
            }
            id.append(HEX[(d[i] >> 4) & 0xF]).append(HEX[d[i] & 0xF]);
        }
        return id.toString();
    }

    /** The {@code kibana.alert.reason} sentence of {@code r}: what happened, how unusual, who did it. */
    public static String reason(AnomalyRecord r) {
        BucketSummary s = summaryOf(r);
        long start = r.bucketStartMs();
        long end = start + r.bucketSpanMs();
        long n = r.actual();
        StringBuilder b = new StringBuilder(200)
                .append(r.hostName()).append(" received ").append(n)
                .append(n == 1 ? " remote file transfer" : " remote file transfers")
                .append(" between ").append(HOUR_MINUTE.format(Instant.ofEpochMilli(start)))
                .append(" and ").append(HOUR_MINUTE.format(Instant.ofEpochMilli(end)))
                .append(" UTC on ").append(DATE.format(Instant.ofEpochMilli(start)))
                .append(", typical ").append(count(r.typical()));
        if (isSustained(r) && s.sustainedLed > 0) {
            // Driver persistence: the evidence is who kept writing, not how much (it may be the usual volume).
            String leader = top(s.userNames) != null ? top(s.userNames) : top(s.sourceIps);
            b.append(", ").append(leader == null ? "one account" : leader).append(" on top of ")
                    .append(s.sustainedLed).append(" of the last ").append(r.sustainedBuckets())
                    .append(" buckets (").append(count(r.sustainedActual())).append(" vs typical ")
                    .append(count(r.sustainedTypical())).append(')');
        } else if (isSustained(r) && s.sustainedNewPlaces) {
            // Files into places new to the host, a few a bucket: the count of those is the evidence.
            b.append(", ").append(count(r.sustainedActual())).append(" files into places new to it over the last ")
                    .append(r.sustainedBuckets()).append(" buckets (typical ")
                    .append(count(r.sustainedTypical())).append(')');
        } else if (isSustained(r)) {
            b.append(", sustained excess over the last ").append(r.sustainedBuckets())
                    .append(r.sustainedBuckets() == 1 ? " bucket (" : " buckets (")
                    .append(count(r.sustainedActual())).append(" vs typical ")
                    .append(count(r.sustainedTypical())).append(')');
        }
        b.append(" (score ").append((long) Math.floor(score(r.recordScore())));
        if (r.learning()) {
            b.append(", baseline still learning");
        }
        b.append(')');
        List<String> who = new ArrayList<>(3);
        String user = top(s.userNames);
        if (user != null) {
            who.add(s.count > 0 ? Math.round(100.0 * countOf(s.userNames, user) / s.count) + "% by " + user
                    : "by " + user);
        }
        String ip = top(s.sourceIps);
        if (ip != null) {
            who.add("from " + ip);
        }
        String process = top(s.processNames);
        if (process != null) {
            who.add("via " + process);
        }
        if (!who.isEmpty()) {
            b.append("; ").append(String.join(" ", who));
        }
        if (s.driverSeen == 0 && user != null) {
            b.append("; first time ").append(user).append(" wrote to this host");
        }
        if (s.mostlyStaged()) {
            b.append("; ").append(s.stagedFiles).append(" of ").append(s.count).append(" files into staging locations");
            if (s.stagedExample != null) {
                b.append(" such as ").append(s.stagedExample);
            }
        }
        if (s.hiddenFiles > 0) {
            b.append("; ").append(s.hiddenFiles).append(s.hiddenFiles == 1 ? " file" : " files")
                    .append(" hidden in dot folders outside home directories");
        }
        if (s.encrypting()) {
            String extension = top(s.extensions);
            b.append("; ").append(s.encryptedFiles).append(" of ").append(s.count)
                    .append(" files are documents written back with an extension appended");
            if (extension != null) {
                b.append(" (.").append(extension).append(')');
            }
            b.append(", as ransomware encrypting a share does");
        }
        if (s.attackTools()) {
            b.append("; ").append(s.toolFiles).append(s.toolFiles == 1 ? " file is" : " files are")
                    .append(" named as known attack tools");
            if (s.toolExample != null) {
                b.append(" (").append(s.toolExample).append(')');
            }
        }
        if (s.armedBefore > 0) {
            b.append("; the same account's previous bucket brought ").append(s.armedBefore)
                    .append(s.armedBefore == 1 ? " attack tool or web shell" : " attack tools or web shells")
                    .append(" into this drop");
        }
        if (s.burstRun > 0) {
            b.append("; the same account, new to this host, burst into its places in the ").append(s.burstRun)
                    .append(s.burstRun == 1 ? " bucket" : " buckets").append(" before this one too, at an hour it is quiet");
        }
        if (s.reinstalled) {
            b.append("; the host was reinstalled (its host.id changed) within the installation period:"
                    + " scored as a new host's installation");
        }
        if (s.webShells()) {
            b.append("; ").append(s.webShellFiles).append(s.webShellFiles == 1 ? " script" : " scripts")
                    .append(" a web server runs went into an upload folder, as web shells do");
            if (s.webShellExample != null) {
                b.append(" (").append(s.webShellExample).append(')');
            }
        }
        if (s.spreadHosts > 0) {
            b.append(s.spreadSameFiles ? "; the same account dropped the same files on " : "; the same account hit ")
                    .append(s.spreadHosts).append(" hosts within the hour");
        }
        if (s.heldBack != null) {
            b.append("; held back, not alerted: ").append(s.heldBack.describe(s));
        }
        if (s.suppressedDocs > 0) {
            b.append("; continued in ").append(s.suppressedDocs).append(s.suppressedDocs == 1 ? " later bucket" : " later buckets")
                    .append(", until ").append(iso(s.suppressedUntilMs));
        }
        return b.append('.').toString();
    }

    /**
     * Elastic's alert suppression fields: one incident, one document, updated in place while later
     * buckets of the same host and driver continue it.
     */
    private static void writeSuppression(JsonGenerator g, AnomalyRecord r, BucketSummary s) throws IOException {
        g.writeStringField("kibana.alert.suppression.start", iso(r.bucketStartMs()));
        g.writeStringField("kibana.alert.suppression.end", iso(s.suppressedUntilMs));
        g.writeNumberField("kibana.alert.suppression.docs_count", s.suppressedDocs);
        g.writeArrayFieldStart("kibana.alert.suppression.terms");
        term(g, "host.name", r.hostName());
        String driver = s.driver();
        int eq = driver == null ? -1 : driver.indexOf('=');
        if (eq > 0) {
            term(g, driver.substring(0, eq), driver.substring(eq + 1));
        }
        g.writeEndArray();
    }

    private static void term(JsonGenerator g, String field, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("field", field);
        g.writeArrayFieldStart("value");
        g.writeString(value);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, AnomalyRecord r, RuleSettings rule) throws IOException {
        BucketSummary s = summaryOf(r);
        long start = r.bucketStartMs();
        long end = start + r.bucketSpanMs();
        double score = round3(score(r.recordScore()));
        // The datafeed admits only event.action "creation": it is the by-field value of any bucket.
        String action = top(s.actions) != null ? top(s.actions) : "creation";

        g.writeStartObject();
        g.writeStringField("@timestamp", iso(end));
        g.writeFieldName("kibana.space_ids");
        stringArray(g, List.of("default"));
        g.writeStringField("kibana.alert.uuid", alertId(rule.ruleId(), r.hostName(), start));
        g.writeStringField("kibana.alert.original_time", iso(start));
        g.writeStringField("kibana.alert.status", "active");
        g.writeStringField("kibana.alert.workflow_status", "open");
        if (s.heldBack != null) {
            // Kibana's building-block alerts: kept for audit and correlation, hidden from the alerts table.
            g.writeStringField("kibana.alert.building_block_type", "default");
        }
        g.writeNumberField("kibana.alert.depth", 1);
        g.writeStringField("kibana.alert.reason", reason(r));
        g.writeStringField("kibana.alert.severity", rule.severity());
        g.writeNumberField("kibana.alert.risk_score", rule.riskScore());
        g.writeNumberField("kibana.alert.anomaly_score", score);
        if (s.suppressedDocs > 0) {
            writeSuppression(g, r, s);
        }
        writeRule(g, rule);

        // The anomaly record, un-prefixed as Kibana copies it into ML rule alerts.
        g.writeStringField("job_id", rule.jobId());
        g.writeStringField("result_type", "record");
        g.writeStringField("function", "high_count");
        g.writeStringField("function_description", "count");
        g.writeNumberField("bucket_span", r.bucketSpanMs() / 1000);
        g.writeNumberField("timestamp", start);
        g.writeArrayFieldStart("actual");
        g.writeNumber(r.actual());
        g.writeEndArray();
        g.writeArrayFieldStart("typical");
        g.writeNumber(round3(r.typical()));
        g.writeEndArray();
        g.writeNumberField("probability", probability(r.probability()));
        g.writeNumberField("record_score", score);
        g.writeNumberField("initial_record_score", score);
        g.writeNumberField("multi_bucket_impact", round3(clamp(r.multiBucketImpact(), -5, 5)));
        g.writeStringField("partition_field_name", "host.name");
        g.writeStringField("partition_field_value", r.hostName());
        g.writeStringField("by_field_name", "event.action");
        g.writeStringField("by_field_value", action);
        g.writeBooleanField("is_interim", false);
        writeInfluencers(g, r, s);

        writeEcs(g, r, s);
        writeExplanation(g, r, s);
        g.writeEndObject();
    }

    private static void writeRule(JsonGenerator g, RuleSettings rule) throws IOException {
        g.writeStringField("kibana.alert.rule.name", rule.name());
        g.writeStringField("kibana.alert.rule.rule_id", rule.ruleId());
        g.writeStringField("kibana.alert.rule.uuid", rule.ruleId());
        g.writeStringField("kibana.alert.rule.type", "machine_learning");
        g.writeStringField("kibana.alert.rule.rule_type_id", "siem.mlRule");
        g.writeStringField("kibana.alert.rule.category", "Machine Learning Rule");
        g.writeStringField("kibana.alert.rule.consumer", "siem");
        g.writeStringField("kibana.alert.rule.producer", "siem");
        g.writeStringField("kibana.alert.rule.interval", rule.interval());
        g.writeStringField("kibana.alert.rule.from", rule.from());
        g.writeStringField("kibana.alert.rule.to", rule.to());
        g.writeNumberField("kibana.alert.rule.max_signals", rule.maxSignals());
        g.writeStringField("kibana.alert.rule.severity", rule.severity());
        g.writeNumberField("kibana.alert.rule.risk_score", rule.riskScore());
        g.writeFieldName("kibana.alert.rule.tags");
        stringArray(g, rule.tags());
        g.writeStringField("kibana.alert.rule.description", rule.description());
        g.writeStringField("kibana.alert.rule.note", rule.note());
        g.writeFieldName("kibana.alert.rule.references");
        stringArray(g, rule.references());
        g.writeFieldName("kibana.alert.rule.author");
        stringArray(g, rule.author());
        g.writeStringField("kibana.alert.rule.license", rule.license());
        g.writeObjectFieldStart("kibana.alert.rule.parameters");
        g.writeStringField("type", "machine_learning");
        g.writeNumberField("anomaly_threshold", rule.anomalyThreshold());
        g.writeFieldName("machine_learning_job_id");
        stringArray(g, List.of(rule.jobId()));
        g.writeEndObject();
        g.writeFieldName("kibana.alert.rule.threat");
        writeThreat(g);
    }

    /** MITRE ATT&CK mapping of the rule: what it detects, not configurable. */
    private static void writeThreat(JsonGenerator g) throws IOException {
        g.writeStartArray();
        g.writeStartObject();
        g.writeStringField("framework", "MITRE ATT&CK");
        g.writeObjectFieldStart("tactic");
        g.writeStringField("id", "TA0008");
        g.writeStringField("name", "Lateral Movement");
        g.writeStringField("reference", "https://attack.mitre.org/tactics/TA0008/");
        g.writeEndObject();
        g.writeArrayFieldStart("technique");
        technique(g, "T1210", "Exploitation of Remote Services");
        technique(g, "T1570", "Lateral Tool Transfer");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void technique(JsonGenerator g, String id, String name) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("name", name);
        g.writeStringField("reference", "https://attack.mitre.org/techniques/" + id + "/");
        g.writeArrayFieldStart("subtechnique");
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Elastic's {@code influencers}: field name and values by count, empty fields left out. */
    private static void writeInfluencers(JsonGenerator g, AnomalyRecord r, BucketSummary s) throws IOException {
        g.writeArrayFieldStart("influencers");
        influencer(g, "host.name", List.of(r.hostName()));
        for (Influencer i : BEFORE_HOST_ID) {
            influencer(g, i.field(), valuesByCount(i.values().apply(s)));
        }
        influencer(g, "host.id", s.hostId == null ? List.of() : List.of(s.hostId));
        for (Influencer i : AFTER_HOST_ID) {
            influencer(g, i.field(), valuesByCount(i.values().apply(s)));
        }
        g.writeEndArray();
    }

    private static void influencer(JsonGenerator g, String field, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("influencer_field_name", field);
        g.writeFieldName("influencer_field_values");
        stringArray(g, values);
        g.writeEndObject();
    }

    /** ECS source fields, nested, with arrays of values as Kibana writes them for ML alerts. */
    private static void writeEcs(JsonGenerator g, AnomalyRecord r, BucketSummary s) throws IOException {
        g.writeObjectFieldStart("host");
        g.writeFieldName("name");
        stringArray(g, List.of(r.hostName()));
        if (s.hostId != null) {
            g.writeFieldName("id");
            stringArray(g, List.of(s.hostId));
        }
        g.writeEndObject();
        nestedValues(g, "user", "name", valuesByCount(s.userNames));
        nestedValues(g, "process", "name", valuesByCount(s.processNames));
        nestedValues(g, "source", "ip", valuesByCount(s.sourceIps));
        g.writeObjectFieldStart("event");
        List<String> actions = valuesByCount(s.actions);
        if (!actions.isEmpty()) {
            g.writeFieldName("action");
            stringArray(g, actions);
        }
        g.writeStringField("kind", "signal");
        g.writeEndObject();
    }

    private static void nestedValues(JsonGenerator g, String object, String field, List<String> values)
            throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart(object);
        g.writeFieldName(field);
        stringArray(g, values);
        g.writeEndObject();
    }

    /** spikewatch's explanation: the numbers behind the score, the bucket, influencers with shares. */
    private static void writeExplanation(JsonGenerator g, AnomalyRecord r, BucketSummary s) throws IOException {
        g.writeObjectFieldStart("spikewatch.explanation");
        g.writeStringField("kind", isSustained(r) ? "sustained" : "single_bucket");
        if (s.heldBack != null) {
            g.writeStringField("held_back", s.heldBack.code());
        }
        g.writeNumberField("actual", r.actual());
        g.writeNumberField("typical", round3(r.typical()));
        g.writeNumberField("upper_bound", round3(r.upper()));
        g.writeNumberField("record_score", round3(score(r.recordScore())));
        g.writeNumberField("probability", probability(r.probability()));
        g.writeNumberField("multi_bucket_impact", round3(clamp(r.multiBucketImpact(), -5, 5)));
        g.writeObjectFieldStart("sustained");
        g.writeNumberField("buckets", Math.max(0, r.sustainedBuckets()));
        g.writeNumberField("actual", round3(r.sustainedActual()));
        g.writeNumberField("typical", round3(r.sustainedTypical()));
        g.writeNumberField("led_buckets", isSustained(r) ? s.sustainedLed : 0);
        g.writeBooleanField("new_places", isSustained(r) && s.sustainedNewPlaces);
        g.writeEndObject();
        g.writeBooleanField("learning", r.learning());
        g.writeNumberField("driver_seen_buckets", s.driverSeen);
        g.writeNumberField("armed_before", s.armedBefore);
        g.writeNumberField("burst_run", s.burstRun);
        g.writeBooleanField("reinstalled", s.reinstalled);
        g.writeNumberField("spread_hosts", s.spreadHosts);
        g.writeBooleanField("spread_same_files", s.spreadSameFiles);
        g.writeEndObject();

        g.writeObjectFieldStart("spikewatch.bucket");
        g.writeStringField("start", iso(r.bucketStartMs()));
        g.writeStringField("end", iso(r.bucketStartMs() + r.bucketSpanMs()));
        g.writeNumberField("span_seconds", r.bucketSpanMs() / 1000);
        g.writeNumberField("count", s.count);
        if (s.count > 0 && s.firstEventMs <= s.lastEventMs) {
            g.writeStringField("first_event", iso(s.firstEventMs));
            g.writeStringField("last_event", iso(s.lastEventMs));
        } else {
            g.writeNullField("first_event");
            g.writeNullField("last_event");
        }
        g.writeNumberField("bytes", s.bytes);
        g.writeNumberField("staged_files", s.stagedFiles);
        g.writeNumberField("hidden_files", s.hiddenFiles);
        g.writeNumberField("encrypted_files", s.encryptedFiles);
        g.writeNumberField("tool_files", s.toolFiles);
        if (s.toolExample != null) {
            g.writeStringField("tool_example", s.toolExample);
        }
        g.writeNumberField("web_shell_files", s.webShellFiles);
        if (s.webShellExample != null) {
            g.writeStringField("web_shell_example", s.webShellExample);
        }
        g.writeFieldName("sample_paths");
        stringArray(g, s.samplePaths == null ? List.of() : List.of(s.samplePaths));
        g.writeEndObject();

        g.writeArrayFieldStart("spikewatch.influencers");
        for (Influencer i : BEFORE_HOST_ID) {
            influencerWithCounts(g, i.field(), i.values().apply(s), s.count);
        }
        for (Influencer i : AFTER_HOST_ID) {
            influencerWithCounts(g, i.field(), i.values().apply(s), s.count);
        }
        g.writeEndArray();
    }

    private static void influencerWithCounts(JsonGenerator g, String field, TopK top, long total)
            throws IOException {
        if (top == null || top.size() == 0) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("field", field);
        g.writeArrayFieldStart("values");
        for (int slot : top.order()) {
            g.writeStartObject();
            g.writeStringField("value", top.values[slot]);
            g.writeNumberField("count", top.counts[slot]);
            // Space-Saving can overestimate a count once the sketch is full: a share is at most 1.
            g.writeNumberField("share", total > 0 ? round3(Math.min(1.0, (double) top.counts[slot] / total)) : 0.0);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static BucketSummary summaryOf(AnomalyRecord r) {
        BucketSummary s = r.summary();
        return s != null && s.userNames != null ? s : BucketSummary.empty(r.bucketStartMs());
    }

    private static boolean isSustained(AnomalyRecord r) {
        return r.sustainedBuckets() > 0;
    }

    private static List<String> valuesByCount(TopK top) {
        if (top == null) {
            return List.of();
        }
        Integer[] order = top.order();
        List<String> values = new ArrayList<>(order.length);
        for (int slot : order) {
            values.add(top.values[slot]);
        }
        return values;
    }

    private static String top(TopK top) {
        return top == null ? null : top.top();
    }

    private static long countOf(TopK top, String value) {
        for (int i = 0; i < top.size(); i++) {
            if (value.equals(top.values[i])) {
                return top.counts[i];
            }
        }
        return 0;
    }

    private static void stringArray(JsonGenerator g, List<String> values) throws IOException {
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static String iso(long epochMs) {
        return ISO_MILLIS.format(Instant.ofEpochMilli(epochMs));
    }

    /** A count for the reason sentence: whole when (nearly) whole or large, one decimal when small. */
    private static String count(double x) {
        if (!Double.isFinite(x)) {
            return "0";
        }
        if (Math.abs(x - Math.rint(x)) < 0.05 || Math.abs(x) >= 10) {
            return Long.toString(Math.round(x));
        }
        return String.format(Locale.ROOT, "%.1f", x);
    }

    private static double score(double s) {
        return clamp(s, 0, 100);
    }

    private static double probability(double p) {
        return Double.isNaN(p) ? 1.0 : clamp(p, 0, 1);
    }

    private static double clamp(double x, double min, double max) {
        return Double.isFinite(x) ? Math.max(min, Math.min(max, x)) : (Double.isNaN(x) ? 0 : (x > 0 ? max : min));
    }

    /** Three decimals; non-finite as 0; huge values as they are (rounding would overflow). */
    static double round3(double x) {
        if (!Double.isFinite(x)) {
            return 0;
        }
        if (Math.abs(x) >= 1e12) {
            return x;
        }
        return Math.round(x * 1000.0) / 1000.0;
    }
}
