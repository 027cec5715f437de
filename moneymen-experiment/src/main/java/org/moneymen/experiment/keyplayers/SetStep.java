package org.moneymen.experiment.keyplayers;

import java.util.List;

/**
 * One step of the greedy search for the set of officials whose removal together costs most: the set so far, its
 * joint loss, and the post the step added.
 *
 * @param size officials in the set
 * @param posts the set's posts, in the order they were added
 * @param added the post this step added
 * @param loss the whole set's loss against the baseline, paired, on the seeds the search chose it on, USD
 * @param confirmed the same on fresh seeds (null until confirmed)
 */
public record SetStep(int size, List<Integer> posts, int added, PairedLoss loss, PairedLoss confirmed) {

    /** The same step with its loss on fresh seeds. */
    SetStep confirm(PairedLoss fresh) {
        return new SetStep(size, posts, added, loss, fresh);
    }
}
