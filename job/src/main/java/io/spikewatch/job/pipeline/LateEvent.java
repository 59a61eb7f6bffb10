package io.spikewatch.job.pipeline;

import io.spikewatch.model.FileEvent;

/**
 * A remote transfer that arrived after its bucket was closed and scored. Routed aside with the
 * watermark it missed, so an operator can see how late the feed runs.
 *
 * @param event the transfer
 * @param watermarkMs the host operator's watermark when it arrived
 */
public record LateEvent(FileEvent event, long watermarkMs) {}
