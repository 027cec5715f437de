package org.moneymen.experiment.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moneymen.scenario.LoadedScenario;
import org.moneymen.scenario.Location;
import org.moneymen.scenario.Problem;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;
import org.moneymen.scenario.ScenarioValues;
import org.moneymen.scenario.ScenarioYaml;

/**
 * A paired what-if as a sweep of two points on common random numbers: point 0 is the scenario with the
 * {@code --against-set} overrides (the baseline; the scenario as it is without them), point 1 the scenario with the
 * {@code --set} overrides (both with the {@code --set-both} overrides); every path either names is a parameter, taking in each point the value that point's
 * overrides give it or else the scenario's own. Written as a sweep file with a {@code points} design, so the folder
 * it makes is a sweep folder that {@code query}, {@code analyze} and {@code plot} read.
 */
public final class Comparison {
    private Comparison() {
    }

    /** The sweep file text of a comparison. */
    public static String sweepText(Path scenario, List<String> sets, List<String> against, List<String> both,
                                   int replicas, long seed) throws ScenarioException {
        if (sets.isEmpty() && against.isEmpty()) {
            throw new ScenarioException(new Problem(Location.commandLine("--set"), "set", "nothing to compare: give"
                    + " the change with --set PATH=VALUE (and the baseline's with --against-set PATH=VALUE)"));
        }
        Map<String, String> changed = overrides(sets, "--set");
        Map<String, String> base = overrides(against, "--against-set");
        for (String o : both) {
            if (o.strip().startsWith("seed=") || o.strip().startsWith("seed =")) {
                overrides(List.of(o), "--set-both"); // refuses it, saying why
            }
        }
        LoadedScenario loaded = LoadedScenario.load(scenario, both);
        // Each arm's overrides are checked as --set checks them (unknown keys, ranges), before anything is compared.
        loaded.set(against);
        loaded.set(sets);
        LoadedScenario resolved = LoadedScenario.parse(SweepPlan.SCENARIO_FILE,
                ScenarioLoader.resolvedYaml(loaded.scenario()), List.of());
        List<String> paths = new ArrayList<>(changed.keySet());
        base.keySet().stream().filter(p -> !changed.containsKey(p)).forEach(paths::add);
        List<ParameterSpec> params = new ArrayList<>();
        for (String path : paths) {
            Object own = resolved.valueAt(path);
            String ownText = own == null ? null : ScenarioValues.text(own);
            String b = base.getOrDefault(path, ownText);
            String c = changed.getOrDefault(path, ownText);
            if (b == null || c == null) {
                throw new ScenarioException(new Problem(Location.commandLine((b == null ? "--set " : "--against-set ")
                        + path + "=" + (b == null ? c : b)), path, "the scenario has no value at " + path + " to"
                        + " compare against; give it in both --set and --against-set"));
            }
            params.add(new ParameterSpec(path, null, List.of(b, c), null, null));
        }
        String name = loaded.scenario().name() + "-compare";
        SweepSpec spec = new SweepSpec(name, scenario.toAbsolutePath().normalize().toString(), List.copyOf(both), seed, true,
                replicas, new DesignSpec(DesignKind.POINTS, null, null, null, null), params);
        return ScenarioYaml.write(spec, "moneymen compare: the baseline (point 0) against the change (point 1) on"
                + " common random numbers");
    }

    /** Overrides by path, in order; a path given twice keeps its last value, as --set does. */
    private static Map<String, String> overrides(List<String> given, String option) throws ScenarioException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String o : given) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new ScenarioException(new Problem(Location.commandLine(option + " " + o), option, "write "
                        + option + " PATH=VALUE, such as " + option + " 'purges=[]'"));
            }
            String path = o.substring(0, eq).trim();
            if (path.equals("seed")) {
                throw new ScenarioException(new Problem(Location.commandLine(option + " " + o), "seed", "a comparison"
                        + " runs both on the same seeds, derived from --seed; a seed override would unpair them"));
            }
            out.put(path, o.substring(eq + 1).trim());
        }
        return out;
    }
}
