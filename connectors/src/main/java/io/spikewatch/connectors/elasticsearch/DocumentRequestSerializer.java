package io.spikewatch.connectors.elasticsearch;

import org.apache.flink.connector.base.sink.writer.AsyncSinkWriterStateSerializer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes the documents buffered in a sink writer into checkpoints, field by field (no Java
 * serialization, no Kryo), so a restored writer sends exactly what the failed one still held.
 *
 * <p>Version 1 layout per entry, after the framework's own header: id length and UTF-8 bytes,
 * source length and bytes, failed attempts. A change of layout needs a new version and a reader for
 * the old one, because checkpoints and savepoints outlive the code that wrote them.
 */
public final class DocumentRequestSerializer extends AsyncSinkWriterStateSerializer<DocumentRequest> {

    static final int VERSION = 1;

    @Override
    public int getVersion() {
        return VERSION;
    }

    @Override
    protected void serializeRequestToStream(DocumentRequest request, DataOutputStream out) throws IOException {
        byte[] id = request.id().getBytes(StandardCharsets.UTF_8);
        out.writeInt(id.length);
        out.write(id);
        out.writeInt(request.json().length);
        out.write(request.json());
        out.writeInt(request.failedAttempts());
    }

    @Override
    protected DocumentRequest deserializeRequestFromStream(long requestSize, DataInputStream in) throws IOException {
        String id = new String(readBytes(in), StandardCharsets.UTF_8);
        byte[] json = readBytes(in);
        int failedAttempts = in.readInt();
        return new DocumentRequest(id, json, failedAttempts);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("corrupt Elasticsearch sink state: negative length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }
}
