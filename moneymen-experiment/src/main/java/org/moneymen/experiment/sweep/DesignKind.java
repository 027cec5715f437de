package org.moneymen.experiment.sweep;

/** How a sweep chooses its points. */
public enum DesignKind {
    /** Every combination of every parameter's values. */
    GRID,
    /** Latin hypercube: N points, each parameter's range cut into N strata, one point per stratum. */
    LATIN_HYPERCUBE,
    /** Morris screening: r one-at-a-time trajectories over p levels. */
    MORRIS,
    /**
     * Listed points: point i takes the i-th value of every parameter (every parameter lists the same number of
     * values), as {@code compare} writes a base and a changed scenario.
     */
    POINTS,
    /** Saltelli's scheme on a scrambled Sobol sequence: N samples of k + 2 points, for first-order and total indices. */
    SOBOL
}
