package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Scenario;

/** Whole runs of a tiny network: determinism, bookkeeping and the calendar of outputs. */
final class SimulationTest {

    private static List<ModelEvent> events(Scenario s) {
        List<ModelEvent> events = new ArrayList<>();
        new Simulation(s, events::add).run();
        return events;
    }

    @Test
    void sameSeed_givesIdenticalSeriesAndEvents() {
        Scenario s = TinyScenarios.twoCities(36, 11);
        RunOutput a = TinyScenarios.run(s);
        RunOutput b = TinyScenarios.run(s);
        for (int i = 0; i < a.rows().size(); i++) {
            assertThat(a.rows().get(i).values()).containsExactly(b.rows().get(i).values());
        }
        assertThat(events(s)).isEqualTo(events(s));
    }

    @Test
    void anotherSeed_givesAnotherRun() {
        RunOutput a = TinyScenarios.run(TinyScenarios.twoCities(36, 11));
        RunOutput b = TinyScenarios.run(TinyScenarios.twoCities(36, 12));
        assertThat(a.summary().office39InflowUsd()).isNotEqualTo(b.summary().office39InflowUsd());
    }

    @Test
    void everyDollarOfRevenue_isKeptRemittedHeldLostOrTaken() {
        for (Scenario s : List.of(TinyScenarios.twoCities(48, 5), PurgeScenarios.network(8, true, 36, 3))) {
            RunOutput out = TinyScenarios.run(s);
            var t = out.summary().totals();
            double end = out.rows().get(out.rows().size() - 1).get(Column.ACCOUNT_BALANCES_USD);
            double accounted = t.get("personal_share_usd") + t.get("office39_inflow_usd") + end
                    + t.get("accounts_lost_usd") + t.get("funds_taken_usd");
            assertThat(accounted).isCloseTo(t.get("revenue_usd"), within(1e-6 * t.get("revenue_usd")));
            assertThat(t.get("revenue_usd")).isPositive();
        }
        assertThat(TinyScenarios.run(PurgeScenarios.network(8, true, 36, 3)).summary().totals().get("funds_taken_usd"))
                .as("some official fled with funds in the purge").isPositive();
    }

    @Test
    void rows_coverEachMonthFromTheStart_withDatesOnTheMonthsFirstDay() {
        RunOutput out = TinyScenarios.run(TinyScenarios.twoCities(14, 1));
        assertThat(out.rows()).hasSize(14);
        assertThat(out.rows().get(0).date()).isEqualTo(out.scenario().start());
        assertThat(out.rows().get(13).date()).isEqualTo(out.scenario().start().plusMonths(13));
        assertThat(out.summary().end()).isEqualTo(out.scenario().start().plusMonths(14).minusDays(1));
    }

    @Test
    void moneyInOtherCurrencies_isTheUsdFigureAtTheScenarioRates() {
        RunOutput out = TinyScenarios.run(TinyScenarios.twoCities(12, 2));
        for (MonthRow r : out.rows()) {
            assertThat(r.get(Column.OFFICE39_INFLOW_RMB)).isCloseTo(r.get(Column.OFFICE39_INFLOW_USD) * 6.25, within(1e-6));
            assertThat(r.get(Column.OFFICE39_INFLOW_KRW)).isCloseTo(r.get(Column.OFFICE39_INFLOW_USD) * 1125, within(1e-3));
        }
    }

    @Test
    void eventsAreLoggedInTimeOrder_andEveryPostIsFilledAtTheStart() {
        Scenario s = TinyScenarios.twoCities(24, 4);
        List<ModelEvent> events = events(s);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).day()).isGreaterThanOrEqualTo(events.get(i - 1).day());
        }
        long postedAtStart = events.stream().filter(e -> e.day() == 0 && e.type() == EventType.POSTED).count();
        assertThat(postedAtStart).isEqualTo(TinyScenarios.posts(s));
    }

    @Test
    void postsAreEitherHeldOrVacant_everyMonth() {
        Scenario s = TinyScenarios.twoCities(48, 9);
        for (MonthRow r : TinyScenarios.run(s).rows()) {
            assertThat(r.get(Column.OFFICIALS_POSTED) + r.get(Column.POSTS_VACANT)).isEqualTo(TinyScenarios.posts(s));
        }
    }

    @Test
    void warmUp_isSimulatedButNotRecorded_andOfficialsStartHavingLearned() {
        Scenario cold = TinyScenarios.twoCities(24, 8);
        Scenario warm = Recs.with(cold, "warmupMonths", 36);
        List<ModelEvent> events = new ArrayList<>();
        RunOutput out = new Simulation(warm, events::add).run();
        assertThat(out.rows()).hasSize(24);
        assertThat(out.rows().get(0).date()).isEqualTo(warm.start());
        assertThat(events).allMatch(e -> e.day() >= 0);
        assertThat(events.stream().filter(e -> e.type() == EventType.POSTED && e.day() == 0).count())
                .as("those in post at the start are logged as posted on day 0").isPositive()
                .isLessThanOrEqualTo(TinyScenarios.posts(cold));
        double aimCold = TinyScenarios.run(cold).rows().get(0).get(Column.MEAN_AIM);
        double aimWarm = out.rows().get(0).get(Column.MEAN_AIM);
        assertThat(aimWarm).as("mean aim at the start after a warm-up").isLessThan(aimCold);
        assertThat(out.summary().officialsEverPosted()).isLessThan(out.world().officialsCreated());
        assertThat(TinyScenarios.run(warm).rows()).extracting(r -> java.util.Arrays.toString(r.values()))
                .containsExactlyElementsOf(out.rows().stream().map(r -> java.util.Arrays.toString(r.values())).toList());
    }
}
