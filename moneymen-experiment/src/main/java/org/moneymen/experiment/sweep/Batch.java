package org.moneymen.experiment.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed group of consecutive runs, written together as one part of the results. Batches depend only on the
 * number of runs, never on the engine or the core count, so the parts are the same whoever computes them.
 *
 * @param index 0-based batch number
 * @param from first run id
 * @param to one past the last run id
 */
public record Batch(int index, int from, int to) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Runs in the batch. */
    public int size() {
        return to - from;
    }

    /** The batches of a sweep: at most about 64 of them while batches stay under 500 runs. */
    public static List<Batch> of(int runs) {
        int size = Math.max(1, Math.min(500, (runs + 63) / 64));
        List<Batch> out = new ArrayList<>();
        for (int from = 0, i = 0; from < runs; from += size, i++) {
            out.add(new Batch(i, from, Math.min(runs, from + size)));
        }
        return out;
    }
}
