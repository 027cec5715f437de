package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

    /**
     * Every official of every company is recalled in order at the first review (calendar reviews, certain success
     * recall, terms always renewed, no rivalry: nothing else ends a posting), each knowing both of its company's accounts, each handing over with chance
     * one half. An account is lost only when none of its three knowers hands it over: chance 1/8. Under a rule where
     * only the last knower's handover counted it would be 1/2. 30 seeds of 16 accounts; margin: 4 standard errors
     * of the binomial share.
     */
    @Test
    void anAccountIsLostOnlyWhenNoneOfItsKnowersHandsItOver() {
        int accounts = 0;
        int lost = 0;
        for (long seed = 1; seed <= 30; seed++) {
            Scenario s = TinyScenarios.twoCitiesBase(13, seed);
            s = TinyScenarios.withQuota(s, Recs.with(TinyScenarios.quota(0, 0, true, 0, 1, 0, 0), "reviewTiming",
                    org.moneymen.model.config.ReviewTiming.CALENDAR));
            s = TinyScenarios.quotaOnly(s);
            // terms always renewed: an official posted long before the run may reach its term's end within it
            s = Recs.with(s, "officials", Recs.with(s.officials(), "termRenewalProbability", 1.0));
            s = Recs.with(s, "staffing", Recs.with(Recs.with(s.staffing(), "staffKnowsAccount", 1.0),
                    "handoverProbability", 0.5));
            RunOutput out = TinyScenarios.run(s);
            assertThat(out.rows().get(11).get(Column.RECALLS_QUOTA)).as("everyone recalled at the review")
                    .isEqualTo(TinyScenarios.posts(s));
            accounts += s.companies().stream().mapToInt(c -> c.count() * c.accounts()).sum();
            lost += (int) Math.round(out.rows().get(11).get(Column.ACCOUNTS_LOST));
        }
        double share = lost / (double) accounts;
        double se = Math.sqrt(0.125 * 0.875 / accounts);
        assertThat(share).as("share of accounts lost, of %d", accounts).isCloseTo(0.125, within(4 * se));
    }
}
