package io.spikewatch.bench.nab;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** NAB's scoring function on a 20-row series with one window (rows 10..13), by hand. */
class NabSweeperTest {

    private static final long T0 = NabTime.parse("2015-01-01 00:00:00");
    private static final long STEP = 60_000L;
    private static final NabProfile STANDARD = new NabProfile(NabProfile.STANDARD, 1.0, 0.11, 1.0);
    private static final NabProfile LOW_FN = new NabProfile(NabProfile.LOW_FN, 1.0, 0.11, 2.0);
    /** 2 / (1 + e^-5) - 1: the unweighted score of a detection at a window's first row. */
    private static final double MAX_TP = 0.9866142981514305;
    private static final double EPS = 1e-12;

    private final NabSweeper sweeper = new NabSweeper(STANDARD);

    @Test
    void scaledSigmoidIsNabs() {
        assertThat(NabSweeper.scaledSigmoid(-1.0)).isCloseTo(MAX_TP, within(EPS));
        assertThat(NabSweeper.scaledSigmoid(-0.5)).isCloseTo(0.8482836399575131, within(EPS));
        assertThat(NabSweeper.scaledSigmoid(0.0)).isEqualTo(0.0);
        assertThat(NabSweeper.scaledSigmoid(1.0)).isCloseTo(-MAX_TP, within(EPS));
        assertThat(NabSweeper.scaledSigmoid(3.0)).isCloseTo(2 / (1 + Math.exp(15)) - 1, within(EPS));
        assertThat(NabSweeper.scaledSigmoid(3.01)).isEqualTo(-1.0);
    }

    @Test
    void probationIsFifteenPercentAtMost750Rows() {
        assertThat(NabSweeper.probationaryLength(20)).isEqualTo(3.0);
        assertThat(NabSweeper.probationaryLength(4032)).isEqualTo(604.0);
        assertThat(NabSweeper.probationaryLength(5000)).isEqualTo(750.0);
        assertThat(NabSweeper.probationaryLength(15902)).isEqualTo(750.0);
    }

    @Test
    void rowsScoreByTheirPositionAroundTheWindow() {
        NabSweeper.Swept s = sweeper.sweep(series(20, 10, 13), new double[20]);

        for (int i = 0; i < 10; i++) {
            assertThat(s.sweepScores()[i]).as("row %d, before any window", i).isCloseTo(-0.11, within(EPS));
        }
        assertThat(s.sweepScores()[10]).isCloseTo(1.0, within(EPS));
        assertThat(s.sweepScores()[11]).isCloseTo(sigmoid(-0.75) / MAX_TP, within(EPS));
        assertThat(s.sweepScores()[12]).isCloseTo(sigmoid(-0.5) / MAX_TP, within(EPS));
        assertThat(s.sweepScores()[13]).isCloseTo(sigmoid(-0.25) / MAX_TP, within(EPS));
        // After the window: distance to its last row over (width - 1).
        assertThat(s.sweepScores()[14]).isCloseTo(0.11 * sigmoid(1.0 / 3), within(EPS));
        assertThat(s.sweepScores()[16]).isCloseTo(0.11 * -MAX_TP, within(EPS));
        assertThat(s.sweepScores()[19]).isCloseTo(0.11 * sigmoid(2.0), within(EPS));

        assertThat(s.windowOf()).containsExactly(-2, -2, -2, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, -1, -1, -1, -1,
                -1, -1);
    }

    @Test
    void everyDistinctScoreIsAThresholdAndTheFirstDetectionInAWindowCounts() {
        double[] anomaly = new double[20];
        anomaly[1] = 1.0; // probationary: never scored
        anomaly[5] = 0.9; // false positive before the window
        anomaly[11] = 0.8; // in the window, earlier
        anomaly[12] = 0.95; // in the window, later
        anomaly[16] = 0.7; // false positive one window width after it

        List<ThresholdScore> rows = sweeper.scoresByThreshold(List.of(sweeper.sweep(series(20, 10, 13), anomaly)));

        double early = sigmoid(-0.75) / MAX_TP;
        double late = sigmoid(-0.5) / MAX_TP;
        assertThat(rows).extracting(ThresholdScore::threshold).containsExactly(1.1, 0.95, 0.9, 0.8, 0.7, 0.0);
        assertThat(rows.get(0)).isEqualTo(new ThresholdScore(1.1, -1.0, 0, 13, 0, 4, 17));
        assertThat(rows.get(1).score()).isCloseTo(late, within(EPS));
        assertThat(rows.get(2).score()).isCloseTo(late - 0.11, within(EPS));
        assertThat(rows.get(3).score()).isCloseTo(early - 0.11, within(EPS));
        assertThat(rows.get(4).score()).isCloseTo(early - 0.11 - 0.11 * MAX_TP, within(EPS));
        assertThat(rows.get(4)).extracting(ThresholdScore::tp, ThresholdScore::tn, ThresholdScore::fp,
                ThresholdScore::fn).containsExactly(2, 11, 2, 2);
        // Everything detected: the window's first row is worth tpWeight; every other row is a false positive.
        double fps = 7 * -0.11;
        for (int i = 14; i < 20; i++) {
            fps += 0.11 * sigmoid((i - 13) / 3.0);
        }
        assertThat(rows.get(5).score()).isCloseTo(1.0 + fps, within(EPS));
        assertThat(rows.get(5)).extracting(ThresholdScore::tp, ThresholdScore::fp).containsExactly(4, 13);
    }

    @Test
    void aSeriesIsScoredAtTheLowestThresholdNotBelowTheGivenOne() {
        double[] anomaly = new double[20];
        anomaly[5] = 0.9;
        anomaly[11] = 0.8;
        NabSweeper.Swept s = sweeper.sweep(series(20, 10, 13), anomaly);

        assertThat(sweeper.scoreAt(s, 0.8).score()).isCloseTo(sigmoid(-0.75) / MAX_TP - 0.11, within(EPS));
        // 0.85 is none of the scores: only 0.9 is at or above it.
        assertThat(sweeper.scoreAt(s, 0.85).threshold()).isEqualTo(0.9);
        assertThat(sweeper.scoreAt(s, 0.85).score()).isCloseTo(-1.11, within(EPS));
        // Where NAB fails: above 1.1 nothing is detected, below every score everything is.
        assertThat(sweeper.scoreAt(s, 2.0).score()).isEqualTo(-1.0);
        assertThat(sweeper.scoreAt(s, -1.0).threshold()).isEqualTo(0.0);
        assertThat(sweeper.noDetectionScore(s)).isEqualTo(-1.0);
    }

    @Test
    void windowsOfSeveralSeriesStayDistinct() {
        double[] anomaly = new double[20];
        anomaly[10] = 1.0;
        NabSweeper.Swept one = sweeper.sweep(series(20, 10, 13), anomaly);
        NabSweeper.Swept two = sweeper.sweep(series(20, 10, 13), anomaly);

        List<ThresholdScore> rows = sweeper.scoresByThreshold(List.of(one, two));

        assertThat(rows.get(0).score()).isEqualTo(-2.0);
        assertThat(rows.get(1).threshold()).isEqualTo(1.0);
        assertThat(rows.get(1).score()).isCloseTo(2.0, within(EPS));
    }

    @Test
    void missedWindowsCostTheProfilesFalseNegativeWeight() {
        NabSweeper lowFn = new NabSweeper(LOW_FN);
        assertThat(lowFn.noDetectionScore(lowFn.sweep(series(20, 10, 13), new double[20]))).isEqualTo(-2.0);
    }

    @Test
    void aWindowInsideTheProbationIsNotScored() {
        double[] anomaly = new double[20];
        anomaly[1] = 1.0;
        NabSweeper.Swept s = sweeper.sweep(series(20, 0, 2), anomaly);

        assertThat(sweeper.noDetectionScore(s)).isEqualTo(0.0);
        assertThat(sweeper.scoresByThreshold(List.of(s)).get(0)).extracting(ThresholdScore::fn, ThresholdScore::tn)
                .containsExactly(0, 17);
    }

    @Test
    void aWindowEndThatIsNoRowFailsNamingTheSeries() {
        NabSeries s = new NabSeries("cat/x.csv", timestamps(20), new double[20],
                List.of(new NabWindow(T0 + 10 * STEP, T0 + 10 * STEP + 1)));
        assertThatThrownBy(() -> sweeper.sweep(s, new double[20])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cat/x.csv").hasMessageContaining("not a timestamp");
    }

    @Test
    void scoresOfAnotherLengthOrNaNFail() {
        NabSeries s = series(20, 10, 13);
        assertThatThrownBy(() -> sweeper.sweep(s, new double[19])).hasMessageContaining("19 anomaly scores for 20 rows");
        double[] nan = new double[20];
        nan[3] = Double.NaN;
        assertThatThrownBy(() -> sweeper.sweep(s, nan)).hasMessageContaining("row 3");
    }

    private static double sigmoid(double x) {
        return 2 / (1 + Math.exp(5 * x)) - 1;
    }

    private static NabSeries series(int rows, int windowStart, int windowEnd) {
        return new NabSeries("cat/s.csv", timestamps(rows), new double[rows],
                List.of(new NabWindow(T0 + windowStart * STEP, T0 + windowEnd * STEP)));
    }

    private static long[] timestamps(int rows) {
        long[] ts = new long[rows];
        for (int i = 0; i < rows; i++) {
            ts[i] = T0 + i * STEP;
        }
        return ts;
    }
}
