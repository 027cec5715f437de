package org.moneymen.experiment.calibrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moneymen.experiment.sweep.SweepFiles;
import org.moneymen.scenario.Binder;
import org.moneymen.scenario.InputLimits;
import org.moneymen.scenario.LoadedScenario;
import org.moneymen.scenario.Location;
import org.moneymen.scenario.Problem;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;
import org.moneymen.scenario.ScenarioYaml;
import org.moneymen.scenario.YamlNode;
import org.moneymen.scenario.YamlReader;

/**
 * Reads a calibration file into a checked {@link CalibrationPlan}, with a scenario file's located errors: the file
 * is bound like a scenario, the scenario is loaded with the file's overrides, and every prior is checked against the
 * parameter it is for (a number, and a support inside the parameter's allowed range), every target against the run's
 * outputs and dates. Nothing runs until the whole file is right.
 */
public final class CalibrationFiles {
    private CalibrationFiles() {
    }

    /** Loads a calibration file. */
    public static CalibrationPlan load(Path file) throws ScenarioException {
        String text = InputLimits.read(file, "a calibration file (YAML), such as calibration/world.yaml");
        return parse(file.toString(), text, file.toAbsolutePath().getParent());
    }

    /** Parses calibration text; the scenario path is resolved against {@code dir}. */
    public static CalibrationPlan parse(String source, String text, Path dir) throws ScenarioException {
        YamlNode root = YamlReader.read(source, text, false);
        if (!(root instanceof YamlNode.MapNode map)) {
            throw new ScenarioException(new Problem(root.location(), "", "a calibration is a mapping of keys (name,"
                    + " scenario, set, seed, replicas, parameters, targets, method), found " + root.shape()));
        }
        // calibration.resolved.yaml ends with the block saying which build wrote it: a record, not a setting.
        map.entries().remove("moneymen");
        Binder binder = new Binder();
        CalibrationSpec spec = binder.bind(map, CalibrationSpec.class);
        if (spec == null || !binder.problems().isEmpty()) {
            throw new ScenarioException(binder.problems());
        }
        Map<String, Location> at = binder.locations();
        Location top = new Location(source, 1, 1);
        List<Problem> problems = new ArrayList<>();
        if (spec.name().isBlank()) {
            problems.add(new Problem(loc(at, "name", top), "name", "give the calibration a name"));
        }
        for (int i = 0; i < spec.set().size(); i++) {
            String s = spec.set().get(i);
            int eq = s.indexOf('=');
            if (eq > 0 && s.substring(0, eq).trim().equals("seed")) {
                problems.add(new Problem(loc(at, "set[" + i + "]", top), "set[" + i + "]", "a calibration seeds every"
                        + " run from its own seed, the generation and the replica; change seed: in the calibration file"));
            }
        }
        if (spec.scenario().isBlank()) {
            problems.add(new Problem(loc(at, "scenario", top), "scenario", "name the scenario file to calibrate"));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Path scenarioFile = dir.resolve(spec.scenario());
        String scenarioText = SweepFiles.scenarioText(scenarioFile, at, top);
        LoadedScenario loaded = LoadedScenario.parse(scenarioFile.toString(), scenarioText, spec.set());
        String resolvedScenario = ScenarioLoader.resolvedYaml(loaded.scenario());
        LoadedScenario base = LoadedScenario.parse(CalibrationPlan.SCENARIO_FILE, resolvedScenario, List.of());
        List<Prior> priors = CalibrationChecks.priors(spec, base, at, top, problems);
        List<Target> targets = CalibrationChecks.targets(spec, base.scenario(), priors, at, top, problems);
        CalibrationChecks.method(spec, at, top, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        CalibrationChecks.corners(base, priors, at, top);
        CalibrationSpec resolved = new CalibrationSpec(spec.name(), CalibrationPlan.SCENARIO_FILE, List.of(),
                spec.seed(), spec.replicas(), spec.commonRandomNumbers(), resolvedParameters(spec, priors),
                spec.targets(), spec.method());
        String resolvedYaml = ScenarioYaml.write(resolved, "moneymen calibration, resolved: the scenario with its"
                + " overrides is " + CalibrationPlan.SCENARIO_FILE + " beside this file.");
        return new CalibrationPlan(spec.name(), source, scenarioFile, List.copyOf(spec.set()), resolvedScenario,
                resolvedYaml, spec.seed(), spec.replicas(), spec.commonRandomNumbers(), List.copyOf(priors),
                List.copyOf(targets), spec.method());
    }

    private static List<CalibratedParameterSpec> resolvedParameters(CalibrationSpec spec, List<Prior> priors) {
        List<CalibratedParameterSpec> out = new ArrayList<>();
        for (int i = 0; i < priors.size(); i++) {
            CalibratedParameterSpec p = spec.parameters().get(i);
            out.add(new CalibratedParameterSpec(p.path(), priors.get(i).column(), p.prior(), p.why()));
        }
        return out;
    }

    /** Column names already taken in the posterior table. */
    static Set<String> fixedColumns() {
        return new HashSet<>(List.of("generation", "particle", "weight", "importance", "distance"));
    }

    /** Where a path of the calibration file was written, or the fallback. */
    static Location loc(Map<String, Location> at, String path, Location fallback) {
        Location l = at.get(path);
        return l != null ? l : fallback;
    }
}
