package io.spikewatch.connectors.ecs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.spikewatch.model.FileEvent;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One ECS JSON object (an Elastic Defend file event) to a {@link FileEvent}, or a reasoned
 * {@link DeadLetter}. Never throws and never logs: a bad record is data for the dead-letter path,
 * not an error of the job.
 *
 * <p><b>Keys.</b> ECS documents arrive nested ({@code {"host":{"name":..}}}), dotted
 * ({@code {"host.name":..}}) or mixed at any depth ({@code {"host":{"os.name":..}}}); a field's
 * path is the join of its object keys with {@code '.'}. The parser walks a trie of the paths it
 * reads, so a key that leads nowhere is skipped with {@link JsonParser#skipChildren()} without
 * being materialised; the real events carry large nested arrays (call stacks, ancestry) that
 * are never looked at. Arrays of objects are never descended into: {@code process.Ext.code_signature}
 * is such an array and is not {@code process.code_signature}. When a field occurs twice (nested and
 * dotted), the last occurrence wins, as in a JSON object read into a map.
 *
 * <p><b>Types.</b> Fields are read with the JSON types ECS gives them; {@code null} means absent.
 * {@code event.category} and {@code host.ip} may be a string or an array of strings
 * ({@code host.ip} keeps the first); {@code file.size} may be a number or a numeric string
 * (fractions truncated, as Elasticsearch coerces a {@code long}); {@code process.code_signature.trusted}
 * a boolean or the string {@code "true"}/{@code "false"}; {@code @timestamp} an ISO-8601 string
 * (see {@link EcsTimestamps}) or epoch milliseconds as a number; the other keyword fields take a
 * number or boolean as its text, as Elasticsearch does, except {@code host.name}, the partition
 * key, which must be a string. Any other type of a field we read
 * makes the whole record {@link DeadLetterReason#WRONG_TYPE}, even if a later duplicate is valid,
 * because such a record shows a producer whose schema has drifted.
 *
 * <p><b>Precedence</b> of reasons when several apply: EMPTY_LINE, TOO_LARGE, INVALID_JSON,
 * NOT_AN_OBJECT, WRONG_TYPE, MISSING_TIMESTAMP / BAD_TIMESTAMP, MISSING_HOST_NAME.
 *
 * <p>Thread-safe and serializable (it holds only an immutable configuration and a
 * {@link JsonFactory}), so one instance can live in a Flink function.
 */
public final class EcsEventParser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Default size limit of one record: far above a real Defend event, far below a heap problem. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;

    private static final int MAX_DETAIL_CHARS = 300;

    // Field ids: indices into Fields.strings (for plain strings) and PATHS.
    private static final int TIMESTAMP = 0;
    private static final int EVENT_CATEGORY = 1;
    private static final int EVENT_ACTION = 2;
    private static final int EVENT_MODULE = 3;
    private static final int HOST_NAME = 4;
    private static final int HOST_ID = 5;
    private static final int HOST_IP = 6;
    private static final int PROCESS_NAME = 7;
    private static final int SIGNATURE_SUBJECT = 8;
    private static final int SIGNATURE_TRUSTED = 9;
    private static final int USER_NAME = 10;
    private static final int USER_ID = 11;
    private static final int USER_DOMAIN = 12;
    private static final int FILE_NAME = 13;
    private static final int FILE_PATH = 14;
    private static final int FILE_DIRECTORY = 15;
    private static final int FILE_EXTENSION = 16;
    private static final int FILE_SIZE = 17;
    private static final int SOURCE_IP = 18;

    private static final String[] PATHS = {
        "@timestamp", "event.category", "event.action", "event.module", "host.name", "host.id",
        "host.ip", "process.name", "process.code_signature.subject_name",
        "process.code_signature.trusted", "user.name", "user.id", "user.domain", "file.name",
        "file.path", "file.directory", "file.extension", "file.size", "source.ip",
    };

    private static final Node ROOT = Node.build(PATHS);
    private static final String[] NO_CATEGORY = new String[0];

    private final JsonFactory jsonFactory;
    private final int maxRecordBytes;

    /** A parser with the {@linkplain #DEFAULT_MAX_RECORD_BYTES default} record size limit. */
    public EcsEventParser() {
        this(DEFAULT_MAX_RECORD_BYTES);
    }

    /** A parser that turns records longer than {@code maxRecordBytes} into TOO_LARGE dead letters. */
    public EcsEventParser(int maxRecordBytes) {
        if (maxRecordBytes <= 0) {
            throw new IllegalArgumentException("maxRecordBytes must be positive, got " + maxRecordBytes);
        }
        this.maxRecordBytes = maxRecordBytes;
        this.jsonFactory = JsonFactory.builder().build();
    }

    /** Parses one record given as UTF-8 bytes (a Kafka value, an NDJSON line without its newline). */
    public ParseResult parse(byte[] line) {
        if (line == null || isBlank(line)) {
            return failed(DeadLetterReason.EMPTY_LINE, "empty or blank record", line);
        }
        if (line.length > maxRecordBytes) {
            return failed(DeadLetterReason.TOO_LARGE,
                    "record of " + line.length + " bytes exceeds the limit of " + maxRecordBytes + " bytes", line);
        }
        try (JsonParser p = jsonFactory.createParser(line)) {
            return parse(p, line);
        } catch (IOException | RuntimeException e) {
            return failed(DeadLetterReason.INVALID_JSON, describe(e), line);
        }
    }

    /** Parses one record given as text; limits count characters instead of bytes. */
    public ParseResult parse(String line) {
        if (line == null || line.isBlank()) {
            return failed(DeadLetterReason.EMPTY_LINE, "empty or blank record", line);
        }
        if (line.length() > maxRecordBytes) {
            return failed(DeadLetterReason.TOO_LARGE, "record of " + line.length()
                    + " characters exceeds the limit of " + maxRecordBytes, line);
        }
        try (JsonParser p = jsonFactory.createParser(line)) {
            return parse(p, line);
        } catch (IOException | RuntimeException e) {
            return failed(DeadLetterReason.INVALID_JSON, describe(e), line);
        }
    }

    /** {@code raw} is the original byte[] or String, only used to build a dead letter. */
    private ParseResult parse(JsonParser p, Object raw) throws IOException {
        JsonToken first = p.nextToken();
        if (first != JsonToken.START_OBJECT) {
            p.skipChildren(); // validates a non-object value fully, so broken JSON stays INVALID_JSON
            if (p.nextToken() != null) {
                return failed(DeadLetterReason.INVALID_JSON, "content after the top-level value", raw);
            }
            return failed(DeadLetterReason.NOT_AN_OBJECT,
                    "expected a JSON object, got " + typeName(first), raw);
        }
        Fields f = new Fields();
        readObject(p, ROOT, f);
        if (p.nextToken() != null) {
            return failed(DeadLetterReason.INVALID_JSON, "content after the JSON object", raw);
        }
        if (f.wrongType != null) {
            return failed(DeadLetterReason.WRONG_TYPE, f.wrongType, raw);
        }
        long timestampMs;
        if (f.timestampText != null) {
            timestampMs = EcsTimestamps.parseIso(f.timestampText);
            if (timestampMs == EcsTimestamps.INVALID) {
                return failed(DeadLetterReason.BAD_TIMESTAMP,
                        "field @timestamp: not an ISO-8601 date-time: \"" + f.timestampText + "\"", raw);
            }
        } else if (f.hasTimestampMillis) {
            timestampMs = f.timestampMillis;
        } else if (f.timestampBadNumber != null) {
            return failed(DeadLetterReason.BAD_TIMESTAMP,
                    "field @timestamp: epoch milliseconds out of range: " + f.timestampBadNumber, raw);
        } else {
            return failed(DeadLetterReason.MISSING_TIMESTAMP, "field @timestamp is absent or null", raw);
        }
        String[] s = f.strings;
        if (s[HOST_NAME] == null || s[HOST_NAME].isEmpty()) {
            return failed(DeadLetterReason.MISSING_HOST_NAME, "field host.name is absent, null or empty", raw);
        }
        return ParseResult.ok(new FileEvent(timestampMs, f.category, s[EVENT_ACTION], s[EVENT_MODULE],
                s[HOST_NAME], s[HOST_ID], s[HOST_IP], s[PROCESS_NAME], s[SIGNATURE_SUBJECT],
                f.signatureTrusted, s[USER_NAME], s[USER_ID], s[USER_DOMAIN], s[FILE_NAME], s[FILE_PATH],
                s[FILE_DIRECTORY], s[FILE_EXTENSION], f.fileSize, s[SOURCE_IP]));
    }

    /** Reads the members of the object whose START_OBJECT is the current token, at trie node {@code node}. */
    private static void readObject(JsonParser p, Node node, Fields f) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Node target = node.resolve(p.currentName());
            JsonToken value = p.nextToken();
            if (target == null) {
                p.skipChildren();
            } else if (target.field >= 0) {
                readField(p, value, target.field, f);
            } else if (value == JsonToken.START_OBJECT) {
                readObject(p, target, f);
            } else {
                p.skipChildren(); // e.g. "host": "x" or an array of objects: not a path we read
            }
        }
    }

    /** Reads the value of field {@code id}; the current token is its first token. */
    private static void readField(JsonParser p, JsonToken t, int id, Fields f) throws IOException {
        switch (id) {
            case TIMESTAMP:
                readTimestamp(p, t, f);
                break;
            case EVENT_CATEGORY:
                readCategory(p, t, f);
                break;
            case HOST_IP:
                readHostIp(p, t, f);
                break;
            case SIGNATURE_TRUSTED:
                readTrusted(p, t, f);
                break;
            case FILE_SIZE:
                readFileSize(p, t, f);
                break;
            default:
                if (t == JsonToken.VALUE_STRING) {
                    f.strings[id] = p.getText();
                } else if (t == JsonToken.VALUE_NULL) {
                    f.strings[id] = null;
                } else if (id != HOST_NAME && isScalar(t)) {
                    // Keyword fields take numbers and booleans as text, as Elasticsearch does
                    // (user.id 0 on Linux); only the partition key must really be a string.
                    f.strings[id] = p.getText();
                } else {
                    wrongType(p, t, id, "string", f);
                }
        }
    }

    private static void readTimestamp(JsonParser p, JsonToken t, Fields f) throws IOException {
        f.timestampText = null;
        f.hasTimestampMillis = false;
        f.timestampBadNumber = null;
        if (t == JsonToken.VALUE_STRING) {
            f.timestampText = p.getText();
        } else if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            f.timestampMillis = p.getLongValue();
            f.hasTimestampMillis = true;
        } else if (t == JsonToken.VALUE_NUMBER_FLOAT && Math.abs(p.getDoubleValue()) < 9.0e18) {
            f.timestampMillis = (long) Math.floor(p.getDoubleValue());
            f.hasTimestampMillis = true;
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            f.timestampBadNumber = p.getText();
        } else if (t != JsonToken.VALUE_NULL) {
            wrongType(p, t, TIMESTAMP, "string or number", f);
        }
    }

    private static void readCategory(JsonParser p, JsonToken t, Fields f) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            f.category = new String[] {p.getText()};
        } else if (t == JsonToken.VALUE_NULL) {
            f.category = NO_CATEGORY;
        } else if (t == JsonToken.START_ARRAY) {
            String[] values = NO_CATEGORY;
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                if (e == JsonToken.VALUE_STRING) {
                    values = java.util.Arrays.copyOf(values, values.length + 1);
                    values[values.length - 1] = p.getText();
                } else if (e != JsonToken.VALUE_NULL) {
                    wrongType(p, e, EVENT_CATEGORY, "string or array of strings", f);
                }
            }
            f.category = values;
        } else {
            wrongType(p, t, EVENT_CATEGORY, "string or array of strings", f);
        }
    }

    private static void readHostIp(JsonParser p, JsonToken t, Fields f) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            f.strings[HOST_IP] = p.getText();
        } else if (t == JsonToken.VALUE_NULL) {
            f.strings[HOST_IP] = null;
        } else if (t == JsonToken.START_ARRAY) {
            String first = null;
            JsonToken e;
            while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                if (e == JsonToken.VALUE_STRING) {
                    if (first == null) {
                        first = p.getText();
                    }
                } else if (e != JsonToken.VALUE_NULL) {
                    wrongType(p, e, HOST_IP, "string or array of strings", f);
                }
            }
            f.strings[HOST_IP] = first;
        } else {
            wrongType(p, t, HOST_IP, "string or array of strings", f);
        }
    }

    private static void readTrusted(JsonParser p, JsonToken t, Fields f) throws IOException {
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            f.signatureTrusted = t == JsonToken.VALUE_TRUE;
        } else if (t == JsonToken.VALUE_NULL) {
            f.signatureTrusted = null;
        } else if (t == JsonToken.VALUE_STRING && isBooleanText(p.getText())) {
            f.signatureTrusted = Boolean.valueOf(p.getText().trim());
        } else {
            wrongType(p, t, SIGNATURE_TRUSTED, "boolean", f);
        }
    }

    private static boolean isScalar(JsonToken t) {
        return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
    }

    private static boolean isBooleanText(String s) {
        String v = s.trim();
        return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
    }

    private static void readFileSize(JsonParser p, JsonToken t, Fields f) throws IOException {
        long size;
        if (t == JsonToken.VALUE_NULL) {
            f.fileSize = -1;
            return;
        } else if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            size = p.getLongValue();
        } else if (t == JsonToken.VALUE_NUMBER_FLOAT && p.getDoubleValue() < 9.0e18) {
            size = (long) p.getDoubleValue();
        } else if (t == JsonToken.VALUE_STRING) {
            size = parseSizeText(p.getText());
            if (size == Long.MIN_VALUE) {
                f.wrongType(String.format(Locale.ROOT, "field file.size: expected a number, got STRING \"%s\"",
                        clip(p.getText(), 40)));
                return;
            }
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            f.wrongType("field file.size: number out of range: " + clip(p.getText(), 40));
            return;
        } else {
            wrongType(p, t, FILE_SIZE, "number", f);
            return;
        }
        if (size < 0) {
            f.wrongType("field file.size: expected a non-negative number, got " + size);
            return;
        }
        f.fileSize = size;
    }

    /** A numeric string as Elasticsearch coerces it into a long, or Long.MIN_VALUE. */
    private static long parseSizeText(String text) {
        String s = text.trim();
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(s);
                return Double.isFinite(d) && Math.abs(d) < 9.0e18 ? (long) d : Long.MIN_VALUE;
            } catch (NumberFormatException e2) {
                return Long.MIN_VALUE;
            }
        }
    }

    /** Records the first wrong type and skips the offending value, so the rest is still validated. */
    private static void wrongType(JsonParser p, JsonToken t, int id, String expected, Fields f) throws IOException {
        f.wrongType("field " + PATHS[id] + ": expected " + expected + ", got " + typeName(t));
        p.skipChildren();
    }

    /** JSON type names as a user of JSON knows them, not Jackson token names. */
    private static String typeName(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case START_OBJECT:
                return "OBJECT";
            case START_ARRAY:
                return "ARRAY";
            case VALUE_STRING:
                return "STRING";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "NUMBER";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "BOOLEAN";
            case VALUE_NULL:
                return "NULL";
            default:
                return t.name();
        }
    }

    private static String describe(Exception e) {
        if (e instanceof JsonProcessingException) {
            JsonProcessingException j = (JsonProcessingException) e;
            String msg = clip(String.valueOf(j.getOriginalMessage()).replace('\n', ' '), MAX_DETAIL_CHARS);
            JsonLocation at = j.getLocation();
            return at == null ? msg : msg + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        return clip(e.getClass().getSimpleName() + ": " + e.getMessage(), MAX_DETAIL_CHARS);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static ParseResult failed(DeadLetterReason reason, String detail, Object raw) {
        return ParseResult.failed(new DeadLetter(reason, detail, rawText(raw)));
    }

    /** The raw record as text, at most {@link DeadLetter#MAX_RAW_BYTES}, never split inside a character. */
    static String rawText(Object raw) {
        if (raw == null) {
            return "";
        }
        if (raw instanceof String) {
            String s = (String) raw;
            if (s.length() <= DeadLetter.MAX_RAW_BYTES) {
                return s;
            }
            int end = DeadLetter.MAX_RAW_BYTES;
            if (Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            return s.substring(0, end);
        }
        byte[] b = (byte[]) raw;
        int end = Math.min(b.length, DeadLetter.MAX_RAW_BYTES);
        if (end < b.length) {
            while (end > 0 && (b[end] & 0xC0) == 0x80) { // b[end] continues a character: cut before it
                end--;
            }
        }
        return new String(b, 0, end, StandardCharsets.UTF_8);
    }

    /** What one record has yielded so far; one instance per parse, never shared. */
    private static final class Fields {
        final String[] strings = new String[PATHS.length];
        String[] category = NO_CATEGORY;
        Boolean signatureTrusted;
        long fileSize = -1;
        String timestampText;
        long timestampMillis;
        boolean hasTimestampMillis;
        String timestampBadNumber;
        String wrongType;

        void wrongType(String detail) {
            if (wrongType == null) {
                wrongType = detail;
            }
        }
    }

    /** A node of the immutable trie of the field paths we read; {@code field} is -1 inside. */
    private static final class Node {
        final Map<String, Node> children;
        final int field;

        private Node(Map<String, Node> children, int field) {
            this.children = children;
            this.field = field;
        }

        static Node build(String[] paths) {
            return build(paths, "");
        }

        /** The node for path prefix {@code prefix} ("" for the root, else ending with '.'). */
        private static Node build(String[] paths, String prefix) {
            Map<String, Node> children = new HashMap<>();
            int field = -1;
            for (int id = 0; id < paths.length; id++) {
                String path = paths[id];
                if (path.equals(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1))) {
                    field = id;
                } else if (path.startsWith(prefix)) {
                    String segment = path.substring(prefix.length()).split("\\.", 2)[0];
                    children.computeIfAbsent(segment, k -> build(paths, prefix + k + "."));
                }
            }
            return new Node(Map.copyOf(children), field);
        }

        /** The node a (possibly dotted) key leads to from here, or null if it leads nowhere we read. */
        Node resolve(String key) {
            if (key.indexOf('.') < 0) {
                return children.get(key);
            }
            Node n = this;
            int start = 0;
            while (true) {
                int end = key.indexOf('.', start);
                n = n.children.get(end < 0 ? key.substring(start) : key.substring(start, end));
                if (n == null || end < 0) {
                    return n;
                }
                if (n.field >= 0) {
                    return null; // "host.name.x": deeper than a leaf
                }
                start = end + 1;
            }
        }
    }
}
