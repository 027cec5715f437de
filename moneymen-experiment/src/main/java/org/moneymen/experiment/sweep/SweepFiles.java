package org.moneymen.experiment.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.Binder;
import org.moneymen.scenario.Location;
import org.moneymen.scenario.Problem;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;
import org.moneymen.scenario.ScenarioYaml;
import org.moneymen.scenario.YamlNode;
import org.moneymen.scenario.YamlReader;

/**
 * Reads a sweep file into a checked {@link SweepPlan}, with the scenario files' checks and located errors: the
 * file is bound like a scenario, then every point is loaded as a scenario, and a bad value is reported at the
 * parameter that produced it.
 */
public final class SweepFiles {
    private static final Set<String> RESERVED = Set.of("run", "point", "replica", "seed", "month", "date");
    private static final int MAX_RUNS = 50_000_000;

    private SweepFiles() {
    }

    /** Loads a sweep file; {@code sets} are extra base-scenario overrides (path=value), after the file's own. */
    public static SweepPlan load(Path file, List<String> sets) throws ScenarioException {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new Problem(new Location(source, 0, 0), "", "no such file"));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(new Location(source, 0, 0), "", "cannot read: " + e.getMessage()));
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(source, text, base, sets);
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
        List<Param> params = params(spec, map, at, top, problems);
        DesignSpec design = design(spec, params, at, top, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        List<String> baseSets = new ArrayList<>(spec.set());
        baseSets.addAll(sets);
        Scenario scenario = ScenarioLoader.load(dir.resolve(spec.scenario()), baseSets);
        String scenarioText = ScenarioLoader.resolvedYaml(scenario);
        List<Point> points = switch (design.kind()) {
            case GRID -> Designs.grid(params);
            case LATIN_HYPERCUBE -> Designs.latinHypercube(params, design.points(), spec.seed());
            case MORRIS -> Designs.morris(params, design.trajectories(), design.levels(), spec.seed());
        };
        if ((long) points.size() * spec.replicas() > MAX_RUNS) {
            throw new ScenarioException(new Problem(loc(at, "replicas", top), "replicas",
                    points.size() + " points x " + spec.replicas() + " replicas is more than " + MAX_RUNS + " runs"));
        }
        int levels = design.kind() == DesignKind.MORRIS ? design.levels() : 0;
        String resolved = resolvedYaml(spec, design, params);
        SweepPlan plan = new SweepPlan(spec.name(), scenarioText, resolved, spec.seed(), spec.replicas(),
                design.kind(), levels, List.copyOf(params), List.copyOf(points));
        checkPoints(plan, at, top);
        return plan;
    }

    private static List<Param> params(SweepSpec spec, YamlNode.MapNode map, Map<String, Location> at, Location top,
                                      List<Problem> problems) {
        List<Param> out = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        Set<String> columns = new HashSet<>();
        for (int i = 0; i < spec.parameters().size(); i++) {
            ParameterSpec p = spec.parameters().get(i);
            String key = "parameters[" + i + "]";
            Location pAt = loc(at, key, top);
            if (p.path().isBlank()) {
                problems.add(new Problem(loc(at, key + ".path", pAt), key + ".path", "is empty; give a scenario parameter path such as quota.recall_line"));
                continue;
            }
            if (!paths.add(p.path())) {
                problems.add(new Problem(loc(at, key + ".path", pAt), key + ".path", "'" + p.path() + "' is swept twice; give each path once"));
            }
            String column = p.name() != null ? p.name() : p.path().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
            if (!column.matches("[a-z_][a-z0-9_]*") || RESERVED.contains(column) || !columns.add(column)) {
                problems.add(new Problem(loc(at, key + (p.name() != null ? ".name" : ".path"), pAt), key + ".name",
                        "column name '" + column + "' is taken or not a plain lower-case name (a-z, 0-9, _; not "
                                + String.join(", ", RESERVED.stream().sorted().toList()) + "); give another name:"));
            }
            int given = (p.values() != null ? 1 : 0) + (p.range() != null ? 1 : 0) + (p.distribution() != null ? 1 : 0);
            if (given != 1) {
                problems.add(new Problem(pAt, key, "give exactly one of values, range or distribution (found " + given + ")"));
                continue;
            }
            if (p.values() != null) {
                if (p.values().isEmpty()) {
                    problems.add(new Problem(loc(at, key + ".values", pAt), key + ".values", "is empty; give at least one value"));
                    continue;
                }
                out.add(new Param(p.path(), column, List.copyOf(p.values()), 0, 0, 0, false, null, 0, 0));
            } else if (p.range() != null) {
                RangeSpec r = p.range();
                if (!(r.max() > r.min())) {
                    problems.add(new Problem(loc(at, key + ".range.max", pAt), key + ".range.max",
                            "is " + Param.text(r.max()) + ", not above min " + Param.text(r.min()) + "; give max > min"));
                    continue;
                }
                boolean integer = r.integer() != null ? r.integer() : wholeNumbers(map, i);
                out.add(new Param(p.path(), column, List.of(), r.min(), r.max(), r.steps() == null ? 0 : r.steps(),
                        integer, null, 0, 0));
            } else {
                Param d = distribution(p.distribution(), key + ".distribution", at, pAt, problems, p.path(), column);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private static Param distribution(DistributionSpec d, String key, Map<String, Location> at, Location pAt,
                                      List<Problem> problems, String path, String column) {
        Location dAt = loc(at, key, pAt);
        switch (d.kind()) {
            case UNIFORM:
                if (d.min() == null || d.max() == null || !(d.max() > d.min())) {
                    problems.add(new Problem(dAt, key, "a uniform distribution needs min and max with max > min"));
                    return null;
                }
                return new Param(path, column, List.of(), d.min(), d.max(), 0, false, null, 0, 0);
            case NORMAL:
                if (d.mean() == null || d.sd() == null) {
                    problems.add(new Problem(dAt, key, "a normal distribution needs mean and sd"));
                    return null;
                }
                return new Param(path, column, List.of(), 0, 0, 0, false, DistributionKind.NORMAL, d.mean(), d.sd());
            default:
                if (d.median() == null || d.sigma() == null || d.median() <= 0) {
                    problems.add(new Problem(dAt, key, "a lognormal distribution needs median > 0 and sigma"));
                    return null;
                }
                return new Param(path, column, List.of(), 0, 0, 0, false, DistributionKind.LOGNORMAL, d.median(), d.sigma());
        }
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
                return new DesignSpec(DesignKind.GRID, null, null, null);
            case LATIN_HYPERCUBE:
                if (d.points() == null) {
                    problems.add(new Problem(dAt, "design.points", "a latin_hypercube needs points: N"));
                }
                return new DesignSpec(DesignKind.LATIN_HYPERCUBE, d.points(), null, null);
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
                return new DesignSpec(DesignKind.MORRIS, null, d.trajectories(), levels);
        }
    }

    /** Loads every point as a scenario; a problem is reported at the sweep parameter whose value caused it. */
    private static void checkPoints(SweepPlan plan, Map<String, Location> at, Location top) throws ScenarioException {
        Set<String> seen = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Point p : plan.points()) {
            try {
                ScenarioLoader.parse(SweepPlan.SCENARIO_FILE, plan.scenarioText(), plan.run(p.index() * plan.replicas()).overrides());
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
    }

    private static Problem relocate(Problem q, SweepPlan plan, Point p, Map<String, Location> at, Location top) {
        for (int i = 0; i < plan.params().size(); i++) {
            Param param = plan.params().get(i);
            String value = p.values().get(i);
            if (q.location().source().equals("--set " + param.path() + "=" + value) || q.path().equals(param.path())) {
                String key = "parameters[" + i + "]";
                return new Problem(loc(at, key + ".path", top), key, param.path() + " = " + value + ": "
                        + (q.path().isEmpty() ? "" : q.path() + ": ") + q.message());
            }
        }
        return new Problem(loc(at, "parameters", top), "parameters", "point " + p.index() + " " + p.values() + ": " + q);
    }

    private static boolean wholeNumbers(YamlNode.MapNode map, int index) {
        YamlNode.Entry params = map.entries().get("parameters");
        if (params == null || !(params.value() instanceof YamlNode.ListNode list)
                || !(list.items().get(index) instanceof YamlNode.MapNode p)) {
            return false;
        }
        YamlNode.Entry range = p.entries().get("range");
        if (range == null || !(range.value() instanceof YamlNode.MapNode r)) {
            return false;
        }
        return isInteger(r.entries().get("min")) && isInteger(r.entries().get("max"));
    }

    private static boolean isInteger(YamlNode.Entry e) {
        return e != null && e.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.INTEGER;
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
        SweepSpec resolved = new SweepSpec(spec.name(), SweepPlan.SCENARIO_FILE, List.of(), spec.seed(), spec.replicas(),
                design, ps);
        return ScenarioYaml.write(resolved, "moneymen sweep, resolved: the base scenario with its overrides is "
                + SweepPlan.SCENARIO_FILE + " beside this file.\nRepeat one run with: ./moneymen run "
                + SweepPlan.SCENARIO_FILE + " --set PATH=VALUE ... --seed SEED (the values and seed are in the runs table)");
    }

    private static Location loc(Map<String, Location> at, String path, Location fallback) {
        Location l = at.get(path);
        return l != null ? l : fallback;
    }
}
