package io.spikewatch.job.source;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.impl.StreamFormatAdapter;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.connector.file.src.util.MutableRecordAndPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;

import java.io.IOException;

/**
 * NDJSON files (plain or compressed by extension, e.g. {@code .gz}) decoded line by line inside the
 * file source, so the watermark is tracked per file split and a dead letter names its file and line.
 * Files are not split (a gzip stream cannot be); the line number is the record count Flink keeps for
 * the checkpoint position, so it stays right after a restore.
 */
public final class EcsFileFormat implements BulkFormat<SourceRecord, FileSourceSplit> {

    private static final long serialVersionUID = 1L;

    private final BulkFormat<String, FileSourceSplit> lines = new StreamFormatAdapter<>(new TextLineInputFormat());
    private final RecordDecoder decoder;

    public EcsFileFormat(RecordDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Reader<SourceRecord> createReader(Configuration config, FileSourceSplit split) throws IOException {
        return new DecodingReader(lines.createReader(config, split), decoder, split.path().toString());
    }

    @Override
    public Reader<SourceRecord> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
        return new DecodingReader(lines.restoreReader(config, split), decoder, split.path().toString());
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<SourceRecord> getProducedType() {
        return TypeInformation.of(SourceRecord.class);
    }

    /** Decodes each batch of lines of one file as it is iterated. */
    private static final class DecodingReader implements Reader<SourceRecord> {
        private final Reader<String> lines;
        private final RecordDecoder decoder;
        private final String path;

        DecodingReader(Reader<String> lines, RecordDecoder decoder, String path) {
            this.lines = lines;
            this.decoder = decoder;
            this.path = path;
        }

        @Override
        public RecordIterator<SourceRecord> readBatch() throws IOException {
            RecordIterator<String> batch = lines.readBatch();
            return batch == null ? null : new DecodingIterator(batch, decoder, path);
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    private static final class DecodingIterator implements RecordIterator<SourceRecord> {
        private final RecordIterator<String> batch;
        private final RecordDecoder decoder;
        private final String path;
        private final MutableRecordAndPosition<SourceRecord> out = new MutableRecordAndPosition<>();

        DecodingIterator(RecordIterator<String> batch, RecordDecoder decoder, String path) {
            this.batch = batch;
            this.decoder = decoder;
            this.path = path;
        }

        @Override
        public RecordAndPosition<SourceRecord> next() {
            RecordAndPosition<String> line = batch.next();
            if (line == null) {
                return null;
            }
            // The skip count includes this line: lines since the start of the (unsplit) file.
            long lineNumber = line.getRecordSkipCount() - 1;
            out.set(decoder.decode(line.getRecord(), path, lineNumber), line.getOffset(), line.getRecordSkipCount());
            return out;
        }

        @Override
        public void releaseBatch() {
            batch.releaseBatch();
        }
    }
}
