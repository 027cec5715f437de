package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Scenario;

/**
 * Pattern 4: summoned officials with family at home return more often; those without hide or defect more. Every
 * company is tied to the purged patron so that many officials are summoned; replicates are pooled. Margin: a
 * two-proportion z of at least 4; with the family's weight set to zero the difference is not significant (|z| < 3).
 */
class PatternHostageTest {
    static final int REPLICATES = 12;

    /** Counts: [family returned, family decided, no family returned, no family decided, no family hid or defected]. */
    static double[] outcomes(double familyWeight) {
        double[] c = new double[5];
        for (long seed = 1; seed <= REPLICATES; seed++) {
            Scenario s = PurgeScenarios.network(8, true, 30, seed);
            s = Recs.with(s, "response", Recs.with(s.response(), "familyWeight", familyWeight));
            List<ModelEvent> events = new ArrayList<>();
            RunOutput out = new Simulation(s, events::add).run();
            Map<Integer, Boolean> family = new HashMap<>();
            for (ModelEvent e : events) {
                if (e.type() == EventType.SUMMONED) {
                    family.put(e.official(), Boolean.TRUE.equals(e.familyAtHome()));
                }
            }
            for (ModelEvent e : events) {
                boolean decided = switch (e.type()) {
                    case RETURNED, HID, DEFECTED, FLED -> true;
                    default -> false;
                };
                // Only the choices of summoned officials: not defections from hiding, nor from a post in normal times.
                if (!decided || (e.type() == EventType.DEFECTED && e.cause() != Route.WHEN_SUMMONED)) {
                    continue;
                }
                boolean returned = e.type() == EventType.RETURNED;
                if (family.get(e.official())) {
                    c[0] += returned ? 1 : 0;
                    c[1]++;
                } else {
                    c[2] += returned ? 1 : 0;
                    c[3]++;
                    c[4] += e.type() == EventType.HID || e.type() == EventType.DEFECTED ? 1 : 0;
                }
            }
        }
        return c;
    }

    static double z(double[] c) {
        double p1 = c[0] / c[1];
        double p2 = c[2] / c[3];
        double p = (c[0] + c[2]) / (c[1] + c[3]);
        return (p1 - p2) / Math.sqrt(p * (1 - p) * (1 / c[1] + 1 / c[3]));
    }

    @Test
    void familyHeldAtHomeMakesReturnMoreLikely() {
        double[] c = outcomes(2.5);
        assertThat(c[1]).as("decisions by officials with family at home").isGreaterThan(100);
        assertThat(c[3]).as("decisions by officials without").isGreaterThan(20);
        assertThat(c[0] / c[1]).as("return rate with family at home").isGreaterThan(c[2] / c[3]);
        assertThat(z(c)).as("two-proportion z").isGreaterThanOrEqualTo(4);
        assertThat(c[4] / c[3]).as("share of those without family who hid or defected").isGreaterThan(1 - c[0] / c[1]);
    }

    @Test
    void withoutTheHostageWeight_familyMakesNoDifference() {
        assertThat(Math.abs(z(outcomes(0)))).as("|z| with the family weight at zero").isLessThan(3);
    }
}
