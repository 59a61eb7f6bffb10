package io.spikewatch.bench.quality;

import io.spikewatch.job.config.JobConfig;
import io.spikewatch.job.sim.Evaluation;
import io.spikewatch.job.sim.FleetSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The staging ablation is the product run with no staging location, on the same fleets bucketed anew. */
class StagingAblationTest {

    private static final JobConfig CFG = JobConfig.defaults();

    @Test
    void noDirectoryIsAStagingLocationAndThePlaceDepthStays() {
        JobConfig none = StagingAblation.withoutStaging(CFG);

        assertThat(CFG.detector().locations().isStaging("C:\\Windows\\Temp")).isTrue();
        for (String dir : List.of("C:\\Windows\\Temp", "C:\\ProgramData\\x", "/tmp", "/dev/shm", "D:\\Shares\\.cache")) {
            assertThat(none.detector().locations().isStaging(dir)).as(dir).isFalse();
        }
        assertThat(none.detector().locations().placeDepth()).isEqualTo(CFG.detector().locations().placeDepth());
        assertThat(none.validate().policy()).isEqualTo(CFG.policy());
    }

    @Test
    void itScoresTheFleetsAsTheProductConfiguredWithoutStagingWould() throws Exception {
        List<FleetSpec> specs = List.of(FleetSpec.demo(3), FleetSpec.demo(4));
        JobConfig none = StagingAblation.withoutStaging(CFG);

        FleetScore ablated = StagingAblation.measure(CFG, specs, null, QualityCommand::map);

        FleetScore direct = FleetScore.empty("spikewatch");
        FleetScore configured = FleetScore.empty("spikewatch");
        for (FleetSpec spec : specs) {
            direct = direct.plus(evaluate(Scenario.simulate(spec, none), none), 0, 0);
            configured = configured.plus(evaluate(Scenario.simulate(spec, CFG), CFG), 0, 0);
        }
        assertThat(ablated.caught()).isEqualTo(direct.caught());
        assertThat(ablated.alerts()).isEqualTo(direct.alerts());
        assertThat(ablated.trueAlerts()).isEqualTo(direct.trueAlerts());
        assertThat(ablated.alerts()).as("the staging list changes what alerts").isNotEqualTo(configured.alerts());
    }

    private static Evaluation evaluate(Scenario s, JobConfig cfg) {
        return Evaluation.evaluate(s.labels().incidents(), s.labels().benign(),
                new SpikewatchFleetDetector(cfg).detect(s.buckets()));
    }
}
