package io.spikewatch.connectors.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import io.spikewatch.model.FileEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EcsEventParserTest {

    /** 2024-03-05T10:00:00Z. */
    private static final long T0 = 1_709_632_800_000L;

    private final EcsEventParser parser = new EcsEventParser();

    private static final String NESTED = "{\"@timestamp\":\"2024-03-05T10:00:00.123Z\","
            + "\"event\":{\"category\":[\"file\"],\"action\":\"creation\",\"module\":\"endpoint\",\"kind\":\"event\"},"
            + "\"host\":{\"name\":\"FS-0004\",\"id\":\"h-1\",\"ip\":[\"10.0.0.4\",\"fe80::1\"],\"os\":{\"name\":\"Windows\"}},"
            + "\"process\":{\"name\":\"System\",\"pid\":4,\"code_signature\":{\"subject_name\":\"Microsoft Windows\",\"trusted\":true}},"
            + "\"user\":{\"name\":\"svc_admin\",\"id\":\"S-1-5-21-1\",\"domain\":\"CORP\"},"
            + "\"file\":{\"name\":\"a.exe\",\"path\":\"C:\\\\Windows\\\\Temp\\\\a.exe\",\"directory\":\"C:\\\\Windows\\\\Temp\","
            + "\"extension\":\"exe\",\"size\":1406},"
            + "\"source\":{\"ip\":\"10.0.3.7\",\"port\":445}}";

    private static final String DOTTED = "{\"@timestamp\":\"2024-03-05T10:00:00.123Z\","
            + "\"event.category\":[\"file\"],\"event.action\":\"creation\",\"event.module\":\"endpoint\",\"event.kind\":\"event\","
            + "\"host.name\":\"FS-0004\",\"host.id\":\"h-1\",\"host.ip\":[\"10.0.0.4\",\"fe80::1\"],\"host.os.name\":\"Windows\","
            + "\"process.name\":\"System\",\"process.pid\":4,\"process.code_signature.subject_name\":\"Microsoft Windows\","
            + "\"process.code_signature.trusted\":true,"
            + "\"user.name\":\"svc_admin\",\"user.id\":\"S-1-5-21-1\",\"user.domain\":\"CORP\","
            + "\"file.name\":\"a.exe\",\"file.path\":\"C:\\\\Windows\\\\Temp\\\\a.exe\",\"file.directory\":\"C:\\\\Windows\\\\Temp\","
            + "\"file.extension\":\"exe\",\"file.size\":1406,"
            + "\"source.ip\":\"10.0.3.7\",\"source.port\":445}";

    private static final String MIXED = "{\"@timestamp\":\"2024-03-05T10:00:00.123Z\","
            + "\"event\":{\"category\":\"file\",\"action\":\"creation\"},\"event.module\":\"endpoint\","
            + "\"host\":{\"name\":\"FS-0004\",\"os.name\":\"Windows\",\"ip\":\"10.0.0.4\"},\"host.id\":\"h-1\","
            + "\"process\":{\"name\":\"System\",\"code_signature.subject_name\":\"Microsoft Windows\"},"
            + "\"process.code_signature\":{\"trusted\":true},"
            + "\"user\":{\"name\":\"svc_admin\"},\"user.id\":\"S-1-5-21-1\",\"user\":{\"domain\":\"CORP\"},"
            + "\"file.name\":\"a.exe\",\"file\":{\"path\":\"C:\\\\Windows\\\\Temp\\\\a.exe\",\"directory\":\"C:\\\\Windows\\\\Temp\","
            + "\"extension\":\"exe\"},\"file.size\":\"1406\","
            + "\"source\":{\"ip\":\"10.0.3.7\"}}";

    @Test
    void nestedObjectsGiveEveryField() {
        assertFullEvent(ok(NESTED));
    }

    @Test
    void dottedKeysGiveTheSameEvent() {
        assertFullEvent(ok(DOTTED));
    }

    @Test
    void mixedNestedAndDottedKeysAtAnyDepthGiveTheSameEvent() {
        assertFullEvent(ok(MIXED));
    }

    @Test
    void bytesAndTextGiveTheSameEvent() {
        FileEvent fromBytes = parser.parse(NESTED.getBytes(StandardCharsets.UTF_8)).event();
        FileEvent fromText = parser.parse(NESTED).event();
        assertFullEvent(fromBytes);
        assertThat(fromBytes).usingRecursiveComparison().isEqualTo(fromText);
    }

    private static void assertFullEvent(FileEvent e) {
        assertThat(e.timestampMs()).isEqualTo(T0 + 123);
        assertThat(e.eventCategory()).containsExactly("file");
        assertThat(e.hasCategory("file")).isTrue();
        assertThat(e.eventAction()).isEqualTo("creation");
        assertThat(e.eventModule()).isEqualTo("endpoint");
        assertThat(e.hostName()).isEqualTo("FS-0004");
        assertThat(e.hostId()).isEqualTo("h-1");
        assertThat(e.hostIp()).isEqualTo("10.0.0.4");
        assertThat(e.processName()).isEqualTo("System");
        assertThat(e.signatureSubject()).isEqualTo("Microsoft Windows");
        assertThat(e.signatureTrusted()).isTrue();
        assertThat(e.userName()).isEqualTo("svc_admin");
        assertThat(e.userId()).isEqualTo("S-1-5-21-1");
        assertThat(e.userDomain()).isEqualTo("CORP");
        assertThat(e.fileName()).isEqualTo("a.exe");
        assertThat(e.filePath()).isEqualTo("C:\\Windows\\Temp\\a.exe");
        assertThat(e.fileDirectory()).isEqualTo("C:\\Windows\\Temp");
        assertThat(e.fileExtension()).isEqualTo("exe");
        assertThat(e.fileSize()).isEqualTo(1406);
        assertThat(e.sourceIp()).isEqualTo("10.0.3.7");
    }

    @Test
    void absentOptionalFieldsAreNullAndNothingIsInvented() {
        FileEvent e = ok("{\"@timestamp\":\"2024-03-05T10:00:00Z\",\"host\":{\"name\":\"h\"}}");
        assertThat(e.timestampMs()).isEqualTo(T0);
        assertThat(e.hostName()).isEqualTo("h");
        assertThat(e.eventCategory()).isEmpty();
        assertThat(e.hasCategory("file")).isFalse();
        assertThat(e.eventAction()).isNull();
        assertThat(e.processName()).isNull();
        assertThat(e.signatureTrusted()).isNull();
        assertThat(e.userName()).isNull();
        assertThat(e.fileName()).isNull();
        assertThat(e.fileSize()).isEqualTo(-1);
        assertThat(e.sourceIp()).isNull();
        assertThat(e.hostIp()).isNull();
    }

    @Test
    void categoryIsAStringOrAnArrayOfStrings() {
        assertThat(ok(withHost("\"event\":{\"category\":\"file\"}")).eventCategory()).containsExactly("file");
        assertThat(ok(withHost("\"event.category\":[\"file\",\"intrusion_detection\"]")).eventCategory())
                .containsExactly("file", "intrusion_detection");
        assertThat(ok(withHost("\"event.category\":[]")).eventCategory()).isEmpty();
        assertThat(ok(withHost("\"event.category\":null")).eventCategory()).isEmpty();
        assertThat(ok(withHost("\"event.category\":[null,\"file\"]")).eventCategory()).containsExactly("file");
    }

    @Test
    void hostIpKeepsTheFirstOfAnArray() {
        assertThat(ok(withHost("\"host.ip\":[\"10.201.0.9\",\"::1\"]")).hostIp()).isEqualTo("10.201.0.9");
        assertThat(ok(withHost("\"host.ip\":[null,\"10.201.0.9\"]")).hostIp()).isEqualTo("10.201.0.9");
        assertThat(ok(withHost("\"host.ip\":\"10.201.0.9\"")).hostIp()).isEqualTo("10.201.0.9");
        assertThat(ok(withHost("\"host.ip\":[]")).hostIp()).isNull();
    }

    @Test
    void fileSizeIsANumberOrANumericString() {
        assertThat(ok(withHost("\"file.size\":0")).fileSize()).isZero();
        assertThat(ok(withHost("\"file.size\":\" 1406 \"")).fileSize()).isEqualTo(1406);
        assertThat(ok(withHost("\"file.size\":1406.7")).fileSize()).isEqualTo(1406);
        assertThat(ok(withHost("\"file.size\":\"1406.0\"")).fileSize()).isEqualTo(1406);
        assertThat(ok(withHost("\"file.size\":9007199254740993")).fileSize()).isEqualTo(9_007_199_254_740_993L);
        assertThat(ok(withHost("\"file.size\":null")).fileSize()).isEqualTo(-1);
    }

    @Test
    void trustedIsABooleanOrItsText() {
        assertThat(ok(withHost("\"process.code_signature.trusted\":false")).signatureTrusted()).isFalse();
        assertThat(ok(withHost("\"process.code_signature.trusted\":\"true\"")).signatureTrusted()).isTrue();
        assertThat(ok(withHost("\"process.code_signature.trusted\":null")).signatureTrusted()).isNull();
    }

    @Test
    void timestampMayBeEpochMillis() {
        assertThat(ok("{\"@timestamp\":1709632800123,\"host.name\":\"h\"}").timestampMs()).isEqualTo(T0 + 123);
        assertThat(ok("{\"@timestamp\":1709632800123.9,\"host.name\":\"h\"}").timestampMs()).isEqualTo(T0 + 123);
        assertThat(ok("{\"@timestamp\":\"2024-03-05T11:00:00+01:00\",\"host.name\":\"h\"}").timestampMs())
                .isEqualTo(T0);
    }

    @Test
    void duplicateFieldsLastOneWins() {
        FileEvent e = ok("{\"@timestamp\":\"2024-03-05T09:00:00Z\",\"host\":{\"name\":\"first\"},\"host.name\":\"second\","
                + "\"user.name\":\"a\",\"user\":{\"name\":\"b\"},\"@timestamp\":\"2024-03-05T10:00:00Z\","
                + "\"event.category\":\"process\",\"event\":{\"category\":[\"file\"]}}");
        assertThat(e.hostName()).isEqualTo("second");
        assertThat(e.userName()).isEqualTo("b");
        assertThat(e.timestampMs()).isEqualTo(T0);
        assertThat(e.eventCategory()).containsExactly("file");
    }

    @Test
    void pathsThatAreNotOursAreSkippedWhateverTheyHold() {
        FileEvent e = ok("{\"@timestamp\":\"2024-03-05T10:00:00Z\",\"host.name\":\"h\","
                + "\"process\":{\"Ext\":{\"code_signature\":[{\"trusted\":false,\"subject_name\":\"Evil\"}],"
                + "\"ancestry\":[[1,2],[3,{\"x\":[]}]]},\"name\":\"System\"},"
                + "\"process.Ext.code_signature.trusted\":\"not-a-boolean\","
                + "\"process.code_signature\":[{\"trusted\":\"neither\"}],"
                + "\"host.name.extra\":42,\"hostx\":{\"name\":5},\"file\":\"not an object\",\"user.name.first\":{},"
                + "\"event.created\":{\"deep\":[{\"deeper\":[1,2,3]}]},\"\":1,\".\":2,\"host..name\":3}");
        assertThat(e.processName()).isEqualTo("System");
        assertThat(e.signatureSubject()).isNull();
        assertThat(e.signatureTrusted()).isNull();
        assertThat(e.hostName()).isEqualTo("h");
        assertThat(e.fileName()).isNull();
    }

    @Test
    void emptyAndBlankLinesAreCountableDeadLetters() {
        assertReason(parser.parse(""), DeadLetterReason.EMPTY_LINE);
        assertReason(parser.parse(" \t\r\n"), DeadLetterReason.EMPTY_LINE);
        assertReason(parser.parse(new byte[0]), DeadLetterReason.EMPTY_LINE);
        assertReason(parser.parse("\n".getBytes(StandardCharsets.UTF_8)), DeadLetterReason.EMPTY_LINE);
        assertReason(parser.parse((String) null), DeadLetterReason.EMPTY_LINE);
        assertReason(parser.parse((byte[]) null), DeadLetterReason.EMPTY_LINE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "{", "{\"@timestamp\":", "{\"host.name\":\"h\",}", "not json", "{\"a\":1} trailing",
        "{\"a\":1}{\"b\":2}", "{\"a\":1}]", "[1,2", "{'host.name':'h'}", "{\"host\":{\"name\":\"h\"}",
        "\"unterminated",
    })
    void brokenJsonIsInvalidJson(String line) {
        assertReason(parse(line), DeadLetterReason.INVALID_JSON);
    }

    @Test
    void invalidUtf8IsInvalidJson() {
        byte[] line = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertReason(parser.parse(line), DeadLetterReason.INVALID_JSON);
    }

    @Test
    void tooDeepNestingIsInvalidJsonNotAStackOverflow() {
        String deep = "{\"x\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertReason(parse(deep), DeadLetterReason.INVALID_JSON);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "[{\"host.name\":\"h\"}]", "\"text\"", "42", "true", "null"})
    void aValueThatIsNotAnObjectIsNotAnObject(String line) {
        assertReason(parse(line), DeadLetterReason.NOT_AN_OBJECT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"host.name\":5                            | field host.name: expected string, got NUMBER",
        "\"host\":{\"name\":{\"first\":\"h\"}}      | field host.name: expected string, got OBJECT",
        "\"host.name\":[\"h\"]                      | field host.name: expected string, got ARRAY",
        "\"event.category\":5                       | field event.category: expected string or array of strings, got NUMBER",
        "\"event.category\":[\"file\",{}]           | field event.category: expected string or array of strings, got OBJECT",
        "\"file.size\":{}                           | field file.size: expected number, got OBJECT",
        "\"file.size\":\"big\"                      | field file.size: expected a number, got STRING \"big\"",
        "\"file.size\":-3                           | field file.size: expected a non-negative number, got -3",
        "\"file.size\":123456789012345678901234567  | field file.size: number out of range: 123456789012345678901234567",
        "\"process.code_signature.trusted\":\"yes\" | field process.code_signature.trusted: expected boolean, got STRING",
        "\"process.code_signature.trusted\":1       | field process.code_signature.trusted: expected boolean, got NUMBER",
        "\"host.ip\":[[\"10.0.0.1\"]]               | field host.ip: expected string or array of strings, got ARRAY",
        "\"user\":{\"name\":{}}                     | field user.name: expected string, got OBJECT",
        "\"user.id\":[0]                            | field user.id: expected string, got ARRAY",
        "\"@timestamp\":{\"value\":1}               | field @timestamp: expected string or number, got OBJECT",
        "\"@timestamp\":true                        | field @timestamp: expected string or number, got BOOLEAN",
    })
    void aFieldWeReadWithATypeWeCannotAcceptIsWrongType(String member, String detail) {
        ParseResult r = parse("{\"@timestamp\":\"2024-03-05T10:00:00Z\",\"host.name\":\"h\"," + member + "}");
        assertReason(r, DeadLetterReason.WRONG_TYPE);
        assertThat(r.deadLetter().detail()).isEqualTo(detail);
    }

    @Test
    void keywordFieldsTakeNumbersAndBooleansAsTextButHostNameMustBeAString() {
        ParseResult r = parse("{\"@timestamp\":\"2024-03-05T10:00:00Z\",\"host.name\":\"h\","
                + "\"user\":{\"id\":0,\"name\":true},\"file.extension\":7.5}");
        assertThat(r.isOk()).isTrue();
        assertThat(r.event().userId()).isEqualTo("0");
        assertThat(r.event().userName()).isEqualTo("true");
        assertThat(r.event().fileExtension()).isEqualTo("7.5");
        assertReason(parse("{\"@timestamp\":\"2024-03-05T10:00:00Z\",\"host.name\":5}"), DeadLetterReason.WRONG_TYPE);
    }

    @Test
    void aWrongTypeIsReportedEvenWhenALaterDuplicateIsValid() {
        ParseResult r = parse("{\"@timestamp\":\"2024-03-05T10:00:00Z\",\"host.name\":5,\"host\":{\"name\":\"h\"}}");
        assertReason(r, DeadLetterReason.WRONG_TYPE);
    }

    @Test
    void brokenJsonAfterAWrongTypeIsStillInvalidJson() {
        assertReason(parse("{\"host.name\":5,\"x\":"), DeadLetterReason.INVALID_JSON);
    }

    @Test
    void missingTimestamp() {
        assertReason(parse("{\"host.name\":\"h\"}"), DeadLetterReason.MISSING_TIMESTAMP);
        assertReason(parse("{\"@timestamp\":null,\"host.name\":\"h\"}"), DeadLetterReason.MISSING_TIMESTAMP);
        assertReason(parse("{\"event\":{\"@timestamp\":\"2024-03-05T10:00:00Z\"},\"host.name\":\"h\"}"),
                DeadLetterReason.MISSING_TIMESTAMP);
    }

    @Test
    void badTimestamp() {
        ParseResult r = parse("{\"@timestamp\":\"2024-02-30T10:00:00Z\",\"host.name\":\"h\"}");
        assertReason(r, DeadLetterReason.BAD_TIMESTAMP);
        assertThat(r.deadLetter().detail()).contains("@timestamp").contains("2024-02-30T10:00:00Z");
        assertReason(parse("{\"@timestamp\":\"\",\"host.name\":\"h\"}"), DeadLetterReason.BAD_TIMESTAMP);
        assertReason(parse("{\"@timestamp\":99999999999999999999999,\"host.name\":\"h\"}"),
                DeadLetterReason.BAD_TIMESTAMP);
    }

    @Test
    void missingHostName() {
        String ts = "{\"@timestamp\":\"2024-03-05T10:00:00Z\"";
        assertReason(parse(ts + "}"), DeadLetterReason.MISSING_HOST_NAME);
        assertReason(parse(ts + ",\"host\":{\"hostname\":\"h\"}}"), DeadLetterReason.MISSING_HOST_NAME);
        assertReason(parse(ts + ",\"host.name\":null}"), DeadLetterReason.MISSING_HOST_NAME);
        assertReason(parse(ts + ",\"host.name\":\"\"}"), DeadLetterReason.MISSING_HOST_NAME);
    }

    @Test
    void aRecordOverTheLimitIsTooLargeAndItsRawTextIsTruncated() {
        EcsEventParser small = new EcsEventParser(100);
        String line = withHost("\"message\":\"" + "x".repeat(10_000) + "\"");
        ParseResult r = small.parse(line.getBytes(StandardCharsets.UTF_8));
        assertReason(r, DeadLetterReason.TOO_LARGE);
        assertThat(r.deadLetter().detail()).contains(String.valueOf(line.length())).contains("100");
        assertThat(r.deadLetter().raw()).hasSize(DeadLetter.MAX_RAW_BYTES).isEqualTo(line.substring(0, 4096));
        assertReason(small.parse(line), DeadLetterReason.TOO_LARGE);
        assertThat(parser.parse(line).isOk()).isTrue();
    }

    @Test
    void rawTextIsCutAtACharacterBoundaryNotInsideOne() {
        // 4095 ASCII bytes then a 3-byte character: byte 4096 falls inside it.
        String line = "{\"" + "a".repeat(4093) + "€€€";
        ParseResult r = parser.parse(line.getBytes(StandardCharsets.UTF_8));
        assertReason(r, DeadLetterReason.INVALID_JSON);
        assertThat(r.deadLetter().raw()).isEqualTo(line.substring(0, 4095)).doesNotContain("\uFFFD");
        assertThat(parser.parse(line).deadLetter().raw()).isEqualTo(line.substring(0, 4096));
    }

    @Test
    void aDeadLetterKeepsTheRawRecord() {
        ParseResult r = parser.parse("{\"host.name\":\"h\"}");
        assertThat(r.isOk()).isFalse();
        assertThat(r.event()).isNull();
        assertThat(r.deadLetter().raw()).isEqualTo("{\"host.name\":\"h\"}");
    }

    @Test
    void goodRecordsAroundABadOneAreUnaffected() {
        String good = withHost("\"user.name\":\"u\"");
        assertThat(parser.parse(good).isOk()).isTrue();
        assertThat(parser.parse("{\"host.name\":").isOk()).isFalse();
        assertThat(parser.parse(good).event().userName()).isEqualTo("u");
    }

    private ParseResult parse(String line) {
        ParseResult fromText = parser.parse(line);
        ParseResult fromBytes = parser.parse(line.getBytes(StandardCharsets.UTF_8));
        assertThat(fromBytes.isOk()).as("bytes and text agree").isEqualTo(fromText.isOk());
        if (!fromText.isOk()) {
            assertThat(fromBytes.deadLetter().reason()).as("bytes and text agree").isEqualTo(fromText.deadLetter().reason());
        }
        return fromText;
    }

    private FileEvent ok(String line) {
        ParseResult r = parse(line);
        assertThat(r.isOk()).as("%s", r).isTrue();
        assertThat(r.deadLetter()).isNull();
        return r.event();
    }

    private static String withHost(String members) {
        return "{\"@timestamp\":\"2024-03-05T10:00:00Z\",\"host.name\":\"h\"," + members + "}";
    }

    private static void assertReason(ParseResult r, DeadLetterReason reason) {
        assertThat(r.isOk()).as("%s", r).isFalse();
        assertThat(r.event()).isNull();
        assertThat(r.deadLetter().reason()).as("%s", r).isEqualTo(reason);
        assertThat(r.deadLetter().detail()).isNotBlank();
    }
}
