package io.spikewatch.job.kafka;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;

/** NDJSON files into a Kafka topic, one record per non-blank line, in file order. */
public final class FileProducer {

    private FileProducer() {}

    /** Sends every non-blank line of {@code files}; fails on the first send error. */
    public static long produce(Properties props, String topic, List<Path> files) throws IOException {
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

}
