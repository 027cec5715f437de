package org.moneymen.experiment.sweep;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;
import org.moneymen.model.param.Range;

/** The design block of a sweep file. */
public record DesignSpec(
        @Doc("grid, points (point i takes every parameter's i-th value), latin_hypercube, morris or sobol") DesignKind kind,
        @Doc(value = "Points of a Latin hypercube", unit = "points") @Optional @Range(min = 1, max = 1_000_000) Integer points,
        @Doc(value = "Morris trajectories", unit = "trajectories") @Optional @Range(min = 1, max = 100_000) Integer trajectories,
        @Doc(value = "Morris levels per parameter (even)", unit = "levels") @Optional @Range(min = 2, max = 1000) Integer levels,
        @Doc(value = "Sobol samples: each gives k + 2 points (A, B and A with each parameter from B)", unit = "samples")
        @Optional @Range(min = 2, max = 1_000_000) Integer samples) {

    /** A full grid. */
    public static DesignSpec defaults() {
        return new DesignSpec(DesignKind.GRID, null, null, null, null);
    }
}
