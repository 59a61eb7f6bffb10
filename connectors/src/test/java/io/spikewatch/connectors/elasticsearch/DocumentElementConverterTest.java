package io.spikewatch.connectors.elasticsearch;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What can never be sent is refused at the element, naming the document. */
class DocumentElementConverterTest {

    /** Elements are "id|json". */
    private static final DocumentConverter<String> SPLIT = new DocumentConverter<>() {
        @Override
        public String id(String element) {
            String id = element.substring(0, element.indexOf('|'));
            return id.isEmpty() ? null : id;
        }

        @Override
        public byte[] json(String element) {
            return element.substring(element.indexOf('|') + 1).getBytes(StandardCharsets.UTF_8);
        }
    };

    private final DocumentElementConverter<String> converter = new DocumentElementConverter<>(SPLIT, 100);

    @Test
    void anElementBecomesARequestWithItsIdAndSource() {
        DocumentRequest r = converter.apply("a-1|{\"n\":1}", null);
        assertThat(r).isEqualTo(new DocumentRequest("a-1", "{\"n\":1}".getBytes(StandardCharsets.UTF_8), 0));
        assertThat(r.sizeInBytes()).isEqualTo(7 + 3 + DocumentRequest.ACTION_OVERHEAD_BYTES);
    }

    @Test
    void aMissingIdIsRefused() {
        assertThatThrownBy(() -> converter.apply("|{}", null)).hasMessageContaining("no id for |{}");
    }

    @Test
    void anIdLongerThanElasticsearchAllowsIsRefused() {
        String id = "x".repeat(513);
        assertThatThrownBy(() -> new DocumentElementConverter<>(SPLIT, 10_000).apply(id + "|{}", null))
                .hasMessageContaining("longer than 512 bytes");
    }

    @Test
    void anEmptyDocumentIsRefused() {
        assertThatThrownBy(() -> converter.apply("a-2|", null)).hasMessageContaining("empty document for id a-2");
    }

    @Test
    void aDocumentLargerThanABatchIsRefusedNamingIt() {
        assertThatThrownBy(() -> converter.apply("a-3|{\"x\":\"" + "y".repeat(100) + "\"}", null))
                .hasMessageContaining("document a-3 is ").hasMessageContaining("more than maxBatchBytes (100)");
    }
}
