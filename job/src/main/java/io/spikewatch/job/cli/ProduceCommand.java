package io.spikewatch.job.cli;

import io.spikewatch.job.kafka.FileProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

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
        long n = FileProducer.produce(props, topic, files(a.all("input")));
        out.printf("produced %,d records into %s in %,d ms%n", n, topic, (System.nanoTime() - t0) / 1_000_000);
        return 0;
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
