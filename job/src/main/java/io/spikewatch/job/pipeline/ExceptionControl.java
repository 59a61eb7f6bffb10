package io.spikewatch.job.pipeline;

import io.spikewatch.model.exceptions.ExceptionItem;
import io.spikewatch.model.exceptions.ExceptionSet;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runtime changes of the exceptions, broadcast to every operator that applies them and kept in
 * broadcast state (so they are checkpointed and survive a restart): one entry per exception id,
 * the latest change wins, a removal is kept as a tombstone so it also removes a configured
 * exception. The exceptions in force are the configured ones overlaid by these changes.
 */
public final class ExceptionControl {

    /** Broadcast state: exception id to its latest change. */
    public static final MapStateDescriptor<String, ExceptionItem> STATE = new MapStateDescriptor<>(
            "exception-changes", Types.STRING, TypeInformation.of(ExceptionItem.class));

    private ExceptionControl() {}

    /**
     * The exceptions in force for one operator instance: built from the configured items and the
     * broadcast state on first use (also after a restore), rebuilt on every change.
     */
    public static final class View implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        private final List<ExceptionItem> configured;
        private transient ExceptionSet current;

        public View(List<ExceptionItem> configured) {
            this.configured = List.copyOf(configured);
        }

        /** The set in force. */
        public ExceptionSet get(ReadOnlyBroadcastState<String, ExceptionItem> state) throws Exception {
            if (current == null) {
                current = effective(configured, state);
            }
            return current;
        }

        /** Records {@code change} in the broadcast state; returns the new set in force. */
        public ExceptionSet change(BroadcastState<String, ExceptionItem> state, ExceptionItem change) throws Exception {
            apply(state, change);
            current = effective(configured, state);
            return current;
        }
    }

    /** Records a change in the broadcast state. */
    public static void apply(BroadcastState<String, ExceptionItem> state, ExceptionItem change) throws Exception {
        state.put(change.id(), change);
    }

    /** The exceptions in force: {@code configured} overlaid by the changes in {@code state}. */
    public static ExceptionSet effective(List<ExceptionItem> configured,
                                         ReadOnlyBroadcastState<String, ExceptionItem> state) throws Exception {
        // Sorted by id so every operator instance builds the same set, whatever the map's order.
        Map<String, ExceptionItem> changes = new TreeMap<>();
        for (Map.Entry<String, ExceptionItem> e : state.immutableEntries()) {
            changes.put(e.getKey(), e.getValue());
        }
        return new ExceptionSet(configured).with(new ArrayList<>(changes.values()));
    }

    /** One line for the log: what changed, why and by whom. */
    public static String describe(ExceptionItem c) {
        if (c.removed()) {
            return "exception " + c.id() + " removed (" + c.reason() + ", by " + c.author() + ")";
        }
        return "exception " + c.id() + " set: " + c.kind().name().toLowerCase(java.util.Locale.ROOT)
                + (c.host() != null ? " host=" + c.host() : "") + (c.user() != null ? " user=" + c.user() : "")
                + (c.process() != null ? " process=" + c.process() : "")
                + (c.directory() != null ? " directory=" + c.directory() : "")
                + (c.source() != null ? " source=" + c.source() : "")
                + (c.cron() != null ? " cron='" + c.cron() + "' " + c.zoneId() : "")
                + (c.mode() != null ? " mode=" + c.mode() : "")
                + (c.kind() == ExceptionItem.Kind.THRESHOLD ? " threshold=" + c.threshold() : "")
                + (c.expiresMs() != Long.MAX_VALUE ? " expires=" + java.time.Instant.ofEpochMilli(c.expiresMs()) : "")
                + " (" + c.reason() + ", by " + c.author() + ")";
    }
}
