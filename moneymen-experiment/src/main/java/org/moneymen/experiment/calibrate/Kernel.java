package org.moneymen.experiment.calibrate;

import java.util.List;
import java.util.random.RandomGenerator;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * ABC-SMC's move: each parameter moved by a normal step whose variance is twice the kept particles' weighted
 * variance (Beaumont et al. 2009), cut to the prior's support. The cut is normalised exactly, so the proposal density
 * the weights divide by is the density the draws come from.
 */
final class Kernel {
    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);
    private final List<Prior> priors;
    private final double[] sigma;

    private Kernel(List<Prior> priors, double[] sigma) {
        this.priors = priors;
        this.sigma = sigma;
    }

    /** The kernel for moving these weighted particles. */
    static Kernel of(List<Prior> priors, double[][] values, double[] weights) {
        int dims = priors.size();
        double[] sigma = new double[dims];
        for (int d = 0; d < dims; d++) {
            double mean = 0;
            for (int i = 0; i < values.length; i++) {
                mean += weights[i] * values[i][d];
            }
            double var = 0;
            for (int i = 0; i < values.length; i++) {
                double e = values[i][d] - mean;
                var += weights[i] * e * e;
            }
            double s = Math.sqrt(2 * var);
            // Every particle at one value: a step of a millionth of the value (or of the support) keeps the density
            // finite; the generation then mostly repeats the value, as it should.
            double floor = 1e-6 * Math.max(Math.abs(mean), Double.isFinite(priors.get(d).hi() - priors.get(d).lo())
                    ? priors.get(d).hi() - priors.get(d).lo() : 1);
            sigma[d] = Math.max(s, floor);
        }
        return new Kernel(priors, sigma);
    }

    /** A move from {@code from}. */
    double[] draw(double[] from, RandomGenerator rng) {
        double[] x = new double[from.length];
        for (int d = 0; d < x.length; d++) {
            Prior p = priors.get(d);
            double a = cdf((p.lo() - from[d]) / sigma[d]);
            double b = cdf((p.hi() - from[d]) / sigma[d]);
            double u = a + rng.nextDouble() * (b - a);
            u = Math.min(1 - 1e-16, Math.max(1e-300, u));
            double v = from[d] + sigma[d] * STANDARD.inverseCumulativeProbability(u);
            x[d] = Math.max(p.lo(), Math.min(p.hi(), v));
        }
        return x;
    }

    /** The proposal density at {@code x}: the weighted mixture of the moves from every particle. */
    double mixtureDensity(double[] x, double[][] from, double[] weights) {
        double sum = 0;
        for (int j = 0; j < from.length; j++) {
            double k = 1;
            for (int d = 0; d < x.length && k > 0; d++) {
                k *= density(x[d], from[j][d], d);
            }
            sum += weights[j] * k;
        }
        return sum;
    }

    private double density(double x, double mu, int d) {
        Prior p = priors.get(d);
        double s = sigma[d];
        double mass = cdf((p.hi() - mu) / s) - cdf((p.lo() - mu) / s);
        double z = (x - mu) / s;
        return Math.exp(-0.5 * z * z) / (s * Math.sqrt(2 * Math.PI) * mass);
    }

    private static double cdf(double z) {
        if (z == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (z == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return STANDARD.cumulativeProbability(z);
    }
}
