package org.moneymen.io.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.moneymen.experiment.sweep.Batch;
import org.moneymen.experiment.sweep.BatchSink;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.RunRecord;
import org.moneymen.experiment.sweep.SweepEngine;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.io.Stamp;

/** Runs a sweep on an engine into a sweep folder, skipping batches already written (and checked) when resuming. */
public final class Sweeps {
    private Sweeps() {
    }

    /**
     * What a sweep did.
     *
     * @param runs the sweep's runs
     * @param computed the runs computed now
     * @param verified on a resume, the parts found whole (size and SHA-256 as recorded)
     * @param checks on a resume, what the check of the parts found, line by line: how many were whole, then each part
     *     missing, damaged or not recorded and what was done (empty for a new sweep)
     */
    public record Outcome(int runs, int computed, int verified, List<String> checks) {
    }

    /** Runs the sweep's missing batches and writes them, stamped; returns how many runs were computed now. */
    public static Outcome execute(SweepPlan plan, SweepEngine engine, EngineOptions options, Path dir, boolean resume,
                                  SweepProgress progress, Stamp stamp) throws Exception {
        try (SweepStore store = SweepStore.open(dir, plan, resume, stamp)) {
            List<Batch> pending = store.pending();
            int todo = pending.stream().mapToInt(Batch::size).sum();
            progress.start(plan.runs(), plan.runs() - todo);
            try {
                if (!pending.isEmpty()) {
                    engine.run(plan, pending, options, new BatchSink() {
                        @Override
                        public void batchDone(Batch batch, List<RunRecord> records) throws IOException {
                            store.batchDone(batch, records);
                        }

                        @Override
                        public void runDone() {
                            progress.runDone();
                        }
                    });
                }
                store.finish();
            } finally {
                progress.finish();
            }
            return new Outcome(plan.runs(), todo, store.checked().verified(), store.checked().messages());
        }
    }

    /**
     * The runs a sweep folder's manifest records as written (a cheap check of how far a sweep got, with no part
     * read), or -1 when the folder has no manifest.
     */
    public static long runsWritten(Path dir) throws IOException, StoreException {
        var entries = PartManifest.read(dir);
        if (entries == null) {
            return -1;
        }
        return entries.values().stream().filter(e -> e.file().startsWith(SweepStore.RUNS + "/"))
                .mapToLong(PartManifest.Entry::rows).sum();
    }
}
