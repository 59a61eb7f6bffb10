package io.spikewatch.connectors.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSettingsTest {

    @Test
    void defaultsAreElasticsRule() {
        RuleSettings r = RuleSettings.defaults();
        assertThat(r.name()).isEqualTo("Spike in Remote File Transfers");
        assertThat(r.ruleId()).isEqualTo("e9b0902b-c515-413b-b80b-a8dcebc81a66");
        assertThat(r.jobId()).isEqualTo("lmd_high_count_remote_file_transfer");
        assertThat(r.severity()).isEqualTo("low");
        assertThat(r.riskScore()).isEqualTo(21);
        assertThat(r.anomalyThreshold()).isEqualTo(70);
        assertThat(r.interval()).isEqualTo("15m");
        assertThat(r.from()).isEqualTo("now-90m");
        assertThat(r.maxSignals()).isEqualTo(100);
    }

    @Test
    void badOverridesFailNamingTheComponent() {
        assertThatThrownBy(() -> RuleSettings.defaults().withSeverity("urgent", 50))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("severity")
                .hasMessageContaining("low, medium, high, critical");
        assertThatThrownBy(() -> RuleSettings.defaults().withAnomalyThreshold(101))
                .hasMessageContaining("anomalyThreshold");
        assertThatThrownBy(() -> RuleSettings.defaults().withSeverity("high", -1)).hasMessageContaining("riskScore");
        assertThatThrownBy(() -> RuleSettings.defaults().withJobId(" ")).hasMessageContaining("jobId");
    }

    @Test
    void listsAreCopiedSoTheSettingsStayImmutable() {
        List<String> tags = new ArrayList<>(List.of("a"));
        RuleSettings d = RuleSettings.defaults();
        RuleSettings r = new RuleSettings(d.name(), d.ruleId(), d.jobId(), d.severity(), d.riskScore(),
                d.anomalyThreshold(), d.interval(), d.from(), d.to(), d.maxSignals(), tags, d.description(),
                d.note(), d.references(), d.author(), d.license());
        tags.add("b");
        assertThat(r.tags()).containsExactly("a");
    }
}
