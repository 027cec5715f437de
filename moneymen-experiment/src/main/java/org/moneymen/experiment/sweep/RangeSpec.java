package org.moneymen.experiment.sweep;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;
import org.moneymen.model.param.Range;

/** A numeric range of a swept parameter: steps for a grid, continuous for a Latin hypercube or Morris. */
public record RangeSpec(
        @Doc("Smallest value") double min,
        @Doc("Largest value") double max,
        @Doc(value = "Values in a grid, min and max included", unit = "values") @Optional @Range(min = 1, max = 100_000) Integer steps,
        @Doc("Whether values are whole numbers (default: when min and max are written as whole numbers)") @Optional Boolean integer) {
}
