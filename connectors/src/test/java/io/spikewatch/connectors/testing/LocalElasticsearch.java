package io.spikewatch.connectors.testing;

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

/**
 * A real single-node Elasticsearch 8.19 for integration tests, run by
 * {@code deploy/local/elasticsearch.sh} on port {@value #DEFAULT_PORT}, away from a developer's own
 * 9200. See {@link LocalService} for the start, stop and failure reporting it shares with
 * {@link LocalKafka}.
 *
 * <p>Use it as a JUnit 5 extension ({@code @RegisterExtension static final LocalElasticsearch ES =
 * new LocalElasticsearch();}) or as an {@link AutoCloseable} from {@code @BeforeAll}/{@code
 * @AfterAll}. The node keeps its data between runs under {@code target/it-services/elasticsearch}:
 * tests use index names of their own and delete them first.
 */
public final class LocalElasticsearch extends LocalService implements BeforeAllCallback, AfterAllCallback {

    /** The port tests use by default. */
    public static final int DEFAULT_PORT = 19200;

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public LocalElasticsearch() {
        this(DEFAULT_PORT);
    }

    public LocalElasticsearch(int port) {
        super("elasticsearch.sh", Map.of("ES_PORT", Integer.toString(port)));
        this.port = port;
    }

    /** The base URL of the node, e.g. {@code http://127.0.0.1:19200}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public LocalElasticsearch start() {
        super.start();
        return this;
    }

    /** Whether the node answers with at least yellow health within a second, as the script checks. */
    @Override
    public boolean healthy() {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    protected List<Path> logs(Path workDir) {
        Path logs = workDir.resolve("elasticsearch").resolve("logs");
        return List.of(logs.resolve("launcher.log"), logs.resolve("elasticsearch.log"));
    }

    @Override
    protected String describe() {
        return "Elasticsearch on 127.0.0.1:" + port;
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
