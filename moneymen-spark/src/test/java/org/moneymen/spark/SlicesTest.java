package org.moneymen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moneymen.experiment.sweep.Batch;

/** How the Spark engine cuts batches into tasks: whole batches when there are enough, never a run twice or lost. */
final class SlicesTest {

    @Test
    void enoughBatchesAreOneTaskEach() {
        List<Batch> batches = Batch.of(1000);
        List<Slice> slices = SparkEngine.slices(batches, 2);
        assertThat(slices).hasSize(batches.size());
        for (int i = 0; i < slices.size(); i++) {
            assertThat(slices.get(i)).isEqualTo(new Slice(i, 0, batches.get(i).from(), batches.get(i).to()));
        }
    }

    @Test
    void fewerBatchesThanCoresAreSplitIntoConsecutiveSlicesThatCoverEveryRunOnce() {
        List<Batch> batches = List.of(new Batch(7, 100, 110), new Batch(9, 200, 201));
        List<Slice> slices = SparkEngine.slices(batches, 8);
        assertThat(slices).containsExactly(new Slice(0, 0, 100, 102), new Slice(0, 1, 102, 105),
                new Slice(0, 2, 105, 107), new Slice(0, 3, 107, 110), new Slice(1, 0, 200, 201));
        assertThat(SparkEngine.slices(List.of(), 4)).isEmpty();
    }
}
