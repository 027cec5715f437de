package org.moneymen.experiment.calibrate;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * A checked calibration, ready to run: the resolved scenario every particle starts from, the priors, the targets and
 * the method. Every simulation is a pure function of the plan, the generation and the particle's values.
 *
 * @param name calibration name
 * @param file the calibration file, as given
 * @param scenarioFile the scenario file the calibration names (what calibrated.yaml is written from)
 * @param sets the file's overrides, applied to every run but not written into calibrated.yaml
 * @param scenarioText the scenario with the overrides, resolved (every default spelt out)
 * @param resolvedYaml the calibration file, resolved: loading it beside scenarioText gives this plan again
 * @param seed calibration seed
 * @param replicas runs per particle
 * @param commonRandomNumbers whether a generation's particles share their runs' seeds
 * @param priors the free parameters, in file order
 * @param targets the targets, in file order
 * @param method ABC-SMC's settings
 */
public record CalibrationPlan(String name, String file, Path scenarioFile, List<String> sets, String scenarioText,
                              String resolvedYaml, long seed, int replicas, boolean commonRandomNumbers,
                              List<Prior> priors, List<Target> targets, MethodSpec method) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The name of the resolved scenario inside a calibration folder. */
    public static final String SCENARIO_FILE = "scenario.resolved.yaml";

    /** Particles simulated in the first generation: population / keep. */
    public int firstDraws() {
        return (int) Math.ceil(method.population() / method.keep());
    }

    /** New particles simulated in each later generation: population (1 / keep - 1). */
    public int laterDraws() {
        return Math.max(1, firstDraws() - method.population());
    }

    /** The observed values, in target order. */
    public double[] observed() {
        return targets.stream().mapToDouble(Target::value).toArray();
    }

    /** The targets' sds, in target order. */
    public double[] sds() {
        return targets.stream().mapToDouble(Target::sd).toArray();
    }
}
