package org.moneymen.experiment.sweep;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;
import org.moneymen.model.param.Range;

/** A distribution a parameter is drawn from in a Latin hypercube. */
public record DistributionSpec(
        @Doc("uniform, normal or lognormal") DistributionKind kind,
        @Doc("Uniform: smallest value") @Optional Double min,
        @Doc("Uniform: largest value") @Optional Double max,
        @Doc("Normal: mean") @Optional Double mean,
        @Doc("Normal: standard deviation") @Optional @Range(min = 0) Double sd,
        @Doc("Log-normal: median") @Optional @Range(min = 0) Double median,
        @Doc("Log-normal: sigma of the logarithm") @Optional @Range(min = 0) Double sigma) {
}
