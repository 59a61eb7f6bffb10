package io.spikewatch.job.pipeline;

import io.spikewatch.model.exceptions.ExceptionItem;

/**
 * One record of the control topic, broadcast to the host operator and the alert policy: either a
 * change of the exceptions ({@link #exception}), or a request to reset the baselines of the hosts
 * matching {@link #resetHost} (an operator's "forget what you learned about this host", e.g. after
 * a server was repurposed). The host operator clears those hosts' {@code HostState}; their next
 * closed bucket starts from the cold-start prior, as a new host does.
 *
 * @param exception the change, or {@code null} for a reset
 * @param resetHost host name or wildcard pattern (as in exceptions) of a reset, or {@code null}
 * @param reason why (for the log)
 * @param author who asked (for the log)
 */
public record ControlMessage(ExceptionItem exception, String resetHost, String reason, String author) {

    public static ControlMessage change(ExceptionItem exception) {
        return new ControlMessage(exception, null, exception.reason(), exception.author());
    }

    public static ControlMessage resetBaseline(String hostPattern, String reason, String author) {
        return new ControlMessage(null, hostPattern, reason, author);
    }

    public boolean isReset() {
        return exception == null;
    }
}
