package io.spikewatch.job.sim;

/** The value of {@code event.category}. */
enum Category {
    /** {@code ["file"]} (or {@code "file"} as a string). */
    FILE,
    /** {@code ["file", "process"]}: still contains {@code file}, so still a candidate. */
    FILE_PROCESS,
    /** {@code ["process"]}: a process event, never a file transfer. */
    PROCESS
}
