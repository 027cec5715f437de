package org.moneymen.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Starting and stopping a Spark session in local mode: the fixed cost a sweep on Spark pays before its first run. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SparkStartBench {

    /** One start and stop; in a fresh JVM (no warm-up shot) this is what a user of sweep --engine spark waits. */
    @Benchmark
    public void start() throws Exception {
        SweepWorkload.open("spark", 0).close();
    }
}
