package io.spikewatch.job.sim;

/**
 * One connection that writes several files to the same folder: the same account, source address
 * and process for every file, as in a real copy. Folders matter because an analyst (and an
 * explanation) sees "42 files to C:\ProgramData\x", not 42 unrelated writes.
 */
record Session(HostModel host, SimUser user, String process, String sourceIp, String directory, FileKind kind,
        int flags) {

    SimEvent write(long tsMs, FileCatalog catalog, Rand rng) {
        FileRef f = catalog.file(kind, directory, tsMs, rng);
        return new SimEvent(tsMs, rng.nextInt(1_000_000), host, process, "creation",
                rng.chance(0.03) ? Category.FILE_PROCESS : Category.FILE, user, f, sourceIp, flags);
    }
}
