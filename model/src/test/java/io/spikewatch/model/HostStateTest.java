package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class HostStateTest {

    /** Every field, a future one too, is carried over, and arrays are not shared. */
    @Test
    void copyCarriesEveryFieldAndSharesNoArray() throws Exception {
        HostModel model = new HostModel(DetectorSettings.defaults());
        HostState st = new HostState();
        SplittableRandom r = new SplittableRandom(9);
        for (long b = 0; b < 3 * 96; b++) {
            model.close(st, 1_000_000 + b, r.nextInt(4) == 0 ? r.nextInt(60) : 0, 1 + r.nextInt(5));
        }
        HostState c = st.copy();
        for (Field f : HostState.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            Object a = f.get(st);
            Object b = f.get(c);
            if (a != null && a.getClass().isArray()) {
                assertThat(b).as(f.getName()).isNotSameAs(a);
            }
            assertThat(b).as(f.getName()).usingRecursiveComparison().isEqualTo(a);
        }
    }

    @Test
    void aLayout3BaselineIsMigratedOnItsNextBucket() {
        HostState old = new HostState();
        old.version = 3;
        old.runLength = 5; // a run of five buckets; layout 3 had no runSpan
        HostModel.migrate(old);
        assertThat(old.runSpan).as("a run without gaps").isEqualTo((byte) 5);
        assertThat(old.version).isEqualTo(HostState.CURRENT_VERSION);
        HostState restored = new HostState();
        restored.version = 3;
        new HostModel(DetectorSettings.defaults()).close(restored, 1_000, 3);
        assertThat(restored.version).as("close migrates").isEqualTo(HostState.CURRENT_VERSION);
    }

    @Test
    void aLayout5BaselineRelearnsItsPlacesWhoseBitsWereOneIn64() {
        HostState old = new HostState();
        old.version = 5;
        old.rootsOld = 0x8000_0000_0000_0001L;
        old.rootsYesterday = 2;
        old.rootsToday = 4;
        HostModel.migrate(old);
        assertThat(old.rootsOld).isEqualTo(HostPlaces.RELEARNING);
        assertThat(old.rootsYesterday | old.rootsToday).isZero();
        assertThat(old.version).isEqualTo(HostState.CURRENT_VERSION);
    }

    @Test
    void aLayout4BaselineKeepsItsTenMostSeenDrivers() {
        HostState old = new HostState();
        old.version = 4;
        old.drivers = new int[12];
        old.driverSeen = new byte[12];
        old.driverBursts = new byte[12];
        for (int i = 0; i < 12; i++) {
            old.drivers[i] = 100 + i;
            old.driverSeen[i] = (byte) (i == 3 ? 200 : i == 7 ? 1 : 10 + i); // slot 7 and slot 0 are the least seen
            old.driverBursts[i] = (byte) i;
        }
        old.driverSeen[0] = 2;
        HostModel.migrate(old);
        assertThat(old.drivers).hasSize(HostState.DRIVERS).doesNotContain(100, 107).startsWith(103);
        assertThat(old.driverSeen[0] & 0xFF).isEqualTo(200);
        assertThat(old.driverBursts[0]).as("its bursts move with it").isEqualTo((byte) 3);
        assertThat(old.version).isEqualTo(HostState.CURRENT_VERSION);
    }
}
