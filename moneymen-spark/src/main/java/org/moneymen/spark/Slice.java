package org.moneymen.spark;

import java.io.Serializable;

/**
 * Consecutive runs of one batch, computed by one Spark task: a batch is one slice, or several when there are fewer
 * batches than the cluster has cores.
 *
 * @param batch position of the batch in the list the engine was given
 * @param part position of this slice in its batch
 * @param from first run id
 * @param to one past the last run id
 */
record Slice(int batch, int part, int from, int to) implements Serializable {
    private static final long serialVersionUID = 1L;
}
