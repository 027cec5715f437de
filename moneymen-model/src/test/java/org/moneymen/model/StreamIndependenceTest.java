package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Scenario;

/**
 * One stream per (official, process): switching a process off, or changing one of its parameters, leaves every
 * other process's draws as they were. With investigations at rate zero rumours change nothing, so rivalry on and
 * off must give the same deals, recalls and money, month by month and event by event.
 */
final class StreamIndependenceTest {
    /** Rivalry's own outputs (the centre's suspicion after defections is rivalry's too, and acts only through
     * investigations). */
    private static final Set<Column> RIVALRY_COLUMNS = EnumSet.of(Column.RUMOURS, Column.REPORTS,
            Column.INVESTIGATIONS, Column.CENTRE_SUSPICION);
    private static final Set<EventType> RIVALRY_EVENTS = EnumSet.of(EventType.RUMOUR, EventType.REPORTED,
            EventType.INVESTIGATED, EventType.DEFECTION_SHOCK);

    private static Scenario withRivalry(long seed, boolean enabled) {
        Scenario s = TinyScenarios.twoCities(48, seed);
        var r = Recs.with(s.rivalry(), "investigationRate", 0.0);
        return Recs.with(s, "rivalry", Recs.with(r, "enabled", enabled));
    }

    private record Run(RunOutput out, List<ModelEvent> events) {
        static Run of(Scenario s) {
            List<ModelEvent> events = new ArrayList<>();
            RunOutput out = new Simulation(s, events::add).run();
            return new Run(out, events.stream().filter(e -> !RIVALRY_EVENTS.contains(e.type())).toList());
        }
    }

    @Test
    void rivalryOnOrOff_withoutInvestigations_leavesEveryOtherDrawAsItWas() {
        for (long seed = 1; seed <= 5; seed++) {
            Run on = Run.of(withRivalry(seed, true));
            Run off = Run.of(withRivalry(seed, false));
            assertThat(on.out().summary().totals().get("rumours")).as("rumours spread, seed " + seed)
                    .isGreaterThan(0);
            for (int m = 0; m < on.out().rows().size(); m++) {
                MonthRow a = on.out().rows().get(m);
                MonthRow b = off.out().rows().get(m);
                for (Column c : Column.values()) {
                    if (!RIVALRY_COLUMNS.contains(c)) {
                        assertThat(Double.valueOf(a.get(c))).as("%s in month %d, seed %d", c.label(), m + 1, seed)
                                .isEqualTo(Double.valueOf(b.get(c)));
                    }
                }
            }
            assertThat(on.events()).as("events other than rivalry's, seed " + seed).isEqualTo(off.events());
        }
    }

    @Test
    void defectionsDrawFromTheirOwnStream_soDrawingThemChangesNothingElse() {
        // A rate so small that nobody defects still draws every posted official's defection uniform every month.
        for (long seed = 1; seed <= 3; seed++) {
            Scenario s = TinyScenarios.twoCities(48, seed);
            Scenario off = TinyScenarios.withOfficials(s, Recs.with(s.officials(), "defectionRate", 0.0));
            Scenario drawn = TinyScenarios.withOfficials(s, Recs.with(s.officials(), "defectionRate", 1e-15));
            List<ModelEvent> a = new ArrayList<>();
            List<ModelEvent> b = new ArrayList<>();
            RunOutput outA = new Simulation(off, a::add).run();
            RunOutput outB = new Simulation(drawn, b::add).run();
            assertThat(b).as("events with defection draws, seed " + seed).isEqualTo(a);
            assertThat(outB.summary()).as("summary, seed " + seed).isEqualTo(outA.summary());
        }
    }

    @Test
    void aSharedStream_wouldHaveShownTheDifference() {
        // The comparison above can fail: rumours with investigations do change the run.
        Scenario s = TinyScenarios.twoCities(48, 1);
        Scenario investigated = Recs.with(s, "rivalry", Recs.with(s.rivalry(), "investigationRate", 0.5));
        Run a = Run.of(investigated);
        Run b = Run.of(withRivalry(1, false));
        assertThat(a.events()).isNotEqualTo(b.events());
    }

    @Test
    void theCloseRunsInItsDeclaredOrder_withTheWalksFusedWhereAllowed() {
        assertThat(new Simulation(TinyScenarios.twoCities(2, 1), EventSink.NONE).closeOrder()).containsExactly(
                List.of("earning"), List.of("remitting"), List.of("beliefs", "rivalry"), List.of("purges"),
                List.of("defections"), List.of("review"), List.of("record", "effort"));
    }

    @Test
    void anOfficialMovesOnlyAlongAllowedTransitions() {
        assertThat(Status.POSTED.canBecome(Status.SUMMONED)).isTrue();
        assertThat(Status.SUMMONED.canBecome(Status.HIDING)).isTrue();
        assertThat(Status.HIDING.canBecome(Status.ARRESTED)).isTrue();
        assertThat(Status.RECALLED.canBecome(Status.POSTED)).isFalse();
        assertThat(Status.POSTED.canBecome(Status.HIDING)).isFalse();
        assertThat(Status.POSTED.canBecome(Status.DEFECTED)).as("defecting from a post in normal times").isTrue();
        assertThat(Status.RETURNED.canBecome(Status.DEFECTED)).isFalse();
    }
}
