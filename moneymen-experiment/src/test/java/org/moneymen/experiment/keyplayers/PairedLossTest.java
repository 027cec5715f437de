package org.moneymen.experiment.keyplayers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The paired loss: the mean difference seed by seed and Student's t interval on the differences. */
final class PairedLossTest {

    @Test
    void twoPairsGiveTheMeanDifferenceAndTheInterval() {
        // Differences 1 and 3: mean 2, sd sqrt(2), t(0.975, 1 df) = 12.7062; half-width 12.7062 * sqrt(2) / sqrt(2).
        PairedLoss l = PairedLoss.of(new double[] {10, 20}, new double[] {9, 17});
        assertThat(l.mean()).isEqualTo(2.0);
        assertThat(l.low()).isCloseTo(2 - 12.7062, within(1e-3));
        assertThat(l.high()).isCloseTo(2 + 12.7062, within(1e-3));
        assertThat(l.n()).isEqualTo(2);
    }

    @Test
    void aShiftCommonToBothArmsLeavesTheIntervalAsItIs() {
        // What pairing buys: seed-to-seed noise common to both arms cancels.
        PairedLoss a = PairedLoss.of(new double[] {5, 6, 7, 8}, new double[] {4, 5, 6, 6});
        PairedLoss b = PairedLoss.of(new double[] {105, -94, 1007, 8}, new double[] {104, -95, 1006, 6});
        assertThat(b.low()).isCloseTo(a.low(), within(1e-9));
        assertThat(b.high()).isCloseTo(a.high(), within(1e-9));
    }

    @Test
    void beyondMeansTheLowerEndIsAboveTheOthersUpperEnd() {
        PairedLoss big = new PairedLoss(10, 8, 12, 5);
        assertThat(big.beyond(new PairedLoss(5, 3, 7.9, 5))).isTrue();
        assertThat(big.beyond(new PairedLoss(5, 3, 8.1, 5))).isFalse();
    }

    @Test
    void oneSeedIsRefused() {
        assertThatThrownBy(() -> PairedLoss.of(new double[] {1}, new double[] {0}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
