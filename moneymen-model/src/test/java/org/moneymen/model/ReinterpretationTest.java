package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.config.PurgeSpec;
import org.moneymen.model.config.ReinterpretParams;
import org.moneymen.model.config.Scenario;

/**
 * Reinterpretation of existing deals after a purge (seed 002: the denunciation of Jang "will ... scare cadres into
 * reinterpreting existing ones, causing more conflicts with investors"): running deals in the purged patron's lines
 * of business are kept, renegotiated at a lower margin, disputed or cancelled, each from its own stream.
 */
final class ReinterpretationTest {
    static final int MONTHS = PatternPurgeTest.MONTHS;
    static final int PURGE_ROW = PatternPurgeTest.PURGE_ROW;
    static final Set<EventType> REEXAMINED = EnumSet.of(EventType.DEAL_RENEGOTIATED, EventType.DEAL_DISPUTED,
            EventType.DEAL_RESUMED);
    static final Set<Column> COLUMNS = EnumSet.of(Column.DEALS_RENEGOTIATED, Column.DEALS_DISPUTED,
            Column.DEALS_IN_DISPUTE);

    /** The purge-2013 values: half the network's deals in coal, minerals and land reached, nine in ten of Jang's. */
    static ReinterpretParams on() {
        return new ReinterpretParams(List.of(Commodity.COAL, Commodity.MINERALS, Commodity.LAND), 0.5, 0.9, 180,
                0.35, 0.25, 0.15, 0.3, 3, 12, 0.4);
    }

    static Scenario purge(long seed, ReinterpretParams r) {
        Scenario s = PurgeScenarios.network(6, true, MONTHS, seed);
        PurgeSpec p = Recs.with(s.purges().get(0), "reinterpretation", r);
        return Recs.with(s, "purges", List.of(p));
    }

    /** A run with its events and the goods of every deal it wrote out. */
    record Run(RunOutput out, List<ModelEvent> events, Map<Integer, Commodity> goods) {
        static Run of(Scenario s) {
            List<ModelEvent> events = new ArrayList<>();
            Map<Integer, Commodity> goods = new HashMap<>();
            RunOutput out = new Simulation(s, events::add, e -> {
                if (e instanceof Entity.DealEntity d) {
                    goods.put(d.id(), d.commodity());
                }
            }).run();
            return new Run(out, events, goods);
        }

        double sum(Column c, int fromRow, int toRow) {
            double x = 0;
            for (int i = fromRow; i < toRow; i++) {
                x += out.rows().get(i).get(c);
            }
            return x;
        }
    }

    @Test
    void reachedButEveryDealKept_leavesTheRunAsWithTheMechanismOff() {
        ReinterpretParams allKept = new ReinterpretParams(on().commodities(), 1, 1, 180, 0, 0, 0, 0.3, 3, 12, 0.4);
        for (long seed = 1; seed <= 3; seed++) {
            Run off = Run.of(purge(seed, ReinterpretParams.defaults()));
            Run kept = Run.of(purge(seed, allKept));
            for (int m = 0; m < off.out().rows().size(); m++) {
                assertThat(Arrays.equals(kept.out().rows().get(m).values(), off.out().rows().get(m).values()))
                        .as("month %d, seed %d", m + 1, seed).isTrue();
            }
            assertThat(kept.events()).as("events, seed " + seed).isEqualTo(off.events());
        }
    }

    @Test
    void dealsAreReexaminedAfterThePurgeOnly_inItsLinesOfBusiness_andCancellationsCollapseWithTheirCause() {
        int purgeDay = 0;
        double renegotiated = 0;
        double disputed = 0;
        int cancelled = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Run r = Run.of(purge(seed, on()));
            purgeDay = r.events().stream().filter(e -> e.type() == EventType.PURGE).findFirst().orElseThrow().day();
            for (Column c : COLUMNS) {
                assertThat(r.sum(c, 0, PURGE_ROW)).as("%s before the purge, seed %d", c.label(), seed).isZero();
            }
            renegotiated += r.sum(Column.DEALS_RENEGOTIATED, PURGE_ROW, MONTHS);
            disputed += r.sum(Column.DEALS_DISPUTED, PURGE_ROW, MONTHS);
            assertThat(r.out().rows().get(MONTHS - 1).get(Column.DEALS_IN_DISPUTE)).as("disputes settled by the end")
                    .isZero();
            int last = purgeDay + on().windowDays() - 1;
            for (ModelEvent e : r.events()) {
                if (e.type() == EventType.DEAL_RENEGOTIATED || e.type() == EventType.DEAL_DISPUTED) {
                    assertThat(e.day()).as("re-examined within the window").isBetween(purgeDay, last);
                    assertThat(e.commodity()).isIn(on().commodities());
                }
                if (e.type() == EventType.DEAL_COLLAPSED && e.cause() == DealStop.REINTERPRETED) {
                    cancelled++;
                    assertThat(e.day()).as("cancelled within the window").isBetween(purgeDay, last);
                    assertThat(r.goods().get(e.deal())).isIn(on().commodities());
                }
            }
            long collapses = r.events().stream().filter(e -> e.type() == EventType.DEAL_COLLAPSED).count();
            assertThat((double) collapses).as("every collapse, its cause whatever, is counted; seed " + seed)
                    .isEqualTo(r.sum(Column.DEALS_COLLAPSED, 0, MONTHS));
        }
        assertThat(renegotiated).isPositive();
        assertThat(disputed).isPositive();
        assertThat(cancelled).isPositive();
    }

    @Test
    void onlyTheNamedLinesOfBusinessAreReached() {
        ReinterpretParams seafood = Recs.with(Recs.with(on(), "commodities", List.of(Commodity.SEAFOOD)), "reach", 1.0);
        Run r = Run.of(purge(1, seafood));
        List<ModelEvent> reexamined = r.events().stream().filter(e -> REEXAMINED.contains(e.type())).toList();
        assertThat(reexamined).isNotEmpty().allSatisfy(e -> assertThat(e.commodity()).isEqualTo(Commodity.SEAFOOD));
        assertThat(r.events()).filteredOn(e -> e.cause() == DealStop.REINTERPRETED)
                .allSatisfy(e -> assertThat(r.goods().get(e.deal())).isEqualTo(Commodity.SEAFOOD));
    }
}
