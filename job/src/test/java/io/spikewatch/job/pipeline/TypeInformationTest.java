package io.spikewatch.job.pipeline;

import io.spikewatch.connectors.ecs.DeadLetter;
import io.spikewatch.job.source.SourceRecord;
import io.spikewatch.model.AnomalyRecord;
import io.spikewatch.model.BucketSummary;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.FleetEvent;
import io.spikewatch.model.FleetMark;
import io.spikewatch.model.HostState;
import io.spikewatch.model.TopK;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.api.java.typeutils.runtime.kryo.KryoSerializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type that crosses an operator boundary or lives in state is a Flink POJO, so
 * {@code pipeline.generic-types: false} holds and no Kryo serializer is ever created.
 */
class TypeInformationTest {

    @ParameterizedTest
    @ValueSource(classes = {FileEvent.class, HostState.class, BucketSummary.class, TopK.class, AnomalyRecord.class,
        FleetEvent.class, FleetMark.class, LateEvent.class, DeadLetter.class, RecordRouter.Progress.class,
        SourceRecord.class, DeadLetterRecord.class, io.spikewatch.model.exceptions.ExceptionItem.class,
        ControlMessage.class, HostCount.class})
    void isAPojoWithoutGenericFields(Class<?> type) {
        TypeInformation<?> info = TypeInformation.of(type);
        assertThat(info).isInstanceOf(PojoTypeInfo.class);
        ExecutionConfig noGenerics = new ExecutionConfig();
        noGenerics.disableGenericTypes();
        // Throws UnsupportedOperationException if any field would need Kryo.
        TypeSerializer<?> serializer = info.createSerializer(noGenerics);
        assertThat(serializer).isNotInstanceOf(KryoSerializer.class);
    }

    /** One compact value per host: the baseline stays about a kilobyte, whatever the host does. */
    @Test
    void hostStateIsAboutAKilobyte() throws Exception {
        ExecutionConfig noGenerics = new ExecutionConfig();
        noGenerics.disableGenericTypes();
        TypeSerializer<HostState> serializer = TypeInformation.of(HostState.class).createSerializer(noGenerics);
        DataOutputSerializer out = new DataOutputSerializer(2048);
        serializer.serialize(new HostState(), out);
        System.out.println("HostState serialized: " + out.length() + " bytes");
        assertThat(out.length()).isLessThan(1200);
    }
}
