package org.moneymen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The per-day bucket against a sorted-set model: any interleaving of adds (in any priority order)
 * and polls hands events back in (priority, insertion) order. Exercises its growth, compaction
 * and out-of-order insertion paths, which ordinary schedules rarely reach.
 */
final class DayBucketProperties {
    /** Fixed so that a CI failure is the same failure on a developer's machine. */
    private static final long SEED = 64L;

    private static Gen<List<Integer>> ops() {
        // >= 0: add an event with that priority; -1: poll
        return lists().of(Generate.frequency(
                Pair.of(3, integers().between(0, 6)),
                Pair.of(2, Generate.constant(-1))))
                .ofSizeBetween(0, 300);
    }

    @Test
    void pollsInPriorityThenInsertionOrder() {
        qt().withExamples(300).withFixedSeed(SEED).forAll(ops()).checkAssert(DayBucketProperties::pollsInOrder);
    }

    private static void pollsInOrder(List<Integer> ops) {
        DayBucket bucket = new DayBucket();
        Map<Event, Long> insertion = new IdentityHashMap<>();
        TreeSet<Event> model = new TreeSet<>(Comparator.comparingInt((Event e) -> e.priority).thenComparingLong(insertion::get));
        long seq = 0;
        for (int op : ops) {
            if (op >= 0) {
                Event e = new Event(0, op, () -> { });
                insertion.put(e, seq++);
                bucket.add(e);
                model.add(e);
            } else {
                assertThat(bucket.poll()).isSameAs(model.pollFirst());
            }
            assertThat(bucket.isEmpty()).isEqualTo(model.isEmpty());
        }
        List<Event> rest = new ArrayList<>();
        Event e;
        while ((e = bucket.poll()) != null) {
            rest.add(e);
        }
        assertThat(rest).containsExactlyElementsOf(model);
        assertThat(bucket.isEmpty()).isTrue();
        assertThat(bucket.poll()).isNull();
    }
}
