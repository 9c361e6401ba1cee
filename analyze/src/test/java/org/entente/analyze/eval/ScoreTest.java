package org.entente.analyze.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void precisionCountsPredictedEventsAndRecallCountsGoldRows() {
        Score s = new Score(3, 1, 4, 2);

        assertThat(s.precision()).isCloseTo(4.0 / 6, within(1e-9));
        assertThat(s.recall()).isCloseTo(3.0 / 4, within(1e-9));
        assertThat(s.f1()).isCloseTo(2 * (4.0 / 6) * 0.75 / (4.0 / 6 + 0.75), within(1e-9));
    }

    @Test
    void nothingExpectedAndNothingPredictedScoresOne() {
        assertThat(Score.ZERO.f1()).isEqualTo(1.0);
    }

    @Test
    void predictionsWhereNothingWasExpectedScoreZero() {
        Score s = new Score(0, 0, 0, 3);

        assertThat(s.precision()).isZero();
        assertThat(s.f1()).isZero();
    }

    @Test
    void scoresAddFieldByField() {
        assertThat(new Score(1, 2, 3, 4).plus(new Score(10, 20, 30, 40))).isEqualTo(new Score(11, 22, 33, 44));
    }
}
