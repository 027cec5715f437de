package org.moneymen.model;

/**
 * The posted officials of a city with a running ratio, sorted by ratio (ties by post order), with prefix sums of
 * the ratios: taken once at the month's close (rumours change no ratio and no post).
 */
final class CityRatios {
    final Official[] official;
    /** The company of the official at each position. */
    final TradeCompany[] company;
    final double[] ratio;
    /** prefix[i] = ratio[0] + ... + ratio[i - 1]. */
    final double[] prefix;
    final int size;

    static final CityRatios EMPTY =
            new CityRatios(new Official[0], new TradeCompany[0], new int[0], new double[0], 0);

    /** Gathers a city's posted officials with a running ratio, in post order. */
    static final class Builder {
        private final Official[] in;
        private final TradeCompany[] companyOf;
        private final int[] slotOf;
        private final double[] r;
        private int n;

        Builder(int capacity) {
            in = new Official[capacity];
            companyOf = new TradeCompany[capacity];
            slotOf = new int[capacity];
            r = new double[capacity];
        }

        void add(Official o, double ratio) {
            in[n] = o;
            companyOf[n] = o.company;
            slotOf[n] = o.slot;
            r[n++] = ratio;
        }

        CityRatios build() {
            return new CityRatios(in, companyOf, slotOf, r, n);
        }
    }

    /**
     * Sorts what a builder gathered. Positions are written to the companies' posts, not to the officials, so
     * that neither this nor the rumours' same-company checks revisit officials in sorted (random) order.
     */
    private CityRatios(Official[] in, TradeCompany[] companyOf, int[] slotOf, double[] r, int n) {
        size = n;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        sortByRatio(order, r);
        official = new Official[n];
        company = new TradeCompany[n];
        ratio = new double[n];
        prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            official[i] = in[order[i]];
            company[i] = companyOf[order[i]];
            company[i].rumourPosition[slotOf[order[i]]] = i;
            ratio[i] = r[order[i]];
            prefix[i + 1] = prefix[i] + ratio[i];
        }
    }

    /** Sorts positions by ratio, ties in post order (a stable merge sort on primitive arrays). */
    private static void sortByRatio(int[] a, double[] key) {
        int[] buf = new int[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length; lo += 2 * width) {
                int mid = Math.min(lo + width, a.length);
                int hi = Math.min(lo + 2 * width, a.length);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    buf[k++] = key[a[j]] < key[a[i]] ? a[j++] : a[i++];
                }
                while (i < mid) {
                    buf[k++] = a[i++];
                }
                while (j < hi) {
                    buf[k++] = a[j++];
                }
            }
            System.arraycopy(buf, 0, a, 0, a.length);
        }
    }

    /** The first position whose ratio is above x. */
    int firstAbove(double x) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ratio[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** How many officials of a company sit at positions from {@code first} on. */
    int sameCompanyAbove(TradeCompany c, int first) {
        int n = 0;
        for (int k = 0; k < c.posts.length; k++) {
            if (c.posts[k] != null && c.rumourPosition[k] >= first) {
                n++;
            }
        }
        return n;
    }

    double sum(int from, int to) {
        return prefix[to] - prefix[from];
    }

    /** The position k in [first, size) where the cumulative weight (ratio - own) from first passes u. */
    int pick(int first, double own, double u) {
        int lo = first;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double upTo = sum(first, mid + 1) - own * (mid + 1 - first);
            if (upTo > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
