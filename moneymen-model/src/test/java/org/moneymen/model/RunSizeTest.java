package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Scenario;

/** A run's size is estimated from its network before it starts, and grows with it. */
final class RunSizeTest {

    @Test
    void theEstimateCountsThePostsAndCounterpartsTheModelBuilds() {
        Scenario s = TinyScenarios.twoCities(12, 1);
        RunSize size = RunSize.of(s);
        RunOutput out = TinyScenarios.run(s);
        assertThat(size.posts()).isEqualTo(TinyScenarios.posts(s));
        assertThat(size.counterparts()).isEqualTo(60);
        assertThat(size.deals()).as("deals running at once, against the first month's")
                .isBetween((long) (out.rows().get(0).get(Column.DEALS_ACTIVE) / 3),
                        (long) (out.rows().get(0).get(Column.DEALS_ACTIVE) * 3));
    }

    @Test
    void aScaledNetworkNeedsProportionallyMore_andRefusesASmallHeap() {
        Scenario s = TinyScenarios.twoCities(12, 1);
        RunSize small = RunSize.of(Recs.with(s, "targetOfficials", 1_000));
        RunSize big = RunSize.of(Recs.with(s, "targetOfficials", 100_000));
        assertThat(big.posts()).isBetween(99_000L, 101_000L);
        assertThat((double) (big.bytes() - RunSize.BYTES_BASE) / (small.bytes() - RunSize.BYTES_BASE)).isBetween(50.0, 110.0);
        assertThat(big.fits(big.bytes())).isFalse();
        assertThat(big.fits(big.heapNeededGb() << 30)).isTrue();
        assertThat(big.seconds()).isGreaterThan(small.seconds() * 50);
    }
}
