package io.spikewatch.job.kafka;

import io.spikewatch.job.pipeline.ControlMessage;
import io.spikewatch.model.exceptions.ExceptionItem;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ControlInputTest {

    @Test
    void aResetMessageNamesTheHostsAndWhy() {
        ControlMessage m = ControlInput.fromMap(Map.of("reset-baseline", "fs-lon-*", "reason", "repurposed",
                "author", "ops"));
        assertThat(m.isReset()).isTrue();
        assertThat(m.resetHost()).isEqualTo("fs-lon-*");
        assertThat(m.reason()).isEqualTo("repurposed");
        assertThat(m.author()).isEqualTo("ops");
    }

    @Test
    void anyOtherMessageIsAnExceptionChange() {
        ControlMessage m = ControlInput.fromMap(Map.of("id", "mig", "kind", "allow", "user", "svc_migrate"));
        assertThat(m.isReset()).isFalse();
        assertThat(m.exception().kind()).isEqualTo(ExceptionItem.Kind.ALLOW);
    }

    @Test
    void stagingAndNotStagingEntriesNameADirectory() {
        ControlMessage in = ControlInput.fromMap(Map.of("id", "drop", "kind", "staging", "directory", "D:\\Drop"));
        assertThat(in.exception().kind()).isEqualTo(ExceptionItem.Kind.STAGING);
        assertThat(in.exception().directory()).isEqualTo("D:\\Drop");
        ControlMessage out = ControlInput.fromMap(Map.of("id", "v", "kind", "not-staging", "directory", "C:\\Vendor"));
        assertThat(out.exception().kind()).isEqualTo(ExceptionItem.Kind.NOT_STAGING);
        assertThatThrownBy(() -> ControlInput.fromMap(Map.of("id", "x", "kind", "stage", "directory", "D:\\Drop")))
                .hasMessageContaining("kind: allow, maintenance, threshold, staging or not-staging, got 'stage'");
        assertThatThrownBy(() -> ControlInput.fromMap(Map.of("id", "y", "kind", "staging", "directory", "D:\\Drop",
                "host", "ws-*"))).hasMessageContaining("fleet-wide");
    }

    @Test
    void aResetWithoutAHostOrWithOtherKeysIsRejectedNamingTheKey() {
        assertThatThrownBy(() -> ControlInput.fromMap(Map.of("reset-baseline", " ")))
                .hasMessageContaining("reset-baseline: expected a host name or pattern");
        assertThatThrownBy(() -> ControlInput.fromMap(Map.of("reset-baseline", "fs-1", "kind", "allow")))
                .hasMessageContaining("unknown key 'kind'");
    }
}
