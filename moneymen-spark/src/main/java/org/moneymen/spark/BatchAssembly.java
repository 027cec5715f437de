package org.moneymen.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SimpleFutureAction;
import org.moneymen.experiment.sweep.Batch;
import org.moneymen.experiment.sweep.BatchSink;
import org.moneymen.experiment.sweep.RunRecord;

/**
 * Puts the slices of a Spark job back together on the driver: as each slice's records arrive (in any order), a batch
 * whose slices are all in is handed to the sink, its records in run order, on the calling thread (never on Spark's
 * scheduler thread, which writing Parquet would hold up). Spark hands each partition's result over once, also
 * when it ran a lost task again, so nothing is lost or doubled.
 */
final class BatchAssembly {
    private final List<Batch> batches;
    private final List<Slice> slices;
    private final BatchSink sink;

    BatchAssembly(List<Batch> batches, List<Slice> slices, BatchSink sink) {
        this.batches = batches;
        this.slices = slices;
        this.sink = sink;
    }

    /** Takes every slice's records from the queue, handing whole batches to the sink, until all are in or the job fails. */
    void take(LinkedBlockingQueue<Object[]> done, SimpleFutureAction<?> job) throws Exception {
        int[] partsLeft = new int[batches.size()];
        List<List<List<RunRecord>>> parts = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            parts.add(new ArrayList<>());
        }
        for (Slice s : slices) {
            partsLeft[s.batch()]++;
            parts.get(s.batch()).add(null);
        }
        int left = slices.size();
        while (left > 0) {
            Object[] next = done.poll(200, TimeUnit.MILLISECONDS);
            if (next == null) {
                if (job.isCompleted()) {
                    failure(job);
                    if (done.isEmpty()) {
                        throw new IllegalStateException("the Spark job ended with " + left + " slices not returned");
                    }
                }
                continue;
            }
            Slice s = slices.get((Integer) next[0]);
            @SuppressWarnings("unchecked")
            List<RunRecord> records = (List<RunRecord>) next[1];
            parts.get(s.batch()).set(s.part(), records);
            for (int k = 0; k < records.size(); k++) {
                sink.runDone();
            }
            left--;
            if (--partsLeft[s.batch()] == 0) {
                List<RunRecord> all = new ArrayList<>(batches.get(s.batch()).size());
                parts.get(s.batch()).forEach(all::addAll);
                parts.set(s.batch(), null);
                sink.batchDone(batches.get(s.batch()), all);
            }
        }
        failure(job);
    }

    /** Throws the job's failure, if it failed. */
    private static void failure(SimpleFutureAction<?> job) throws Exception {
        if (!job.isCompleted()) {
            return;
        }
        scala.util.Try<?> result = job.value().get();
        if (result.isFailure()) {
            Throwable t = result.failed().get();
            throw t instanceof Exception x ? x : new IllegalStateException(t);
        }
    }
}
