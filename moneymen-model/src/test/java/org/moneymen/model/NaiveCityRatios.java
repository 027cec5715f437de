package org.moneymen.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reference for {@link CityRatios}: the same officials sorted by ratio with a library stable sort, and every
 * question answered by a linear scan from the start (no prefix sums, no binary search, no positions on the posts).
 */
final class NaiveCityRatios {
    /** One posted official with a running ratio, in the post order it was gathered in. */
    record Entry(Official official, TradeCompany company, double ratio) {
    }

    final List<Entry> sorted;

    NaiveCityRatios(List<Entry> inPostOrder) {
        sorted = new ArrayList<>(inPostOrder);
        sorted.sort(Comparator.comparingDouble(Entry::ratio)); // List.sort is stable: ties keep post order
    }

    int size() {
        return sorted.size();
    }

    /** The first position whose ratio is above x (size when none). */
    int firstAbove(double x) {
        for (int k = 0; k < sorted.size(); k++) {
            if (sorted.get(k).ratio() > x) {
                return k;
            }
        }
        return sorted.size();
    }

    /** How many officials of a company sit at positions from first on. */
    int sameCompanyAbove(TradeCompany c, int first) {
        int n = 0;
        for (int k = first; k < sorted.size(); k++) {
            if (sorted.get(k).company() == c) {
                n++;
            }
        }
        return n;
    }

    /** The ratios of positions from .. to - 1, added in order. */
    double sum(int from, int to) {
        double s = 0;
        for (int k = from; k < to; k++) {
            s += sorted.get(k).ratio();
        }
        return s;
    }

    /**
     * Walks the positions from first on, adding each one's weight (ratio - own), and stops at the first where the
     * running total passes u; the last position if none does (u drawn below the total should not get there).
     */
    int pick(int first, double own, double u) {
        double acc = 0;
        for (int k = first; k < sorted.size(); k++) {
            acc += sorted.get(k).ratio() - own;
            if (acc > u) {
                return k;
            }
        }
        return sorted.size() - 1;
    }

    /**
     * The same walk with each running total as the index's prefix sums give it (the ratios up to k + 1 added in
     * order, less those up to first, less own for each position passed): its binary search replaced by a scan.
     */
    int pickOnPrefixSums(int first, double own, double u) {
        for (int k = first; k < sorted.size(); k++) {
            if (runningWeightOnPrefixSums(first, own, k) > u) {
                return k;
            }
        }
        return sorted.size() - 1;
    }

    /** The weight from first to k inclusive as the index computes it. */
    double runningWeightOnPrefixSums(int first, double own, int k) {
        return sum(0, k + 1) - sum(0, first) - own * (k + 1 - first);
    }
}
