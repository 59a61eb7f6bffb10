package io.spikewatch.job.sink;

import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each element as one INFO line of the task manager's log. For rare records only (fleet
 * rises, progress every 100k records), never for events.
 */
public final class LogSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LogSink.class);

    private final String prefix;
    private final MapFunction<T, String> format;

    public LogSink(String prefix, MapFunction<T, String> format) {
        this.prefix = prefix;
        this.format = format;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SinkWriter<T> createWriter(InitContext context) {
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) throws java.io.IOException {
                try {
                    LOG.info("{}: {}", prefix, format.map(element));
                } catch (Exception e) {
                    throw new java.io.IOException("formatting " + prefix, e);
                }
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }
}
