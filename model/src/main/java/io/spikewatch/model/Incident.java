package io.spikewatch.model;

/**
 * An open incident of one host: the alert that opened it and how far it has been continued.
 * Later alerts of the same host and driver (or sustained evidence on the host) within
 * {@link AlertPolicy#suppressionBuckets()} buckets are not new alerts but updates of this one: the
 * original document is re-emitted with the suppression fields set (Elastic's
 * {@code kibana.alert.suppression.*}), under the same id, so Elasticsearch holds one document.
 *
 * @param alert the alert that opened the incident
 * @param lastBucketStartMs start of the last bucket that continued it (the opening one at first)
 * @param continuations buckets that continued it
 */
public record Incident(AnomalyRecord alert, long lastBucketStartMs, int continuations) {

    /** The incident {@code alert} opens. */
    public static Incident open(AnomalyRecord alert) {
        return new Incident(alert, alert.bucketStartMs(), 0);
    }

    /** The incident continued by {@code r}. */
    public Incident continuedBy(AnomalyRecord r) {
        return new Incident(alert, Math.max(lastBucketStartMs, r.bucketStartMs()), continuations + 1);
    }

    /** Whether the incident is closed at {@code bucketStartMs}: no continuation for the suppression span. */
    public boolean closedAt(long bucketStartMs, AlertPolicy policy, long bucketSpanMs) {
        return lastBucketStartMs < bucketStartMs - policy.suppressionBuckets() * bucketSpanMs;
    }

    /**
     * The opening alert as its updated document: {@code summary.suppressedDocs} and
     * {@code suppressedUntilMs} set (the stored copy is modified, it is not shared).
     */
    public AnomalyRecord asUpdate() {
        if (alert.summary() != null) {
            alert.summary().suppressedDocs = continuations;
            alert.summary().suppressedUntilMs = lastBucketStartMs + alert.bucketSpanMs();
        }
        return alert;
    }

    /** State key: host and driver. */
    public static String key(String host, String driver) {
        return host + '\u0000' + driver;
    }

    /** Whether a state key belongs to {@code host}. */
    public static boolean ofHost(String key, String host) {
        return key.length() > host.length() && key.startsWith(host) && key.charAt(host.length()) == '\u0000';
    }
}
