package io.spikewatch.connectors.elasticsearch;

import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.RequestEntryWrapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The writer's buffered documents survive a checkpoint byte for byte. */
class DocumentRequestSerializerTest {

    private final DocumentRequestSerializer serializer = new DocumentRequestSerializer();

    private static RequestEntryWrapper<DocumentRequest> wrap(DocumentRequest d) {
        return new RequestEntryWrapper<>(d, d.sizeInBytes());
    }

    @Test
    void roundTripKeepsIdsSourcesAttemptsAndSizesInOrder() throws IOException {
        List<RequestEntryWrapper<DocumentRequest>> entries = new ArrayList<>();
        entries.add(wrap(new DocumentRequest("5f2c8d7e-1a2b-3c4d-8e9f-001122334455",
                "{\"kibana.alert.reason\":\"ws-1 received 12 remote file transfers\"}".getBytes(StandardCharsets.UTF_8), 0)));
        entries.add(wrap(new DocumentRequest("hôte-ß-✓", "{\"user\":\"Zoë\"}".getBytes(StandardCharsets.UTF_8), 3)));
        entries.add(wrap(new DocumentRequest("big", new byte[70_000], 1)));

        byte[] bytes = serializer.serialize(new BufferedRequestState<>(entries));
        BufferedRequestState<DocumentRequest> restored =
                serializer.deserialize(DocumentRequestSerializer.VERSION, bytes);

        assertThat(restored.getBufferedRequestEntries()).extracting(RequestEntryWrapper::getRequestEntry)
                .containsExactly(entries.get(0).getRequestEntry(), entries.get(1).getRequestEntry(),
                        entries.get(2).getRequestEntry());
        assertThat(restored.getBufferedRequestEntries()).extracting(RequestEntryWrapper::getSize)
                .containsExactly(entries.get(0).getSize(), entries.get(1).getSize(), entries.get(2).getSize());
    }

    @Test
    void anEmptyBufferRoundTrips() throws IOException {
        byte[] bytes = serializer.serialize(BufferedRequestState.emptyState());
        assertThat(serializer.deserialize(DocumentRequestSerializer.VERSION, bytes).getBufferedRequestEntries()).isEmpty();
    }

    @Test
    void corruptStateFailsInsteadOfRestoringGarbage() throws IOException {
        byte[] bytes = serializer.serialize(new BufferedRequestState<>(
                List.of(wrap(new DocumentRequest("a", "{}".getBytes(StandardCharsets.UTF_8), 0)))));
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 3);
        assertThatThrownBy(() -> serializer.deserialize(DocumentRequestSerializer.VERSION, truncated))
                .isInstanceOf(IOException.class);
    }
}
