package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Scenario;

/**
 * Any knower who leaves in order hands his accounts over with {@code staffing.handover_probability}, so the more
 * officials know an account, the less often it is lost with its last knower. Purge networks (many departures, some
 * disorderly) over 20 paired seeds, staff knowing none of the accounts against staff knowing all of them. Margin:
 * the paired mean difference in accounts lost per run is positive with a paired t of at least 3.
 */
final class AccountKnowersTest {
    static final int SEEDS = 20;

    private static double lost(long seed, double staffKnows) {
        Scenario s = PurgeScenarios.network(6, true, 36, seed);
        s = Recs.with(s, "staffing", Recs.with(s.staffing(), "staffKnowsAccount", staffKnows));
        return TinyScenarios.run(s).summary().totals().get(Column.ACCOUNTS_LOST.label());
    }

    @Test
    void accountsKnownByAllStaff_areLostLessOften_thanAccountsOnlyTheHeadKnows() {
        double[] d = new double[SEEDS];
        double few = 0;
        for (int i = 0; i < SEEDS; i++) {
            double onlyHead = lost(i + 1, 0.0);
            double everyone = lost(i + 1, 1.0);
            d[i] = onlyHead - everyone;
            few += onlyHead;
        }
        double mean = java.util.Arrays.stream(d).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum() / (SEEDS - 1));
        double t = mean / (sd / Math.sqrt(SEEDS));
        assertThat(few / SEEDS).as("accounts lost per run when only heads know them").isGreaterThan(1);
        assertThat(t).as("paired t of (lost when only heads know) - (lost when all staff know), mean %.2f", mean)
                .isGreaterThanOrEqualTo(3);
    }
}
