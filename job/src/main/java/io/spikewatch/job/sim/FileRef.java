package io.spikewatch.job.sim;

/**
 * A file as it is written: directory, name (may be {@code null} for directory events), extension
 * (without the dot, {@code null} if none) and size in bytes.
 */
record FileRef(String directory, String name, String extension, long size) {}
