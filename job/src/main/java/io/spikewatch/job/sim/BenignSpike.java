package io.spikewatch.job.sim;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A benign rise in remote transfers that is not an incident: the false-positive pressure every
 * detector faces. Kept as a separate list so that false alerts can be explained, never counted as
 * misses.
 *
 * @param id stable id within one simulated data set ({@code BEN-01}, ...), in order of start
 * @param kind {@code patch_day}, {@code period_close}, {@code folder_copy}, {@code large_deploy},
 *     {@code new_host_provisioning} or {@code recurring_job_start}
 * @param hosts the hosts that saw the rise
 * @param start first file write of the rise
 * @param end last file write of the rise
 * @param description what happened
 */
public record BenignSpike(String id, String kind, List<String> hosts, Instant start, Instant end, String description) {

    public static final String PATCH_DAY = "patch_day";
    public static final String PERIOD_CLOSE = "period_close";
    public static final String FOLDER_COPY = "folder_copy";
    public static final String LARGE_DEPLOY = "large_deploy";
    public static final String NEW_HOST_PROVISIONING = "new_host_provisioning";
    public static final String RECURRING_JOB_START = "recurring_job_start";

    public BenignSpike {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        hosts = List.copyOf(hosts);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start in " + id);
        }
        description = description == null ? "" : description;
    }
}
