package io.spikewatch.job.config;

import io.spikewatch.model.TransferLocations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {

    @Test
    void nestedAndDottedKeysAreEquivalent(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, """
                detector:
                  half-life: 3d
                  bucket-span: 30m
                alerting.threshold: 80
                alerting:
                  fleet:
                    min-hosts: 12
                time.max-out-of-orderness: 90s
                runtime: {parallelism: 4}
                """);
        JobConfig c = ConfigLoader.load(f);
        assertThat(c.detector().halfLifeMs()).isEqualTo(3 * 86_400_000L);
        assertThat(c.detector().bucketSpanMs()).isEqualTo(30 * 60_000L);
        assertThat(c.detector().threshold()).isEqualTo(80.0);
        assertThat(c.policy().threshold()).isEqualTo(80.0);
        assertThat(c.policy().fleetMinHosts()).isEqualTo(12);
        assertThat(c.maxOutOfOrdernessMs()).isEqualTo(90_000L);
        assertThat(c.parallelism()).isEqualTo(4);
    }

    @Test
    void anEmptyFileMeansTheDefaults(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("empty.yaml");
        Files.writeString(f, "");
        assertThat(ConfigLoader.load(f)).isEqualTo(JobConfig.defaults());
    }

    @Test
    void theExampleFileDocumentsExactlyTheDefaults() throws Exception {
        Path example = Path.of("..", "deploy", "spikewatch.example.yaml");
        assertThat(example).exists();
        assertThat(ConfigLoader.load(example)).isEqualTo(JobConfig.defaults());
        String text = Files.readString(example);
        for (String key : ConfigLoader.KEYS) {
            String leaf = key.substring(key.lastIndexOf('.') + 1);
            assertThat(text).as("example mentions " + key).contains(leaf + ":");
        }
    }

    @Test
    void unknownKeysAndBadValuesNameTheKey() {
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("detector", Map.of("half-lfe", "7d"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("detector.half-lfe");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("detector.half-life", "a week")))
                .hasMessageContaining("detector.half-life").hasMessageContaining("7d");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("detector.bucket-span", "7m")))
                .hasMessageContaining("detector.bucket-span").hasMessageContaining("15m");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("alerting.threshold", 120)))
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("runtime.parallelism", "two")))
                .hasMessageContaining("runtime.parallelism");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("runtime.managed-memory", "lots")))
                .hasMessageStartingWith("runtime.managed-memory:");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("runtime.managed-memory", "16m")))
                .hasMessageStartingWith("runtime.managed-memory:");
        assertThat(ConfigLoader.fromMap(Map.of("runtime.managed-memory", "2g")).managedMemoryBytes()).isEqualTo(2L << 30);
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("runtime.open-buckets-on-heap", -1)))
                .hasMessageStartingWith("runtime.open-buckets-on-heap:");
        assertThat(ConfigLoader.fromMap(Map.of("runtime.open-buckets-on-heap", 0)).openBucketsOnHeap()).isZero();
    }

    @Test
    void stagingLocationsAndPlaceDepthAreSettings(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("c.yaml");
        Files.writeString(f, """
                detector:
                  place-depth: 2
                  staging:
                    include: [D:/Drop, 'E:\\Users\\*\\Downloads']
                    exclude: C:\\ProgramData\\Vendor\\Updates
                """);
        TransferLocations l = ConfigLoader.load(f).detector().locations();
        assertThat(l.include()).containsExactly("D:/Drop", "E:\\Users\\*\\Downloads");
        assertThat(l.exclude()).containsExactly("C:\\ProgramData\\Vendor\\Updates");
        assertThat(l.placeDepth()).isEqualTo(2);
        assertThat(l.isStaging("C:\\ProgramData\\Vendor\\Updates\\7.2")).isFalse();
        assertThat(l.isStaging("e:\\users\\ann\\downloads")).isTrue();
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("detector.staging.exclude", List.of("C:\\x", " "))))
                .hasMessageStartingWith("detector.staging.exclude:");
        assertThatThrownBy(() -> ConfigLoader.fromMap(Map.of("detector.place-depth", 9)))
                .hasMessageStartingWith("detector.place-depth:");
    }

    @Test
    void durationsRoundTrip() {
        for (String d : new String[] {"500ms", "30s", "15m", "2h", "7d"}) {
            assertThat(Durations.format(Durations.parseMillis("k", d))).isEqualTo(d);
        }
    }
}
