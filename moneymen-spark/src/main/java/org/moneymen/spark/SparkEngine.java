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
 * Runs a sweep as Spark tasks, one task per run and one job per batch: {@code local[*]} by default, any master
 * URL otherwise. The driver collects each batch and hands it to the one writer, so the results are the same as
 * the local engine's. A session already running in this JVM is used and left running.
 */
public final class SparkEngine implements SweepEngine {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public void run(SweepPlan plan, List<Batch> batches, EngineOptions options, BatchSink sink) throws Exception {
        boolean existing = SparkSession.getActiveSession().isDefined() || SparkSession.getDefaultSession().isDefined();
        String master = options.master() == null ? "local[*]" : options.master();
        SparkSession.Builder builder = SparkSession.builder().appName("moneymen sweep " + plan.name())
                .config("spark.ui.enabled", "false");
        if (!existing) {
            builder.master(master);
            if (master.startsWith("local")) {
                builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1");
            }
        }
        SparkSession spark = builder.getOrCreate();
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Broadcast<SweepPlan> shared = jsc.broadcast(plan);
            List<JavaFutureAction<List<RunRecord>>> jobs = new ArrayList<>();
            for (Batch b : batches) {
                List<Integer> runs = IntStream.range(b.from(), b.to()).boxed().toList();
                jobs.add(jsc.parallelize(runs, runs.size()).map(r -> SweepRuns.compute(shared.value(), r)).collectAsync());
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
}
