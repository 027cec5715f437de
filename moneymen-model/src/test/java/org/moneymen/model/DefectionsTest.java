package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Scenario;

/**
 * Defections outside purges (officials.defection_rate, defection_family_factor): posted officials defect from their
 * posts at a yearly rate a family at home lowers; a defector leaves like any departure but hands nothing over, is
 * counted in officials_defected, and raises the centre's suspicion by defection_shock / scale. Rates are set high
 * here (0.3 a year without family) so that two cities of 24 posts show enough defections in four years.
 */
final class DefectionsTest {
    static final int SEEDS = 20;

    record Run(RunOutput out, List<ModelEvent> events, Map<Integer, Boolean> family) {
        static Run of(Scenario s) {
            List<ModelEvent> events = new ArrayList<>();
            Map<Integer, Boolean> family = new HashMap<>();
            RunOutput out = new Simulation(s, events::add, e -> {
                if (e instanceof Entity.OfficialEntity o) {
                    family.put(o.id(), o.familyAtHome());
                }
            }).run();
            return new Run(out, events, family);
        }

        List<ModelEvent> defections() {
            return events.stream().filter(e -> e.type() == EventType.DEFECTED).toList();
        }

        /** Events of a type by one official on one day. */
        long count(EventType type, ModelEvent at) {
            return events.stream().filter(e -> e.type() == type && e.official() == at.official() && e.day() == at.day())
                    .count();
        }
    }

    static Scenario scenario(long seed, double rate, double familyFactor) {
        Scenario s = TinyScenarios.twoCities(48, seed);
        var o = Recs.with(Recs.with(s.officials(), "defectionRate", rate), "defectionFamilyFactor", familyFactor);
        return TinyScenarios.withOfficials(s, o);
    }

    @Test
    void atRateZero_nobodyDefectsOutsideAPurge_andAtARate_officialsDefectFromTheirPosts() {
        double without = 0;
        double with = 0;
        for (long seed = 1; seed <= 5; seed++) {
            without += TinyScenarios.run(scenario(seed, 0, 0.1)).summary().totals().get("officials_defected");
            Run run = Run.of(scenario(seed, 0.3, 0.1));
            double counted = run.out().summary().totals().get("officials_defected");
            assertThat(run.defections()).as("defected events, seed %d", seed).hasSize((int) counted);
            assertThat(run.defections()).allSatisfy(e -> assertThat(e.cause()).isEqualTo(Route.FROM_POST));
            with += counted;
        }
        assertThat(without).as("defections at rate 0").isZero();
        assertThat(with).as("defections at 0.3 a year without family, 0.03 with").isGreaterThan(15);
    }

    @Test
    void aDefectorLeavesHisPostLikeAnyDeparture_butHandsNothingOver() {
        long collapsed = 0;
        long lost = 0;
        long refilled = 0;
        int defectors = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Scenario s = scenario(seed, 0.3, 0.1);
            s = Recs.with(s, "deals", Recs.with(s.deals(), "collapseOnDeparture", 1.0));
            s = Recs.with(s, "staffing", Recs.with(s.staffing(), "staffKnowsAccount", 0.0));
            Run run = Run.of(s);
            for (ModelEvent d : run.defections()) {
                defectors++;
                assertThat(run.count(EventType.VACANCY, d)).as("a replacement sent for, %s", d).isEqualTo(1);
                assertThat(run.count(EventType.ACCOUNT_HANDED_OVER, d)).as("nothing handed over, %s", d).isZero();
                assertThat(run.events().stream().filter(e -> e.type() == EventType.DEFECTION_SHOCK
                        && e.day() == d.day()).count()).as("the centre hears of it, %s", d).isPositive();
                collapsed += run.count(EventType.DEAL_COLLAPSED, d);
                lost += run.count(EventType.ACCOUNT_LOST, d);
                refilled += run.events().stream().filter(e -> e.type() == EventType.POSTED && e.company() == d.company()
                        && e.day() > d.day()).count() > 0 ? 1 : 0;
            }
        }
        assertThat(defectors).isGreaterThan(10);
        assertThat(collapsed).as("deals of defectors collapsed (collapse_on_departure 1)").isPositive();
        assertThat(lost).as("accounts lost with defecting heads who alone knew them").isPositive();
        assertThat(refilled).as("defectors' companies that were sent someone later").isGreaterThan(defectors / 2);
    }

    /** Share of defectors whose family is held at home, pooled over seeds: [with family, all]. */
    static double[] familyShare(double familyFactor) {
        double[] c = new double[2];
        for (long seed = 1; seed <= SEEDS; seed++) {
            Run run = Run.of(scenario(seed, 0.3, familyFactor));
            for (ModelEvent d : run.defections()) {
                c[0] += run.family().get(d.official()) ? 1 : 0;
                c[1]++;
            }
        }
        return c;
    }

    @Test
    void aFamilyHeldAtHomeHoldsOfficialsBack() {
        // 85% of officials have family at home: without the factor (1) about 85% of defectors do; with 0.1,
        // 0.085 / (0.085 + 0.15) = 36%; with 0, none. Margin: a two-proportion z of at least 4.
        double[] none = familyShare(0);
        double[] held = familyShare(0.1);
        double[] equal = familyShare(1);
        assertThat(none[0]).as("defectors with family at home when the factor is 0").isZero();
        double p1 = held[0] / held[1];
        double p2 = equal[0] / equal[1];
        double p = (held[0] + equal[0]) / (held[1] + equal[1]);
        double z = (p2 - p1) / Math.sqrt(p * (1 - p) * (1 / held[1] + 1 / equal[1]));
        System.out.printf("defectors with family at home: %.0f of %.0f at factor 0.1, %.0f of %.0f at 1, z = %.1f%n",
                held[0], held[1], equal[0], equal[1], z);
        assertThat(p1).as("share with family at home, factor 0.1").isCloseTo(0.36, within(0.12));
        assertThat(p2).as("share with family at home, factor 1").isCloseTo(0.85, within(0.06));
        assertThat(z).as("two-proportion z").isGreaterThan(4);
    }

    @Test
    void eachDefectionRaisesTheCentresSuspicion_byTheShockOverTheNetworksScale() {
        for (int scale = 1; scale <= 2; scale++) {
            Scenario s = scenario(3, 0.3, 0.1);
            if (scale > 1) {
                s = Recs.with(s, "targetOfficials", scale * TinyScenarios.posts(s));
            }
            assertThat(s.scale()).isEqualTo(scale);
            RunOutput out = TinyScenarios.run(s);
            MonthRow first = out.rows().stream().filter(r -> r.get(Column.OFFICIALS_DEFECTED) > 0).findFirst()
                    .orElseThrow();
            // Defections are decided at the month's close, when the row reads the centre: nothing has decayed yet.
            assertThat(first.get(Column.CENTRE_SUSPICION)).as("centre after the first defections, scale %d", scale)
                    .isCloseTo(first.get(Column.OFFICIALS_DEFECTED) * s.rivalry().defectionShock() / scale,
                            within(1e-12));
        }
    }
}
