package org.moneymen.experiment.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import org.moneymen.kernel.RandomStreams;

/** The points of each design, drawn from streams of the sweep seed so a sweep file always gives the same points. */
final class Designs {
    private Designs() {
    }

    /** Every combination; the first parameter varies slowest. */
    static List<Point> grid(List<Param> params) {
        List<List<Object>> axes = params.stream().map(Param::gridValues).toList();
        long n = 1;
        for (List<Object> a : axes) {
            n *= a.size();
        }
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object[] values = new Object[params.size()];
            double[] unit = new double[params.size()];
            long rest = i;
            for (int j = params.size() - 1; j >= 0; j--) {
                int size = axes.get(j).size();
                values[j] = axes.get(j).get((int) (rest % size));
                unit[j] = size == 1 ? 0 : (double) (rest % size) / (size - 1);
                rest /= size;
            }
            out.add(new Point(i, -1, unit, Collections.unmodifiableList(Arrays.asList(values))));
        }
        return out;
    }

    /** Point i takes every parameter's i-th value (the lists are checked to be of one length). */
    static List<Point> points(List<Param> params) {
        int n = params.isEmpty() ? 1 : params.get(0).values().size();
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object[] values = new Object[params.size()];
            double[] unit = new double[params.size()];
            for (int j = 0; j < params.size(); j++) {
                values[j] = params.get(j).values().get(i);
                unit[j] = n == 1 ? 0 : (double) i / (n - 1);
            }
            out.add(new Point(i, -1, unit, Collections.unmodifiableList(Arrays.asList(values))));
        }
        return out;
    }

    /** N points; each parameter's [0, 1] cut into N strata, one point in each, strata paired at random. */
    static List<Point> latinHypercube(List<Param> params, int n, long seed) {
        RandomStreams streams = new RandomStreams(seed);
        double[][] u = new double[n][params.size()];
        for (int j = 0; j < params.size(); j++) {
            RandomGenerator rng = streams.stream("design.lhs", j);
            int[] perm = permutation(n, rng);
            for (int i = 0; i < n; i++) {
                u[i][j] = (perm[i] + rng.nextDouble()) / n;
            }
        }
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(point(i, -1, u[i], params));
        }
        return out;
    }

    /**
     * Morris trajectories: each starts at a random grid point of p levels and moves every parameter once, in a
     * random order, by delta = p / (2 (p - 1)), up or down.
     */
    static List<Point> morris(List<Param> params, int trajectories, int levels, long seed) {
        RandomStreams streams = new RandomStreams(seed);
        int k = params.size();
        double delta = levels / (2.0 * (levels - 1));
        List<Point> out = new ArrayList<>();
        for (int t = 0; t < trajectories; t++) {
            RandomGenerator rng = streams.stream("design.morris", t);
            double[] x = new double[k];
            double[] step = new double[k];
            for (int j = 0; j < k; j++) {
                double base = (double) rng.nextInt(levels / 2) / (levels - 1);
                boolean up = rng.nextBoolean();
                x[j] = up ? base : base + delta;
                step[j] = up ? delta : -delta;
            }
            int[] order = permutation(k, rng);
            out.add(point(out.size(), t, x.clone(), params));
            for (int i = 0; i < k; i++) {
                x[order[i]] = clamp(x[order[i]] + step[order[i]]);
                out.add(point(out.size(), t, x.clone(), params));
            }
        }
        return out;
    }

    /**
     * Saltelli's scheme (Saltelli et al. 2010) on a Sobol sequence of dimension 2k, scrambled by a random digital
     * shift (each coordinate's 52 bits XORed with a fixed random word of the sweep seed) and its first point (all
     * zeros before the shift) skipped: sample j gives the block A_j, B_j, then A_j with parameter i taken from B_j
     * for each i; every point of block j has trajectory j.
     */
    static List<Point> sobol(List<Param> params, int samples, long seed) {
        int k = params.size();
        org.hipparchus.random.SobolSequenceGenerator sequence = new org.hipparchus.random.SobolSequenceGenerator(2 * k);
        RandomGenerator rng = new RandomStreams(seed).stream("design.sobol");
        long[] shift = new long[2 * k];
        for (int d = 0; d < shift.length; d++) {
            shift[d] = rng.nextLong() & ((1L << 52) - 1);
        }
        sequence.skipTo(1);
        List<Point> out = new ArrayList<>();
        for (int j = 0; j < samples; j++) {
            double[] v = sequence.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            for (int d = 0; d < 2 * k; d++) {
                long bits = (long) (v[d] * (1L << 52)) ^ shift[d];
                double u = (bits + 0.5) / (1L << 52);
                if (d < k) {
                    a[d] = u;
                } else {
                    b[d - k] = u;
                }
            }
            out.add(point(out.size(), j, a.clone(), params));
            out.add(point(out.size(), j, b.clone(), params));
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                out.add(point(out.size(), j, ab, params));
            }
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, Math.round(v * 1e12) / 1e12));
    }

    private static Point point(int index, int trajectory, double[] unit, List<Param> params) {
        Object[] values = new Object[params.size()];
        for (int j = 0; j < params.size(); j++) {
            values[j] = params.get(j).valueAt(unit[j]);
        }
        return new Point(index, trajectory, unit, Collections.unmodifiableList(Arrays.asList(values)));
    }

    private static int[] permutation(int n, RandomGenerator rng) {
        int[] p = new int[n];
        Arrays.setAll(p, i -> i);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
