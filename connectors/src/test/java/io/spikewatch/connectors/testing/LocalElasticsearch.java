package io.spikewatch.connectors.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Elasticsearch for integration tests, started and stopped with the same script
 * an operator uses ({@code deploy/local/elasticsearch.sh}), so tests exercise what ships.
 *
 * <p>It runs on port {@value #DEFAULT_PORT} (not 9200, where a developer's own node may run) with
 * its files under {@code <repo>/target/it-services}, so {@code mvn clean} removes them. If a
 * healthy node already answers on the port, it is used and left running afterwards: a developer
 * can start it once and iterate on tests without paying the start-up each time.
 *
 * <p>Use it as a JUnit 5 extension ({@code @RegisterExtension static final LocalElasticsearch ES =
 * new LocalElasticsearch();}) or as an {@link AutoCloseable} from {@code @BeforeAll}/
 * {@code @AfterAll}. When the start fails, the exception carries the script's output and the tail
 * of Elasticsearch's logs, and the script's output is echoed to the test output as it runs.
 */
public final class LocalElasticsearch implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    /** The port tests use by default. */
    public static final int DEFAULT_PORT = 19200;

    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(10);
    private static final int LOG_TAIL_LINES = 40;

    private final int port;
    private final Path repoRoot;
    private final Path workDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private boolean startedHere;

    public LocalElasticsearch() {
        this(DEFAULT_PORT);
    }

    public LocalElasticsearch(int port) {
        this.port = port;
        this.repoRoot = repoRoot(Path.of("").toAbsolutePath());
        this.workDir = repoRoot.resolve("target").resolve("it-services");
    }

    /**
     * The repository root: the nearest folder, from {@code from} upwards, that holds
     * {@code deploy/local}. Tests run in a module folder, so the root is usually one level up.
     */
    public static Path repoRoot(Path from) {
        for (Path at = from; at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("deploy").resolve("local"))) {
                return at;
            }
        }
        throw new IllegalStateException("no folder with deploy/local above " + from
                + "; LocalElasticsearch must run inside the spikewatch repository");
    }

    /** The base URL of the node, e.g. {@code http://127.0.0.1:19200}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Starts the node unless a healthy one already answers on the port; returns this. */
    public LocalElasticsearch start() {
        if (healthy()) {
            return this;
        }
        Result result = runScript("start");
        if (result.exitCode() != 0 || !healthy()) {
            throw new IllegalStateException("Elasticsearch did not start on " + url() + ": "
                    + (result.exitCode() != 0 ? "deploy/local/elasticsearch.sh start exited with " + result.exitCode()
                            : "the script succeeded but the node is not healthy")
                    + "\n--- script output ---\n" + result.output() + logTails());
        }
        startedHere = true;
        return this;
    }

    /** Stops the node if this instance started it; a node that was already running stays up. */
    @Override
    public void close() {
        if (!startedHere) {
            return;
        }
        startedHere = false;
        Result result = runScript("stop");
        if (result.exitCode() != 0) {
            throw new IllegalStateException("deploy/local/elasticsearch.sh stop exited with " + result.exitCode()
                    + "\n" + result.output());
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Whether the node answers with at least yellow health within a second. */
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

    private record Result(int exitCode, String output) {}

    /**
     * Runs the script with its output echoed line by line, so a slow download or start is visible
     * while it happens. It runs in the work folder: the script calls {@code mvn}, which must not
     * pick up a project pom from the current folder.
     */
    private Result runScript(String command) {
        Path script = repoRoot.resolve("deploy").resolve("local").resolve("elasticsearch.sh");
        StringBuffer output = new StringBuffer();
        try {
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(List.of("bash", script.toString(), command))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("SPIKEWATCH_WORK", workDir.toString());
            builder.environment().put("ES_PORT", Integer.toString(port));
            Process process = builder.start();
            process.getOutputStream().close();
            Thread echo = new Thread(() -> echo(process, command, output), "elasticsearch.sh-" + command);
            echo.setDaemon(true);
            echo.start();
            if (!process.waitFor(SCRIPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                echo.join(TimeUnit.SECONDS.toMillis(5));
                return new Result(-1, output + "(timed out after " + SCRIPT_TIMEOUT + ")\n");
            }
            echo.join(TimeUnit.SECONDS.toMillis(5));
            return new Result(process.exitValue(), output.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + script + " " + command + "\n" + output, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script + " " + command, e);
        }
    }

    private static void echo(Process process, String command, StringBuffer output) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                System.out.println("[elasticsearch.sh " + command + "] " + line);
                output.append(line).append('\n');
            }
        } catch (IOException e) {
            output.append("(output unreadable: ").append(e.getMessage()).append(")\n");
        }
    }

    /** The last lines of the launcher's and the node's logs, where the reason of a failed start is. */
    private String logTails() {
        Path logs = workDir.resolve("elasticsearch").resolve("logs");
        StringBuilder tails = new StringBuilder();
        for (String name : List.of("launcher.log", "elasticsearch.log")) {
            Path log = logs.resolve(name);
            if (Files.isRegularFile(log)) {
                try {
                    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                    tails.append("\n--- last lines of ").append(log).append(" ---\n");
                    lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size())
                            .forEach(l -> tails.append(l).append('\n'));
                } catch (IOException | UncheckedIOException e) {
                    tails.append("\n(could not read ").append(log).append(": ").append(e.getMessage()).append(")\n");
                }
            }
        }
        return tails.toString();
    }
}
