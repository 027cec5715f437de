package org.moneymen.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reference for {@link CityRatios}: the same officials sorted by ratio with a library stable sort, prefix sums
 * rounded up computed in exact decimals, and every question answered by a linear scan from the start in exact
 * decimals (no binary search, no positions on the posts, no expansions).
 */
final class NaiveCityRatios {
    /** One posted official with a running ratio, in the post order it was gathered in. */
    record Entry(Official official, TradeCompany company, double ratio) {
    }

    final List<Entry> sorted;
    /** The contract's prefix sums: each the smallest double at or above the one before plus the next ratio. */
    final double[] prefix;
    /** The same in decimals, kept because converting a double's exact value is slow. */
    private final BigDecimal[] exactPrefix;

    NaiveCityRatios(List<Entry> inPostOrder) {
        sorted = new ArrayList<>(inPostOrder);
        sorted.sort(Comparator.comparingDouble(Entry::ratio)); // List.sort is stable: ties keep post order
        prefix = new double[sorted.size() + 1];
        exactPrefix = new BigDecimal[sorted.size() + 1];
        exactPrefix[0] = BigDecimal.ZERO;
        for (int k = 0; k < sorted.size(); k++) {
            prefix[k + 1] = ceil(exactPrefix[k].add(exact(sorted.get(k).ratio())));
            exactPrefix[k + 1] = exact(prefix[k + 1]);
        }
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

    /** The ratios of positions from .. to - 1, added exactly. */
    BigDecimal ratioSum(int from, int to) {
        BigDecimal s = BigDecimal.ZERO;
        for (int k = from; k < to; k++) {
            s = s.add(exact(sorted.get(k).ratio()));
        }
        return s;
    }

    /** The weight of position k for a spreader at own, exactly: its prefix step less own. */
    BigDecimal weight(int k, BigDecimal own) {
        return exactPrefix[k + 1].subtract(exactPrefix[k]).subtract(own);
    }

    /**
     * Walks the positions from first on, adding each one's weight exactly, and stops at the first where the running
     * total passes u; the last position if none does.
     */
    int pick(int first, double own, double u) {
        BigDecimal acc = BigDecimal.ZERO;
        BigDecimal x = exact(u);
        BigDecimal o = exact(own);
        for (int k = first; k < sorted.size(); k++) {
            acc = acc.add(weight(k, o));
            if (acc.compareTo(x) > 0) {
                return k;
            }
        }
        return sorted.size() - 1;
    }

    /** The running totals of the walk from first, one per position. */
    List<BigDecimal> breaks(int first, double own) {
        List<BigDecimal> breaks = new ArrayList<>();
        BigDecimal acc = BigDecimal.ZERO;
        BigDecimal o = exact(own);
        for (int k = first; k < sorted.size(); k++) {
            acc = acc.add(weight(k, o));
            breaks.add(acc);
        }
        return breaks;
    }

    /** The running totals of the walk over the officials of other companies than c from first, one per official. */
    List<BigDecimal> rivalBreaks(TradeCompany c, int first, double own) {
        List<BigDecimal> breaks = new ArrayList<>();
        BigDecimal acc = BigDecimal.ZERO;
        BigDecimal o = exact(own);
        for (int k = first; k < sorted.size(); k++) {
            if (sorted.get(k).company() != c) {
                acc = acc.add(weight(k, o));
                breaks.add(acc);
            }
        }
        return breaks;
    }

    /** The exact weight of the officials of other companies than c from first on. */
    BigDecimal rivalsWeight(TradeCompany c, int first, double own) {
        List<BigDecimal> breaks = rivalBreaks(c, first, own);
        return breaks.isEmpty() ? BigDecimal.ZERO : breaks.get(breaks.size() - 1);
    }

    /**
     * Walks the officials of other companies than c from first on, adding each one's weight exactly, and stops at
     * the first where the running total passes share (rounded down to a multiple of 2^-53) times their total; the
     * last of them if none does, -1 if there is none.
     */
    int pickRival(TradeCompany c, int first, double own, double share) {
        double steps = Math.floor(share * 0x1p53) * 0x1p-53;
        BigDecimal u = exact(steps).multiply(rivalsWeight(c, first, own));
        BigDecimal acc = BigDecimal.ZERO;
        BigDecimal o = exact(own);
        int last = -1;
        for (int k = first; k < sorted.size(); k++) {
            if (sorted.get(k).company() != c) {
                acc = acc.add(weight(k, o));
                if (acc.compareTo(u) > 0) {
                    return k;
                }
                last = k;
            }
        }
        return last;
    }

    static BigDecimal exact(double x) {
        return new BigDecimal(x);
    }

    /** The smallest double at or above x. */
    static double ceil(BigDecimal x) {
        double d = x.doubleValue();
        return exact(d).compareTo(x) < 0 ? Math.nextUp(d) : d;
    }
}
