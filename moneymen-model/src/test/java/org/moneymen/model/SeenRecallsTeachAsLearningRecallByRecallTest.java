package org.moneymen.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * What observers learn from a review's success recalls through the block-minimum index (skipping recalls that cannot
 * lower a ceiling) is, bit for bit, what they learn meeting every recall in turn: ceilings and whether they saw one.
 */
final class SeenRecallsTeachAsLearningRecallByRecallTest {
    /** Fixed so that a CI failure is the same failure on a developer's machine. */
    private static final long SEED = 32L;
    /** Observers: the first few are also the recalled ones (who skip their own recall), the rest only watch. */
    private static final int OBSERVERS = 8;

    /** A success recall: who was recalled (modulo the number of recalled officials) and its target. */
    record Recall(int who, double target) {
    }

    /** Each observer's ceiling and whether it has already seen a recall, before the review's recalls. */
    record Start(List<Double> ceilings, List<Boolean> saw) {
    }

    /** Ceilings and targets from a few shared values, so that ties (a target at the ceiling) are common. */
    private static Gen<Double> ratios() {
        return Generate.oneOf(Generate.pick(List.of(0.0, 0.5, 0.8, 1.0, 1.2, 1.5)), doubles().between(-0.5, 2.0));
    }

    private static Gen<Double> rates() {
        return Generate.oneOf(Generate.pick(List.of(0.0, 0.1, 0.25, 1.0)), doubles().between(0, 1));
    }

    @Test
    void ceilingsAndSeenFlagsMatchMeetingEveryRecallInOrder() {
        // Up to 200 recalls crosses several of the index's 32-recall blocks.
        Gen<List<Recall>> recalls = lists().of(integers().between(0, 5).zip(ratios(), Recall::new))
                .ofSizeBetween(0, 200);
        Gen<List<Double>> ceilings = lists().of(ratios()).ofSize(OBSERVERS);
        Gen<List<Boolean>> saw = lists().of(booleans().all()).ofSize(OBSERVERS);
        qt().withExamples(1000).withFixedSeed(SEED)
                .forAll(integers().between(1, 6), recalls, ceilings.zip(saw, Start::new), rates())
                .checkAssert(SeenRecallsTeachAsLearningRecallByRecallTest::agree);
    }

    private static void agree(int recalled, List<Recall> recalls, Start start, double rate) {
        Official[] a = observers(start);
        Official[] b = observers(start);
        SeenRecalls index = new SeenRecalls();
        NaiveSeenRecalls reference = new NaiveSeenRecalls();
        for (Recall r : recalls) {
            index.add(a[r.who() % recalled], r.target());
            reference.add(b[r.who() % recalled], r.target());
        }
        index.index();
        for (int i = 0; i < OBSERVERS; i++) {
            index.teach(a[i], rate);
            reference.teach(b[i], rate);
            assertThat(a[i].sawSuccessRecall).as("observer %d saw a recall", i).isEqualTo(b[i].sawSuccessRecall);
            assertThat(Double.doubleToRawLongBits(a[i].ceiling))
                    .as("observer %d's ceiling %s, recall by recall %s", i, a[i].ceiling, b[i].ceiling)
                    .isEqualTo(Double.doubleToRawLongBits(b[i].ceiling));
        }
    }

    private static Official[] observers(Start start) {
        Official[] out = new Official[OBSERVERS];
        for (int i = 0; i < OBSERVERS; i++) {
            out[i] = Entities.official(i + 1);
            out[i].ceiling = start.ceilings().get(i);
            out[i].sawSuccessRecall = start.saw().get(i);
        }
        return out;
    }
}
