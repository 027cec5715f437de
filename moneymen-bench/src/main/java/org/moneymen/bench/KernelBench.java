package org.moneymen.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The kernel workload on moneymen's kernel, a bare priority queue and MASON's schedule: one whole run per shot. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KernelBench {
    /** Agents, each stepping monthly at its own phase. */
    @Param("100000")
    public int agents;

    /** Months each agent steps. */
    @Param("120")
    public int months;

    @Benchmark
    public long kernel() {
        return KernelWorkload.kernel(agents, months, 42);
    }

    @Benchmark
    public long bareQueue() {
        return KernelWorkload.bareQueue(agents, months, 42);
    }

    @Benchmark
    public long mason() {
        return KernelWorkload.mason(agents, months, 42);
    }
}
