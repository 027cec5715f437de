package org.moneymen.bench;

import java.util.concurrent.TimeUnit;
import org.moneymen.experiment.sweep.SweepPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A whole sweep per shot, on the local engine with a set number of threads or on Spark in local mode. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SweepBench {
    /** Runs in the sweep. */
    @Param("1000")
    public int runs;

    /** Months of each run. */
    @Param("24")
    public int months;

    /** Worker threads (0: all cores). */
    @Param({"1", "0"})
    public int threads;

    /** The engine: local or spark. */
    @Param("local")
    public String engine;

    private SweepPlan plan;

    @Setup
    public void load() {
        plan = SweepWorkload.plan(runs, months);
    }

    @Benchmark
    public long sweep() throws Exception {
        return SweepWorkload.run(plan, engine, threads);
    }
}
