package io.spikewatch.model.exceptions;

import io.spikewatch.model.TransferLocations;
import io.spikewatch.model.FileEvent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exceptions in force: the configured ones overlaid by runtime changes (same id replaces,
 * a removal deletes). Immutable; {@link #with} returns a new set. Lookups are linear: lists are
 * tens of entries, and maintenance windows are evaluated once per bucket start, not per host.
 *
 * <p>Not thread-safe (a one-entry cache of the last bucket's open windows): one per operator instance.
 */
public final class ExceptionSet {

    public static final ExceptionSet EMPTY = new ExceptionSet(List.of());

    private final List<ExceptionItem> items;
    private final ExceptionItem[] allows;
    private final ExceptionItem[] windows;
    private final ExceptionItem[] thresholds;
    /** Directories of the staging and not-staging entries, in order. */
    private final List<String> staging;
    private final List<String> notStaging;
    private long cachedFrom = Long.MIN_VALUE;
    private boolean[] cachedOpen;

    public ExceptionSet(Collection<ExceptionItem> items) {
        this.items = List.copyOf(items);
        this.allows = of(ExceptionItem.Kind.ALLOW);
        this.windows = of(ExceptionItem.Kind.MAINTENANCE);
        this.thresholds = of(ExceptionItem.Kind.THRESHOLD);
        this.staging = java.util.Arrays.stream(of(ExceptionItem.Kind.STAGING)).map(ExceptionItem::directory).toList();
        this.notStaging = java.util.Arrays.stream(of(ExceptionItem.Kind.NOT_STAGING)).map(ExceptionItem::directory)
                .toList();
    }

    /**
     * {@code configured} with the staging entries added to its includes and the not-staging ones
     * to its excludes (an exclusion wins, as at start); {@code configured} itself when there are none.
     */
    public TransferLocations locationsOver(TransferLocations configured) {
        if (staging.isEmpty() && notStaging.isEmpty()) {
            return configured;
        }
        List<String> include = new java.util.ArrayList<>(configured.include());
        include.addAll(staging);
        List<String> exclude = new java.util.ArrayList<>(configured.exclude());
        exclude.addAll(notStaging);
        return new TransferLocations(include, exclude, configured.placeDepth());
    }

    /** Whether {@code other} has the same staging and not-staging entries (the same {@link #locationsOver}). */
    public boolean sameLocationsAs(ExceptionSet other) {
        return staging.equals(other.staging) && notStaging.equals(other.notStaging);
    }

    private ExceptionItem[] of(ExceptionItem.Kind kind) {
        return items.stream().filter(i -> !i.removed() && i.kind() == kind).toArray(ExceptionItem[]::new);
    }

    /** The items, in order (configuration first, then runtime additions). */
    public List<ExceptionItem> items() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** This set with {@code change} applied: replaces the item of the same id, or removes it. */
    public ExceptionSet with(ExceptionItem change) {
        Map<String, ExceptionItem> byId = new LinkedHashMap<>();
        for (ExceptionItem i : items) {
            byId.put(i.id(), i);
        }
        if (change.removed()) {
            byId.remove(change.id());
        } else {
            byId.put(change.id(), change);
        }
        return new ExceptionSet(byId.values());
    }

    /** This set with every change applied in order. */
    public ExceptionSet with(Collection<ExceptionItem> changes) {
        ExceptionSet s = this;
        for (ExceptionItem c : changes) {
            s = s.with(c);
        }
        return s;
    }

    /** The first allow entry covering the transfer, or {@code null}. */
    public ExceptionItem allowing(FileEvent e) {
        for (ExceptionItem a : allows) {
            if (a.allows(e)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The first maintenance window open during {@code [fromMs, toMs)} for {@code host}, or
     * {@code null}; with {@code learningOnly} only windows that also suspend learning.
     */
    public ExceptionItem maintenance(String host, long fromMs, long toMs, boolean learningOnly) {
        if (windows.length == 0) {
            return null;
        }
        boolean[] open = openWindows(fromMs, toMs);
        for (int i = 0; i < windows.length; i++) {
            ExceptionItem w = windows[i];
            if (open[i] && (!learningOnly || w.mode() == ExceptionItem.Mode.SKIP_LEARNING) && w.coversHost(host)) {
                return w;
            }
        }
        return null;
    }

    /** The first threshold override for {@code host} in force at {@code atMs}, or {@code null}. */
    public ExceptionItem threshold(String host, long atMs) {
        for (ExceptionItem t : thresholds) {
            if (t.activeAt(atMs) && t.coversHost(host)) {
                return t;
            }
        }
        return null;
    }

    private boolean[] openWindows(long fromMs, long toMs) {
        if (cachedFrom != fromMs || cachedOpen == null) {
            boolean[] open = new boolean[windows.length];
            for (int i = 0; i < windows.length; i++) {
                open[i] = isOpen(windows[i], fromMs, toMs);
            }
            cachedOpen = open;
            cachedFrom = fromMs;
        }
        return cachedOpen;
    }

    private static boolean isOpen(ExceptionItem w, long fromMs, long toMs) {
        if (!w.activeAt(fromMs)) {
            return false;
        }
        if (w.cron() == null) {
            return w.startMs() < toMs && w.endMs() > fromMs;
        }
        return CronSchedule.parse(w.cron(), w.zoneId()).overlaps(fromMs, toMs, w.durationMs());
    }

    /** The ids, for logs. */
    public List<String> ids() {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.id()));
        return out;
    }
}
