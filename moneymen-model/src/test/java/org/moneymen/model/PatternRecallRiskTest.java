package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Scenario;

/**
 * Pattern 2: recall risk rises with an official's performance relative to its rivals. At each review, an
 * official's ratio is divided by the mean ratio of those reviewed in its city that day; the outcome is a recall
 * for success at that review or a recall after an investigation (rumours) within the next year. Replicates are
 * pooled; margin: a two-proportion z of at least 4 between the top and bottom thirds.
 */
class PatternRecallRiskTest {
    static final int REPLICATES = 80;

    record Review(double relative, boolean recalled) {
    }

    static List<Review> reviews(Scenario s) {
        List<ModelEvent> events = new ArrayList<>();
        RunOutput out = new Simulation(s, events::add).run();
        Map<Integer, List<Integer>> rumourRecalls = new HashMap<>();
        Map<String, List<ModelEvent>> byCityDay = new HashMap<>();
        for (ModelEvent e : events) {
            if (e.type() == EventType.RECALLED && e.cause() == RecallCause.RUMOUR) {
                rumourRecalls.computeIfAbsent(e.official(), k -> new ArrayList<>()).add(e.day());
            }
            if (e.type() == EventType.REVIEWED) {
                String city = out.world().companies().get(e.company() - 1).city().name();
                byCityDay.computeIfAbsent(city + "@" + e.day(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Review> out2 = new ArrayList<>();
        for (List<ModelEvent> group : byCityDay.values()) {
            double mean = group.stream().mapToDouble(ModelEvent::ratio).average().orElse(1);
            for (ModelEvent e : group) {
                boolean success = e.cause() == ReviewOutcome.RECALLED_SUCCESS;
                boolean rumour = rumourRecalls.getOrDefault(e.official(), List.of()).stream()
                        .anyMatch(d -> d > e.day() && d <= e.day() + 365);
                out2.add(new Review(e.ratio() / mean, success || rumour));
            }
        }
        return out2;
    }

    /** z of rate(top third) - rate(bottom third) of relative performance. */
    static double[] topVersusBottom(List<Review> all) {
        List<Review> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> Double.compare(a.relative(), b.relative()));
        int third = sorted.size() / 3;
        List<Review> bottom = sorted.subList(0, third);
        List<Review> top = sorted.subList(sorted.size() - third, sorted.size());
        double pb = bottom.stream().filter(Review::recalled).count() / (double) third;
        double pt = top.stream().filter(Review::recalled).count() / (double) third;
        double pooled = (pb + pt) / 2;
        double z = (pt - pb) / Math.sqrt(pooled * (1 - pooled) * 2.0 / third);
        return new double[] {pb, pt, z};
    }

    static List<Review> pooled(boolean recallOnSuccess, boolean rivalry) {
        List<Review> all = new ArrayList<>();
        for (long seed = 1; seed <= REPLICATES; seed++) {
            Scenario s = TinyScenarios.twoCities(72, seed);
            s = Recs.with(s, "quota", Recs.with(s.quota(), "recallOnSuccess", recallOnSuccess));
            s = Recs.with(s, "rivalry", Recs.with(s.rivalry(), "enabled", rivalry));
            all.addAll(reviews(s));
        }
        return all;
    }

    @Test
    void recallRiskRisesWithPerformanceRelativeToRivals() {
        double[] r = topVersusBottom(pooled(true, true));
        assertThat(r[1]).as("recall rate of the top third").isGreaterThan(r[0]);
        assertThat(r[2]).as("two-proportion z, top minus bottom third").isGreaterThanOrEqualTo(4);
    }

    @Test
    void rumoursAloneMakeSuccessRisky_evenWithoutTheRecallRule() {
        double[] r = topVersusBottom(pooled(false, true));
        assertThat(r[2]).as("two-proportion z with rumours only").isGreaterThanOrEqualTo(3);
        double[] none = topVersusBottom(pooled(false, false));
        assertThat(none[0] + none[1]).as("no recall for success or rumour with both mechanisms off").isZero();
    }
}
