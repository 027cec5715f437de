package org.moneymen.experiment.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.moneymen.kernel.RandomStreams;

/**
 * Approximate Bayesian computation by sequential Monte Carlo, as the adaptive population Monte Carlo of Lenormand,
 * Jabot and Deffuant (2013), itself Beaumont et al.'s (2009) with tolerances chosen from the distances.
 *
 * <p>Generation 1 draws {@code population / keep} particles from the prior and keeps the {@code population} nearest
 * the observed values. Each later generation draws {@code population (1 / keep - 1)} new particles from the kept ones
 * (chosen by weight, moved by a normal kernel per parameter with twice the weighted variance, cut to the prior's
 * support), weighs each by prior density over proposal density, and again keeps the {@code population} nearest of old
 * and new together; the tolerance is the largest distance kept. It stops after {@code generations}, once the
 * tolerance is at or below {@code tolerance}, or once fewer than {@code min_acceptance} of the new particles fall
 * within the previous tolerance.
 *
 * <p>The distance is Euclidean over the targets in units of their sd, each simulated value first perturbed by a
 * normal error of that sd ("noisy ABC", Wilkinson 2013): the target's uncertainty is treated as observation error, so
 * as the tolerance shrinks the sample approaches the posterior under that error instead of collapsing onto the
 * values that hit the figure exactly. Every random number comes from a stream named for its use and the generation,
 * so a generation is a pure function of the previous one and a resumed calibration repeats it exactly.
 */
public final class AbcSmc {
    private final CalibrationPlan plan;
    private final RandomStreams streams;
    private final double[] observed;
    private final double[] sds;

    public AbcSmc(CalibrationPlan plan) {
        this.plan = plan;
        this.streams = new RandomStreams(plan.seed());
        this.observed = plan.observed();
        this.sds = plan.sds();
    }

    /** Generation 1: the prior's sample. */
    public Generation first(Simulator simulator) throws Exception {
        int n = plan.firstDraws();
        RandomGenerator rng = streams.stream("abc.prior", 1);
        List<double[]> drawn = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] x = new double[plan.priors().size()];
            for (int d = 0; d < x.length; d++) {
                x[d] = plan.priors().get(d).quantile(rng.nextDouble());
            }
            drawn.add(x);
        }
        double[][] sims = simulate(simulator, 1, drawn);
        double[] dist = distances(1, sims);
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        return keep(1, drawn, ones, dist, sims, 1, (long) n * plan.replicas());
    }

    /** The generation after {@code prev}. */
    public Generation next(Generation prev, Simulator simulator) throws Exception {
        int gen = prev.number() + 1;
        int m = plan.laterDraws();
        double[] w = prev.weights();
        Kernel kernel = Kernel.of(plan.priors(), prev.values(), w);
        RandomGenerator rng = streams.stream("abc.proposal", gen);
        double[] cumulative = new double[w.length];
        double c = 0;
        for (int i = 0; i < w.length; i++) {
            c += w[i];
            cumulative[i] = c;
        }
        List<double[]> drawn = new ArrayList<>(m);
        double[] importance = new double[m];
        for (int i = 0; i < m; i++) {
            int j = pick(cumulative, rng.nextDouble() * c);
            double[] x = kernel.draw(prev.values()[j], rng);
            drawn.add(x);
            double prior = 1;
            for (int d = 0; d < x.length; d++) {
                prior *= plan.priors().get(d).density(x[d]);
            }
            importance[i] = prior / kernel.mixtureDensity(x, prev.values(), w);
        }
        double[][] sims = simulate(simulator, gen, drawn);
        double[] dist = distances(gen, sims);
        int within = 0;
        for (double d : dist) {
            if (d <= prev.tolerance()) {
                within++;
            }
        }
        List<double[]> all = new ArrayList<>(Arrays.asList(prev.values()));
        all.addAll(drawn);
        double[] allW = concat(prev.importance(), importance);
        double[] allD = concat(prev.distance(), dist);
        double[][] allS = new double[prev.size() + m][];
        System.arraycopy(prev.simulated(), 0, allS, 0, prev.size());
        System.arraycopy(sims, 0, allS, prev.size(), m);
        return keep(gen, all, allW, allD, allS, (double) within / m, prev.simulations() + (long) m * plan.replicas());
    }

    /** Whether the calibration ends after this generation. */
    public boolean done(Generation g) {
        MethodSpec method = plan.method();
        return g.number() >= method.generations()
                || (method.tolerance() != null && g.tolerance() <= method.tolerance())
                || (g.number() > 1 && g.acceptance() < method.minAcceptance());
    }

    /** Why the calibration ended after this generation, in words. */
    public String why(Generation g) {
        MethodSpec method = plan.method();
        if (method.tolerance() != null && g.tolerance() <= method.tolerance()) {
            return "the tolerance reached " + method.tolerance() + " sd";
        }
        if (g.number() > 1 && g.acceptance() < method.minAcceptance()) {
            return "fewer than " + Math.round(method.minAcceptance() * 100) + "% of new particles were accepted";
        }
        return "the last of " + method.generations() + " generations was done";
    }

    /** {@code n} particles of the generation drawn by weight: the values a posterior-predictive check runs. */
    public List<double[]> resample(Generation g, int n) {
        double[] w = g.weights();
        double[] cumulative = new double[w.length];
        double c = 0;
        for (int i = 0; i < w.length; i++) {
            c += w[i];
            cumulative[i] = c;
        }
        RandomGenerator rng = streams.stream("abc.predictive", g.number());
        List<double[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(g.values()[pick(cumulative, rng.nextDouble() * c)].clone());
        }
        return out;
    }

    private double[][] simulate(Simulator simulator, int gen, List<double[]> particles) throws Exception {
        double[][] sims = simulator.simulate(gen, particles);
        for (int i = 0; i < sims.length; i++) {
            for (int k = 0; k < sims[i].length; k++) {
                if (!Double.isFinite(sims[i][k])) {
                    throw new IllegalStateException("target " + plan.targets().get(k).name() + " ("
                            + plan.targets().get(k).describe() + ") is " + sims[i][k] + " for values "
                            + Arrays.toString(particles.get(i)) + " in generation " + gen);
                }
            }
        }
        return sims;
    }

    private double[] distances(int gen, double[][] sims) {
        RandomGenerator rng = streams.stream("abc.noise", gen);
        double[] out = new double[sims.length];
        for (int i = 0; i < sims.length; i++) {
            double s = 0;
            for (int k = 0; k < observed.length; k++) {
                double z = (sims[i][k] + sds[k] * rng.nextGaussian() - observed[k]) / sds[k];
                s += z * z;
            }
            out[i] = Math.sqrt(s);
        }
        return out;
    }

    /** The {@code population} particles nearest the observed values, in order of distance (ties: earlier first). */
    private Generation keep(int gen, List<double[]> values, double[] importance, double[] dist, double[][] sims,
                            double acceptance, long simulations) {
        Integer[] order = new Integer[values.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> dist[a] != dist[b] ? Double.compare(dist[a], dist[b]) : Integer.compare(a, b));
        int n = Math.min(plan.method().population(), order.length);
        double[][] v = new double[n][];
        double[] w = new double[n];
        double[] d = new double[n];
        double[][] s = new double[n][];
        for (int i = 0; i < n; i++) {
            v[i] = values.get(order[i]);
            w[i] = importance[order[i]];
            d[i] = dist[order[i]];
            s[i] = sims[order[i]];
        }
        return new Generation(gen, v, w, d, s, d[n - 1], acceptance, simulations);
    }

    private static int pick(double[] cumulative, double u) {
        int i = Arrays.binarySearch(cumulative, u);
        i = i >= 0 ? i : -i - 1;
        return Math.min(cumulative.length - 1, i);
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
