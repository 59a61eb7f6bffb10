package io.spikewatch.model;

/**
 * Outcome of the remote-transfer filter: {@link #ACCEPTED} or the first datafeed condition that
 * failed, so dropped events can be counted by reason.
 */
public enum FilterVerdict {
    ACCEPTED,
    /** {@code event.category} does not contain {@code file}. */
    NOT_FILE_CATEGORY,
    /** {@code event.action} is not {@code creation}. */
    NOT_CREATION,
    /** {@code process.name} is absent or not one of the remote-transfer processes. */
    NOT_REMOTE_PROCESS,
    /** {@code file.name} is absent. */
    NO_FILE_NAME,
    /** {@code user.name} is {@code SYSTEM} or {@code root}. */
    SYSTEM_ACCOUNT;

    /** Lower-case name used in metrics and counters, e.g. {@code not_file_category}. */
    public String metricName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
