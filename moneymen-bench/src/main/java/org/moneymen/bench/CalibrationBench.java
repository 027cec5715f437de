package org.moneymen.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.moneymen.experiment.calibrate.Calibration;
import org.moneymen.experiment.calibrate.CalibrationFiles;
import org.moneymen.experiment.calibrate.CalibrationPlan;
import org.moneymen.experiment.calibrate.ModelSimulator;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.LocalEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Two generations of the shipped calibration (calibration/world.yaml on world.yaml, as packed at build time) per
 * shot, on the local engine's cores: 3 x population simulations (2 x population from the prior, then population
 * moved), nothing written. What calibration_sims_per_s is made of.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CalibrationBench {
    /** Particles kept per generation. */
    @Param("200")
    public int population;

    /** Months of each run (59 in the shipped file). */
    @Param("59")
    public int months;

    private CalibrationPlan plan;

    /** The simulations one shot runs. */
    static int simulations(int population) {
        return 3 * population;
    }

    @Setup
    public void load() throws Exception {
        Path dir = Files.createTempDirectory("moneymen-bench-calibration");
        Files.createDirectories(dir.resolve("calibration"));
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/world.yaml"), BenchScenarios.text("world.yaml"));
        String text = resource("calibration/world.yaml")
                .replaceAll("set: \\[months=\\d+\\]", "set: [months=" + months + "]")
                .replaceAll("method: \\{[^}]*\\}", "method: {kind: abc_smc, population: " + population
                        + ", generations: 2, keep: 0.5, min_acceptance: 0, predictive: 0}");
        Path file = dir.resolve("calibration/world.yaml");
        Files.writeString(file, text);
        plan = CalibrationFiles.load(file);
        if (plan.firstDraws() + plan.laterDraws() != simulations(population)) {
            throw new IllegalStateException("the bench's calibration is not 3 x population simulations");
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CalibrationBench.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not packed in moneymen-bench");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public double calibrate() throws Exception {
        try (ModelSimulator sim = new ModelSimulator(plan, new LocalEngine(), EngineOptions.defaults(), () -> { })) {
            return Calibration.run(plan, sim, List.of(), (g, abc) -> { }).posterior().tolerance();
        }
    }
}
