package org.moneymen.experiment.calibrate;

/** Calibration methods. */
public enum MethodKind {
    /**
     * Approximate Bayesian computation by sequential Monte Carlo: population Monte Carlo with adaptive tolerances and
     * importance weights (Beaumont et al. 2009; the adaptive schedule of Lenormand, Jabot and Deffuant 2013).
     */
    ABC_SMC
}
