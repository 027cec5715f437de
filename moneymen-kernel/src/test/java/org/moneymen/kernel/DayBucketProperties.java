package org.moneymen.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The per-day bucket against a sorted-set model: any interleaving of adds (in any priority order)
 * and polls hands events back in (priority, insertion) order. Exercises its growth, compaction
 * and out-of-order insertion paths, which ordinary schedules rarely reach.
 */
class DayBucketProperties {

    @Provide
    Arbitrary<List<Integer>> ops() {
        // >= 0: add an event with that priority; -1: poll
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 6)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(-1)))
                .list().ofMaxSize(300);
    }

    @Property(tries = 300)
    void pollsInPriorityThenInsertionOrder(@ForAll("ops") List<Integer> ops) {
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
