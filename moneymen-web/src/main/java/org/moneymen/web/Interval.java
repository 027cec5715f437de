package org.moneymen.web;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean with its 95% interval (Student's t), the one rule every figure of a comparison in the page follows: the
 * interval of a mean of paired differences, or of one sample's mean, or Welch's interval of a difference of two means.
 * With fewer than two values there is no interval (null ends), never a made-up one.
 *
 * @param mean the mean (NaN for no values)
 * @param low lower end of the 95% interval, or NaN
 * @param high upper end, or NaN
 * @param n values behind it
 */
record Interval(double mean, double low, double high, int n) {

    /** The mean of the values with its 95% interval. */
    static Interval of(double[] x) {
        int n = x.length;
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double mean = Arrays.stream(x).sum() / n;
        if (n < 2) {
            return new Interval(mean, Double.NaN, Double.NaN, n);
        }
        double half = t(n - 1) * Math.sqrt(variance(x, mean) / n);
        return new Interval(mean, mean - half, mean + half, n);
    }

    /** Welch's interval of mean(b) - mean(a), for samples that are not paired. */
    static Interval welch(double[] a, double[] b) {
        Interval ia = of(a);
        Interval ib = of(b);
        double mean = ib.mean - ia.mean;
        if (a.length < 2 || b.length < 2) {
            return new Interval(mean, Double.NaN, Double.NaN, Math.min(a.length, b.length));
        }
        double va = variance(a, ia.mean) / a.length;
        double vb = variance(b, ib.mean) / b.length;
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            return new Interval(mean, mean, mean, Math.min(a.length, b.length));
        }
        double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double half = t(df) * se;
        return new Interval(mean, mean - half, mean + half, Math.min(a.length, b.length));
    }

    private static double variance(double[] x, double mean) {
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        return ss / (x.length - 1);
    }

    private static double t(double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }

    /** A number for JSON: null where there is none. */
    static Double json(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
