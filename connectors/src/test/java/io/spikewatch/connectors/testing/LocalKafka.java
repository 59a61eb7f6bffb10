package io.spikewatch.connectors.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real single-node Kafka broker (KRaft) for integration tests, run by
 * {@code deploy/local/kafka.sh} on port {@value #DEFAULT_PORT} (controller
 * {@value #DEFAULT_CONTROLLER_PORT}), away from a developer's own 9092. See {@link LocalService}.
 *
 * <p>The broker keeps its data between runs under {@code target/it-services/kafka}: tests use topic
 * names of their own per run.
 */
public final class LocalKafka extends LocalService implements BeforeAllCallback, AfterAllCallback {

    public static final int DEFAULT_PORT = 19092;
    public static final int DEFAULT_CONTROLLER_PORT = 19093;

    private final int port;

    public LocalKafka() {
        this(DEFAULT_PORT, DEFAULT_CONTROLLER_PORT);
    }

    public LocalKafka(int port, int controllerPort) {
        super("kafka.sh", Map.of("KAFKA_PORT", Integer.toString(port),
                "KAFKA_CONTROLLER_PORT", Integer.toString(controllerPort)));
        this.port = port;
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public boolean healthy() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    protected List<Path> logs(Path workDir) {
        Path logs = workDir.resolve("kafka").resolve("logs");
        return List.of(logs.resolve("format.log"), logs.resolve("stdout.log"), logs.resolve("server.log"));
    }

    @Override
    protected String describe() {
        return "Kafka on " + bootstrapServers();
    }

    @Override
    public LocalKafka start() {
        super.start();
        return this;
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
