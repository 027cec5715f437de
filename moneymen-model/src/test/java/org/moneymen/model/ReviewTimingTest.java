package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.ReviewTiming;
import org.moneymen.model.config.Scenario;

/**
 * When quotas are reviewed: on each official's anniversary (the default), reviews fall a whole number of years after
 * the month of posting and are spread over the months; on the calendar, they all fall on the same months.
 */
final class ReviewTimingTest {

    private static Scenario timed(ReviewTiming timing, long seed) {
        Scenario s = TinyScenarios.twoCities(60, seed);
        return Recs.with(s, "quota", Recs.with(s.quota(), "reviewTiming", timing));
    }

    private static List<ModelEvent> events(Scenario s) {
        List<ModelEvent> events = new ArrayList<>();
        new Simulation(s, events::add).run();
        return events;
    }

    @Test
    void onAnniversaries_eachReviewFallsWholeYearsAfterTheMonthOfPosting() {
        Scenario s = timed(ReviewTiming.ANNIVERSARY, 3);
        LocalDate first = s.warmupStart();
        Map<Integer, LocalDate> postedOn = new HashMap<>();
        java.util.Set<Integer> relocated = new java.util.HashSet<>();
        int reviews = 0;
        for (ModelEvent e : events(s)) {
            LocalDate date = first.plusDays(e.day());
            if (e.type() == EventType.RELOCATED) {
                relocated.add(e.official()); // moved at a close: logged on the judged month's last day, posted the next
            } else if (e.type() == EventType.POSTED && e.day() > 0) { // those posted before the run: its first day
                postedOn.put(e.official(), date);
            } else if (e.type() == EventType.REVIEWED && postedOn.containsKey(e.official())
                    && !relocated.contains(e.official())) {
                long months = ChronoUnit.MONTHS.between(postedOn.get(e.official()).withDayOfMonth(1), date.withDayOfMonth(1));
                assertThat(months).as("months from posting to review of official %d", e.official()).isPositive();
                assertThat(months % 12).as("months from posting to review of official %d", e.official()).isZero();
                reviews++;
            }
        }
        assertThat(reviews).as("reviews of officials posted during the run").isGreaterThan(20);
    }

    /**
     * Over five seeds of five years, reviews on anniversaries spread over the calendar months: the busiest month holds
     * less than a quarter of the year's reviews (a uniform spread gives a twelfth; on the calendar one month holds
     * them all), and no month of the year is without reviews.
     */
    @Test
    void onAnniversaries_noMonthHoldsMoreThanItsShare_onTheCalendarOneMonthHoldsAll() {
        for (ReviewTiming timing : ReviewTiming.values()) {
            Map<Integer, Integer> byMonth = new TreeMap<>();
            int total = 0;
            for (long seed = 1; seed <= 5; seed++) {
                Scenario s = timed(timing, seed);
                for (ModelEvent e : events(s)) {
                    if (e.type() == EventType.REVIEWED) {
                        byMonth.merge(s.warmupStart().plusDays(e.day()).getMonthValue(), 1, Integer::sum);
                        total++;
                    }
                }
            }
            int busiest = byMonth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (timing == ReviewTiming.ANNIVERSARY) {
                assertThat(byMonth).as("months with reviews").hasSize(12);
                assertThat(busiest).as("reviews in the busiest month, of %d", total).isLessThan(total / 4);
            } else {
                assertThat(byMonth).as("months with reviews on the calendar").hasSize(1);
            }
        }
    }
}
