package io.spikewatch.connectors.elasticsearch;

import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriter;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.ResultHandler;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

/**
 * One subtask's writer: the async sink framework buffers, batches and checkpoints the documents
 * (a checkpoint first waits for every request in flight, then stores what is still buffered); this
 * class only hands each batch to its {@link BulkSender} and closes the client at the end.
 *
 * @param <T> the stream element type
 */
final class ElasticsearchSinkWriter<T> extends AsyncSinkWriter<T, DocumentRequest> {

    private final BulkSender sender;

    ElasticsearchSinkWriter(ElementConverter<T, DocumentRequest> converter, WriterInitContext context,
            AsyncSinkWriterConfiguration configuration, Collection<BufferedRequestState<DocumentRequest>> states,
            ElasticsearchSettings settings) {
        super(converter, context, configuration, states);
        this.sender = new BulkSender(settings, SinkMetrics.register(context.metricGroup()),
                "elasticsearch-sink-backoff-" + context.getTaskInfo().getIndexOfThisSubtask());
    }

    @Override
    protected void submitRequestEntries(List<DocumentRequest> batch, ResultHandler<DocumentRequest> handler) {
        sender.send(batch, handler);
    }

    @Override
    protected long getSizeInBytes(DocumentRequest document) {
        return document.sizeInBytes();
    }

    @Override
    public void close() {
        try {
            sender.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the Elasticsearch client", e);
        }
    }
}
