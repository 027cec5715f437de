package org.moneymen.bench;

import java.util.List;

/**
 * How much of each benchmark to run: sizes, lengths and JMH iterations.
 *
 * @param name plan name shown in the report
 * @param kernelAgents agents of the kernel workload
 * @param kernelMonths months each agent steps
 * @param kernelShots warm-up and measured shots of each kernel implementation
 * @param worldSizes officials of the three world runs (the 10k, 100k and 1M figures)
 * @param worldMonths months of each world run
 * @param worldShots warm-up and measured shots of each world size, smallest first
 * @param heapOfficials officials of the retained-heap probe
 * @param sweepRuns runs of the benchmark sweep
 * @param sweepMonths months of each sweep run
 * @param sweepShots warm-up and measured shots of each sweep
 * @param forks JMH forks (0 runs in this JVM: for tests only)
 */
public record BenchPlan(String name, int kernelAgents, int kernelMonths, Shots kernelShots, List<Integer> worldSizes,
                        int worldMonths, List<Shots> worldShots, int heapOfficials, int sweepRuns, int sweepMonths,
                        Shots sweepShots, int calibrationPopulation, int calibrationMonths,
                        Shots calibrationShots, int forks) {

    /** Warm-up and measured shots of a single-shot benchmark. */
    public record Shots(int warmup, int measured) {
    }

    /** The real numbers: every size the issue names (about 25 minutes on 2 cores, 6 of them the 1M run). */
    public static BenchPlan full() {
        return new BenchPlan("full", 100_000, 120, new Shots(3, 5), List.of(10_000, 100_000, 1_000_000), 120,
                List.of(new Shots(2, 3), new Shots(1, 3), new Shots(0, 1)), 1_000_000, 1000, 24,
                // Five warm-up sweeps: with Spark in the JVM the JIT has Spark's code to compile too, and the model's
                // runs reach their compiled speed only from about the fifth sweep on 2 cores (docs/PERFORMANCE.md).
                new Shots(5, 3), 200, 59, new Shots(1, 3), 1);
    }

    /** A check that the command works, in about two minutes: the kernel in full; world sizes a tenth (1k, 10k, 100k) over three months. */
    public static BenchPlan quick() {
        return new BenchPlan("quick", 100_000, 120, new Shots(1, 1), List.of(1_000, 10_000, 100_000), 3,
                List.of(new Shots(1, 1), new Shots(1, 1), new Shots(0, 1)), 10_000, 100, 12,
                new Shots(0, 1), 50, 24, new Shots(0, 1), 1);
    }

    /** The smallest plan that exercises every benchmark, in this JVM (for the command's own test). */
    public static BenchPlan tiny() {
        return new BenchPlan("tiny", 300, 12, new Shots(0, 1), List.of(200, 400, 800), 6,
                List.of(new Shots(0, 1), new Shots(0, 1), new Shots(0, 1)), 200, 20, 3, new Shots(0, 1), 4, 24,
                new Shots(0, 1), 0);
    }

    /** Whether the world runs are the ten years (else world_100k_10y_s is extrapolated). */
    boolean tenYears() {
        return worldMonths == 120;
    }
}
