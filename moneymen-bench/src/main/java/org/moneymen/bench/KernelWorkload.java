package org.moneymen.bench;

import java.time.LocalDate;
import java.util.PriorityQueue;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.moneymen.kernel.RandomStreams;
import org.moneymen.kernel.Scheduler;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

/**
 * The fixed kernel workload: agents each step every {@value #MONTH_DAYS} days at their own phase for a number of
 * months, one random draw per step. Three implementations do the same schedule-and-pop work: moneymen's kernel, a
 * bare {@link PriorityQueue} loop, and MASON's {@link Schedule} with repeating steppables. Each returns a checksum
 * of the steps in the order they ran, so equal checksums mean the same events in the same order.
 */
public final class KernelWorkload {
    /** A month of the workload, in days. */
    public static final int MONTH_DAYS = 30;

    private KernelWorkload() {
    }

    /** Events the workload runs: one per agent per month. */
    public static long events(int agents, int months) {
        return (long) agents * months;
    }

    /** A step's contribution to the checksum: order-sensitive, so a different order gives another sum. */
    static long mix(long sum, int agent, long day, double draw) {
        return Long.rotateLeft(sum, 7) ^ (agent * 0x9E3779B97F4A7C15L + day * 31 + Double.doubleToLongBits(draw));
    }

    private static RandomGenerator rng(long seed) {
        return RandomGeneratorFactory.of(RandomStreams.ALGORITHM).create(seed);
    }

    /** moneymen's kernel: each step schedules the agent's next one a month later. */
    public static long kernel(int agents, int months, long seed) {
        Scheduler s = new Scheduler(LocalDate.of(2000, 1, 1));
        RandomGenerator rng = rng(seed);
        int horizon = months * MONTH_DAYS;
        long[] sum = {0};
        for (int a = 0; a < agents; a++) {
            int agent = a;
            s.at(agent % MONTH_DAYS, 0, new Runnable() {
                @Override
                public void run() {
                    sum[0] = mix(sum[0], agent, s.now(), rng.nextDouble());
                    s.in(MONTH_DAYS, 0, this);
                }
            });
        }
        s.runUntil(horizon);
        return sum[0];
    }

    /** One pending step of the bare queue: time, then insertion order. */
    private record Step(long day, long seq, int agent) implements Comparable<Step> {
        @Override
        public int compareTo(Step o) {
            return day != o.day ? Long.compare(day, o.day) : Long.compare(seq, o.seq);
        }
    }

    /** A bare priority-queue loop doing the same schedule-and-pop work. */
    public static long bareQueue(int agents, int months, long seed) {
        PriorityQueue<Step> q = new PriorityQueue<>();
        RandomGenerator rng = rng(seed);
        long seq = 0;
        for (int a = 0; a < agents; a++) {
            q.add(new Step(a % MONTH_DAYS, seq++, a));
        }
        int horizon = months * MONTH_DAYS;
        long sum = 0;
        while (!q.isEmpty() && q.peek().day < horizon) {
            Step e = q.poll();
            sum = mix(sum, e.agent, e.day, rng.nextDouble());
            q.add(new Step(e.day + MONTH_DAYS, seq++, e.agent));
        }
        return sum;
    }

    /**
     * MASON's schedule with one repeating steppable per agent. Its ordering is the agent's index so that ties within a
     * day run in the same order as the kernel's insertion order (MASON otherwise shuffles or heap-orders ties).
     */
    public static long mason(int agents, int months, long seed) {
        SimState state = new SimState(seed);
        Schedule schedule = state.schedule;
        schedule.setShuffling(false);
        RandomGenerator rng = rng(seed);
        long[] sum = {0};
        int[] steps = new int[agents];
        Stoppable[] stops = new Stoppable[agents];
        for (int a = 0; a < agents; a++) {
            int agent = a;
            Steppable step = st -> {
                sum[0] = mix(sum[0], agent, (long) st.schedule.getTime(), rng.nextDouble());
                if (++steps[agent] == months) {
                    stops[agent].stop(); // its last month: MASON's way to end a repeating steppable
                }
            };
            stops[agent] = schedule.scheduleRepeating(agent % MONTH_DAYS, agent, step, MONTH_DAYS);
        }
        while (schedule.step(state)) {
            // each step runs every event of the next time, by ordering
        }
        return sum[0];
    }
}
