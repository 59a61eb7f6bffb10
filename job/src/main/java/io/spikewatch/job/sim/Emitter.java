package io.spikewatch.job.sim;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes events in arrival order rather than event-time order: each event arrives up to 60 s
 * after it happened (so neighbouring lines are shuffled within about a minute), and a chosen few
 * arrive 20-90 minutes late. Events are buffered until no later-generated event can arrive
 * before them, so the output is streamed day by day with bounded memory.
 */
final class Emitter {

    private static final long MAX_JITTER_MS = 60_000L;
    private static final Comparator<Pending> ARRIVAL =
            Comparator.comparingLong(Pending::arrivalMs).thenComparingLong(Pending::seq);

    private final Writer out;
    private final FleetSpec spec;
    private final EcsRenderer renderer;
    private final Rand rng;
    private List<Pending> pending = new ArrayList<>();
    private long seq;
    long lines;
    long remote;
    long noise;
    long malformed;
    int late;

    Emitter(Writer out, FleetSpec spec, EcsRenderer renderer, Rand rng) {
        this.out = out;
        this.spec = spec;
        this.renderer = renderer;
        this.rng = rng;
    }

    /** Queues a day's events; {@code lateCount} of its ordinary transfers will arrive 20-90 min late. */
    void add(List<SimEvent> events, int lateCount) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            SimEvent e = events.get(i);
            if (e.remote() && !e.attack()) {
                candidates.add(i);
            }
        }
        boolean[] isLate = new boolean[events.size()];
        for (int k = 0; k < lateCount && !candidates.isEmpty(); k++) {
            isLate[candidates.remove(rng.nextInt(candidates.size()))] = true;
        }
        for (int i = 0; i < events.size(); i++) {
            SimEvent e = events.get(i);
            long delay = isLate[i] ? rng.nextLong(20 * 60_000L, 90 * 60_000L) : rng.nextLong(0, MAX_JITTER_MS);
            pending.add(new Pending(e.tsMs() + delay, seq++, e, isLate[i]));
        }
    }

    /** Writes every queued event that arrives before {@code limitMs}. */
    void flushBefore(long limitMs) throws IOException {
        pending.sort(ARRIVAL);
        List<Pending> keep = new ArrayList<>();
        for (Pending p : pending) {
            if (p.arrivalMs() < limitMs) {
                emit(p);
            } else {
                keep.add(p);
            }
        }
        pending = keep;
    }

    void flushAll() throws IOException {
        flushBefore(Long.MAX_VALUE);
    }

    private void emit(Pending p) throws IOException {
        SimEvent e = p.event();
        Malformation how = Malformation.NONE;
        // attack and late lines stay intact so that labels and late-event counts are exact
        if (!e.attack() && !p.late() && rng.chance(spec.malformedRatio())) {
            how = Malformation.pick(rng);
        }
        out.write(renderer.render(e, p.arrivalMs(), how, rng));
        out.write('\n');
        lines++;
        if (how != Malformation.NONE) {
            malformed++;
        } else if (e.remote()) {
            remote++;
            if (p.late()) {
                late++;
            }
        } else {
            noise++;
        }
    }

    private record Pending(long arrivalMs, long seq, SimEvent event, boolean late) {}
}
