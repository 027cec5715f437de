package org.moneymen.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.moneymen.experiment.sweep.Batch;
import org.moneymen.experiment.sweep.BatchSink;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.RunRecord;
import org.moneymen.experiment.sweep.SweepEngine;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.experiment.sweep.SweepRuns;

/**
 * Runs a sweep as Spark tasks, one job per batch split into as many tasks as the cluster runs at once:
 * {@code local[*]} by default, any master URL otherwise. The driver collects each batch and hands it to the one writer, so the results are the same as
 * the local engine's. A session already running in this JVM is used and left running.
 */
public final class SparkEngine implements SweepEngine {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public AutoCloseable open(EngineOptions options) {
        SparkSession spark = session(options, false).getOrCreate();
        return spark::stop;
    }

    @Override
    public void run(SweepPlan plan, List<Batch> batches, EngineOptions options, BatchSink sink) throws Exception {
        boolean existing = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        SparkSession.Builder builder = session(options, existing).appName("moneymen sweep " + plan.name());
        SparkSession spark = builder.getOrCreate();
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Broadcast<SweepPlan> shared = jsc.broadcast(plan);
            List<JavaFutureAction<List<RunRecord>>> jobs = new ArrayList<>();
            for (Batch b : batches) {
                List<Integer> runs = IntStream.range(b.from(), b.to()).boxed().toList();
                // As many tasks as the cluster runs at once, not one per run: a run of a small scenario takes a few
                // milliseconds, about what Spark spends scheduling a task. collect keeps the runs' order.
                int slices = Math.max(1, Math.min(runs.size(), jsc.defaultParallelism()));
                jobs.add(jsc.parallelize(runs, slices).map(r -> SweepRuns.compute(shared.value(), r)).collectAsync());
            }
            try {
                for (int i = 0; i < batches.size(); i++) {
                    List<RunRecord> records = jobs.get(i).get();
                    for (int k = 0; k < records.size(); k++) {
                        sink.runDone();
                    }
                    sink.batchDone(batches.get(i), records);
                }
            } catch (ExecutionException e) {
                jobs.forEach(j -> j.cancel(true));
                throw e.getCause() instanceof Exception x ? x : e;
            } catch (Exception e) {
                jobs.forEach(j -> j.cancel(true));
                throw e;
            }
            shared.destroy();
        } finally {
            if (!existing) {
                spark.stop();
            }
        }
    }

    /** A session builder for the options' master (local[*] by default); an existing session keeps its master. */
    private static SparkSession.Builder session(EngineOptions options, boolean existing) {
        String master = options.master() == null ? "local[*]" : options.master();
        SparkSession.Builder builder = SparkSession.builder().appName("moneymen").config("spark.ui.enabled", "false");
        if (!existing) {
            builder.master(master);
            if (master.startsWith("local[") || master.equals("local")) {
                builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
            }
            ExecutorSettings.apply(builder, master);
        }
        return builder;
    }
}
