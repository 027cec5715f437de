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
import org.openjdk.jmh.annotations.TearDown;

/**
 * A whole sweep per shot, on the local engine with a set number of threads or on Spark in local mode with its
 * session already up (a session outlives a sweep; {@link SparkStartBench} measures its start-up).
 */
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
    private AutoCloseable engineUp;

    /** Loads the plan and starts the engine once for all shots (Spark's session start-up is measured apart). */
    @Setup
    public void load() throws Exception {
        plan = SweepWorkload.plan(runs, months);
        engineUp = SweepWorkload.open(engine, threads);
    }

    /** Stops what {@link #load} started. */
    @TearDown
    public void stop() throws Exception {
        engineUp.close();
    }

    @Benchmark
    public long sweep() throws Exception {
        return SweepWorkload.run(plan, engine, threads);
    }
}
