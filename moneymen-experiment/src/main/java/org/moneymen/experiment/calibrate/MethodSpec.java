package org.moneymen.experiment.calibrate;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;
import org.moneymen.model.param.Range;

/** The method block of a calibration file: ABC-SMC's population, when to stop, and the predictive check. */
public record MethodSpec(
        @Doc("abc_smc: approximate Bayesian computation by sequential Monte Carlo with adaptive tolerances") MethodKind kind,
        @Doc(value = "Particles kept in each generation: the size of the posterior sample", unit = "particles")
        @Range(min = 4, max = 1_000_000) int population,
        @Doc(value = "Most generations, the prior's sample being the first", unit = "generations")
        @Range(min = 1, max = 1000) int generations,
        @Doc(value = "Stop once the tolerance (distance in units of the targets' sd) is at or below this", unit = "sd")
        @Optional @Range(min = 0) Double tolerance,
        @Doc(value = "Share of the particles simulated in a generation that are kept: each tolerance is this quantile of"
                + " the distances", unit = "share") @Range(min = 0.05, max = 0.95) double keep,
        @Doc(value = "Stop once fewer than this share of a generation's new particles fall within the previous"
                + " tolerance", unit = "share") @Range(min = 0, max = 1) double minAcceptance,
        @Doc(value = "Runs from the posterior, each on its own seed, for the posterior-predictive fit", unit = "runs")
        @Range(min = 0, max = 1_000_000) int predictive) {

    /** ABC-SMC with 200 particles, at most 10 generations, half kept, stopping under 5% acceptance; 100 predictive runs. */
    public static MethodSpec defaults() {
        return new MethodSpec(MethodKind.ABC_SMC, 200, 10, null, 0.5, 0.05, 100);
    }
}
