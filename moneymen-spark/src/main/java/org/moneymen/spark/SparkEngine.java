package org.moneymen.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.api.java.JavaRDD;
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
import scala.collection.Iterator;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs a sweep as one Spark job whose tasks are the batches' slices ({@link Slice}): {@code local[*]} by default,
 * any master URL otherwise. Each slice's records come back to the driver as its task ends, and a batch whose slices
 * are all back is handed to the one writer, so parts are written while the sweep runs and the results are the same
 * as the local engine's. One job rather than one per batch: every job costs the driver a closure check, a broadcast
 * of the task and a round of scheduler and listener events, and that code competes with the model's for the JIT
 * (docs/PERFORMANCE.md). A session already running in this JVM is used and left running.
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
            List<Slice> slices = slices(batches, jsc.defaultParallelism());
            JavaRDD<List<RunRecord>> computed = jsc.parallelize(slices, Math.max(1, slices.size())).map(s -> {
                List<RunRecord> out = new ArrayList<>(s.to() - s.from());
                for (int r = s.from(); r < s.to(); r++) {
                    out.add(SweepRuns.compute(shared.value(), r));
                }
                return out;
            });
            LinkedBlockingQueue<Object[]> done = new LinkedBlockingQueue<>();
            List<Object> partitions = new ArrayList<>();
            for (int i = 0; i < slices.size(); i++) {
                partitions.add(i);
            }
            SimpleFutureAction<BoxedUnit> job = spark.sparkContext().submitJob(computed.rdd(), new OnlyElement<>(),
                    scala.jdk.javaapi.CollectionConverters.asScala(partitions).toSeq(), new Handler(done), new Unit());
            try {
                new BatchAssembly(batches, slices, sink).take(done, job);
            } catch (Exception e) {
                job.cancel();
                throw e;
            }
            shared.destroy();
        } finally {
            if (!existing) {
                spark.stop();
            }
        }
    }

    /**
     * Each batch as one slice, or split into as many as make the slices at least as many as the cluster's cores: a
     * run of a small scenario takes a few milliseconds, about what Spark spends on a task.
     */
    static List<Slice> slices(List<Batch> batches, int cores) {
        List<Slice> out = new ArrayList<>();
        int perBatch = batches.isEmpty() ? 1 : Math.max(1, (cores + batches.size() - 1) / batches.size());
        for (int i = 0; i < batches.size(); i++) {
            Batch b = batches.get(i);
            int parts = Math.max(1, Math.min(b.size(), perBatch));
            for (int p = 0; p < parts; p++) {
                int from = b.from() + (int) ((long) b.size() * p / parts);
                int to = b.from() + (int) ((long) b.size() * (p + 1) / parts);
                out.add(new Slice(i, p, from, to));
            }
        }
        return out;
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

    /** A task's result: its partition's one element (a slice's records). */
    private static final class OnlyElement<T> extends AbstractFunction1<Iterator<T>, T> implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public T apply(Iterator<T> it) {
            return it.next();
        }
    }

    /** On the driver, as each task succeeds (on Spark's scheduler thread): queues the slice's records. */
    private static final class Handler extends AbstractFunction2<Object, List<RunRecord>, BoxedUnit> {
        private final LinkedBlockingQueue<Object[]> done;

        Handler(LinkedBlockingQueue<Object[]> done) {
            this.done = done;
        }

        @Override
        public BoxedUnit apply(Object partition, List<RunRecord> records) {
            done.add(new Object[] {partition, records});
            return BoxedUnit.UNIT;
        }
    }

    /** The job's overall result: nothing (the records come through the handler). */
    private static final class Unit extends AbstractFunction0<BoxedUnit> {
        @Override
        public BoxedUnit apply() {
            return BoxedUnit.UNIT;
        }
    }
}
