package org.moneymen.experiment.calibrate;

import org.moneymen.experiment.sweep.DistributionKind;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;
import org.moneymen.model.param.Range;

/** A calibrated parameter's prior as written: a distribution, optionally cut to [min, max]. */
public record PriorSpec(
        @Doc("uniform, normal or lognormal") DistributionKind kind,
        @Doc("Smallest value (uniform: required; normal and log-normal: cuts the distribution there)") @Optional Double min,
        @Doc("Largest value (uniform: required; normal and log-normal: cuts the distribution there)") @Optional Double max,
        @Doc("Normal: mean") @Optional Double mean,
        @Doc("Normal: standard deviation") @Optional @Range(min = 0) Double sd,
        @Doc("Log-normal: median") @Optional @Range(min = 0) Double median,
        @Doc("Log-normal: sigma of the logarithm") @Optional @Range(min = 0) Double sigma) {
}
