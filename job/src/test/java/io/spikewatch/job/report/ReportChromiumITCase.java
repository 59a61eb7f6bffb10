package io.spikewatch.job.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in a real browser: headless Chromium renders it, every chart is in the DOM, and the
 * console is empty (a CSP violation from a network reference would be logged there). Skipped
 * where {@code chromium} is not on the PATH (CI has only Java and Maven; on Debian:
 * {@code apt-get install chromium}).
 */
class ReportChromiumITCase {

    private Path chromium;

    /** Per test, not per class: each test is then reported skipped with the reason. */
    @BeforeEach
    void findChromium() {
        chromium = onPath("chromium");
        assumeTrue(chromium != null, "chromium is not on the PATH: report rendering not checked"
                + " (Debian: apt-get install chromium)");
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Chromium's stdout and stderr (its log, where console messages appear as {@code :CONSOLE}). */
    private record Run(String stdout, String stderr) {
        List<String> console() {
            return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    private Run chromium(Path dir, Path page, String... mode) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + dir.resolve("profile"),
                "--window-size=1400,2000"));
        cmd.addAll(List.of(mode));
        cmd.add(page.toUri().toString());
        Path out = dir.resolve("chromium.out");
        Path err = dir.resolve("chromium.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s: " + cmd);
        }
        assertThat(p.exitValue()).as("chromium exit code; stderr:%n%s", Files.readString(err)).isZero();
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void consoleCheckSeesErrors(@TempDir Path dir) throws Exception {
        // The check below is only worth something if an error on the page does reach it.
        Path page = dir.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>broken</title></head>"
                + "<body><script>console.error('control-error'); undefinedFunction();</script></body></html>");
        List<String> console = chromium(dir, page, "--dump-dom").console();
        assertThat(String.join("\n", console)).contains("control-error", "Uncaught ReferenceError");
    }

    @Test
    void reportRendersWithoutConsoleMessages(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.html");
        ReportWriter.write(report, ReportFixtures.report());

        Run dom = chromium(dir, report, "--dump-dom");
        assertThat(dom.console()).as("console messages").isEmpty();
        assertThat(dom.stdout.split("<svg ", -1)).hasSize(1 + 2);
        assertThat(dom.stdout).contains("<h2 id=\"alerts\">Alerts</h2>", "lines_read");

        Path png = dir.resolve("report.png");
        Run shot = chromium(dir, report, "--screenshot=" + png);
        assertThat(shot.console()).as("console messages").isEmpty();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(10_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
