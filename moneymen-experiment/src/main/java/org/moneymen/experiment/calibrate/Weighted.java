package org.moneymen.experiment.calibrate;

import java.util.Arrays;

/** Weighted summaries of a sample: mean, sd and quantiles (the inverse of the weighted empirical distribution). */
public final class Weighted {
    private Weighted() {
    }

    public static double mean(double[] x, double[] w) {
        double s = 0;
        double sw = 0;
        for (int i = 0; i < x.length; i++) {
            s += w[i] * x[i];
            sw += w[i];
        }
        return s / sw;
    }

    public static double sd(double[] x, double[] w) {
        double m = mean(x, w);
        double s = 0;
        double sw = 0;
        for (int i = 0; i < x.length; i++) {
            s += w[i] * (x[i] - m) * (x[i] - m);
            sw += w[i];
        }
        return Math.sqrt(s / sw);
    }

    /** The smallest value whose weighted share at or below it reaches {@code p}. */
    public static double quantile(double[] x, double[] w, double p) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double total = 0;
        for (double v : w) {
            total += v;
        }
        double c = 0;
        for (Integer i : order) {
            c += w[i];
            if (c >= p * total - 1e-12 * total) {
                return x[i];
            }
        }
        return x[order[order.length - 1]];
    }

    /** Column {@code d} of a sample. */
    public static double[] column(double[][] rows, int d) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][d];
        }
        return out;
    }

    /** Equal weights. */
    public static double[] equal(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }
}
