package org.moneymen.experiment.sweep;

import java.util.List;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** A sweep file as written: the base scenario, what varies, the design, replicas and the sweep seed. */
public record SweepSpec(
        @Doc("Sweep name, used to name the output folder") String name,
        @Doc("Base scenario file, relative to the sweep file") String scenario,
        @Doc("Overrides of the base scenario, each path=value as for --set") List<String> set,
        @Doc("Sweep seed: each run's seed derives from it and the replica (and the point, without common random numbers)")
        long seed,
        @Doc("Common random numbers: replica r has the same seed at every point, so points differ only by their values"
                + " (false: every point and replica has its own seed)") boolean commonRandomNumbers,
        @Doc(value = "Runs per point, each with its own seed", unit = "runs") @Range(min = 1, max = 1_000_000) int replicas,
        @Doc("How points are chosen") DesignSpec design,
        @Doc("Parameters to vary") List<ParameterSpec> parameters) {

    /** Defaults: name and scenario must be given; one replica of a grid; seed 1; common random numbers. */
    public static SweepSpec defaults() {
        return new SweepSpec("", "", List.of(), 1, true, 1, DesignSpec.defaults(), List.of());
    }
}
