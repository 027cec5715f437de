package org.moneymen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    // ---- refusing the past -------------------------------------------------------------------

    @Test
    void schedulingBeforeNowIsRefused() {
        Scheduler s = new Scheduler(START);
        assertThatThrownBy(() -> s.at(-1, 0, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.in(-1, 0, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.at(START.minusDays(1), 0, () -> { })).isInstanceOf(IllegalArgumentException.class);

        s.runUntil(10);
        assertThat(s.now()).isEqualTo(10);
        assertThatThrownBy(() -> s.at(9, 0, () -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before now");
        assertThatThrownBy(() -> s.at(START.plusDays(9), 0, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.in(-1, 0, () -> { })).isInstanceOf(IllegalArgumentException.class);
        // a refused request leaves nothing behind
        assertThat(s.pending()).isZero();

        // today itself is fine
        List<Integer> ran = new ArrayList<>();
        s.at(10, 0, () -> ran.add(s.now()));
        s.in(0, 0, () -> ran.add(s.now()));
        s.runUntil(11);
        assertThat(ran).containsExactly(10, 10);
    }

    @Test
    void schedulingIntoThePastFromInsideAnEventIsRefused() {
        Scheduler s = new Scheduler(START);
        List<Throwable> errors = new ArrayList<>();
        s.at(5, 0, () -> {
            try {
                s.at(4, 0, () -> { });
            } catch (IllegalArgumentException e) {
                errors.add(e);
            }
        });
        s.runUntil(100);
        assertThat(errors).hasSize(1);
        assertThat(s.executed()).isEqualTo(1);
    }

    @Test
    void recurringSeriesStartingBeforeNowIsRefused() {
        Scheduler s = new Scheduler(START);
        s.runUntil(40);
        assertThatThrownBy(() -> s.everyMonths(START, 1, 0, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.yearly(START.plusDays(39), 0, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThat(s.pending()).isZero();
    }

    @Test
    void badArgumentsAreRefused() {
        Scheduler s = new Scheduler(START);
        assertThatThrownBy(() -> s.at(0, 0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> s.everyMonths(START, 0, 0, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.everyMonths(START, -1, 0, () -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.everyMonths(START, 1, 0, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Scheduler(null)).isInstanceOf(NullPointerException.class);
        assertThat(s.pending()).isZero();
    }

    // ---- calendar-anchored recurrences -------------------------------------------------------

    private static List<LocalDate> occurrences(Scheduler s, LocalDate first, int months, LocalDate until) {
        List<LocalDate> seen = new ArrayList<>();
        s.everyMonths(first, months, 0, () -> seen.add(s.today()));
        s.runUntil(s.calendar().day(until));
        return seen;
    }

    @Test
    void monthlyFromJanuary31LandsOnMonthEndsWithoutDrift() {
        Scheduler s = new Scheduler(START);
        assertThat(occurrences(s, d(2023, 1, 31), 1, d(2024, 4, 1))).containsExactly(
                d(2023, 1, 31), d(2023, 2, 28), d(2023, 3, 31), d(2023, 4, 30), d(2023, 5, 31), d(2023, 6, 30),
                d(2023, 7, 31), d(2023, 8, 31), d(2023, 9, 30), d(2023, 10, 31), d(2023, 11, 30), d(2023, 12, 31),
                d(2024, 1, 31), d(2024, 2, 29), d(2024, 3, 31));
    }

    @Test
    void monthlyFromJanuary30ReturnsTo30AfterFebruary() {
        // Clamped to Feb 29, but March is the 30th again: each occurrence is first + k months, not previous + 1 month.
        Scheduler s = new Scheduler(START);
        assertThat(occurrences(s, d(2024, 1, 30), 1, d(2024, 5, 1)))
                .containsExactly(d(2024, 1, 30), d(2024, 2, 29), d(2024, 3, 30), d(2024, 4, 30));
    }

    @Test
    void quarterlyFromNovember30() {
        Scheduler s = new Scheduler(START);
        assertThat(occurrences(s, d(2023, 11, 30), 3, d(2025, 6, 1))).containsExactly(
                d(2023, 11, 30), d(2024, 2, 29), d(2024, 5, 30), d(2024, 8, 30), d(2024, 11, 30),
                d(2025, 2, 28), d(2025, 5, 30));
    }

    @Test
    void monthlySeriesDoesNotDriftOverTwentyYears() {
        Scheduler s = new Scheduler(START);
        List<LocalDate> seen = occurrences(s, d(2023, 1, 31), 1, d(2043, 1, 1));
        assertThat(seen).hasSize(240);
        for (int k = 0; k < seen.size(); k++) {
            LocalDate expected = d(2023, 1, 31).plusMonths(k);
            assertThat(seen.get(k)).isEqualTo(expected);
            assertThat(seen.get(k)).isEqualTo(expected.withDayOfMonth(expected.lengthOfMonth())); // always the month's end
        }
    }

    @Test
    void yearlyFromFebruary29FallsOnFebruary28InCommonYears() {
        Scheduler s = new Scheduler(d(2024, 1, 1));
        List<LocalDate> seen = new ArrayList<>();
        s.yearly(d(2024, 2, 29), 0, () -> seen.add(s.today()));
        s.runUntil(s.calendar().day(d(2033, 1, 1)));
        assertThat(seen).containsExactly(
                d(2024, 2, 29), d(2025, 2, 28), d(2026, 2, 28), d(2027, 2, 28), d(2028, 2, 29),
                d(2029, 2, 28), d(2030, 2, 28), d(2031, 2, 28), d(2032, 2, 29));
    }

    @Test
    void yearlyKeepsItsDateForDecades() {
        Scheduler s = new Scheduler(START);
        List<LocalDate> seen = new ArrayList<>();
        s.yearly(d(2023, 7, 15), 0, () -> seen.add(s.today()));
        s.runUntil(s.calendar().day(d(2053, 7, 15))); // exclusive: 2053's occurrence not yet run
        assertThat(seen).hasSize(30).allSatisfy(date -> {
            assertThat(date.getMonth()).isEqualTo(Month.JULY);
            assertThat(date.getDayOfMonth()).isEqualTo(15);
        });
        assertThat(seen.get(29)).isEqualTo(d(2052, 7, 15));
        assertThat(s.pending()).isEqualTo(1); // the next occurrence is always waiting
    }

    @Test
    void recurringOccurrenceTakesItsPlaceAmongTheDaysOtherEvents() {
        Scheduler s = new Scheduler(START);
        List<String> trace = new ArrayList<>();
        LocalDate day = d(2023, 3, 31);
        s.at(day, 9, () -> trace.add("late"));
        s.everyMonths(d(2023, 1, 31), 1, 5, () -> trace.add("monthly " + s.today()));
        s.at(day, 1, () -> trace.add("early"));
        s.at(day, 5, () -> trace.add("same priority, scheduled after the series"));
        s.runUntil(s.calendar().day(day) + 1);
        assertThat(trace).containsExactly(
                "monthly 2023-01-31", "monthly 2023-02-28",
                "early", "same priority, scheduled after the series", "monthly 2023-03-31", "late");
        // The March occurrence was scheduled when February's ran, i.e. after "same priority...".
    }

    // ---- cancelling recurrences ----------------------------------------------------------------

    @Test
    void cancellingRecurringSeriesBetweenRunsStopsFurtherOccurrences() {
        Scheduler s = new Scheduler(START);
        List<LocalDate> seen = new ArrayList<>();
        EventHandle h = s.everyMonths(d(2023, 1, 15), 1, 0, () -> seen.add(s.today()));
        s.runUntil(s.calendar().day(d(2023, 3, 20)));
        assertThat(seen).containsExactly(d(2023, 1, 15), d(2023, 2, 15), d(2023, 3, 15));
        assertThat(h.isCancelled()).isFalse();
        assertThat(s.pending()).isEqualTo(1);

        h.cancel();
        h.cancel(); // harmless
        assertThat(h.isCancelled()).isTrue();
        s.runUntil(s.calendar().day(d(2030, 1, 1)));
        assertThat(seen).hasSize(3);
        assertThat(s.pending()).isZero();
        assertThat(s.executed()).isEqualTo(3);
    }

    @Test
    void recurringActionCanCancelItsOwnSeries() {
        Scheduler s = new Scheduler(START);
        List<LocalDate> seen = new ArrayList<>();
        EventHandle[] h = new EventHandle[1];
        h[0] = s.everyMonths(d(2023, 1, 1), 2, 0, () -> {
            seen.add(s.today());
            if (seen.size() == 3) {
                h[0].cancel();
            }
        });
        s.runUntil(s.calendar().day(d(2030, 1, 1)));
        assertThat(seen).containsExactly(d(2023, 1, 1), d(2023, 3, 1), d(2023, 5, 1));
        assertThat(h[0].isCancelled()).isTrue();
        assertThat(s.pending()).isZero();
    }

    @Test
    void cancellingFromAnEarlierEventOnTheSameDaySkipsThatDaysOccurrence() {
        Scheduler s = new Scheduler(START);
        List<LocalDate> seen = new ArrayList<>();
        EventHandle h = s.everyMonths(d(2023, 1, 10), 1, 5, () -> seen.add(s.today()));
        s.at(d(2023, 3, 10), 4, h::cancel); // runs before the series' March occurrence
        s.runUntil(s.calendar().day(d(2024, 1, 1)));
        assertThat(seen).containsExactly(d(2023, 1, 10), d(2023, 2, 10));
    }

    @Test
    void cancellingFromALaterEventOnTheSameDayKeepsThatDaysOccurrenceOnly() {
        Scheduler s = new Scheduler(START);
        List<LocalDate> seen = new ArrayList<>();
        EventHandle h = s.everyMonths(d(2023, 1, 10), 1, 5, () -> seen.add(s.today()));
        s.at(d(2023, 3, 10), 6, h::cancel); // runs after the series' March occurrence
        s.runUntil(s.calendar().day(d(2024, 1, 1)));
        assertThat(seen).containsExactly(d(2023, 1, 10), d(2023, 2, 10), d(2023, 3, 10));
        assertThat(s.pending()).isZero();
    }

    @Test
    void cancellingOneSeriesLeavesAnotherAlone() {
        Scheduler s = new Scheduler(START);
        List<String> seen = new ArrayList<>();
        EventHandle a = s.everyMonths(d(2023, 1, 1), 1, 0, () -> seen.add("a"));
        s.everyMonths(d(2023, 1, 1), 1, 0, () -> seen.add("b"));
        s.at(d(2023, 2, 15), 0, a::cancel);
        s.runUntil(s.calendar().day(d(2023, 5, 1)));
        assertThat(seen).containsExactly("a", "b", "a", "b", "b", "b");
    }

    // ---- one-off events, counters, step --------------------------------------------------------

    @Test
    void executedAndPendingCount() {
        Scheduler s = new Scheduler(START);
        assertThat(s.executed()).isZero();
        assertThat(s.pending()).isZero();
        s.at(1, 0, () -> { });
        EventHandle cancelled = s.at(2, 0, () -> { });
        s.at(3, 0, () -> { });
        EventHandle cancelledLater = s.at(20, 0, () -> { });
        s.at(30, 0, () -> { });
        assertThat(s.pending()).isEqualTo(5);

        cancelled.cancel();
        cancelledLater.cancel();
        assertThat(s.pending()).isEqualTo(5); // counted until skipped
        s.runUntil(10);
        assertThat(s.executed()).isEqualTo(2);
        assertThat(s.pending()).isEqualTo(2); // the cancelled day-20 event, and day 30

        s.runUntil(25);
        assertThat(s.executed()).isEqualTo(2);
        assertThat(s.pending()).isEqualTo(1);

        assertThat(s.step()).isTrue();
        assertThat(s.now()).isEqualTo(30);
        assertThat(s.executed()).isEqualTo(3);
        assertThat(s.pending()).isZero();
        assertThat(s.step()).isFalse();
        assertThat(s.executed()).isEqualTo(3);
    }

    @Test
    void eventsScheduledDuringTheRunAreCountedAsPending() {
        Scheduler s = new Scheduler(START);
        long[] pendingSeen = new long[1];
        s.at(0, 0, () -> {
            s.in(1, 0, () -> { });
            s.in(2, 0, () -> { });
            pendingSeen[0] = s.pending();
        });
        s.runUntil(1);
        assertThat(pendingSeen[0]).isEqualTo(2); // the running event no longer counts
        assertThat(s.pending()).isEqualTo(2);
        s.runUntil(100);
        assertThat(s.executed()).isEqualTo(3);
        assertThat(s.pending()).isZero();
    }

    @Test
    void stepRunsOneEventAtATimeAndMovesNowToItsDay() {
        Scheduler s = new Scheduler(START);
        List<String> trace = new ArrayList<>();
        s.at(7, 2, () -> trace.add("7/2"));
        s.at(3, 0, () -> trace.add("3/0"));
        s.at(7, 1, () -> trace.add("7/1"));
        assertThat(s.step()).isTrue();
        assertThat(trace).containsExactly("3/0");
        assertThat(s.now()).isEqualTo(3);
        assertThat(s.today()).isEqualTo(START.plusDays(3));
        assertThat(s.step()).isTrue();
        assertThat(s.now()).isEqualTo(7);
        assertThat(s.step()).isTrue();
        assertThat(trace).containsExactly("3/0", "7/1", "7/2");
        assertThat(s.step()).isFalse();
        assertThat(s.now()).isEqualTo(7); // an empty step does not move time
    }

    @Test
    void runUntilMovesNowToTheEndEvenWithNothingToRunAndNeverBackwards() {
        Scheduler s = new Scheduler(START);
        s.runUntil(50);
        assertThat(s.now()).isEqualTo(50);
        s.runUntil(20);
        assertThat(s.now()).isEqualTo(50);
        s.runUntil(1000);
        assertThat(s.now()).isEqualTo(1000);
        assertThat(s.today()).isEqualTo(START.plusDays(1000));
    }

    @Test
    void runUntilIsExclusiveOfItsEndDay() {
        Scheduler s = new Scheduler(START);
        List<Integer> ran = new ArrayList<>();
        s.at(5, 0, () -> ran.add(5));
        s.runUntil(5);
        assertThat(ran).isEmpty();
        assertThat(s.pending()).isEqualTo(1);
        s.runUntil(6);
        assertThat(ran).containsExactly(5);
    }

    @Test
    void eventForTheCurrentDayAtAPassedPriorityRunsNext() {
        Scheduler s = new Scheduler(START);
        List<String> trace = new ArrayList<>();
        s.at(4, 5, () -> {
            trace.add("p5");
            s.at(4, 1, () -> trace.add("p1 scheduled by p5"));
        });
        s.at(4, 6, () -> trace.add("p6"));
        s.at(4, 5, () -> trace.add("p5 second"));
        s.runUntil(5);
        assertThat(trace).containsExactly("p5", "p1 scheduled by p5", "p5 second", "p6");
    }

    @Test
    void dayCanBeScheduledAgainAfterItsEventsWereExhaustedByStep() {
        Scheduler s = new Scheduler(START);
        List<String> trace = new ArrayList<>();
        s.at(5, 0, () -> trace.add("first"));
        assertThat(s.step()).isTrue();
        assertThat(s.step()).isFalse(); // the scan runs past day 5 and drops its bucket
        s.at(5, 0, () -> trace.add("again on day 5"));
        s.at(6, 0, () -> trace.add("day 6"));
        assertThat(s.step()).isTrue();
        assertThat(s.step()).isTrue();
        assertThat(trace).containsExactly("first", "again on day 5", "day 6");
        assertThat(s.now()).isEqualTo(6);
    }

    @Test
    void farFutureDaysAndManyEventsOnOneDay() {
        Scheduler s = new Scheduler(START);
        List<Integer> trace = new ArrayList<>();
        s.at(100_000, 0, () -> trace.add(-1));
        for (int i = 0; i < 1000; i++) {
            int id = i;
            s.at(70, (i * 7919) % 13, () -> trace.add(id)); // out-of-order priorities on one day
        }
        s.runUntil(Integer.MAX_VALUE);
        assertThat(trace).hasSize(1001);
        assertThat(trace.get(1000)).isEqualTo(-1);
        for (int k = 1; k < 1000; k++) {
            int prev = trace.get(k - 1);
            int cur = trace.get(k);
            int pp = (prev * 7919) % 13;
            int cp = (cur * 7919) % 13;
            assertThat(pp < cp || (pp == cp && prev < cur)).as("%d before %d", prev, cur).isTrue();
        }
        assertThat(s.now()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void datesAndDaysAgree() {
        Scheduler s = new Scheduler(START);
        SimCalendar cal = s.calendar();
        assertThat(cal.start()).isEqualTo(START);
        assertThat(cal.day(START)).isZero();
        assertThat(cal.day(START.minusDays(3))).isEqualTo(-3);
        assertThat(cal.date(365)).isEqualTo(d(2024, 1, 1));
        assertThat(cal.day(d(2024, 3, 1))).isEqualTo(365 + 31 + 29);
        assertThat(cal.monthStart(0)).isZero();
        assertThat(cal.monthStart(1)).isEqualTo(31);
        assertThat(cal.monthStart(2)).isEqualTo(31 + 28);
        assertThat(cal.monthStart(12)).isEqualTo(365);
        List<LocalDate> seen = new ArrayList<>();
        s.at(d(2023, 3, 1), 0, () -> seen.add(s.today()));
        s.runUntil(cal.monthStart(2)); // 1 March itself is excluded
        assertThat(seen).isEmpty();
        s.runUntil(cal.monthStart(3));
        assertThat(seen).containsExactly(d(2023, 3, 1));
    }
}
