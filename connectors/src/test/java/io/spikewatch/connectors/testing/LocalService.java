package io.spikewatch.connectors.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real service for integration tests, started and stopped with the same {@code deploy/local}
 * script an operator uses, so tests exercise what ships. Files go under
 * {@code <repo>/target/it-services}, so {@code mvn clean} removes them. If the service already
 * answers, it is used and left running afterwards (a developer can start it once and iterate).
 * A failed start throws with the script's output and the tails of the service's logs.
 */
public abstract class LocalService implements AutoCloseable {

    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(10);
    private static final int LOG_TAIL_LINES = 40;

    private final String script;
    private final Map<String, String> env;
    private final Path repoRoot;
    private final Path workDir;
    private boolean startedHere;

    /**
     * @param script file name under {@code deploy/local}, e.g. {@code kafka.sh}
     * @param env extra environment of the script (ports)
     */
    protected LocalService(String script, Map<String, String> env) {
        this.script = script;
        this.env = Map.copyOf(env);
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
                + "; local services must run inside the spikewatch repository");
    }

    /** Whether the service answers now. */
    public abstract boolean healthy();

    /** Log files worth showing when the start fails. */
    protected abstract List<Path> logs(Path workDir);

    /** What the service is, for messages, e.g. {@code Kafka on 127.0.0.1:19092}. */
    protected abstract String describe();

    /** The folder the scripts keep their files in. */
    public Path workDir() {
        return workDir;
    }

    /** Starts the service unless it already answers; returns this. */
    public LocalService start() {
        if (healthy()) {
            return this;
        }
        Result result = runScript("start");
        if (result.exitCode() != 0 || !healthy()) {
            throw new IllegalStateException(describe() + " did not start: "
                    + (result.exitCode() != 0 ? "deploy/local/" + script + " start exited with " + result.exitCode()
                            : "the script succeeded but the service does not answer")
                    + "\n--- script output ---\n" + result.output() + logTails());
        }
        startedHere = true;
        return this;
    }

    /** Stops the service if this instance started it; one that was already running stays up. */
    @Override
    public void close() {
        if (!startedHere) {
            return;
        }
        startedHere = false;
        Result result = runScript("stop");
        if (result.exitCode() != 0) {
            throw new IllegalStateException("deploy/local/" + script + " stop exited with " + result.exitCode()
                    + "\n" + result.output());
        }
    }

    private record Result(int exitCode, String output) {}

    /**
     * Runs the script with its output echoed line by line, so a slow download or start is visible
     * while it happens. It runs in the work folder: the script calls {@code mvn}, which must not
     * pick up a project pom from the current folder.
     */
    private Result runScript(String command) {
        Path path = repoRoot.resolve("deploy").resolve("local").resolve(script);
        StringBuffer output = new StringBuffer();
        try {
            Files.createDirectories(workDir);
            ProcessBuilder builder = new ProcessBuilder(List.of("bash", path.toString(), command))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("SPIKEWATCH_WORK", workDir.toString());
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            Thread echo = new Thread(() -> echo(process, command, output), script + "-" + command);
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
            throw new UncheckedIOException("could not run " + path + " " + command + "\n" + output, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + path + " " + command, e);
        }
    }

    private void echo(Process process, String command, StringBuffer output) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                System.out.println("[" + script + " " + command + "] " + line);
                output.append(line).append('\n');
            }
        } catch (IOException e) {
            output.append("(output unreadable: ").append(e.getMessage()).append(")\n");
        }
    }

    /** The last lines of the service's logs, where the reason of a failed start is. */
    private String logTails() {
        StringBuilder tails = new StringBuilder();
        for (Path log : logs(workDir)) {
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
