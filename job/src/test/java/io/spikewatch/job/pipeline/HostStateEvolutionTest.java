package io.spikewatch.job.pipeline;

import io.spikewatch.model.DetectorSettings;
import io.spikewatch.model.HostModel;
import io.spikewatch.model.HostState;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "State types carry a version so a future field can be added", shown the way Flink's own
 * serializer upgrade tests do it: a learned {@link HostState} is written with today's POJO
 * serializer together with the serializer snapshot a savepoint stores, then read back by the next
 * release's class, compiled here from today's source with one field added and the version bumped.
 * Flink must judge the new layout compatible after migration and carry every old value over; the
 * new field gets its initial value, and {@code version} still says 1 so the model knows the value
 * is from before. A removed field (the previous release's class had one more) is dropped on
 * restore. A changed field type must be refused: that is not an evolution Flink can do.
 */
class HostStateEvolutionTest {

    private static final Path SOURCE = Path.of(System.getProperty("basedir", "."))
            .resolve("../model/src/main/java/io/spikewatch/model/HostState.java");
    private static final Pattern VERSION = Pattern.compile("CURRENT_VERSION = (\\d+);");

    @TempDir
    static Path dir;

    private static HostState learned;
    private static byte[] snapshot;
    private static byte[] value;

    @BeforeAll
    static void writeWithTodaysSerializer() throws Exception {
        HostModel model = new HostModel(DetectorSettings.defaults());
        learned = new HostState();
        for (long b = 0; b < 4 * 96; b++) { // four days, a daily rhythm, one driver
            model.close(learned, b, (b % 96) / 4 + (b % 7), 42);
        }
        TypeSerializer<HostState> today = TypeInformation.of(HostState.class).createSerializer(noGenerics());
        DataOutputSerializer out = new DataOutputSerializer(256);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, today.snapshotConfiguration());
        snapshot = out.getCopyOfBuffer();
        out = new DataOutputSerializer(2048);
        today.serialize(learned, out);
        value = out.getCopyOfBuffer();
    }

    @Test
    void theNextReleaseWithAnAddedFieldRestoresTodaysStateByMigration() throws Exception {
        String source = Files.readString(SOURCE);
        int version = currentVersion(source);
        Class<?> next = compile("next", VERSION.matcher(source).replaceFirst("CURRENT_VERSION = " + (version + 1) + ";")
                .replace("public final class HostState {", "public final class HostState {\n    public float addedLater = 0.5f;"));
        assertThat(next.getField("CURRENT_VERSION").getInt(null)).isEqualTo(version + 1);

        TypeSerializerSnapshot<Object> stored = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(snapshot), next.getClassLoader());
        TypeSerializer<Object> nextSerializer = serializer(next);
        TypeSerializerSchemaCompatibility<Object> c =
                nextSerializer.snapshotConfiguration().resolveSchemaCompatibility(stored);
        assertThat(c.isCompatibleAfterMigration()).as("compatibility: %s", c).isTrue();

        // Migration as RocksDB does it on restore: read with the stored layout, write with the new one.
        Object migrated = stored.restoreSerializer().deserialize(new DataInputDeserializer(value));
        DataOutputSerializer out = new DataOutputSerializer(2048);
        nextSerializer.serialize(migrated, out);
        Object reread = nextSerializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertThat(reread.getClass()).isSameAs(next);
        for (Field f : HostState.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertThat(Objects.deepEquals(next.getField(f.getName()).get(reread), f.get(learned)))
                        .as("field %s carried over", f.getName()).isTrue();
            }
        }
        assertThat(learned.seen).as("a learned state, not a blank one").isGreaterThan(3 * 96);
        assertThat(next.getField("addedLater").getFloat(reread)).isEqualTo(0.5f);
        assertThat(next.getField("version").getInt(reread)).as("tells the model the value predates the bump")
                .isEqualTo(version);
    }

    /**
     * The other way round, as layout 8 did when it replaced the 32-bit recent-bucket ring: a value
     * written by the previous release, whose class had a field this one removed, restores by
     * migration; the removed field's values are dropped and every other value carries over.
     */
    @Test
    void theNextReleaseWithARemovedFieldRestoresThePreviousState() throws Exception {
        String source = Files.readString(SOURCE);
        int version = currentVersion(source);
        Class<?> previous = compile("previous", VERSION.matcher(source).replaceFirst("CURRENT_VERSION = " + (version - 1) + ";")
                .replace("public final class HostState {", "public final class HostState {\n    public float[] removedLater = {1f, 2f};"));
        Object old = previous.getConstructor().newInstance();
        for (Field f : HostState.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                previous.getField(f.getName()).set(old, f.get(learned));
            }
        }
        TypeSerializer<Object> previousSerializer = serializer(previous);
        DataOutputSerializer out = new DataOutputSerializer(256);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, previousSerializer.snapshotConfiguration());
        byte[] previousSnapshot = out.getCopyOfBuffer();
        out = new DataOutputSerializer(2048);
        previousSerializer.serialize(old, out);
        byte[] previousValue = out.getCopyOfBuffer();

        TypeSerializerSnapshot<Object> stored = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(previousSnapshot), HostState.class.getClassLoader());
        TypeSerializer<HostState> today = TypeInformation.of(HostState.class).createSerializer(noGenerics());
        @SuppressWarnings({"unchecked", "rawtypes"})
        TypeSerializerSchemaCompatibility<HostState> c =
                today.snapshotConfiguration().resolveSchemaCompatibility((TypeSerializerSnapshot) stored);
        assertThat(c.isCompatibleAfterMigration()).as("compatibility: %s", c).isTrue();

        Object migrated = stored.restoreSerializer().deserialize(new DataInputDeserializer(previousValue));
        out = new DataOutputSerializer(2048);
        today.serialize((HostState) migrated, out);
        HostState reread = today.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
        for (Field f : HostState.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                assertThat(Objects.deepEquals(f.get(reread), f.get(learned))).as("field %s carried over", f.getName())
                        .isTrue();
            }
        }
    }

    @Test
    void aChangedFieldTypeIsRefused() throws Exception {
        String source = Files.readString(SOURCE);
        String changed = source.replaceFirst("public int version\\b", "public long version");
        assertThat(changed).isNotEqualTo(source);
        Class<?> next = compile("changed", changed);
        TypeSerializerSnapshot<Object> stored = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(snapshot), next.getClassLoader());
        assertThat(serializer(next).snapshotConfiguration().resolveSchemaCompatibility(stored).isIncompatible())
                .isTrue();
    }

    private static int currentVersion(String source) {
        Matcher m = VERSION.matcher(source);
        assertThat(m.find()).as("HostState declares CURRENT_VERSION").isTrue();
        return Integer.parseInt(m.group(1));
    }

    @SuppressWarnings("unchecked")
    private static TypeSerializer<Object> serializer(Class<?> type) {
        TypeInformation<Object> info = (TypeInformation<Object>) TypeExtractor.createTypeInfo(type);
        assertThat(info).isInstanceOf(PojoTypeInfo.class);
        return info.createSerializer(noGenerics());
    }

    private static ExecutionConfig noGenerics() {
        ExecutionConfig c = new ExecutionConfig();
        c.disableGenericTypes();
        return c;
    }

    /** Compiles {@code source} as {@code io.spikewatch.model.HostState} into its own class loader. */
    private static Class<?> compile(String name, String source) throws Exception {
        Path src = dir.resolve(name + "-src/io/spikewatch/model/HostState.java");
        Path classes = dir.resolve(name + "-classes");
        Files.createDirectories(src.getParent());
        Files.createDirectories(classes);
        Files.writeString(src, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-d", classes.toString(), src.toString())).isZero();
        return new OwnHostState(classes.toUri().toURL()).loadClass(HostState.class.getName());
    }

    /** Loads HostState from its own folder (the "next release"), everything else from the test's class path. */
    private static final class OwnHostState extends URLClassLoader {
        OwnHostState(URL classes) {
            super(new URL[] {classes}, HostStateEvolutionTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(HostState.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                return c != null ? c : findClass(name);
            }
        }
    }
}
