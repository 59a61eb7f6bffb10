package io.spikewatch.connectors.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** Dead letters travel through a side output: Flink must serialize them without Kryo. */
class DeadLetterTypeInfoTest {

    @Test
    void deadLetterIsAFlinkPojo() throws Exception {
        TypeInformation<DeadLetter> info = TypeInformation.of(DeadLetter.class);
        assertThat(info).isInstanceOf(PojoTypeInfo.class);

        SerializerConfig config = new ExecutionConfig().getSerializerConfig();
        config.setGenericTypes(false); // as pipeline.generic-types: false; Kryo would now throw
        TypeSerializer<DeadLetter> serializer = info.createSerializer(config);
        DeadLetter d = new DeadLetter(DeadLetterReason.BAD_TIMESTAMP, "field @timestamp: ...", "{\"x\":1}");
        DataOutputSerializer out = new DataOutputSerializer(64);
        serializer.serialize(d, out);
        DeadLetter back = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
        assertThat(back).isEqualTo(d);
    }
}
