package org.moneymen.bench;

import java.util.concurrent.TimeUnit;
import org.moneymen.experiment.Runs;
import org.moneymen.model.config.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One whole run of the world scenario (network built, every month run, no event log) on one thread, per shot. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorldBench {
    /** Officials the network is scaled to. */
    @Param("100000")
    public int officials;

    /** Months run. */
    @Param("120")
    public int months;

    private Scenario scenario;

    @Setup
    public void load() {
        scenario = BenchScenarios.world(officials, months);
    }

    @Benchmark
    public Object run() {
        return Runs.runQuiet(scenario).summary();
    }
}
