package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Scenario;

/**
 * Pattern 1: under recall-on-success, performance clusters below the recall line; remove the rule and it moves up.
 * Twelve replicates of a two-city network over eight years; reviews from the fourth year on, once officials have
 * learned. Margin: the difference of replicate means must exceed 4 Welch standard errors.
 */
class PatternRecallLineTest {
    static final int REPLICATES = 12;

    static List<Double> reviewRatios(boolean recallOnSuccess, long seed) {
        Scenario s = TinyScenarios.twoCities(96, seed);
        s = Recs.with(s, "quota", Recs.with(s.quota(), "recallOnSuccess", recallOnSuccess));
        List<ModelEvent> events = new ArrayList<>();
        new Simulation(s, events::add).run();
        List<Double> ratios = new ArrayList<>();
        for (ModelEvent e : events) {
            if (e.type() == EventType.REVIEWED && e.day() > 3 * 365) {
                ratios.add(e.ratio());
            }
        }
        return ratios;
    }

    @Test
    void performanceClustersBelowTheRecallLine_andMovesUpWithoutTheRule() {
        List<Double> withRule = new ArrayList<>();
        List<Double> withoutRule = new ArrayList<>();
        List<Double> pooledWithRule = new ArrayList<>();
        for (long seed = 1; seed <= REPLICATES; seed++) {
            List<Double> on = reviewRatios(true, seed);
            List<Double> off = reviewRatios(false, seed);
            pooledWithRule.addAll(on);
            withRule.add(Stats.mean(on));
            withoutRule.add(Stats.mean(off));
        }
        double recallLine = TinyScenarios.twoCities(1, 1).quota().recallLine();
        assertThat(Stats.median(pooledWithRule)).as("median ratio at review with the rule").isLessThan(recallLine);
        assertThat(Stats.mean(withoutRule)).as("mean ratio without the rule").isGreaterThan(Stats.mean(withRule));
        assertThat(Stats.welchT(withoutRule, withRule)).as("Welch t, without minus with").isGreaterThan(4);
    }
}
