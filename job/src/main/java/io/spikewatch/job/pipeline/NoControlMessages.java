package io.spikewatch.job.pipeline;

import io.spikewatch.job.source.SourceRecord;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.ChainingStrategy;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.runtime.watermarkstatus.WatermarkStatus;

/**
 * The control stream of a job without a control topic: no messages, and idle from the start, so
 * the operators it is broadcast to follow their event input alone.
 *
 * <p>It hangs off the records (chained to the source) only so that it ends when they end; it
 * forwards none of their watermarks. A forwarded copy would reach the host operator on another
 * channel than the records, flushed at other moments, and hold its watermark back by a varying
 * amount: which events are late would depend on the machine's load. A bounded source of its own
 * would end with the final watermark and end event time for an operator whose event input is idle.
 */
final class NoControlMessages extends AbstractStreamOperator<ControlMessage>
        implements OneInputStreamOperator<SourceRecord, ControlMessage> {

    private static final long serialVersionUID = 1L;

    NoControlMessages() {
        setChainingStrategy(ChainingStrategy.ALWAYS);
    }

    @Override
    public void open() throws Exception {
        super.open();
        output.emitWatermarkStatus(WatermarkStatus.IDLE);
    }

    @Override
    public void processElement(StreamRecord<SourceRecord> element) {}

    @Override
    public void processWatermark(Watermark mark) {}

    @Override
    public void processWatermarkStatus(WatermarkStatus status) {}
}
