package org.moneymen.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.moneymen.kernel.Draws;

/**
 * Success recalls heard by chance: each observer hears each recall in its own city with one chance and each recall
 * elsewhere with another, independently, and learns from those it hears in the order they were decided. The walk
 * jumps from one heard recall to the next by geometric gaps drawn from the observer's own stream, so its cost grows
 * with the recalls heard, not with all recalls times all observers (a network k times larger, where each recall is
 * heard with a k-th of the chance, costs the same per observer). {@code NaiveHeardRecalls} in the tests draws one
 * chance per recall and is compared with this in distribution.
 */
final class HeardRecalls {
    private final List<Adaptation.Recall> recalls;
    private final Map<City, int[]> byCity = new HashMap<>();
    private final double inCity;
    private final double elsewhere;

    /**
     * @param recalls the review's success recalls, in the order they were decided
     * @param inCity chance of hearing a recall in one's own city
     * @param elsewhere chance of hearing a recall in another city
     */
    HeardRecalls(List<Adaptation.Recall> recalls, double inCity, double elsewhere) {
        this.recalls = recalls;
        this.inCity = inCity;
        this.elsewhere = elsewhere;
        Map<City, int[]> counts = new HashMap<>();
        for (Adaptation.Recall r : recalls) {
            counts.computeIfAbsent(r.city(), c -> new int[1])[0]++;
        }
        counts.forEach((c, n) -> byCity.put(c, new int[n[0]]));
        Map<City, int[]> fill = new HashMap<>();
        for (int i = 0; i < recalls.size(); i++) {
            City c = recalls.get(i).city();
            byCity.get(c)[fill.computeIfAbsent(c, x -> new int[1])[0]++] = i;
        }
    }

    /** What one learns from a recall it heard. */
    interface Listener {
        void heard(Adaptation.Recall recall);
    }

    /**
     * The recalls one observer hears, in order, passed to the listener (never its own recall). The draws: first a
     * gap into its city's recalls, then a gap into all recalls (those of its own city skipped), then one gap after
     * each recall heard in the walk it came from.
     */
    void hear(Official observer, City here, RandomGenerator rng, Listener listener) {
        int[] local = byCity.getOrDefault(here, new int[0]);
        int n = recalls.size();
        long nextLocal = local.length == 0 ? Long.MAX_VALUE : jump(-1, rng, inCity);
        long nextAll = elsewhere > 0 ? nextOutside(-1, here, rng) : Long.MAX_VALUE;
        while (true) {
            int localIndex = nextLocal < local.length ? local[(int) nextLocal] : Integer.MAX_VALUE;
            int allIndex = nextAll < n ? (int) nextAll : Integer.MAX_VALUE;
            if (localIndex == Integer.MAX_VALUE && allIndex == Integer.MAX_VALUE) {
                return;
            }
            Adaptation.Recall r;
            if (localIndex < allIndex) {
                r = recalls.get(localIndex);
                nextLocal = jump(nextLocal, rng, inCity);
            } else {
                r = recalls.get(allIndex);
                nextAll = nextOutside(nextAll, here, rng);
            }
            if (r.official() != observer) {
                listener.heard(r);
            }
        }
    }

    /** The next index of all recalls heard after i, skipping those in the observer's city (heard the other way). */
    private long nextOutside(long i, City here, RandomGenerator rng) {
        long j = jump(i, rng, elsewhere);
        while (j < recalls.size() && recalls.get((int) j).city() == here) {
            j = jump(j, rng, elsewhere);
        }
        return j;
    }

    private static long jump(long i, RandomGenerator rng, double p) {
        int gap = Draws.geometric(rng, p);
        return gap == Integer.MAX_VALUE ? Long.MAX_VALUE : i + 1 + gap;
    }
}
