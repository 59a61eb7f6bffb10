package io.spikewatch.job.pipeline;

/**
 * Names of the job's counters. Each is both a Flink metric (per operator subtask) and, where
 * {@link #ACC_PREFIX} applies, an accumulator summed over the job for the end-of-run summary.
 */
public final class Counters {

    public static final String ACC_PREFIX = "spikewatch.";

    public static final String LINES_READ = "lines_read";
    public static final String PARSED = "events_parsed";
    public static final String MALFORMED = "events_malformed";
    public static final String FUTURE = "events_future";
    public static final String ACCEPTED = "transfers_accepted";
    public static final String FILTERED_PREFIX = "filtered_";
    public static final String LATE = "events_late";
    public static final String BUCKETS_SCORED = "buckets_scored";
    public static final String HOSTS_EXPIRED = "hosts_expired";
    public static final String HOSTS_SEEN = "hosts_seen";
    /** Hosts whose baseline a control-topic reset cleared. */
    public static final String BASELINES_RESET = "baselines_reset";
    public static final String ALERTS = "alerts_emitted";
    public static final String HELD_BACK_CAP = "alerts_held_back_cap";
    /** Hosts' first events of the day that were no remote transfer, passed on as sightings. */
    public static final String HOST_SIGHTINGS = "host_sightings";
    public static final String HELD_BACK_FLEET = "alerts_held_back_fleet";
    public static final String FLEET_EVENTS = "fleet_events";
    public static final String HELD_BACK_DEPLOYER = "alerts_held_back_deployer";

    /**
     * Alerts held back for one reason ({@code alerts_held_back_deployment_account}, ...,
     * {@code alerts_held_back_reinstallation}): the deployment rules are the parts of
     * {@link #HELD_BACK_DEPLOYER}, so a rule that starts holding much more shows.
     */
    public static String heldBack(io.spikewatch.model.HoldReason reason) {
        return "alerts_held_back_" + reason.code();
    }
    public static final String SUPPRESSED = "alerts_suppressed";
    public static final String HELD_BACK_LEARNING = "alerts_held_back_learning";
    public static final String EXCEPTION_CHANGES = "exception_changes";
    public static final String CONTROL_REJECTED = "control_messages_rejected";
    /** Gauge (metric only): wall clock minus the host operator's watermark, in ms. */
    public static final String EVENT_TIME_LAG = "event_time_lag_ms";
    /** Gauge (metric only): hosts with a baseline on a host-operator subtask (summed: the fleet). */
    public static final String HOSTS_TRACKED = "hosts_tracked";
    /** Gauge (metric only): open buckets a host-operator subtask holds on the heap until the next checkpoint. */
    public static final String OPEN_BUCKETS_ON_HEAP = "open_buckets_on_heap";

    private Counters() {}
}
