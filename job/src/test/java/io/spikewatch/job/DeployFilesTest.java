package io.spikewatch.job;

import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.config.Secrets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Kubernetes and compose files under deploy/ stay runnable: they parse, carry the keys the
 * operator and compose need, use images of the versions the parent pom builds against, point at
 * the thin jar and ClusterMain, and their spikewatch.yaml is accepted by {@link ConfigLoader}.
 */
class DeployFilesTest {

    private static final Secrets TEST_SECRETS =
            new Secrets(Map.of("ES_PASSWORD", "x", "KAFKA_PASSWORD", "y"));
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{env:([^}]+)}");

    private static Path root;
    private static String flinkVersion;
    private static String esVersion;
    private static Map<String, Map<String, Object>> k8s;

    @BeforeAll
    static void load() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(root.resolve("deploy/k8s"))) {
            root = root.getParent();
            assertThat(root).as("a parent folder with deploy/k8s").isNotNull();
        }
        flinkVersion = group(Files.readString(root.resolve("pom.xml")), "<flink.version>([^<]+)</flink.version>");
        esVersion = group(Files.readString(root.resolve("deploy/local/elasticsearch.sh")), "ES_VERSION:-([0-9.]+)");
        k8s = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(root.resolve("deploy/k8s"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            for (Object doc : yaml().loadAll(Files.readString(file, StandardCharsets.UTF_8))) {
                Map<String, Object> m = map(doc, file.toString());
                String kind = (String) m.get("kind");
                assertThat(kind).as(file + ": kind").isNotBlank();
                assertThat(m.get("apiVersion")).as(file + ": apiVersion").isNotNull();
                assertThat(k8s.put(kind, m)).as(file + ": a second " + kind).isNull();
            }
        }
        assertThat(k8s).containsOnlyKeys("FlinkDeployment", "ConfigMap", "Secret");
    }

    @Test
    void versionsComeFromTheBuild() {
        assertThat(flinkVersion).startsWith("1.20.");
        assertThat(esVersion).startsWith("8.19.");
    }

    @Test
    void flinkDeploymentRunsClusterMainInApplicationModeWithRocksDbAndHa() throws Exception {
        checkFlinkDeployment(k8s.get("FlinkDeployment"));
        assertThat(Files.readAllLines(root.resolve("deploy/k8s/Dockerfile")))
                .contains("FROM flink:" + flinkVersion + "-java17")
                .anyMatch(l -> l.startsWith("COPY") && l.contains("job/target/spikewatch-job.jar")
                        && l.endsWith("/opt/flink/usrlib/spikewatch-job.jar"));
    }

    @Test
    void configMapIsAValidConfigAndItsSecretsComeFromTheSecret() {
        Map<String, Object> deployment = k8s.get("FlinkDeployment");
        Map<String, Object> secret = k8s.get("Secret");
        String secretName = (String) path(secret, "metadata.name");
        Set<String> secretKeys = new TreeSet<>(map(secret.get("stringData"), "Secret stringData").keySet());
        Map<String, Object> container = mainContainer(deployment);
        Set<String> fromSecret = new TreeSet<>();
        for (Object e : list(container.get("env"), "env")) {
            Object ref = map(e, "env").get("valueFrom");
            if (ref != null) {
                Map<String, Object> key = map(map(ref, "valueFrom").get("secretKeyRef"), "secretKeyRef");
                assertThat(key.get("name")).isEqualTo(secretName);
                assertThat(key.get("key")).isEqualTo(map(e, "env").get("name"));
                fromSecret.add((String) key.get("key"));
            }
        }
        assertThat(fromSecret).isEqualTo(secretKeys).containsExactly("ES_PASSWORD", "KAFKA_PASSWORD");

        String yaml = configMapFile(deployment, k8s.get("ConfigMap"));
        Set<String> referenced = new TreeSet<>();
        Matcher m = ENV_REF.matcher(yaml);
        while (m.find()) {
            referenced.add(m.group(1));
        }
        assertThat(referenced).isEqualTo(secretKeys);
        JobConfig config = ConfigLoader.fromMap(map(yaml().load(yaml), "spikewatch.yaml"), TEST_SECRETS);
        assertThat(config.elasticsearch().hosts()).allMatch(h -> h.startsWith("https://"));
        assertThat(config.elasticsearch().password()).isEqualTo("x");
        assertThat(config.kafka().properties().get("sasl.jaas.config")).contains("password=\"y\"");
    }

    @Test
    void composeRunsTheBuiltJarWithImagesOfOurVersions() throws IOException {
        Path file = root.resolve("deploy/compose/docker-compose.yml");
        checkCompose(map(yaml().load(Files.readString(file)), file.toString()));
        JobConfig config = ConfigLoader.load(root.resolve("deploy/compose/spikewatch.yaml"));
        assertThat(config.kafka().bootstrapServers()).isEqualTo("kafka:29092");
        assertThat(config.elasticsearch().hosts()).containsExactly("http://elasticsearch:9200");
    }

    @Test
    void brokenCopiesAreRejected() throws IOException {
        Map<String, Object> wrongBackend = deepCopy(k8s.get("FlinkDeployment"));
        map(path(wrongBackend, "spec.flinkConfiguration"), "").put("state.backend.type", "hashmap");
        assertThatThrownBy(() -> checkFlinkDeployment(wrongBackend)).hasMessageContaining("state.backend.type");

        Map<String, Object> wrongClass = deepCopy(k8s.get("FlinkDeployment"));
        map(path(wrongClass, "spec.job"), "").put("entryClass", "io.spikewatch.job.NoSuchMain");
        assertThatThrownBy(() -> checkFlinkDeployment(wrongClass)).isInstanceOf(ClassNotFoundException.class);

        Map<String, Object> unknownKey = deepCopy(k8s.get("ConfigMap"));
        Map<String, Object> data = map(unknownKey.get("data"), "");
        data.put("spikewatch.yaml", data.get("spikewatch.yaml") + "detector:\n  half-lif: 7d\n");
        assertThatThrownBy(() -> configMapFile(k8s.get("FlinkDeployment"), unknownKey))
                .hasMessageContaining("half-lif");

        Path file = root.resolve("deploy/compose/docker-compose.yml");
        String text = Files.readString(file);
        String oldFlink = text.replace("flink:" + flinkVersion + "-java17", "flink:1.19.1-java17");
        assertThatThrownBy(() -> checkCompose(map(yaml().load(oldFlink), "")))
                .hasMessageContaining("1.19.1");
        String wideOpen = text.replace("\"127.0.0.1:9200:9200\"", "\"9200:9200\"");
        assertThatThrownBy(() -> checkCompose(map(yaml().load(wideOpen), ""))).hasMessageContaining("9200:9200");
    }

    private static void checkFlinkDeployment(Map<String, Object> d) throws ClassNotFoundException {
        String minor = flinkVersion.substring(0, flinkVersion.lastIndexOf('.'));
        assertThat(d.get("apiVersion")).isEqualTo("flink.apache.org/v1beta1");
        assertThat(d.get("kind")).isEqualTo("FlinkDeployment");
        assertThat(path(d, "spec.flinkVersion")).isEqualTo("v" + minor.replace('.', '_'));
        assertThat((String) path(d, "spec.image")).as("spec.image").matches(".*:[^/]*" + Pattern.quote(minor) + "[^/]*");
        Map<String, Object> job = map(path(d, "spec.job"), "spec.job");
        assertThat((String) job.get("jarURI")).isEqualTo("local:///opt/flink/usrlib/spikewatch-job.jar");
        Class.forName((String) job.get("entryClass"));
        assertThat(job.get("entryClass")).isEqualTo(ClusterMain.class.getName());
        assertThat(job.get("upgradeMode")).isEqualTo("savepoint");
        assertThat(list(job.get("args"), "args")).hasSize(2).first().isEqualTo("--config");
        Map<String, Object> conf = map(path(d, "spec.flinkConfiguration"), "spec.flinkConfiguration");
        assertThat(conf.get("state.backend.type")).as("state.backend.type").isEqualTo("rocksdb");
        assertThat(String.valueOf(conf.get("state.backend.incremental"))).as("state.backend.incremental")
                .isEqualTo("true");
        assertThat(conf.get("high-availability.type")).as("high-availability.type").isEqualTo("kubernetes");
        for (String key : List.of("high-availability.storageDir", "state.checkpoints.dir", "state.savepoints.dir")) {
            assertThat((String) conf.get(key)).as(key).startsWith("s3://");
        }
        assertThat(conf).containsKey("restart-strategy.type");
        // s3:// needs a filesystem plugin in the pods
        assertThat(list(mainContainer(d).get("env"), "env"))
                .anyMatch(e -> "ENABLE_BUILT_IN_PLUGINS".equals(map(e, "env").get("name"))
                        && ((String) map(e, "env").get("value")).matches("flink-s3-fs-\\w+-"
                                + Pattern.quote(flinkVersion) + "\\.jar"));
    }

    /** The ConfigMap file the job's --config argument names, checked with ConfigLoader. */
    private static String configMapFile(Map<String, Object> deployment, Map<String, Object> configMap) {
        Path configPath = Path.of((String) list(path(deployment, "spec.job.args"), "args").get(1));
        String volume = null;
        for (Object mount : list(mainContainer(deployment).get("volumeMounts"), "volumeMounts")) {
            if (configPath.getParent().toString().equals(map(mount, "volumeMount").get("mountPath"))) {
                volume = (String) map(mount, "volumeMount").get("name");
            }
        }
        assertThat(volume).as("a volume mounted at " + configPath.getParent()).isNotNull();
        String configMapName = null;
        for (Object v : list(path(deployment, "spec.podTemplate.spec.volumes"), "volumes")) {
            if (volume.equals(map(v, "volume").get("name"))) {
                configMapName = (String) path(map(v, "volume"), "configMap.name");
            }
        }
        assertThat(configMapName).isEqualTo(path(configMap, "metadata.name"));
        String yaml = (String) map(configMap.get("data"), "data").get(configPath.getFileName().toString());
        assertThat(yaml).as("ConfigMap key " + configPath.getFileName()).isNotBlank();
        ConfigLoader.fromMap(map(yaml().load(yaml), "spikewatch.yaml"), TEST_SECRETS);
        return yaml;
    }

    private static void checkCompose(Map<String, Object> compose) {
        Map<String, Object> services = map(compose.get("services"), "services");
        assertThat(services).containsKeys("kafka", "elasticsearch", "kibana", "jobmanager", "taskmanager");
        for (Map.Entry<String, Object> e : services.entrySet()) {
            Map<String, Object> service = map(e.getValue(), e.getKey());
            String image = (String) service.get("image");
            String tag = image.substring(image.lastIndexOf(':') + 1);
            if (image.startsWith("flink:")) {
                assertThat(tag).as(e.getKey() + " image").isEqualTo(flinkVersion + "-java17");
            } else if (image.startsWith("docker.elastic.co/")) {
                assertThat(tag).as(e.getKey() + " image").isEqualTo(esVersion);
            } else {
                assertThat(image).as(e.getKey() + " image").matches("apache/kafka:[34]\\.\\d+\\.\\d+");
            }
            for (Object port : service.get("ports") == null ? List.of() : list(service.get("ports"), "ports")) {
                assertThat(String.valueOf(port)).as(e.getKey() + " port").startsWith("127.0.0.1:");
            }
        }
        for (String flink : List.of("jobmanager", "taskmanager")) {
            Map<String, Object> service = map(services.get(flink), flink);
            List<String> mounts = list(service.get("volumes"), "volumes").stream().map(String::valueOf).toList();
            String jar = mounts.stream().filter(v -> v.contains("spikewatch-job.jar")).findFirst().orElseThrow();
            String[] parts = jar.split(":");
            assertThat(root.resolve("deploy/compose").resolve(parts[0]).normalize())
                    .isEqualTo(root.resolve("job/target/spikewatch-job.jar"));
            assertThat(parts[1]).isEqualTo("/opt/flink/usrlib/spikewatch-job.jar");
            assertThat(mounts).contains("./spikewatch.yaml:/opt/spikewatch/spikewatch.yaml:ro");
        }
        assertThat((String) map(services.get("jobmanager"), "").get("command"))
                .startsWith("standalone-job --job-classname " + ClusterMain.class.getName())
                .endsWith("--config /opt/spikewatch/spikewatch.yaml");
    }

    private static Map<String, Object> mainContainer(Map<String, Object> deployment) {
        return list(path(deployment, "spec.podTemplate.spec.containers"), "containers").stream()
                .map(c -> map(c, "container"))
                .filter(c -> "flink-main-container".equals(c.get("name")))
                .findFirst().orElseThrow();
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    private static Object path(Map<String, Object> m, String dotted) {
        Object at = m;
        for (String part : dotted.split("\\.")) {
            at = map(at, dotted).get(part);
        }
        assertThat(at).as(dotted).isNotNull();
        return at;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        assertThat(o).as(what + " is a mapping").isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o, String what) {
        assertThat(o).as(what + " is a list").isInstanceOf(List.class);
        return (List<Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T o) {
        if (o instanceof Map<?, ?> m) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(k, deepCopy(v)));
            return (T) copy;
        }
        if (o instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return o;
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}
