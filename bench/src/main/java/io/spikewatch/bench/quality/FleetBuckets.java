package io.spikewatch.bench.quality;

import io.spikewatch.connectors.ecs.EcsEventParser;
import io.spikewatch.connectors.ecs.ParseResult;
import io.spikewatch.model.BucketSummary;
import io.spikewatch.model.DetectorSettings;
import io.spikewatch.model.FileEvent;
import io.spikewatch.model.FilterVerdict;
import io.spikewatch.model.HostSightings;
import io.spikewatch.model.RemoteTransferFilter;
import io.spikewatch.model.TransferLocations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What every detector of the harness sees: the remote transfers of a fleet, counted per host and
 * bucket, with their influencer summaries. Built from ECS lines exactly as the job reads them
 * (parse, remote-transfer filter, far-future clocks dropped), so detectors are compared on the
 * same counts the product scores.
 *
 * <p>A host exists from the bucket of its first transfer; from then on every bucket up to
 * {@link #lastBucket()} is closed for it, empty ones as zero ({@link #counts(String)}).
 */
public final class FleetBuckets {

    private final long spanMs;
    private final TreeMap<Long, TreeMap<String, BucketSummary>> byBucket;
    private final TreeMap<String, Long> firstBucket = new TreeMap<>();

    private FleetBuckets(long spanMs, TreeMap<Long, TreeMap<String, BucketSummary>> byBucket) {
        this.spanMs = spanMs;
        this.byBucket = byBucket;
        for (Map.Entry<Long, TreeMap<String, BucketSummary>> e : byBucket.entrySet()) {
            for (String h : e.getValue().keySet()) {
                firstBucket.putIfAbsent(h, e.getKey());
            }
        }
    }

    /** Bucket length, ms. */
    public long spanMs() {
        return spanMs;
    }

    /** Buckets with at least one transfer, in time order, each with its hosts' summaries by host name. */
    public NavigableMap<Long, TreeMap<String, BucketSummary>> buckets() {
        return Collections.unmodifiableNavigableMap(byBucket);
    }

    /** Every host, in name order. */
    public List<String> hosts() {
        return new ArrayList<>(firstBucket.keySet());
    }

    /** Index of the first bucket with a transfer (of any host). */
    public long firstBucket() {
        return byBucket.isEmpty() ? 0 : byBucket.firstKey();
    }

    /** Index of the last bucket with a transfer (of any host): the end of the observation. */
    public long lastBucket() {
        return byBucket.isEmpty() ? -1 : byBucket.lastKey();
    }

    /** Index of the bucket of the host's first transfer. */
    public long firstBucket(String host) {
        Long b = firstBucket.get(host);
        if (b == null) {
            throw new IllegalArgumentException("unknown host " + host);
        }
        return b;
    }

    /** The host's count in every bucket from {@link #firstBucket(String)} to {@link #lastBucket()}. */
    public long[] counts(String host) {
        long first = firstBucket(host);
        long[] out = new long[(int) (lastBucket() - first + 1)];
        for (Map.Entry<Long, TreeMap<String, BucketSummary>> e : byBucket.tailMap(first, true).entrySet()) {
            BucketSummary s = e.getValue().get(host);
            if (s != null) {
                out[(int) (e.getKey() - first)] = s.count;
            }
        }
        return out;
    }

    /** Days the fleet was watched, summed over hosts from each host's first transfer: the FP rate's denominator. */
    public double hostDays() {
        double buckets = 0;
        for (long first : firstBucket.values()) {
            buckets += lastBucket() - first + 1;
        }
        return buckets * spanMs / 86_400_000.0;
    }

    /** Collects lines into buckets; feed with {@link #accept(String)}, then {@link #build()}. */
    public static final class Builder {
        private final long spanMs;
        private final long maxFutureMs;
        private final TransferLocations locations;
        private final EcsEventParser parser = new EcsEventParser();
        private final TreeMap<Long, TreeMap<String, BucketSummary>> byBucket = new TreeMap<>();
        /** The accepted transfers and sightings, kept only when asked ({@link #keepEvents}). */
        private List<FileEvent> events;
        private final HostSightings sightings = new HostSightings();
        private long lines;
        private long transfers;
        /** Share of the transfers under which a run of buckets apart from the rest is a wrong clock. */
        static final double ISLAND_SHARE = 0.01;

        /**
         * @param spanMs bucket length
         * @param maxFutureMs a run of buckets further than this from the rest, with under 1% of the
         *     transfers, is a wrong clock and dropped: the job's event-time guard refuses it, or it
         *     arrives long after its bucket closed
         * @param locations the staging list the summaries count files against (the configured one)
         */
        public Builder(long spanMs, long maxFutureMs, TransferLocations locations) {
            this.spanMs = spanMs;
            this.maxFutureMs = maxFutureMs;
            this.locations = locations;
        }

        /** A builder for what {@code detector} scores: its bucket length and staging list. */
        public static Builder of(DetectorSettings detector, long maxFutureMs) {
            return new Builder(detector.bucketSpanMs(), maxFutureMs, detector.locations());
        }

        /**
         * One ECS JSON line; malformed lines are skipped (the job dead-letters them), other events
         * than remote transfers too, but for a host's first of the day, which is a sighting (as the
         * job's filter passes it on).
         */
        public void accept(String line) {
            lines++;
            ParseResult p = parser.parse(line);
            if (!p.isOk()) {
                return;
            }
            FileEvent e = p.event();
            if (RemoteTransferFilter.test(e) == FilterVerdict.ACCEPTED) {
                accept(e);
            } else if (sightings.firstToday(e.hostName(), e.timestampMs())) {
                accept(FileEvent.sighting(e.hostName(), e.timestampMs()));
            }
        }

        /**
         * One remote transfer that passed the filter, or a {@link FileEvent#sighting}: an empty
         * summary of its bucket, unless the host has one there already (the detector decides
         * whether the model wants it, {@link io.spikewatch.model.HostModel#wantsSighting}).
         */
        public void accept(FileEvent ev) {
            if (events != null) {
                events.add(ev);
            }
            long bucket = Math.floorDiv(ev.timestampMs(), spanMs);
            BucketSummary s = byBucket.computeIfAbsent(bucket, k -> new TreeMap<>())
                    .computeIfAbsent(ev.hostName(), h -> BucketSummary.empty(bucket * spanMs));
            if (!ev.isSighting()) {
                s.add(ev, locations);
                transfers++;
            }
        }

        /** Keeps the accepted transfers and sightings from now on, for {@link #events()}. */
        Builder keepEvents() {
            events = new ArrayList<>();
            return this;
        }

        /** The accepted transfers and sightings in the order given, for {@link TransferCache} (after {@link #keepEvents}). */
        List<FileEvent> events() {
            return events == null ? List.of() : events;
        }

        public long lines() {
            return lines;
        }

        public long transfers() {
            return transfers;
        }

        /** Transfers (and sightings) in bucket {@code b}. */
        private int count(long b) {
            return byBucket.get(b).values().stream().mapToInt(x -> (int) Math.max(1, x.count)).sum();
        }

        /**
         * Drops islands of time: runs of buckets apart from the rest by more than {@code maxJump}
         * buckets that hold under {@value #ISLAND_SHARE} of all the transfers, such as a
         * lab PC whose dead CMOS battery stamps its events 2010. The job never scores them (they
         * arrive long after their bucket closed, as late events); counted here, the first of them
         * would be the start of the fleet's learning period.
         */
        private void dropIslands(long maxJump) {
            List<List<Long>> runs = new ArrayList<>();
            Long previous = null;
            long total = 0;
            for (Long b : byBucket.keySet()) {
                if (previous == null || b - previous > maxJump) {
                    runs.add(new ArrayList<>());
                }
                runs.get(runs.size() - 1).add(b);
                total += count(b);
                previous = b;
            }
            for (List<Long> run : runs) {
                long n = run.stream().mapToLong(this::count).sum();
                if (runs.size() > 1 && n < ISLAND_SHARE * total) {
                    run.forEach(byBucket::remove);
                }
            }
        }

        public FleetBuckets build() {
            dropIslands(maxFutureMs / spanMs);
            return new FleetBuckets(spanMs, byBucket);
        }
    }
}
