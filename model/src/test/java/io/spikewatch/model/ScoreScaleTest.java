package io.spikewatch.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoreScaleTest {

    @Test
    void anchorsFollowElasticSeverityBands() {
        assertThat(ScoreScale.score(1.0)).isZero();
        assertThat(ScoreScale.score(0.06)).isZero();
        assertThat(ScoreScale.score(1e-3)).isCloseTo(25.0, within(1e-9));
        assertThat(ScoreScale.score(1e-5)).isCloseTo(50.0, within(1e-9));
        assertThat(ScoreScale.score(1e-7)).isCloseTo(70.0, within(1e-9));
        assertThat(ScoreScale.score(1e-8)).isCloseTo(76.0, within(1e-9));
        assertThat(ScoreScale.score(1e-16)).isCloseTo(100.0, within(1e-9));
        assertThat(ScoreScale.score(0.0)).isEqualTo(100.0);
    }

    @Test
    void isMonotoneAndInvertible() {
        double previous = -1;
        for (double s = 0; s <= 20; s += 0.25) {
            double score = ScoreScale.scoreOfSurprise(s);
            assertThat(score).isGreaterThanOrEqualTo(previous);
            previous = score;
        }
        for (double score = 1; score < 100; score += 3) {
            assertThat(ScoreScale.scoreOfSurprise(ScoreScale.surpriseOfScore(score))).isCloseTo(score, within(1e-9));
        }
    }
}
