package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pattern 3: a purge drops Office No. 39's inflow sharply and for many months; deals collapse and accounts are lost;
 * the drop grows with the share of the network tied to the purged patron. Each replicate runs the same network and
 * seed with and without the purge (common random numbers until the purge), so the drop is measured pairwise.
 * Margins: every replicate shows a drop; the mean drop with 6 of 8 companies tied exceeds that with 2 of 8 by more
 * than 4 Welch standard errors.
 */
class PatternPurgeTest {
    static final int REPLICATES = 10;
    static final int MONTHS = 48;
    /** Row index of the purge month (December 2013 in a run from January 2012). */
    static final int PURGE_ROW = 23;

    static double inflow(RunOutput out, int fromRow, int toRowExclusive) {
        double sum = 0;
        for (int i = fromRow; i < toRowExclusive; i++) {
            sum += out.rows().get(i).get(Column.OFFICE39_INFLOW_USD);
        }
        return sum;
    }

    /** Share of the counterfactual inflow lost in the twelve months after the purge. */
    static double drop(int tied, long seed) {
        RunOutput with = TinyScenarios.run(PurgeScenarios.network(tied, true, MONTHS, seed));
        RunOutput without = TinyScenarios.run(PurgeScenarios.network(tied, false, MONTHS, seed));
        double a = inflow(with, PURGE_ROW + 1, PURGE_ROW + 13);
        double b = inflow(without, PURGE_ROW + 1, PURGE_ROW + 13);
        return 1 - a / b;
    }

    @Test
    void purgeDropsInflowForMonths_collapsesDeals_losesAccounts() {
        List<Double> drops = new ArrayList<>();
        double collapsedWith = 0;
        double collapsedWithout = 0;
        double summoned = 0;
        for (long seed = 1; seed <= REPLICATES; seed++) {
            RunOutput with = TinyScenarios.run(PurgeScenarios.network(6, true, MONTHS, seed));
            RunOutput without = TinyScenarios.run(PurgeScenarios.network(6, false, MONTHS, seed));
            double early = 1 - inflow(with, PURGE_ROW + 1, PURGE_ROW + 7) / inflow(without, PURGE_ROW + 1, PURGE_ROW + 7);
            double late = 1 - inflow(with, PURGE_ROW + 7, PURGE_ROW + 13) / inflow(without, PURGE_ROW + 7, PURGE_ROW + 13);
            assertThat(early).as("drop in the first six months, seed " + seed).isGreaterThan(0.10);
            assertThat(late).as("drop in months 7 to 12, seed " + seed).isGreaterThan(0.0);
            drops.add(early);
            for (int row = PURGE_ROW; row < PURGE_ROW + 3; row++) {
                collapsedWith += with.rows().get(row).get(Column.DEALS_COLLAPSED);
                collapsedWithout += without.rows().get(row).get(Column.DEALS_COLLAPSED);
            }
            summoned += with.summary().totals().get("officials_summoned");
        }
        assertThat(Stats.mean(drops)).as("mean drop in the first six months").isGreaterThan(0.2);
        assertThat(collapsedWith).as("deals collapsed in the purge month and the two after, purge vs none").isGreaterThan(collapsedWithout * 1.5);
        assertThat(summoned).isPositive();
    }

    @Test
    void purgeLosesAccountsWhenOnlyTheSummonedKnewThem() {
        double lostWith = 0;
        double lostWithout = 0;
        for (long seed = 1; seed <= REPLICATES; seed++) {
            lostWith += TinyScenarios.run(PurgeScenarios.network(6, true, MONTHS, seed)).summary().totals().get("accounts_lost");
            lostWithout += TinyScenarios.run(PurgeScenarios.network(6, false, MONTHS, seed)).summary().totals().get("accounts_lost");
        }
        assertThat(lostWith).as("accounts lost over the replicates, purge vs none").isGreaterThan(lostWithout + 5);
    }

    @Test
    void theDropGrowsWithTheShareTiedToThePurgedPatron() {
        List<Double> few = new ArrayList<>();
        List<Double> many = new ArrayList<>();
        for (long seed = 1; seed <= REPLICATES; seed++) {
            few.add(drop(2, seed));
            many.add(drop(6, seed));
        }
        assertThat(Stats.mean(many)).isGreaterThan(Stats.mean(few));
        assertThat(Stats.welchT(many, few)).as("Welch t, 6 of 8 tied minus 2 of 8").isGreaterThan(4);
    }
}
