package io.spikewatch.job.sim;

/**
 * A recurring transfer at fixed times (backups, feeds, replication): spikes a detector must learn
 * rather than alert on forever.
 *
 * @param style what the job writes
 * @param user the account it runs as
 * @param process {@code process.name} on the receiving host
 * @param sourceIp where it connects from
 * @param periodMinutes interval between runs (1440 for nightly)
 * @param offsetMinutes first run after midnight UTC
 * @param spreadMinutes how long one run writes for
 * @param filesMean mean files per run
 * @param weekendFactor multiplier on Saturdays and Sundays (UTC)
 * @param firstDay the simulation day of the first run (0 = from the start)
 */
record ScheduledJob(Style style, SimUser user, String process, String sourceIp, int periodMinutes, int offsetMinutes,
        int spreadMinutes, double filesMean, double weekendFactor, int firstDay) {}
