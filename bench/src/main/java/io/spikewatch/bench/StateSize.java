package io.spikewatch.bench;

import io.spikewatch.model.HostState;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataOutputSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The size of one host's model state as the job stores it: the job's keyed state
 * ({@code HostBucketFunction.HOST_STATE}) is typed {@code TypeInformation.of(HostState.class)}, which
 * Flink serializes with its POJO serializer; the job runs with {@code pipeline.generic-types: false},
 * so the same switch is off here and a field that would need Kryo fails instead of being measured.
 *
 * <p>This is the value RocksDB holds per host and a checkpoint copies (key and RocksDB overhead aside).
 */
public final class StateSize {

    private StateSize() {}

    /** Bytes of {@code st} serialized by the job's state serializer. */
    public static int serializedBytes(HostState st) {
        SerializerConfigImpl config = new SerializerConfigImpl();
        config.setGenericTypes(false);
        TypeSerializer<HostState> serializer = TypeInformation.of(HostState.class).createSerializer(config);
        DataOutputSerializer out = new DataOutputSerializer(2048);
        try {
            serializer.serialize(st, out);
        } catch (IOException e) {
            // DataOutputSerializer grows in memory; it does not fail on I/O.
            throw new UncheckedIOException(e);
        }
        return out.length();
    }
}
