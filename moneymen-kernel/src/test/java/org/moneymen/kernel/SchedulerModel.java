package org.moneymen.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Test support for the scheduler properties: a common view of the real {@link Scheduler} and a
 * deliberately naive reference implementation written straight from its documented contract, plus a
 * seeded random workload that drives either one and records what happened.
 */
final class SchedulerModel {
    private SchedulerModel() {
    }

    /** The part of the scheduler's API the workloads use. */
    interface Api {
        EventHandle at(int day, int priority, Runnable action);

        EventHandle in(int days, int priority, Runnable action);

        int now();

        void runUntil(int endDay);

        boolean step();

        long executed();

        long pending();
    }

    static Api real(Scheduler s) {
        return new Api() {
            @Override
            public EventHandle at(int day, int priority, Runnable action) {
                return s.at(day, priority, action);
            }

            @Override
            public EventHandle in(int days, int priority, Runnable action) {
                return s.in(days, priority, action);
            }

            @Override
            public int now() {
                return s.now();
            }

            @Override
            public void runUntil(int endDay) {
                s.runUntil(endDay);
            }

            @Override
            public boolean step() {
                return s.step();
            }

            @Override
            public long executed() {
                return s.executed();
            }

            @Override
            public long pending() {
                return s.pending();
            }
        };
    }

    /**
     * The reference: one priority queue ordered by (day, priority, scheduling order); the next event
     * to run is always the least pending one; cancelled events are dropped when they reach the front.
     */
    static final class Ref implements Api {
        private static final class Ev implements EventHandle {
            final int day;
            final int priority;
            final long seq;
            final Runnable action;
            boolean cancelled;

            Ev(int day, int priority, long seq, Runnable action) {
                this.day = day;
                this.priority = priority;
                this.seq = seq;
                this.action = action;
            }

            @Override
            public void cancel() {
                cancelled = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        }

        private final PriorityQueue<Ev> queue = new PriorityQueue<>(
                Comparator.comparingInt((Ev e) -> e.day).thenComparingInt(e -> e.priority).thenComparingLong(e -> e.seq));
        private long seq;
        private int now;
        private long executed;

        @Override
        public EventHandle at(int day, int priority, Runnable action) {
            if (day < now) {
                throw new IllegalArgumentException("past");
            }
            Ev e = new Ev(day, priority, seq++, action);
            queue.add(e);
            return e;
        }

        @Override
        public EventHandle in(int days, int priority, Runnable action) {
            return at(now + days, priority, action);
        }

        @Override
        public int now() {
            return now;
        }

        @Override
        public void runUntil(int endDay) {
            while (!queue.isEmpty() && queue.peek().day < endDay) {
                Ev e = queue.poll();
                if (!e.cancelled) {
                    now = e.day;
                    executed++;
                    e.action.run();
                }
            }
            now = Math.max(now, endDay);
        }

        @Override
        public boolean step() {
            while (!queue.isEmpty()) {
                Ev e = queue.poll();
                if (!e.cancelled) {
                    now = e.day;
                    executed++;
                    e.action.run();
                    return true;
                }
            }
            return false;
        }

        @Override
        public long executed() {
            return executed;
        }

        @Override
        public long pending() {
            return queue.size();
        }
    }

    /** One event run: which event, the day and priority it was scheduled for, and now() when it ran. */
    record Fired(int id, int day, int priority, int nowSeen) {
    }

    /**
     * A seeded random workload. Each event, when it runs, schedules 0-2 children (same day or up to 70
     * days ahead, via at() or in()) and sometimes cancels an arbitrary earlier-scheduled event. What an
     * event does depends only on (seed, its id), so two schedulers that run events in the same order
     * see exactly the same workload.
     */
    static final class Workload {
        final long seed;
        final int maxEvents;
        final boolean forwardOnly;
        final double cancelRate;
        final Api api;
        final List<Fired> trace = new ArrayList<>();
        /** Every now() observed, inside events and after each driver operation, in time order. */
        final List<Integer> nowSeen = new ArrayList<>();
        /** After each driver operation: now, executed, pending. */
        final List<List<Long>> counters = new ArrayList<>();
        final List<int[]> meta = new ArrayList<>();
        final List<EventHandle> handles = new ArrayList<>();
        /** Event id to the trace size at the moment it was first cancelled. */
        final Map<Integer, Integer> cancelledAt = new HashMap<>();

        /**
         * @param forwardOnly children on the same day never take a priority lower than their parent's,
         *                    so the run must be globally sorted by (day, priority, id)
         */
        Workload(Api api, long seed, int maxEvents, boolean forwardOnly, double cancelRate) {
            this.api = api;
            this.seed = seed;
            this.maxEvents = maxEvents;
            this.forwardOnly = forwardOnly;
            this.cancelRate = cancelRate;
        }

        int schedule(int day, int priority, boolean viaIn) {
            int id = handles.size();
            meta.add(new int[] {day, priority});
            Runnable action = () -> fire(id);
            handles.add(viaIn ? api.in(day - api.now(), priority, action) : api.at(day, priority, action));
            return id;
        }

        void cancel(int id) {
            handles.get(id).cancel();
            cancelledAt.putIfAbsent(id, trace.size());
        }

        private void fire(int id) {
            int now = api.now();
            nowSeen.add(now);
            trace.add(new Fired(id, meta.get(id)[0], meta.get(id)[1], now));
            SplittableRandom r = new SplittableRandom(Seeds.derive(seed, id));
            int children = r.nextInt(3);
            for (int k = 0; k < children && handles.size() < maxEvents; k++) {
                int offset = r.nextBoolean() ? 0 : r.nextInt(1, 71);
                int priority = forwardOnly && offset == 0
                        ? meta.get(id)[1] + r.nextInt(3)
                        : r.nextInt(-3, 4);
                schedule(now + offset, priority, r.nextBoolean());
            }
            if (r.nextDouble() < cancelRate) {
                cancel(r.nextInt(handles.size()));
            }
        }

        /** Schedules root events, then drives the scheduler with random runUntil/step/schedule operations, then drains it. */
        Workload run(int roots, int driverOps, boolean allowStepAndOutsideScheduling) {
            SplittableRandom r = new SplittableRandom(seed);
            for (int i = 0; i < roots; i++) {
                schedule(r.nextInt(0, 150), r.nextInt(-3, 4), r.nextBoolean());
            }
            for (int i = 0; i < roots; i++) {
                if (r.nextDouble() < cancelRate) {
                    cancel(r.nextInt(roots));
                }
            }
            for (int op = 0; op < driverOps; op++) {
                int kind = allowStepAndOutsideScheduling ? r.nextInt(4) : 0;
                switch (kind) {
                    case 0 -> api.runUntil(api.now() + r.nextInt(-5, 40)); // sometimes an end in the past
                    case 1 -> api.step();
                    case 2 -> {
                        if (handles.size() < maxEvents) {
                            schedule(api.now() + r.nextInt(0, 30), r.nextInt(-3, 4), r.nextBoolean());
                        }
                    }
                    default -> {
                        if (!handles.isEmpty()) {
                            cancel(r.nextInt(handles.size()));
                        }
                    }
                }
                nowSeen.add(api.now());
                counters.add(List.of((long) api.now(), api.executed(), api.pending()));
            }
            while (api.step()) {
                nowSeen.add(api.now());
            }
            counters.add(List.of((long) api.now(), api.executed(), api.pending()));
            return this;
        }
    }
}
