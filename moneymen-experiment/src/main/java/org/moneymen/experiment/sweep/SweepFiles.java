package org.moneymen.experiment.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.Binder;
import org.moneymen.scenario.InputLimits;
import org.moneymen.scenario.LoadedScenario;
import org.moneymen.scenario.Location;
import org.moneymen.scenario.Problem;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;
import org.moneymen.scenario.ScenarioValues;
import org.moneymen.scenario.ScenarioYaml;
import org.moneymen.scenario.YamlNode;
import org.moneymen.scenario.YamlReader;

/**
 * Reads a sweep file into a checked {@link SweepPlan}, with the scenario files' checks and located errors: the
 * file is bound like a scenario, the base scenario is loaded once, then every point's values are set on it in memory
 * and checked as {@code --set} checks them; a bad value is reported at the parameter that produced it.
 */
public final class SweepFiles {
    private static final int MAX_RUNS = 50_000_000;

    private SweepFiles() {
    }

    /** Loads a sweep file; {@code sets} are extra base-scenario overrides (path=value), after the file's own. */
    public static SweepPlan load(Path file, List<String> sets) throws ScenarioException {
        String text = InputLimits.read(file, "a sweep file (YAML), such as sweeps/smoke.yaml");
        Path base = file.toAbsolutePath().getParent();
        return parse(file.toString(), text, base, sets);
    }

    /** Parses sweep text; the scenario path is resolved against {@code dir}. */
    public static SweepPlan parse(String source, String text, Path dir, List<String> sets) throws ScenarioException {
        YamlNode root = YamlReader.read(source, text, false);
        if (!(root instanceof YamlNode.MapNode map)) {
            throw new ScenarioException(new Problem(root.location(), "",
                    "a sweep is a mapping of keys (name, scenario, parameters, design, replicas, seed), found " + root.shape()));
        }
        // A sweep folder's sweep.resolved.yaml ends with a moneymen block saying which build wrote it: a record of
        // where the file came from, not a setting, so the file still loads as the sweep it resolves.
        map.entries().remove("moneymen");
        Binder binder = new Binder();
        SweepSpec spec = binder.bind(map, SweepSpec.class);
        if (spec == null || !binder.problems().isEmpty()) {
            throw new ScenarioException(binder.problems());
        }
        Map<String, Location> at = binder.locations();
        Location top = new Location(source, 1, 1);
        List<Problem> problems = new ArrayList<>();
        seedNotSet(spec, sets, at, top, problems);
        List<Param> params = SweepParams.read(spec, map, at, top, problems);
        DesignSpec design = design(spec, params, at, top, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        List<String> baseSets = new ArrayList<>(spec.set());
        baseSets.addAll(sets);
        LoadedScenario loaded = LoadedScenario.parse(dir.resolve(spec.scenario()).toString(),
                scenarioText(dir.resolve(spec.scenario()), at, top), baseSets);
        String scenarioText = ScenarioLoader.resolvedYaml(loaded.scenario());
        // Runs are the resolved file with their values set, exactly what `run scenario.resolved.yaml --set ...` repeats.
        LoadedScenario base = LoadedScenario.parse(SweepPlan.SCENARIO_FILE, scenarioText, List.of());
        List<Point> points = switch (design.kind()) {
            case GRID -> Designs.grid(params);
            case POINTS -> Designs.points(params);
            case LATIN_HYPERCUBE -> Designs.latinHypercube(params, design.points(), spec.seed());
            case MORRIS -> Designs.morris(params, design.trajectories(), design.levels(), spec.seed());
            case SOBOL -> Designs.sobol(params, design.samples(), spec.seed());
        };
        if ((long) points.size() * spec.replicas() > MAX_RUNS) {
            throw new ScenarioException(new Problem(loc(at, "replicas", top), "replicas",
                    points.size() + " points x " + spec.replicas() + " replicas is more than " + MAX_RUNS + " runs"));
        }
        int levels = design.kind() == DesignKind.MORRIS ? design.levels() : 0;
        String resolved = resolvedYaml(spec, design, params);
        SweepPlan plan = new SweepPlan(spec.name(), scenarioText, resolved, spec.seed(), spec.commonRandomNumbers(),
                spec.replicas(), design.kind(), levels, List.copyOf(params), List.copyOf(points));
        SweepRuns.remember(plan, base, checkPoints(plan, base, at, top));
        return plan;
    }

    /**
     * The text of the scenario a sweep or calibration file names; a path that cannot be read (missing, a folder, a
     * device such as /dev/zero, too large) is a problem at the file's {@code scenario:}, naming the path.
     */
    public static String scenarioText(Path file, Map<String, Location> at, Location top) throws ScenarioException {
        try {
            return InputLimits.read(file, LoadedScenario.SCENARIO_FILE);
        } catch (ScenarioException e) {
            List<Problem> located = new ArrayList<>();
            for (Problem p : e.problems()) {
                located.add(p.location().line() > 0 ? p
                        : new Problem(loc(at, "scenario", top), "scenario", file + ": " + p.message()));
            }
            throw new ScenarioException(located);
        }
    }

    /** Refuses a base seed: a sweep seeds its runs itself, so a seed given to the base scenario would never be used. */
    private static void seedNotSet(SweepSpec spec, List<String> sets, Map<String, Location> at, Location top,
                                   List<Problem> problems) {
        String why = "a sweep seeds each run from its own seed and the replica (and the point when"
                + " common_random_numbers is false), so the base scenario's seed is never used; change seed: in the"
                + " sweep file instead";
        for (int i = 0; i < spec.set().size(); i++) {
            if (isSeed(spec.set().get(i))) {
                problems.add(new Problem(loc(at, "set[" + i + "]", top), "set[" + i + "]", why));
            }
        }
        for (String set : sets) {
            if (isSeed(set)) {
                problems.add(new Problem(Location.commandLine("--set " + set), "seed", why));
            }
        }
    }

    private static boolean isSeed(String override) {
        int eq = override.indexOf('=');
        return eq > 0 && override.substring(0, eq).trim().equals("seed");
    }

    private static DesignSpec design(SweepSpec spec, List<Param> params, Map<String, Location> at, Location top,
                                     List<Problem> problems) {
        DesignSpec d = spec.design();
        Location dAt = loc(at, "design", top);
        switch (d.kind()) {
            case GRID:
                for (int i = 0; i < params.size(); i++) {
                    Param p = params.get(i);
                    if (p.values().isEmpty() && (p.distribution() != null || p.steps() == 0)) {
                        String key = "parameters[" + i + "]";
                        problems.add(new Problem(loc(at, key, top), key, "a grid needs values, or a range with steps"));
                    }
                }
                return new DesignSpec(DesignKind.GRID, null, null, null, null);
            case POINTS:
                for (int i = 0; i < params.size(); i++) {
                    Param p = params.get(i);
                    String key = "parameters[" + i + "]";
                    if (p.values().isEmpty()) {
                        problems.add(new Problem(loc(at, key, top), key, "a points design lists values: point i takes"
                                + " the i-th value of every parameter"));
                    } else if (p.values().size() != params.get(0).values().size()) {
                        problems.add(new Problem(loc(at, key + ".values", top), key + ".values", p.values().size()
                                + " values where parameters[0] has " + params.get(0).values().size() + "; in a points"
                                + " design every parameter lists one value a point"));
                    }
                }
                if (params.isEmpty()) {
                    problems.add(new Problem(dAt, "parameters", "a points design needs at least one parameter"));
                }
                return new DesignSpec(DesignKind.POINTS, null, null, null, null);
            case LATIN_HYPERCUBE:
                if (d.points() == null) {
                    problems.add(new Problem(dAt, "design.points", "a latin_hypercube needs points: N"));
                }
                return new DesignSpec(DesignKind.LATIN_HYPERCUBE, d.points(), null, null, null);
            case SOBOL:
                if (d.samples() == null) {
                    problems.add(new Problem(dAt, "design.samples", "a sobol design needs samples: N"));
                }
                if (params.isEmpty()) {
                    problems.add(new Problem(dAt, "parameters", "a sobol design needs at least one parameter"));
                }
                return new DesignSpec(DesignKind.SOBOL, null, null, null, d.samples());
            default:
                int levels = d.levels() == null ? 4 : d.levels();
                if (levels % 2 != 0) {
                    problems.add(new Problem(loc(at, "design.levels", dAt), "design.levels", "is " + levels + "; Morris levels must be even"));
                }
                if (d.trajectories() == null) {
                    problems.add(new Problem(dAt, "design.trajectories", "a morris design needs trajectories: r"));
                }
                if (params.isEmpty()) {
                    problems.add(new Problem(dAt, "parameters", "a morris design needs at least one parameter"));
                }
                for (int i = 0; i < params.size(); i++) {
                    if (params.get(i).distribution() != null) {
                        String key = "parameters[" + i + "]";
                        problems.add(new Problem(loc(at, key, top), key, "a morris design needs a range or values, not a distribution"));
                    }
                }
                return new DesignSpec(DesignKind.MORRIS, null, d.trajectories(), levels, null);
        }
    }

    /**
     * Every point's scenario: the base with the point's values set; a problem is reported at the sweep parameter whose
     * value caused it.
     */
    private static List<Scenario> checkPoints(SweepPlan plan, LoadedScenario base, Map<String, Location> at,
                                              Location top) throws ScenarioException {
        Set<String> seen = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        List<Scenario> out = new ArrayList<>(plan.points().size());
        for (Point p : plan.points()) {
            try {
                out.add(SweepRuns.point(base, plan, p.index()).scenario());
            } catch (ScenarioException e) {
                for (Problem q : e.problems()) {
                    Problem located = relocate(q, plan, p, at, top);
                    if (seen.add(located.toString())) {
                        problems.add(located);
                    }
                }
            }
            if (problems.size() >= 20) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return out;
    }

    private static Problem relocate(Problem q, SweepPlan plan, Point p, Map<String, Location> at, Location top) {
        for (int i = 0; i < plan.params().size(); i++) {
            Param param = plan.params().get(i);
            String value = ScenarioValues.text(p.values().get(i));
            if (q.location().source().equals("--set " + param.path() + "=" + value) || q.path().equals(param.path())) {
                String key = "parameters[" + i + "]";
                return new Problem(loc(at, key + ".path", top), key, param.path() + " = " + value + ": "
                        + (q.path().isEmpty() ? "" : q.path() + ": ") + q.message());
            }
        }
        return new Problem(loc(at, "parameters", top), "parameters", "point " + p.index() + " " + p.texts() + ": " + q);
    }

    private static String resolvedYaml(SweepSpec spec, DesignSpec design, List<Param> params) {
        List<ParameterSpec> ps = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            ParameterSpec given = spec.parameters().get(i);
            RangeSpec range = given.range() == null ? null
                    : new RangeSpec(given.range().min(), given.range().max(), given.range().steps(), p.integer());
            ps.add(new ParameterSpec(p.path(), p.column(), given.values(), range, given.distribution()));
        }
        SweepSpec resolved = new SweepSpec(spec.name(), SweepPlan.SCENARIO_FILE, List.of(), spec.seed(),
                spec.commonRandomNumbers(), spec.replicas(), design, ps);
        return ScenarioYaml.write(resolved, "moneymen sweep, resolved: the base scenario with its overrides is "
                + SweepPlan.SCENARIO_FILE + " beside this file.\nRepeat one run with: ./moneymen run "
                + SweepPlan.SCENARIO_FILE + " --set PATH=VALUE ... --seed SEED (the values and seed are in the runs table)");
    }

    /** Where a path of the sweep file was written, or the fallback. */
    static Location loc(Map<String, Location> at, String path, Location fallback) {
        Location l = at.get(path);
        return l != null ? l : fallback;
    }
}
