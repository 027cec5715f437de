package org.moneymen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.moneymen.experiment.sweep.Batch;
import org.moneymen.experiment.sweep.BatchSink;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.RunRecord;
import org.moneymen.experiment.sweep.SweepEngine;
import org.moneymen.experiment.sweep.SweepEngines;
import org.moneymen.experiment.sweep.SweepFiles;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.scenario.ScenarioException;

/**
 * The sweep workload: the baseline scenario over two years, ten values of the recall line times replicas, computed by
 * an engine found by name (the Spark engine is found through ServiceLoader, never imported). Results are counted and
 * dropped: writing Parquet is the same work whatever the engine.
 */
public final class SweepWorkload {
    private SweepWorkload() {
    }

    /** A plan of {@code runs} runs (a multiple of 10) of a small scenario. */
    public static SweepPlan plan(int runs, int months) {
        try {
            Path dir = Files.createTempDirectory("moneymen-bench-sweep");
            Files.writeString(dir.resolve("baseline.yaml"), BenchScenarios.text("baseline.yaml"));
            String sweep = String.join("\n",
                    "name: bench",
                    "scenario: baseline.yaml",
                    "set: [months=" + months + "]",
                    "seed: 1",
                    "replicas: " + Math.max(1, runs / 10),
                    "design: {kind: grid}",
                    "parameters:",
                    "  - {path: quota.recall_line, range: {min: 0.8, max: 1.7, steps: 10}}",
                    "");
            SweepPlan plan = SweepFiles.parse("bench-sweep.yaml", sweep, dir, List.of());
            Files.delete(dir.resolve("baseline.yaml"));
            Files.delete(dir);
            return plan;
        } catch (IOException | ScenarioException e) {
            throw new IllegalStateException("the benchmark sweep does not load: " + e.getMessage(), e);
        }
    }

    /** Starts an engine for several sweeps (Spark: its session); close the handle to stop it. */
    public static AutoCloseable open(String engineName, int threads) throws Exception {
        return engine(engineName).open(options(engineName, threads));
    }

    private static SweepEngine engine(String engineName) {
        return SweepEngines.find(engineName)
                .orElseThrow(() -> new IllegalStateException("no sweep engine " + engineName + " on the class path"));
    }

    private static EngineOptions options(String engineName, int threads) {
        String master = engineName.equals("spark") ? "local[" + (threads > 0 ? threads : "*") + "]" : null;
        return new EngineOptions(threads, master);
    }

    /** Runs every run of the plan on an engine ("local" or "spark") with a number of threads (0: all cores). */
    public static long run(SweepPlan plan, String engineName, int threads) throws Exception {
        SweepEngine engine = engine(engineName);
        long[] done = {0};
        BatchSink sink = new BatchSink() {
            @Override
            public synchronized void batchDone(Batch batch, List<RunRecord> records) {
                done[0] += records.size();
            }
        };
        engine.run(plan, Batch.of(plan.runs()), options(engineName, threads), sink);
        if (done[0] != plan.runs()) {
            throw new IllegalStateException("engine " + engineName + " returned " + done[0] + " of " + plan.runs() + " runs");
        }
        return done[0];
    }
}
