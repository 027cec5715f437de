package org.moneymen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.moneymen.kernel.SchedulerModel.Fired;
import org.moneymen.kernel.SchedulerModel.Workload;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The scheduler's total order (day, priority, scheduling order), cancellation, now() and runUntil, as properties. */
final class SchedulerOrderProperties {
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    /** Fixed so that a CI failure is the same failure on a developer's machine. */
    private static final long SEED = 20200101L;
    private static final int TRIES = 200;

    /** One scheduling request: day, priority and whether it gets cancelled before the run. */
    record Req(int day, int priority, boolean cancel) {
    }

    private static Gen<List<Req>> requests() {
        // Days cross the scheduler's initial 64-day table; few priorities so ties are common.
        Gen<Integer> day = Generate.frequency(
                Pair.of(6, integers().between(0, 20)),
                Pair.of(3, integers().between(0, 300)),
                Pair.of(1, integers().between(0, 5000)));
        Gen<Integer> priority = Generate.frequency(
                Pair.of(30, integers().between(-3, 3)),
                Pair.of(1, Generate.pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE))));
        Gen<Boolean> cancel = integers().between(0, 4).map(x -> x == 0);
        return lists().of(day.zip(priority, cancel, Req::new)).ofSizeBetween(0, 200);
    }

    private static List<Integer> stableSortedIndices(List<Req> reqs) {
        return IntStream.range(0, reqs.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> reqs.get(i).day()).thenComparingInt(i -> reqs.get(i).priority()))
                .collect(Collectors.toList()); // List.sort is stable: ties keep insertion order
    }

    private static void drain(Scheduler s, boolean viaStep) {
        if (viaStep) {
            while (s.step()) {
                // keep going
            }
        } else {
            s.runUntil(Integer.MAX_VALUE);
        }
    }

    @Test
    void executionOrderIsStableSortByDayThenPriority() {
        qt().withExamples(TRIES).withFixedSeed(SEED)
                .forAll(requests(), booleans().all())
                .checkAssert(SchedulerOrderProperties::executionOrderIsStableSortByDayThenPriorityHolds);
    }

    private static void executionOrderIsStableSortByDayThenPriorityHolds(List<Req> reqs, boolean viaStep) {
        Scheduler s = new Scheduler(START);
        List<Integer> trace = new ArrayList<>();
        List<Integer> daysSeen = new ArrayList<>();
        for (int i = 0; i < reqs.size(); i++) {
            int id = i;
            s.at(reqs.get(i).day(), reqs.get(i).priority(), () -> {
                trace.add(id);
                daysSeen.add(s.now());
            });
        }
        assertThat(s.pending()).isEqualTo(reqs.size());
        drain(s, viaStep);

        List<Integer> expected = stableSortedIndices(reqs);
        assertThat(trace).isEqualTo(expected);
        assertThat(daysSeen).isEqualTo(expected.stream().map(i -> reqs.get(i).day()).collect(Collectors.toList()));
        assertThat(s.executed()).isEqualTo(reqs.size());
        assertThat(s.pending()).isZero();
    }

    @Test
    void cancelledEventsNeverRunAndAllOthersDo() {
        qt().withExamples(TRIES).withFixedSeed(SEED)
                .forAll(requests(), booleans().all())
                .checkAssert(SchedulerOrderProperties::cancelledEventsNeverRunAndAllOthersDoHolds);
    }

    private static void cancelledEventsNeverRunAndAllOthersDoHolds(List<Req> reqs, boolean viaStep) {
        Scheduler s = new Scheduler(START);
        List<Integer> trace = new ArrayList<>();
        List<EventHandle> handles = new ArrayList<>();
        for (int i = 0; i < reqs.size(); i++) {
            int id = i;
            handles.add(s.at(reqs.get(i).day(), reqs.get(i).priority(), () -> trace.add(id)));
        }
        Set<Integer> cancelled = new HashSet<>();
        for (int i = 0; i < reqs.size(); i++) {
            if (reqs.get(i).cancel()) {
                handles.get(i).cancel();
                if (i % 2 == 0) {
                    handles.get(i).cancel(); // cancelling twice is harmless
                }
                cancelled.add(i);
            }
        }
        // Cancelled events still count as pending until they are skipped.
        assertThat(s.pending()).isEqualTo(reqs.size());
        drain(s, viaStep);

        List<Integer> expected = stableSortedIndices(reqs).stream().filter(i -> !cancelled.contains(i)).collect(Collectors.toList());
        assertThat(trace).isEqualTo(expected);
        assertThat(s.executed()).isEqualTo(expected.size());
        assertThat(s.pending()).isZero();
        for (int i = 0; i < handles.size(); i++) {
            assertThat(handles.get(i).isCancelled()).isEqualTo(cancelled.contains(i));
        }
    }

    @Test
    void cancellationFromInsideEarlierEventsPreventsLaterOnes() {
        qt().withExamples(TRIES).withFixedSeed(SEED)
                .forAll(requests())
                .checkAssert(SchedulerOrderProperties::cancellationFromInsideEarlierEventsPreventsLaterOnesHolds);
    }

    private static void cancellationFromInsideEarlierEventsPreventsLaterOnesHolds(List<Req> reqs) {
        // Event i, when it runs, cancels event (i + 1) % n if that is flagged: flagged events that run
        // after their canceller must not run; those that ran before it did.
        Scheduler s = new Scheduler(START);
        int n = reqs.size();
        List<Integer> trace = new ArrayList<>();
        List<EventHandle> handles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int id = i;
            handles.add(s.at(reqs.get(i).day(), reqs.get(i).priority(), () -> {
                trace.add(id);
                int target = (id + 1) % n;
                if (reqs.get(target).cancel()) {
                    handles.get(target).cancel();
                }
            }));
        }
        s.runUntil(Integer.MAX_VALUE);

        List<Integer> order = stableSortedIndices(reqs);
        List<Integer> expected = new ArrayList<>();
        Set<Integer> dead = new HashSet<>();
        for (int i : order) {
            if (dead.contains(i)) {
                continue;
            }
            expected.add(i);
            int target = (i + 1) % n;
            if (reqs.get(target).cancel()) {
                dead.add(target);
            }
        }
        assertThat(trace).isEqualTo(expected);
        assertThat(s.pending()).isZero();
    }

    @Test
    void runUntilRunsExactlyTheEventsBeforeTheEndAndLeavesTheRestPending() {
        qt().withExamples(TRIES).withFixedSeed(SEED)
                .forAll(requests(), integers().between(-1, 400))
                .checkAssert(SchedulerOrderProperties::runUntilRunsExactlyTheEventsBeforeTheEndAndLeavesTheRestPendingHolds);
    }

    private static void runUntilRunsExactlyTheEventsBeforeTheEndAndLeavesTheRestPendingHolds(
            List<Req> reqs, int end) {
        Scheduler s = new Scheduler(START);
        List<Integer> trace = new ArrayList<>();
        for (int i = 0; i < reqs.size(); i++) {
            int id = i;
            s.at(reqs.get(i).day(), reqs.get(i).priority(), () -> trace.add(id));
        }
        s.runUntil(end);

        List<Integer> all = stableSortedIndices(reqs);
        List<Integer> before = all.stream().filter(i -> reqs.get(i).day() < end).collect(Collectors.toList());
        assertThat(trace).isEqualTo(before);
        assertThat(s.executed()).isEqualTo(before.size());
        assertThat(s.pending()).isEqualTo(reqs.size() - before.size());
        assertThat(s.now()).isEqualTo(Math.max(0, end));
        assertThat(s.today()).isEqualTo(START.plusDays(Math.max(0, end)));

        // The rest run, in order, when the run continues.
        s.runUntil(Integer.MAX_VALUE);
        assertThat(trace).isEqualTo(all);
        assertThat(s.pending()).isZero();
    }

    @Test
    void runningInChunksGivesTheSameTraceAsOneRun() {
        qt().withExamples(TRIES).withFixedSeed(SEED)
                .forAll(requests(), chunkEnds(), booleans().all())
                .checkAssert(SchedulerOrderProperties::runningInChunksGivesTheSameTraceAsOneRunHolds);
    }

    private static void runningInChunksGivesTheSameTraceAsOneRunHolds(
            List<Req> reqs, List<Integer> ends, boolean mixInSteps) {
        Scheduler s = new Scheduler(START);
        List<Integer> trace = new ArrayList<>();
        for (int i = 0; i < reqs.size(); i++) {
            int id = i;
            s.at(reqs.get(i).day(), reqs.get(i).priority(), () -> trace.add(id));
        }
        int lastNow = s.now();
        for (int end : ends) {
            if (mixInSteps && (end & 1) == 1) {
                s.step();
            } else {
                s.runUntil(end);
                assertThat(s.now()).isEqualTo(Math.max(lastNow, end));
            }
            assertThat(s.now()).isGreaterThanOrEqualTo(lastNow);
            lastNow = s.now();
        }
        s.runUntil(Integer.MAX_VALUE);
        assertThat(trace).isEqualTo(stableSortedIndices(reqs));
    }

    private static Gen<List<Integer>> chunkEnds() {
        return lists().of(integers().between(-5, 400)).ofSizeBetween(0, 12); // not sorted: ends in the past too
    }

    /** Events that schedule further events (same day at an equal or later priority, or a later day) and cancel others. */
    @Test
    void eventsScheduledFromEventsStillObeyTheTotalOrder() {
        qt().withExamples(TRIES).withFixedSeed(SEED)
                .forAll(longs().all(), integers().between(1, 60), integers().between(0, 15))
                .checkAssert(SchedulerOrderProperties::eventsScheduledFromEventsStillObeyTheTotalOrderHolds);
    }

    private static void eventsScheduledFromEventsStillObeyTheTotalOrderHolds(
            long seed, int roots, int chunks) {
        Scheduler s = new Scheduler(START);
        Workload w = new Workload(SchedulerModel.real(s), seed, 400, true, 0.15).run(roots, chunks, false);

        List<Fired> t = w.trace;
        Comparator<Fired> total = Comparator.comparingInt(Fired::day).thenComparingInt(Fired::priority).thenComparingInt(Fired::id);
        for (int k = 1; k < t.size(); k++) {
            assertThat(total.compare(t.get(k - 1), t.get(k)))
                    .as("event %s ran after %s", t.get(k), t.get(k - 1))
                    .isNegative();
        }
        for (Fired f : t) {
            assertThat(f.nowSeen()).as("now() inside %s", f).isEqualTo(f.day());
        }
        assertCancellationSemantics(w);
        assertNowNeverDecreases(w);
        assertThat(s.pending()).isZero();
        assertThat(s.executed()).isEqualTo(t.size());
    }

    /**
     * Anything goes: children on the current day at any priority (including one that has already
     * passed, which must run next), step(), runUntil with ends in the past, scheduling and cancelling
     * between runs. The scheduler must agree, event by event and counter by counter, with the
     * reference "always run the least pending (day, priority, order) event" implementation.
     */
    @Test
    void agreesWithReferenceImplementationOnArbitraryWorkloads() {
        qt().withExamples(TRIES).withFixedSeed(SEED)
                .forAll(longs().all(), integers().between(1, 60), integers().between(0, 40))
                .checkAssert(SchedulerOrderProperties::agreesWithReferenceImplementationOnArbitraryWorkloadsHolds);
    }

    private static void agreesWithReferenceImplementationOnArbitraryWorkloadsHolds(
            long seed, int roots, int ops) {
        Workload real = new Workload(SchedulerModel.real(new Scheduler(START)), seed, 400, false, 0.2).run(roots, ops, true);
        Workload ref = new Workload(new SchedulerModel.Ref(), seed, 400, false, 0.2).run(roots, ops, true);

        assertThat(real.trace).isEqualTo(ref.trace);
        assertThat(real.counters).isEqualTo(ref.counters);
        assertThat(real.cancelledAt).isEqualTo(ref.cancelledAt);
        for (Fired f : real.trace) {
            assertThat(f.nowSeen()).isEqualTo(f.day());
        }
        assertCancellationSemantics(real);
        assertNowNeverDecreases(real);
    }

    @Test
    void identicalSchedulesGiveIdenticalTraces() {
        qt().withExamples(TRIES).withFixedSeed(SEED)
                .forAll(longs().all(), integers().between(1, 60), integers().between(0, 40))
                .checkAssert(SchedulerOrderProperties::identicalSchedulesGiveIdenticalTracesHolds);
    }

    private static void identicalSchedulesGiveIdenticalTracesHolds(long seed, int roots, int ops) {
        Workload a = new Workload(SchedulerModel.real(new Scheduler(START)), seed, 400, false, 0.2).run(roots, ops, true);
        Workload b = new Workload(SchedulerModel.real(new Scheduler(START)), seed, 400, false, 0.2).run(roots, ops, true);
        assertThat(a.trace).isEqualTo(b.trace);
        assertThat(a.counters).isEqualTo(b.counters);
        assertThat(a.nowSeen).isEqualTo(b.nowSeen);
    }

    /** A small agent simulation whose timing is drawn from named random streams runs identically twice. */
    @Test
    void simulationDrivenByRandomStreamsIsDeterministic() {
        qt().withExamples(TRIES).withFixedSeed(SEED)
                .forAll(longs().all(), integers().between(1, 20))
                .checkAssert(SchedulerOrderProperties::simulationDrivenByRandomStreamsIsDeterministicHolds);
    }

    private static void simulationDrivenByRandomStreamsIsDeterministicHolds(long rootSeed, int agents) {
        assertThat(agentTrace(rootSeed, agents)).isEqualTo(agentTrace(rootSeed, agents));
    }

    private static List<String> agentTrace(long rootSeed, int agents) {
        Scheduler s = new Scheduler(START);
        RandomStreams streams = new RandomStreams(rootSeed);
        List<String> trace = new ArrayList<>();
        for (int a = 0; a < agents; a++) {
            var rng = streams.stream("agent", a);
            int agent = a;
            Runnable[] act = new Runnable[1];
            act[0] = () -> {
                trace.add(s.now() + ":" + agent + ":" + rng.nextInt(1000));
                s.in(Draws.poisson(rng, 3), Draws.uniformInt(rng, -2, 2), act[0]);
            };
            s.at(Draws.uniformInt(rng, 0, 10), 0, act[0]);
        }
        var market = streams.stream("market");
        s.everyMonths(START, 1, -1, () -> trace.add(s.today() + ":market:" + Draws.lognormal(market, 100, 0.3)));
        s.runUntil(365);
        return trace;
    }

    private static void assertCancellationSemantics(Workload w) {
        Set<Integer> ran = new HashSet<>();
        for (int pos = 0; pos < w.trace.size(); pos++) {
            int id = w.trace.get(pos).id();
            assertThat(ran.add(id)).as("event %d ran twice", id).isTrue();
            Integer cancelledAt = w.cancelledAt.get(id);
            if (cancelledAt != null) {
                assertThat(pos).as("event %d ran after it was cancelled", id).isLessThan(cancelledAt);
            }
        }
        for (int id = 0; id < w.handles.size(); id++) {
            if (!w.cancelledAt.containsKey(id)) {
                assertThat(ran).as("never-cancelled event %d must run", id).contains(id);
            }
        }
    }

    private static void assertNowNeverDecreases(Workload w) {
        for (int k = 1; k < w.nowSeen.size(); k++) {
            assertThat(w.nowSeen.get(k)).as("now() at observation %d", k).isGreaterThanOrEqualTo(w.nowSeen.get(k - 1));
        }
    }
}
