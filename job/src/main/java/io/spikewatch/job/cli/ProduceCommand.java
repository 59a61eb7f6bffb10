package io.spikewatch.job.cli;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code produce --bootstrap-servers H:P --topic T FILE...}: NDJSON lines into a Kafka topic, in
 * file order, one record per line (blank lines skipped), to feed {@code run} from files (backfills,
 * tests, the end-to-end script). Records have no key and the producer's time as timestamp.
 */
final class ProduceCommand {

    static final String HELP = """
            usage: java -jar spikewatch-local.jar produce --bootstrap-servers HOST:PORT --topic TOPIC
                   [--property KEY=VALUE ...] --input PATH...

            Writes every non-blank line of the input files (.gz allowed; folders are read
            recursively, files in name order) as one record into TOPIC, and prints the count.

              --bootstrap-servers   Kafka brokers
              --topic               target topic (must exist)
              --property K=V        any Kafka producer property, e.g. security.protocol=SASL_SSL
              --input PATH...       files or folders
              --help                this text
            """;

    private final PrintStream out;

    ProduceCommand(PrintStream out) {
        this.out = out;
    }

    int run(String[] argv) throws Exception {
        Args a = Args.parse("produce", argv, Set.of("bootstrap-servers", "topic", "property", "input"), Set.of("help"));
        if (a.has("help")) {
            out.print(HELP);
            return 0;
        }
        String servers = a.one("produce", "bootstrap-servers", null);
        String topic = a.one("produce", "topic", null);
        if (servers == null || topic == null || a.all("input").isEmpty()) {
            throw new Args.UsageException("produce: --bootstrap-servers, --topic and --input are required\n\n" + HELP);
        }
        Properties props = new Properties();
        for (String kv : a.all("property")) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new Args.UsageException("produce: --property expects KEY=VALUE, got '" + kv + "'");
            }
            props.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        long t0 = System.nanoTime();
        long n = produce(props, topic, files(a.all("input")));
        out.printf("produced %,d records into %s in %,d ms%n", n, topic, (System.nanoTime() - t0) / 1_000_000);
        return 0;
    }

    /** Sends every non-blank line of {@code files}; fails on the first send error. */
    static long produce(Properties props, String topic, List<Path> files) throws IOException {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long n = 0;
        try (KafkaProducer<byte[], byte[]> producer =
                     new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Path f : files) {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(open(f), StandardCharsets.UTF_8),
                        1 << 16)) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        if (failure.get() != null) {
                            break;
                        }
                        if (!line.isBlank()) {
                            producer.send(new ProducerRecord<>(topic, line.getBytes(StandardCharsets.UTF_8)),
                                    (md, e) -> {
                                        if (e != null) {
                                            failure.compareAndSet(null, e);
                                        }
                                    });
                            n++;
                        }
                    }
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IOException("producing to " + topic + " failed: " + failure.get().getMessage(), failure.get());
        }
        return n;
    }

    private static InputStream open(Path f) throws IOException {
        InputStream in = Files.newInputStream(f);
        return f.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Files in name order, folders expanded recursively. */
    static List<Path> files(List<String> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String s : inputs) {
            Path p = Path.of(s);
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("--input: no such file or folder: " + p);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
