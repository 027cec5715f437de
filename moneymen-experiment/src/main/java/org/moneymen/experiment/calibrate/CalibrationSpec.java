package org.moneymen.experiment.calibrate;

import java.util.List;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** A calibration file as written: the scenario, its overrides, the free parameters, the targets and the method. */
public record CalibrationSpec(
        @Doc("Calibration name, used to name the output folder") String name,
        @Doc("Scenario file, relative to the calibration file") String scenario,
        @Doc("Overrides of the scenario for every run, each path=value as for --set (not written into calibrated.yaml)")
        List<String> set,
        @Doc("Calibration seed: every draw and every run's seed derive from it") long seed,
        @Doc(value = "Runs per particle, on the same seeds for every particle of a generation (common random numbers);"
                + " the targets compare the mean over them", unit = "runs") @Range(min = 1, max = 10_000) int replicas,
        @Doc("Common random numbers: the particles of a generation run on the same seeds, so they differ only by their"
                + " values; each generation has new seeds (false: every particle has its own)") boolean commonRandomNumbers,
        @Doc("The free parameters and their priors") List<CalibratedParameterSpec> parameters,
        @Doc("The observed figures the runs are matched to") List<TargetSpec> targets,
        @Doc("The method") MethodSpec method) {

    /** Defaults: name, scenario, parameters and targets must be given; seed 1, one replica, ABC-SMC's defaults. */
    public static CalibrationSpec defaults() {
        return new CalibrationSpec("", "", List.of(), 1, 1, true, List.of(), List.of(), MethodSpec.defaults());
    }
}
