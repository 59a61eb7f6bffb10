package io.spikewatch.job.sim;

/** A temporary multiplier on a host's interactive activity (a busy period-close day). */
record Boost(int hostIndex, long fromMs, long toMs, double factor) {

    boolean covers(int host, long tMs) {
        return host == hostIndex && tMs >= fromMs && tMs < toMs;
    }
}
