package io.spikewatch.bench;

import io.spikewatch.model.DetectorSettings;
import io.spikewatch.model.HostModel;
import io.spikewatch.model.HostState;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Model state per host stays under 1 KiB serialized, new or after weeks of history (issue 4). */
class StateSizeTest {

    private static final DetectorSettings SETTINGS = DetectorSettings.defaults();
    /** 2024-03-04T00:00:00Z, a Monday. */
    private static final long T0_MS = 1_709_510_400_000L;
    private static final int THREE_WEEKS = 3 * 7 * 96;
    private static final int KIB = 1024;

    @Test
    void aNewHostIsUnderAKilobyte() {
        int bytes = StateSize.serializedBytes(new HostState());
        System.out.println("HostState serialized, new host: " + bytes + " bytes");
        assertThat(bytes).isPositive().isLessThan(KIB);
    }

    @Test
    void threeWeeksOfHistoryStayUnderAKilobyte() {
        HostModel model = new HostModel(SETTINGS);
        HostState st = new HostState();
        SplittableRandom rnd = new SplittableRandom(42);
        long first = model.bucketOf(T0_MS);
        // Mostly empty buckets, small batches, now and then a burst; more drivers than the table holds.
        for (int i = 0; i < THREE_WEEKS; i++) {
            double u = rnd.nextDouble();
            long count = u < 0.6 ? 0 : u < 0.97 ? 1 + rnd.nextInt(8) : 20 + rnd.nextInt(200);
            if (count == 0 && rnd.nextBoolean()) {
                continue; // an empty bucket the job never closes explicitly: learned as zero on the next one
            }
            model.close(st, first + i, count, 1 + rnd.nextInt(30));
        }
        assertThat(st.seen).isGreaterThan(THREE_WEEKS - 100);
        assertThat(st.drivers).doesNotContain(0);
        int bytes = StateSize.serializedBytes(st);
        System.out.println("HostState serialized, after three weeks: " + bytes + " bytes");
        assertThat(bytes).isLessThan(KIB);
    }
}
