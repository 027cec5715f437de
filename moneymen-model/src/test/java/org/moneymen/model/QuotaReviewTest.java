package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.QuotaParams;
import org.moneymen.model.config.ReviewTiming;
import org.moneymen.model.config.Scenario;

/** The quota review's rules, on tiny networks where the outcome is certain. */
final class QuotaReviewTest {

    /** Reviews on the calendar, so every official is first reviewed at the twelfth month's close. */
    private static Scenario tiny(QuotaParams q) {
        QuotaParams calendar = Recs.with(q, "reviewTiming", ReviewTiming.CALENDAR);
        return TinyScenarios.quotaOnly(TinyScenarios.noTermEnds(TinyScenarios.withQuota(TinyScenarios.twoCitiesBase(13, 7),
                calendar)));
    }

    @Test
    void certainSuccessRecall_recallsEveryReviewedOfficial_atTheFirstReview() {
        // line 0: every ratio meets it; base 1: recall is certain; no relocation
        Scenario s = tiny(TinyScenarios.quota(0, 0, true, 0, 1, 0, 0));
        RunOutput out = TinyScenarios.run(s);
        MonthRow review = out.rows().get(11);
        assertThat(review.get(Column.RECALLS_QUOTA)).isEqualTo(TinyScenarios.posts(s));
        double before = out.rows().subList(0, 11).stream().mapToDouble(r -> r.get(Column.RECALLS_QUOTA)).sum();
        assertThat(before).isZero();
    }

    @Test
    void farBelowQuota_withCertainRecall_recallsEveryoneForUnderperformance() {
        Scenario s = tiny(TinyScenarios.quota(100, 1, true, 200, 1, 0, 0));
        MonthRow review = TinyScenarios.run(s).rows().get(11);
        assertThat(review.get(Column.RECALLS_UNDERPERFORMANCE)).isEqualTo(TinyScenarios.posts(s));
        assertThat(review.get(Column.PUNISHMENTS)).isEqualTo(TinyScenarios.posts(s));
        assertThat(review.get(Column.RECALLS_QUOTA)).isZero();
    }

    @Test
    void farBelowQuota_withoutRecall_punishesButKeepsEveryone() {
        Scenario s = tiny(TinyScenarios.quota(100, 0, true, 200, 1, 0, 0));
        MonthRow review = TinyScenarios.run(s).rows().get(11);
        assertThat(review.get(Column.PUNISHMENTS)).isEqualTo(TinyScenarios.posts(s));
        assertThat(review.get(Column.RECALLS_UNDERPERFORMANCE)).isZero();
        assertThat(review.get(Column.OFFICIALS_POSTED)).isEqualTo(TinyScenarios.posts(s));
    }

    @Test
    void withoutTheRecallOnSuccessRule_nobodyIsRecalledForMeetingQuota() {
        Scenario s = TinyScenarios.withQuota(TinyScenarios.twoCitiesBase(60, 3),
                TinyScenarios.quota(0.6, 0.5, false, 1.0, 0.3, 0.3, 0.1));
        RunOutput out = TinyScenarios.run(s);
        assertThat(out.summary().recalls().get("quota")).isZero();
        assertThat(out.summary().totals().get("relocations")).isZero();
    }

    @Test
    void certainSuccessRecall_withRelocation_movesOfficialsOnlyIntoVacantPostsElsewhere() {
        // everyone is recalled at once, so no vacancy exists elsewhere yet: all become recalls, none relocations
        Scenario s = tiny(TinyScenarios.quota(0, 0, true, 0, 1, 1, 0));
        MonthRow review = TinyScenarios.run(s).rows().get(11);
        assertThat(review.get(Column.RECALLS_QUOTA) + review.get(Column.RELOCATIONS)).isEqualTo(TinyScenarios.posts(s));
    }

    @Test
    void ratchet_raisesTheQuotaOfThoseAboveIt_inProportionToTheMargin() {
        Scenario s = tiny(TinyScenarios.quota(0, 0, false, 100, 0, 0, 0.5));
        List<ModelEvent> events = new ArrayList<>();
        new Simulation(s, events::add).run();
        List<ModelEvent> raised = events.stream().filter(e -> e.type() == EventType.QUOTA_RAISED).toList();
        assertThat(raised).isNotEmpty();
        for (ModelEvent e : raised) {
            double quotaBefore = e.company() > 0 && isHead(events, e.official()) ? 1_000_000 : 300_000;
            assertThat(e.usd()).isCloseTo(quotaBefore * (1 + 0.5 * (e.ratio() - 1)), within(1e-6));
        }
    }

    private static boolean isHead(List<ModelEvent> events, int official) {
        return events.stream().anyMatch(e -> e.type() == EventType.POSTED && e.official() == official && e.usd() == 1_000_000);
    }

    @Test
    void successRecallChance_isZeroBelowTheLine_andRisesWithTheMarginUpToTheCap() {
        QuotaParams q = new QuotaParams(12, 6, 0.6, 0.5, true, 1.0, 0.3, 0.5, 0.9, 0.3, 0.1, ReviewTiming.ANNIVERSARY);
        assertThat(q.successRecallProbability(0.99)).isZero();
        assertThat(q.successRecallProbability(1.0)).isEqualTo(0.3);
        assertThat(q.successRecallProbability(1.4)).isCloseTo(0.5, within(1e-12));
        assertThat(q.successRecallProbability(5.0)).isEqualTo(0.9);
        QuotaParams off = new QuotaParams(12, 6, 0.6, 0.5, false, 1.0, 0.3, 0.5, 0.9, 0.3, 0.1, ReviewTiming.ANNIVERSARY);
        assertThat(off.successRecallProbability(5.0)).isZero();
    }
}
