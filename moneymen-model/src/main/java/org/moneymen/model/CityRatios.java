package org.moneymen.model;

import java.util.Arrays;

/**
 * The posted officials of a city with a running ratio, sorted by ratio (ties by post order), with prefix sums of
 * the ratios rounded up, taken once at the month's close (rumours change no ratio and no post).
 */
final class CityRatios {
    // The weights a rumour draws under are exact arithmetic on the stored prefix sums: for a spreader at own,
    // position i weighs exactly prefix[i + 1] - prefix[i] - own, which is ratio[i] - own plus the rounding up of
    // prefix[i + 1] (less than one ulp of it). Rounded to nearest, a step could come out below own for a ratio just
    // above it, a negative weight that made the cumulative fall and the binary search skip; rounded up, everyone
    // above own weighs more than zero however close, the cumulative rises at every position and a binary search on
    // it is right. Its comparisons are answered exactly: in doubles where their rounding provably cannot change
    // the answer, else on sums of doubles kept as expansions (Exact).

    final Official[] official;
    /** The company of the official at each position. */
    final TradeCompany[] company;
    final double[] ratio;
    /** prefix[i] = ratio[0] + ... + ratio[i - 1], each addition rounded up: prefix[i + 1] - prefix[i] >= ratio[i]. */
    final double[] prefix;
    final int size;

    /** 2^53: the steps of a uniform draw of a double in [0, 1). */
    private static final double STEPS = 0x1p53;

    // The pick in progress: rumours are drawn one at a time, so one set of scratch serves a city's picks.
    /** The spreader's company's positions from first on, ascending (its mates: their weights are left out). */
    private int[] mates = new int[0];
    private int mateCount;
    private int first;
    private double own;
    /** What the cumulative weight is to pass, in doubles, and the sum of the magnitudes it was computed from. */
    private double u;
    private double uMagnitude;
    /** Whether u is a share of the rivals' total (pickRival) rather than given (pick), and the share in 2^-53 steps. */
    private boolean ofShare;
    private double steps;
    /** prefix[first] plus the steps of the mates passed so far, in doubles, and the magnitudes it was summed from. */
    private double base;
    private double baseMagnitude;
    /** The exact threshold (an expansion) and the run of positions, by mates passed, it is for (-1: none yet). */
    private double[] threshold = new double[0];
    private int thresholdLength;
    private int thresholdRun;
    /** The rivals' exact total weight, once a pick needs it (-1: not yet), and a comparison's scratch. */
    private double[] total = new double[0];
    private int totalLength;
    private double[] trial = new double[0];

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
            prefix[i + 1] = Exact.sumUp(prefix[i], ratio[i]);
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
        // No scratch touched: this is asked of the shared EMPTY too.
        int n = 0;
        for (int k = 0; k < c.posts.length; k++) {
            if (sitsAt(c, k, first)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The position k in [first, size), for first = firstAbove(own) < size, where the exact cumulative weight
     * {@code prefix[k + 1] - prefix[first] - own * (k + 1 - first)} first exceeds u (size - 1 if it never does).
     */
    int pick(int first, double own, double u) {
        begin(first, own, 0);
        this.u = u;
        uMagnitude = Math.abs(u);
        ofShare = false;
        return search();
    }

    /**
     * The first position from first = firstAbove(own) on, outside company c, where the exact cumulative weight over
     * such positions exceeds share (in [0, 1), rounded down to a multiple of 2^-53) times their exact total, or -1
     * when c has everyone above own.
     */
    int pickRival(TradeCompany c, int first, double own, double share) {
        if (first >= size) {
            return -1; // before any scratch is touched: the shared EMPTY is asked too
        }
        int m = matesAbove(c, first);
        int others = size - first - m;
        if (others <= 0) {
            return -1;
        }
        // Every rival weighs more than zero, so each is picked by the shares of an interval of [0, 1) as long, in
        // 2^-53 steps (the steps of a uniform draw of a double), as its weight is of the total.
        begin(first, own, m);
        // The total over the other companies, prefix[size] - own * others - (prefix[first] + the mates' steps), in
        // doubles: the comparisons start from it and turn to the exact one only where doubles cannot tell.
        double b = prefix[first];
        double bMagnitude = Math.abs(b);
        for (int j = 0; j < m; j++) {
            b = (b + prefix[mates[j] + 1]) - prefix[mates[j]];
            bMagnitude += Math.abs(prefix[mates[j] + 1]) + Math.abs(prefix[mates[j]]);
        }
        ofShare = true;
        steps = Math.floor(Math.min(Math.max(share, 0), 1) * STEPS);
        double exactShare = steps / STEPS;
        u = exactShare * ((prefix[size] - own * others) - b);
        uMagnitude = exactShare * (Math.abs(prefix[size]) + Math.abs(own) * others + bMagnitude);
        return search();
    }

    /** Starts a pick: the spreader's ratio, the first position above it and how many mates are in {@link #mates}. */
    private void begin(int first, double own, int m) {
        this.first = first;
        this.own = own;
        mateCount = m;
        base = prefix[first];
        baseMagnitude = Math.abs(base);
        thresholdRun = -1;
        totalLength = -1;
    }

    /** The first position outside the mates from first on whose exact cumulative weight passes u (else the last). */
    private int search() {
        // Between two mates the cumulative weight rises at every position, so each run of other positions is a
        // binary search; the runs are tried in order, one comparison each, and the base takes in each mate's step
        // as it is passed: O(log size + mates) comparisons, and no draw is ever wasted on a mate.
        int last = -1;
        int start = first;
        for (int run = 0; run <= mateCount; run++) {
            int end = (run < mateCount ? mates[run] : size) - 1;
            if (end >= start) {
                last = end;
                if (passes(end, run)) {
                    int lo = start;
                    int hi = end;
                    while (lo < hi) {
                        int mid = (lo + hi) >>> 1;
                        if (passes(mid, run)) {
                            hi = mid;
                        } else {
                            lo = mid + 1;
                        }
                    }
                    return lo;
                }
            }
            if (run < mateCount) {
                int s = mates[run];
                base = (base + prefix[s + 1]) - prefix[s];
                baseMagnitude += Math.abs(prefix[s + 1]) + Math.abs(prefix[s]);
                start = s + 1;
            }
        }
        return last;
    }

    /** Whether the exact cumulative weight up to k, in the run after {@code run} mates, exceeds u. */
    private boolean passes(int k, int run) {
        // Doubles decide where their rounding cannot reach the answer: every term reaches d through at most
        // 2 * mates + 5 roundings, each within 2^-53 of what it rounds, so d is off by less than (2 * mates + 10) *
        // 2^-52 times the sum of the terms' magnitudes, plus the smallest normal double for a product that
        // underflows. Only u within that of a break (near ties, or a draw landing there) needs the expansions.
        double c = k + 1 - first - run;
        double d = ((prefix[k + 1] - own * c) - base) - u;
        double error = (2 * mateCount + 10) * 0x1p-52
                * (Math.abs(prefix[k + 1]) + Math.abs(own) * c + baseMagnitude + uMagnitude) + Double.MIN_NORMAL;
        if (d > error) {
            return true;
        }
        if (d < -error) {
            return false;
        }
        return exactlyPasses(k, run);
    }

    /** {@link #passes} on expansions, both sides times 2^53 for a share (see {@link #buildThreshold}). */
    private boolean exactlyPasses(int k, int run) {
        double scale = ofShare ? STEPS : 1;
        if (thresholdRun != run) {
            buildThreshold(run, scale);
        }
        trial = Exact.room(trial, thresholdLength + 3);
        for (int i = 0; i < thresholdLength; i++) {
            trial[i] = -threshold[i];
        }
        int n = Exact.grow(trial, thresholdLength, prefix[k + 1] * scale);
        n = Exact.growProduct(trial, n, -own * scale, k + 1 - first - run);
        return Exact.sign(trial, n) > 0;
    }

    /** Writes u plus prefix[first] and the steps of the mates before the run, times scale, to the threshold. */
    private void buildThreshold(int run, double scale) {
        // For a share, u times 2^53 is its steps (an integer) times the rivals' exact total, which is exact: a
        // fraction of a tiny total could need bits below the smallest double. Room: the total has at most
        // 2 * mates + 4 components, times the steps twice that, and each mate adds two.
        int cap = 16 + 8 * mateCount;
        threshold = Exact.room(threshold, cap);
        int n;
        if (!ofShare) {
            threshold[0] = u;
            n = 1;
        } else {
            if (totalLength < 0) {
                buildTotal(cap);
            }
            n = Exact.scale(total, totalLength, steps, threshold);
        }
        n = Exact.grow(threshold, n, prefix[first] * scale);
        for (int j = 0; j < run; j++) {
            n = Exact.grow(threshold, n, prefix[mates[j] + 1] * scale);
            n = Exact.grow(threshold, n, -prefix[mates[j]] * scale);
        }
        thresholdLength = Exact.compress(threshold, n);
        thresholdRun = run;
    }

    /** The rivals' exact total weight: prefix[size] - own * others - prefix[first] - the mates' steps. */
    private void buildTotal(int cap) {
        total = Exact.room(total, cap);
        total[0] = prefix[size];
        int n = Exact.grow(total, 1, -prefix[first]);
        for (int j = 0; j < mateCount; j++) {
            n = Exact.grow(total, n, -prefix[mates[j] + 1]);
            n = Exact.grow(total, n, prefix[mates[j]]);
        }
        n = Exact.growProduct(total, n, -own, size - first - mateCount);
        totalLength = Exact.compress(total, n);
    }

    /** Writes the positions of c's officials from first on to {@link #mates}, ascending, and returns how many. */
    private int matesAbove(TradeCompany c, int first) {
        if (mates.length < c.posts.length) {
            mates = new int[c.posts.length];
        }
        int m = 0;
        for (int k = 0; k < c.posts.length; k++) {
            if (sitsAt(c, k, first)) {
                int p = c.rumourPosition[k];
                // Insertion: a company has a handful of posts.
                int i = m++;
                while (i > 0 && mates[i - 1] > p) {
                    mates[i] = mates[i - 1];
                    i--;
                }
                mates[i] = p;
            }
        }
        return m;
    }

    /** Whether the official in post k of c sits at a position from first on. */
    private boolean sitsAt(TradeCompany c, int k, int first) {
        // A post's position counts only where that post's official sits: a vacated post keeps a stale one.
        int p = c.rumourPosition[k];
        return c.posts[k] != null && p >= first && p < size && official[p] == c.posts[k];
    }

    /**
     * Exact sums and products of doubles on expansions (Shewchuk, "Adaptive Precision Floating-Point Arithmetic and
     * Fast Robust Geometric Predicates", 1997), exact as long as nothing overflows (ratios and sums far below 2^900).
     */
    static final class Exact {
        // An expansion is the exact sum of its components, which do not overlap and come by increasing magnitude,
        // so the sign of its value is the sign of its largest component.
        /** 2^27 + 1: splits a double into two halves of 26 bits whose products are exact. */
        private static final double SPLITTER = 0x1p27 + 1;

        private Exact() {
        }

        /** The smallest double at or above a + b (the exact sum rounded up). */
        static double sumUp(double a, double b) {
            double s = a + b;
            double bv = s - a;
            double err = (a - (s - bv)) + (b - bv);
            return err > 0 ? Math.nextUp(s) : s;
        }

        /** e itself when it has room for n components, else a larger copy of it. */
        static double[] room(double[] e, int n) {
            return e.length >= n ? e : Arrays.copyOf(e, Math.max(n, 2 * e.length));
        }

        /** Adds b to the expansion e[0, n) in place (Grow-Expansion, zeros dropped); e needs room for n + 1. */
        static int grow(double[] e, int n, double b) {
            double q = b;
            int h = 0;
            for (int i = 0; i < n; i++) {
                double a = e[i];
                double s = q + a;
                double bv = s - q;
                double err = (q - (s - bv)) + (a - bv);
                q = s;
                if (err != 0) {
                    e[h++] = err; // h <= i: e[i] is read before anything is written over it
                }
            }
            if (q != 0) {
                e[h++] = q;
            }
            return h;
        }

        /** Adds a * c, exactly (as the rounded product and its error), to the expansion e[0, n); needs room n + 2. */
        static int growProduct(double[] e, int n, double a, int c) {
            double p = a * c;
            n = grow(e, n, productError(a, c, p));
            return grow(e, n, p);
        }

        /** Writes e[0, n) times an integer b to h (room for 2n), exactly: each product's error is then a double. */
        static int scale(double[] e, int n, double b, double[] h) {
            int hn = 0;
            for (int i = 0; i < n; i++) {
                double p = e[i] * b;
                hn = grow(h, hn, productError(e[i], b, p));
                hn = grow(h, hn, p);
            }
            return hn;
        }

        /** The expansion e[0, n) in as few components as Shewchuk's Compress gives, in place; the same value. */
        static int compress(double[] e, int n) {
            if (n == 0) {
                return 0;
            }
            int bottom = n - 1;
            double q = e[n - 1];
            for (int i = n - 2; i >= 0; i--) {
                double b = e[i];
                double s = q + b;
                double bv = s - q;
                double err = (q - (s - bv)) + (b - bv);
                if (err != 0) {
                    e[bottom--] = s; // bottom > i: only components already read are written over
                    q = err;
                } else {
                    q = s;
                }
            }
            e[bottom] = q;
            int top = 0;
            for (int i = bottom + 1; i < n; i++) {
                double a = e[i];
                double s = a + q;
                double bv = s - a;
                double err = (a - (s - bv)) + (q - bv);
                if (err != 0) {
                    e[top++] = err; // top < i: as above
                }
                q = s;
            }
            if (q != 0) {
                e[top++] = q;
            }
            return top;
        }

        /** The sign of the expansion e[0, n): that of its largest nonzero component. */
        static int sign(double[] e, int n) {
            for (int i = n - 1; i >= 0; i--) {
                if (e[i] != 0) {
                    return e[i] > 0 ? 1 : -1;
                }
            }
            return 0;
        }

        /** a * b - p exactly, for p the rounded product, where that error is a double. */
        static double productError(double a, double b, double p) {
            // Dekker's split, without relying on a hardware fused multiply-add (Math.fma falls back to BigDecimal
            // without one); where a split or a partial product could overflow or leave the normal range the split
            // is not exact, and fma is.
            if (a == 0 || b == 0) {
                return 0;
            }
            double ap = Math.abs(p);
            if (ap >= 0x1p-900 && ap < Double.POSITIVE_INFINITY && Math.abs(a) <= 0x1p995 && Math.abs(b) <= 0x1p995) {
                double t = SPLITTER * a;
                double ahi = t - (t - a);
                double alo = a - ahi;
                t = SPLITTER * b;
                double bhi = t - (t - b);
                double blo = b - bhi;
                return alo * blo - (((p - ahi * bhi) - alo * bhi) - ahi * blo);
            }
            return Math.fma(a, b, -p);
        }
    }
}
