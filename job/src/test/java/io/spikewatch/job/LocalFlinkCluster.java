package io.spikewatch.job;

import io.spikewatch.connectors.testing.LocalService;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real standalone Flink session cluster (one JobManager, two TaskManagers, separate JVMs) for
 * integration tests, run by {@code deploy/local/cluster.sh} with ports of its own (REST
 * {@value #DEFAULT_REST_PORT}), away from a developer's 8081. See {@link LocalService}.
 */
public final class LocalFlinkCluster extends LocalService implements BeforeAllCallback, AfterAllCallback {

    public static final int DEFAULT_REST_PORT = 18081;
    public static final int DEFAULT_RPC_PORT = 16123;
    public static final int DEFAULT_BLOB_PORT = 16124;
    public static final int TASK_MANAGERS = 2;
    /** The Prometheus reporters' ports, one per JVM (PrometheusMetricsITCase uses 19249-19252). */
    public static final String DEFAULT_PROM_PORTS = "19261-19263";

    private static final Pattern TASK_MANAGERS_FIELD = Pattern.compile("\"taskmanagers\":(\\d+)");

    private final int restPort;
    private final Map<String, String> env;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public LocalFlinkCluster() {
        this(DEFAULT_REST_PORT, DEFAULT_RPC_PORT, DEFAULT_BLOB_PORT);
    }

    public LocalFlinkCluster(int restPort, int rpcPort, int blobPort) {
        this(restPort, Map.of("FLINK_REST_PORT", Integer.toString(restPort),
                "FLINK_RPC_PORT", Integer.toString(rpcPort), "FLINK_BLOB_PORT", Integer.toString(blobPort),
                "FLINK_PROM_PORTS", DEFAULT_PROM_PORTS));
    }

    private LocalFlinkCluster(int restPort, Map<String, String> env) {
        super("cluster.sh", env);
        this.restPort = restPort;
        this.env = env;
    }

    /** The ports as environment variables of the {@code deploy/local} scripts. */
    public Map<String, String> env() {
        return env;
    }

    /** The REST API and web UI, e.g. {@code http://127.0.0.1:18081}. */
    public String restUrl() {
        return "http://127.0.0.1:" + restPort;
    }

    @Override
    public LocalFlinkCluster start() {
        super.start();
        return this;
    }

    /** Whether REST {@code /overview} lists both TaskManagers, as the script checks. */
    @Override
    public boolean healthy() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(restUrl() + "/overview"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = TASK_MANAGERS_FIELD.matcher(r.body());
            return r.statusCode() == 200 && m.find() && Integer.parseInt(m.group(1)) == TASK_MANAGERS;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    protected List<Path> logs(Path workDir) {
        Path logs = workDir.resolve("flink").resolve("logs");
        return List.of(logs.resolve("flink-jobmanager.out"), logs.resolve("flink-jobmanager.log"),
                logs.resolve("flink-taskmanager-1.log"), logs.resolve("flink-taskmanager-2.log"));
    }

    @Override
    protected String describe() {
        return "Flink cluster with REST on 127.0.0.1:" + restPort;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
