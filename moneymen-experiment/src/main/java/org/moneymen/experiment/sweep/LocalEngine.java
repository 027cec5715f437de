package org.moneymen.experiment.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a sweep on this machine's cores, one run per task; batches are handed over in run order within each. */
public final class LocalEngine implements SweepEngine {

    @Override
    public String name() {
        return "local";
    }

    @Override
    public void run(SweepPlan plan, List<Batch> batches, EngineOptions options, BatchSink sink) throws Exception {
        int threads = options.threads() > 0 ? options.threads() : Runtime.getRuntime().availableProcessors();
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "moneymen-sweep-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Batch batch : batches) {
                RunRecord[] slots = new RunRecord[batch.size()];
                AtomicInteger left = new AtomicInteger(batch.size());
                for (int run = batch.from(); run < batch.to(); run++) {
                    int r = run;
                    futures.add(pool.submit(() -> {
                        slots[r - batch.from()] = SweepRuns.compute(plan, r);
                        sink.runDone();
                        // The last run of a batch to finish hands the whole batch over.
                        if (left.decrementAndGet() == 0) {
                            sink.batchDone(batch, List.copyOf(Arrays.asList(slots)));
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    throw e.getCause() instanceof Exception x ? x : new RuntimeException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
