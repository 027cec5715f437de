package org.moneymen.experiment.sweep;

/** Distributions a parameter can be drawn from in a Latin hypercube. */
public enum DistributionKind {
    /** Uniform between min and max. */
    UNIFORM,
    /** Normal with mean and sd. */
    NORMAL,
    /** Log-normal with median and sigma (of the logarithm). */
    LOGNORMAL
}
