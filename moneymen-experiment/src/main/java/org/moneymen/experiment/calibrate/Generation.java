package org.moneymen.experiment.calibrate;

/**
 * One finished generation of ABC-SMC: the particles kept, their importance weights and distances, their simulated
 * target values, the tolerance (the largest distance kept) and the share of new particles that fell within the
 * previous tolerance.
 *
 * @param number 1-based generation number (1: drawn from the prior)
 * @param values each particle's parameter values, in prior order
 * @param importance each particle's unnormalised weight: prior density over proposal density
 * @param distance each particle's distance to the observed values, in units of the targets' sd
 * @param simulated each particle's simulated target values (the mean over its replicas), in target order
 * @param tolerance the largest distance kept
 * @param acceptance share of this generation's new particles within the previous tolerance (1 for the first)
 * @param simulations particles simulated so far, over all generations (each run replicas times)
 */
public record Generation(int number, double[][] values, double[] importance, double[] distance, double[][] simulated,
                         double tolerance, double acceptance, long simulations) {

    /** Particles kept. */
    public int size() {
        return values.length;
    }

    /** The weights normalised to sum to 1. */
    public double[] weights() {
        double sum = 0;
        for (double w : importance) {
            sum += w;
        }
        double[] out = new double[importance.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = importance[i] / sum;
        }
        return out;
    }

    /** The effective sample size of the weights: (sum w)^2 / sum w^2. */
    public double effectiveSize() {
        double s = 0;
        double s2 = 0;
        for (double w : importance) {
            s += w;
            s2 += w * w;
        }
        return s * s / s2;
    }
}
