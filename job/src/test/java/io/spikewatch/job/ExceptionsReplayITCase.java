package io.spikewatch.job;

import io.spikewatch.job.config.ConfigLoader;
import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.sim.FleetSimulator;
import io.spikewatch.job.sim.FleetSpec;
import io.spikewatch.model.AnomalyRecord;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exceptions from the config file, end to end on a mini-cluster: a fleet file with a file-server
 * migration (an account copying 400 files to a file server) and a new nightly backup job (500 files
 * to an application server at 02:00 three nights running) alerts on both without exceptions; with an
 * allow entry for the migration account and a recurring skip-learning maintenance window for the
 * backup, neither alerts, the transfers and skipped buckets are counted per exception id, and every
 * other alert stays as it was.
 */
class ExceptionsReplayITCase {

    private static final int PARALLELISM = 2;
    private static final String MIGRATION_HOST = "fs-lon-01";
    private static final String BACKUP_HOST = "app-win-03";
    private static final Pattern TS = Pattern.compile("\"@timestamp\":\"([^\"]+)\"");

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(PARALLELISM)
                    .build());

    @TempDir
    static Path dir;

    private static Path fleet;

    @BeforeAll
    static void fleetWithMigrationAndBackup() throws Exception {
        Path plain = dir.resolve("plain.ndjson.gz");
        new FleetSimulator(FleetSpec.demo(7)).run(plain);
        List<String> extra = new ArrayList<>();
        extra.addAll(burst(MIGRATION_HOST, "svc_migrate", "D:\\Migration\\Finance\\", "2024-03-12T14:00:00Z", 400));
        for (String night : List.of("2024-03-11", "2024-03-12", "2024-03-13")) {
            extra.addAll(burst(BACKUP_HOST, "svc_backup2", "E:\\Backup\\" + night + "\\", night + "T02:00:00Z", 500));
        }
        fleet = dir.resolve("fleet.ndjson.gz");
        mergeInTimeOrder(plain, extra, fleet);
    }

    @Test
    void anAllowedMigrationAccountAndABackupWindowDoNotAlertWhileEverythingElseStays() throws Exception {
        ReplayRunner.Result without = replay("without", Map.of());
        assertThat(alertsOn(without, MIGRATION_HOST)).as("the migration alerts without exceptions").isNotEmpty();
        assertThat(alertsOn(without, BACKUP_HOST)).as("the new backup job alerts without exceptions").isNotEmpty();

        Map<String, Object> config = new Yaml().load("""
                exceptions:
                  - id: migration-2024
                    kind: allow
                    user: svc_migr*
                    reason: file server migration
                    author: it-ops
                    expires: 2024-06-30T00:00:00Z
                  - id: backup-window
                    kind: maintenance
                    host: app-win-0?
                    cron: "0 2 * * *"
                    duration: 1h
                    mode: skip-learning
                    reason: nightly backup
                    author: it-ops
                """);
        ReplayRunner.Result with = replay("with", config);
        assertThat(alertsOn(with, MIGRATION_HOST)).isEmpty();
        assertThat(alertsOn(with, BACKUP_HOST)).isEmpty();
        assertThat(with.counter("exception_migration-2024_transfers_allowed")).isEqualTo(400);
        assertThat(with.counter("exception_backup-window_buckets_skipped")).isGreaterThanOrEqualTo(3);

        List<String> others = without.alerts().stream()
                .filter(a -> !a.hostName().equals(MIGRATION_HOST) && !a.hostName().equals(BACKUP_HOST))
                .map(ExceptionsReplayITCase::key).toList();
        assertThat(with.alerts().stream().map(ExceptionsReplayITCase::key).toList()).isEqualTo(others);
    }

    private static String key(AnomalyRecord a) {
        return a.hostName() + "@" + Instant.ofEpochMilli(a.bucketStartMs()) + " " + a.recordScore();
    }

    private static List<AnomalyRecord> alertsOn(ReplayRunner.Result r, String host) {
        return r.alerts().stream().filter(a -> a.hostName().equals(host)).toList();
    }

    private ReplayRunner.Result replay(String name, Map<String, Object> config) throws Exception {
        Map<String, Object> c = new java.util.HashMap<>(config);
        c.put("runtime.parallelism", PARALLELISM);
        JobConfig cfg = ConfigLoader.fromMap(c);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(PARALLELISM);
        env.configure(Environments.common(cfg, Files.createDirectories(dir.resolve(name + "-state"))));
        return new ReplayRunner(cfg, new PrintStream(new ByteArrayOutputStream())).run(env, List.of(fleet),
                ReplayRunner.Outputs.beside(dir.resolve(name + ".ndjson")));
    }

    /** {@code n} SMB writes by {@code user} to {@code host} within ten minutes from {@code start}. */
    private static List<String> burst(String host, String user, String dir, String start, int n) {
        long t0 = Instant.parse(start).toEpochMilli();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "f" + i + ".dat";
            lines.add("{\"@timestamp\":\"" + Instant.ofEpochMilli(t0 + i * 600_000L / n) + "\","
                    + "\"event\":{\"category\":[\"file\"],\"action\":\"creation\",\"module\":\"endpoint\"},"
                    + "\"host\":{\"name\":\"" + host + "\",\"os\":{\"type\":\"windows\"}},"
                    + "\"process\":{\"name\":\"System\"},\"user\":{\"name\":\"" + user + "\",\"domain\":\"CORP\"},"
                    + "\"file\":{\"name\":\"" + name + "\",\"path\":\"" + (dir + name).replace("\\", "\\\\") + "\"},"
                    + "\"source\":{\"ip\":\"10.0.9.9\"}}");
        }
        return lines;
    }

    /** The simulated file with {@code extra} lines inserted where their time belongs. */
    private static void mergeInTimeOrder(Path in, List<String> extra, Path out) throws Exception {
        List<String> pending = new ArrayList<>(extra);
        pending.sort((a, b) -> time(a).compareTo(time(b)));
        int next = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(in)), StandardCharsets.UTF_8));
             Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Instant t = time(line);
                while (t != null && next < pending.size() && !time(pending.get(next)).isAfter(t)) {
                    w.write(pending.get(next++));
                    w.write('\n');
                }
                w.write(line);
                w.write('\n');
            }
            while (next < pending.size()) {
                w.write(pending.get(next++));
                w.write('\n');
            }
        }
    }

    private static Instant time(String line) {
        Matcher m = TS.matcher(line);
        if (!m.find()) {
            return null;
        }
        try {
            return Instant.parse(m.group(1));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
