package org.moneymen.kernel;

import java.util.random.RandomGenerator;

/** Distributions drawn from a given stream (the stream is always passed in, never global). */
public final class Draws {
    private Draws() {
    }

    /** True with probability p (p outside [0, 1] is clamped). */
    public static boolean chance(RandomGenerator rng, double p) {
        return p > 0 && (p >= 1 || rng.nextDouble() < p);
    }

    /** A Poisson count with the given mean (Knuth's method for small means, normal approximation above 30). */
    public static int poisson(RandomGenerator rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = StrictMath.exp(-mean);
        double p = rng.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= rng.nextDouble();
            k++;
        }
        return k;
    }

    /** A log-normal draw with the given median and log-scale spread sigma. */
    public static double lognormal(RandomGenerator rng, double median, double sigma) {
        return median * StrictMath.exp(sigma * rng.nextGaussian());
    }

    /** A uniform draw in [lo, hi). */
    public static double uniform(RandomGenerator rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    /** An integer uniform in [lo, hi] inclusive. */
    public static int uniformInt(RandomGenerator rng, int lo, int hi) {
        return (int) (lo + rng.nextLong((long) hi - lo + 1));
    }

    /** An index drawn with probability proportional to the (non-negative) weights; -1 when all are zero. */
    public static int weighted(RandomGenerator rng, double[] weights, int n) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += weights[i];
        }
        if (total <= 0) {
            return -1;
        }
        double u = rng.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (weights[i] > 0) {
                last = i;
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        return last; // rounding left u >= 0 at the very top of the interval: the last index with weight

    }

    /**
     * The number of failures before the first success in independent trials of chance p (a geometric draw), so that
     * a walk over many trials can jump from one success to the next: {@link Integer#MAX_VALUE} when p is 0 or less.
     */
    public static int geometric(RandomGenerator rng, double p) {
        if (p >= 1) {
            return 0;
        }
        if (!(p > 0)) {
            return Integer.MAX_VALUE;
        }
        double u = 1.0 - rng.nextDouble(); // in (0, 1]
        double k = Math.floor(StrictMath.log(u) / StrictMath.log1p(-p));
        return k >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) k;
    }

    /** The logistic function 1 / (1 + e^-x). */
    public static double logistic(double x) {
        return 1.0 / (1.0 + StrictMath.exp(-x));
    }
}
