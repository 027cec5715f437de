package org.moneymen.experiment.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.moneymen.kernel.RandomStreams;

/**
 * First-order and total Sobol indices from a Saltelli design's point means: S1 by Saltelli et al. (2010),
 * mean((f(B) - m) (f(AB_i) - f(A))) / V (centred on the mean m of f: the same expectation, since f(AB_i) - f(A) has
 * mean 0, but far less variance when f is large against its spread, as money is), and ST by Jansen (1999), mean((f(A) - f(AB_i))^2) / 2V, with V the variance of
 * f over the A and B points. Intervals are bootstrap percentiles over the samples (1,000 resamples of the blocks, from
 * a fixed stream, so an analysis always prints the same intervals).
 */
public final class SobolIndices {
    private static final int RESAMPLES = 1000;

    private SobolIndices() {
    }

    /** A parameter's indices with their 95% bootstrap intervals. */
    public record Index(String parameter, double s1, double s1Low, double s1High, double st, double stLow, double stHigh) {
    }

    /**
     * The indices from point means {@code y} (in point order) of a Sobol design over {@code k} parameters: blocks of
     * k + 2 points, A, B, then AB_i.
     */
    public static List<Index> estimate(List<String> parameters, double[] y) {
        int k = parameters.size();
        int n = y.length / (k + 2);
        int[] all = new int[n];
        Arrays.setAll(all, j -> j);
        double[][] point = indices(k, y, all);
        double[][][] boot = new double[RESAMPLES][][];
        RandomGenerator rng = new RandomStreams(1).stream("sobol.bootstrap");
        for (int b = 0; b < RESAMPLES; b++) {
            int[] pick = new int[n];
            for (int j = 0; j < n; j++) {
                pick[j] = rng.nextInt(n);
            }
            boot[b] = indices(k, y, pick);
        }
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] s1 = new double[RESAMPLES];
            double[] st = new double[RESAMPLES];
            for (int b = 0; b < RESAMPLES; b++) {
                s1[b] = boot[b][0][i];
                st[b] = boot[b][1][i];
            }
            Arrays.sort(s1);
            Arrays.sort(st);
            out.add(new Index(parameters.get(i), point[0][i], percentile(s1, 0.025), percentile(s1, 0.975),
                    point[1][i], percentile(st, 0.025), percentile(st, 0.975)));
        }
        return out;
    }

    /** S1 and ST of every parameter over the chosen blocks. */
    private static double[][] indices(int k, double[] y, int[] blocks) {
        int n = blocks.length;
        double mean = 0;
        for (int j : blocks) {
            mean += y[j * (k + 2)] + y[j * (k + 2) + 1];
        }
        mean /= 2 * n;
        double var = 0;
        for (int j : blocks) {
            double a = y[j * (k + 2)] - mean;
            double b = y[j * (k + 2) + 1] - mean;
            var += a * a + b * b;
        }
        var /= 2 * n - 1;
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : blocks) {
                double fa = y[j * (k + 2)];
                double fb = y[j * (k + 2) + 1];
                double fab = y[j * (k + 2) + 2 + i];
                first += (fb - mean) * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            s1[i] = var > 0 ? first / n / var : 0;
            st[i] = var > 0 ? total / (2.0 * n) / var : 0;
        }
        return new double[][] {s1, st};
    }

    private static double percentile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
