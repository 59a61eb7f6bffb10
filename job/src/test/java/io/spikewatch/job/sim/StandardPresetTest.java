package io.spikewatch.job.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.spikewatch.model.FilterVerdict;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The standard preset has the shape of the data the detector is judged on: read once, line by
 * line, with an independent parser and the model's filter, then checked for volume, dirt,
 * variants and label sanity.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandardPresetTest {

    private static final FleetSpec SPEC = FleetSpec.standard(1);
    private static final long LATENESS_BOUND_MS = Duration.ofMinutes(2).toMillis();

    private SimulationResult result;
    private String prefixDigest;
    private long lines;
    private long malformed;
    private long accepted;
    private long late;
    private long dottedOnly;
    private long mixed;
    private long stringCategory;
    private long offsets;
    private final long[] digits = new long[10];
    private long minTs = Long.MAX_VALUE;
    private long maxTs = Long.MIN_VALUE;
    private final TreeSet<String> hosts = new TreeSet<>();
    private final TreeMap<FilterVerdict, Long> verdicts = new TreeMap<>();
    /** Accepted events per host, as (epoch ms) lists, to check labels against the data. */
    private final TreeMap<String, List<Long>> acceptedByHost = new TreeMap<>();

    @BeforeAll
    void generateOnce() throws IOException {
        EcsProbe probe = new EcsProbe(SPEC.start().minus(Duration.ofDays(1)).toEpochMilli(),
                SPEC.end().plus(Duration.ofDays(1)).toEpochMilli());
        long[] runningMax = {Long.MIN_VALUE};
        LineSink[] sinkRef = new LineSink[1];
        LineSink sink = new LineSink(line -> {
            lines++;
            if (lines == PREFIX_LINES) {
                prefixDigest = sinkRef[0].digest();
            }
            EcsProbe.Line l = probe.read(line);
            if (l.malformed()) {
                malformed++;
                return;
            }
            if (runningMax[0] != Long.MIN_VALUE && l.tsMs() < runningMax[0] - LATENESS_BOUND_MS) {
                late++;
            }
            runningMax[0] = Math.max(runningMax[0], l.tsMs());
            minTs = Math.min(minTs, l.tsMs());
            maxTs = Math.max(maxTs, l.tsMs());
            hosts.add(l.host());
            verdicts.merge(l.verdict(), 1L, Long::sum);
            if (l.verdict() == FilterVerdict.ACCEPTED) {
                accepted++;
                acceptedByHost.computeIfAbsent(l.host(), h -> new ArrayList<>()).add(l.tsMs());
            }
            dottedOnly += l.dottedOnly() ? 1 : 0;
            mixed += l.mixed() ? 1 : 0;
            stringCategory += l.stringCategory() ? 1 : 0;
            offsets += l.offset() ? 1 : 0;
            digits[l.fractionDigits()]++;
        });
        sinkRef[0] = sink;
        result = new FleetSimulator(SPEC).run(sink);
    }

    @Test
    void volumeHostsAndDaysMatchThePreset() {
        assertThat(lines).isBetween(350_000L, 450_000L).isEqualTo(result.lines());
        assertThat(hosts).hasSizeBetween(135, 145);
        assertThat(result.hosts()).hasSize(SPEC.hosts());
        assertThat(Instant.ofEpochMilli(minTs)).isBetween(SPEC.start(), SPEC.start().plus(Duration.ofHours(1)));
        assertThat(Instant.ofEpochMilli(maxTs)).isBetween(SPEC.end().minus(Duration.ofHours(1)),
                SPEC.end().plus(Duration.ofHours(2)));
    }

    @Test
    void theFilterAcceptsExactlyTheRemoteTransfersAndDropsAboutFortyPercent() {
        assertThat(accepted).isEqualTo(result.remoteTransfers());
        double noise = 1 - accepted / (double) (lines - malformed);
        assertThat(noise).isBetween(0.30, 0.50);
        // every way of failing the filter is present in quantity
        for (FilterVerdict v : FilterVerdict.values()) {
            assertThat(verdicts.getOrDefault(v, 0L)).as(v.name()).isGreaterThan(1_000L);
        }
    }

    @Test
    void aboutThreeInTenThousandLinesAreMalformed() {
        assertThat(malformed).isEqualTo(result.malformedLines());
        assertThat(malformed / (double) lines).isBetween(0.0002, 0.0004);
    }

    @Test
    void exactlyTheLateEventsArriveBeyondTheLatenessBound() {
        assertThat(late).isEqualTo(result.lateEvents()).isEqualTo(SPEC.lateEvents());
    }

    @Test
    void everyWireFormatVariantIsPresent() {
        assertThat(dottedOnly).isGreaterThan(lines / 50);
        assertThat(mixed).isGreaterThan(lines / 50);
        assertThat(stringCategory).isGreaterThan(lines / 20);
        assertThat(offsets).isGreaterThan(lines / 100);
        for (int d : new int[] {0, 3, 6, 7, 9}) {
            assertThat(digits[d]).as(d + " fractional digits").isGreaterThan(lines / 50);
        }
        assertThat(digits[1] + digits[2] + digits[4] + digits[5] + digits[8]).isZero();
    }

    @Test
    void incidentsOfEveryKindFollowAWeekOfHistory() {
        List<Incident> incidents = result.incidents();
        assertThat(incidents).hasSizeBetween(8, 15);
        assertThat(incidents).extracting(Incident::kind).contains(Incident.BURST, Incident.LOW_AND_SLOW,
                Incident.NIGHT_BURST_ON_BUSY_SERVER, Incident.LINUX_SCP, Incident.TOOL_SPREAD, Incident.NEW_HOST_BURST);
        for (Incident i : incidents) {
            assertThat(i.start()).as(i.id()).isAfterOrEqualTo(SPEC.start().plus(Duration.ofDays(7)));
            assertThat(i.end()).as(i.id()).isBefore(SPEC.end());
            assertThat(Duration.between(i.start(), i.end())).as(i.id()).isLessThanOrEqualTo(Duration.ofHours(6));
        }
    }

    @Test
    void theNewHostBurstHitsAHostThatJoinedAboutTwoDaysEarlier() {
        Incident i = result.incidents().stream().filter(x -> x.kind().equals(Incident.NEW_HOST_BURST)).findFirst()
                .orElseThrow();
        SimHost h = result.hosts().stream().filter(x -> x.name().equals(i.hosts().get(0))).findFirst().orElseThrow();
        assertThat(Duration.between(h.joinedAt(), i.start())).isBetween(Duration.ofHours(40), Duration.ofHours(56));
        assertThat(Instant.ofEpochMilli(acceptedByHost.get(h.name()).stream().min(Long::compare).orElseThrow()))
                .isAfterOrEqualTo(h.joinedAt());
    }

    @Test
    void everyIncidentHostReallyReceivesTheAttackersFiles() {
        for (Incident i : result.incidents()) {
            for (String host : i.hosts()) {
                long inWindow = acceptedByHost.getOrDefault(host, List.of()).stream()
                        .filter(t -> t >= i.start().toEpochMilli() && t <= i.end().toEpochMilli()).count();
                assertThat(inWindow).as(i.id() + " on " + host).isGreaterThanOrEqualTo(5);
            }
        }
    }

    @Test
    void benignSpikesIncludePatchTuesdayAndNeverShareAHostDayWithAnIncident() {
        assertThat(result.benign()).extracting(BenignSpike::kind).contains(BenignSpike.PATCH_DAY,
                BenignSpike.PERIOD_CLOSE, BenignSpike.FOLDER_COPY, BenignSpike.NEW_HOST_PROVISIONING,
                BenignSpike.RECURRING_JOB_START);
        BenignSpike patch = result.benign().stream().filter(b -> b.kind().equals(BenignSpike.PATCH_DAY)).findFirst()
                .orElseThrow();
        assertThat(patch.hosts()).hasSizeGreaterThan(40);
        assertThat(patch.start()).isAfterOrEqualTo(Instant.parse("2024-03-12T00:00:00Z"))
                .isBefore(Instant.parse("2024-03-13T00:00:00Z"));
        for (Incident i : result.incidents()) {
            for (BenignSpike b : result.benign()) {
                if (b.kind().equals(BenignSpike.PERIOD_CLOSE) || b.kind().equals(BenignSpike.NEW_HOST_PROVISIONING)) {
                    continue; // fleet-wide or days before the attack by design
                }
                boolean sameHost = !Set.copyOf(b.hosts()).stream().filter(i.hosts()::contains).toList().isEmpty();
                boolean overlaps = b.start().isBefore(i.end().plus(Duration.ofHours(2)))
                        && b.end().isAfter(i.start().minus(Duration.ofHours(2)));
                assertThat(sameHost && overlaps).as(i.id() + " vs " + b.id()).isFalse();
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        // the full run is compared on the small preset; here the first 60k lines of a second run
        LineSink again = new LineSink(line -> { });
        Writer firstLines = new Writer() {
            private int n;

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                write(new String(buf, off, len), 0, len);
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                again.write(str, off, len);
                n += str.substring(off, off + len).chars().filter(c -> c == '\n').count();
                if (n >= PREFIX_LINES) {
                    throw new Stop();
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        try {
            new FleetSimulator(SPEC).run(firstLines);
        } catch (Stop expected) {
            // enough lines
        }
        assertThat(again.digest()).isEqualTo(prefixDigest);
    }

    private static final int PREFIX_LINES = 60_000;

    /** Ends a run early once enough lines are compared. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
