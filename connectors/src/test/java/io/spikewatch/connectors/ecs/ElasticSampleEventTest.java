package io.spikewatch.connectors.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import io.spikewatch.model.FileEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The endpoint package's own sample {@code logs-endpoint.events.file} document: pretty-printed,
 * nested, {@code event.category} an array, 7 fractional digits, and a {@code process.Ext.code_signature}
 * array of objects that must not be taken for {@code process.code_signature}. Read from the shared
 * reference data (never copied into the repository); skipped where that folder is absent.
 */
class ElasticSampleEventTest {

    private static final String RELATIVE = "shared/data/elastic-endpoint-samples/sample_event.json";

    @Test
    void parsesElasticsOwnSampleFileEvent() throws IOException {
        Path sample = locate();
        Assumptions.assumeTrue(sample != null,
                "reference data absent: ../" + RELATIVE + " (relative to the project root) not found");

        ParseResult r = new EcsEventParser().parse(Files.readAllBytes(sample));

        assertThat(r.isOk()).as("%s", r).isTrue();
        FileEvent e = r.event();
        // 2022-04-04T18:37:01.5775771Z, sub-millisecond digits truncated
        assertThat(e.timestampMs()).isEqualTo(1_649_097_421_577L);
        assertThat(e.eventCategory()).containsExactly("file");
        assertThat(e.eventAction()).isEqualTo("creation");
        assertThat(e.eventModule()).isEqualTo("endpoint");
        assertThat(e.hostName()).isEqualTo("response-win-1");
        assertThat(e.hostId()).isEqualTo("bcbbe9cb-0278-43f9-aa1b-2dc9839bbf6f");
        assertThat(e.hostIp()).isEqualTo("10.201.0.9");
        assertThat(e.processName()).isEqualTo("winlogbeat.exe");
        assertThat(e.signatureSubject()).isEqualTo("Elasticsearch, Inc.");
        assertThat(e.signatureTrusted()).isTrue();
        assertThat(e.userName()).isEqualTo("SYSTEM");
        assertThat(e.userId()).isEqualTo("S-1-5-18");
        assertThat(e.userDomain()).isEqualTo("NT AUTHORITY");
        assertThat(e.fileName()).isEqualTo(".winlogbeat.yml.new");
        assertThat(e.filePath()).isEqualTo("C:\\ProgramData\\winlogbeat\\.winlogbeat.yml.new");
        assertThat(e.fileDirectory()).as("absent in the sample").isNull();
        assertThat(e.fileExtension()).isEqualTo("new");
        assertThat(e.fileSize()).isEqualTo(1406);
        assertThat(e.sourceIp()).as("absent in the sample").isNull();
    }

    @Test
    void theSampleAsTextGivesTheSameEvent() throws IOException {
        Path sample = locate();
        Assumptions.assumeTrue(sample != null, "reference data absent: ../" + RELATIVE);
        EcsEventParser parser = new EcsEventParser();
        FileEvent fromBytes = parser.parse(Files.readAllBytes(sample)).event();
        FileEvent fromText = parser.parse(Files.readString(sample)).event();
        assertThat(fromText).usingRecursiveComparison().isEqualTo(fromBytes);
    }

    /** The shared folder sits beside the project root; tests run in the module or the root. */
    private static Path locate() {
        for (String prefix : List.of("../", "../../")) {
            Path p = Path.of(prefix + RELATIVE);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
