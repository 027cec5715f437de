package org.moneymen.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.YamlNode.MapNode;

/**
 * A checked scenario together with the YAML tree it was bound from, changed in memory by parameter path.
 *
 * <p>{@link #with(String, Object)} is {@code --set} without text: the same paths ({@code quota.recall_line},
 * {@code companies[0].count}, {@code purges[0].date}), the same checks, and the same problems, located at
 * {@code --set path=value}; but the value is typed (Double, Long or Integer, Boolean, String, LocalDate, an enum, a
 * list, map or record) and reaches the scenario as it is, a double to the last bit. A String is a text, never read
 * as YAML; {@link #set(List)} takes {@code path=value} texts exactly as {@code --set} does. Instances never change, so
 * one loaded scenario may be edited from many threads: each edit copies only the path it changes and binds only
 * the value it sets.
 */
public final class LoadedScenario {
    /** What a scenario path must name, as errors say it. */
    public static final String SCENARIO_FILE = "a scenario file (YAML), such as scenarios/baseline.yaml";
    private final String source;
    private final MapNode root;
    private final Scenario scenario;
    private final Map<String, Location> locations;

    private LoadedScenario(String source, MapNode root, Scenario scenario, Map<String, Location> locations) {
        this.source = source;
        this.root = root;
        this.scenario = scenario;
        this.locations = locations;
    }

    /** Loads a scenario file with {@code --set} overrides ({@code path=value}), put in before anything is checked. */
    public static LoadedScenario load(Path file, List<String> overrides) throws ScenarioException {
        return parse(file.toString(), InputLimits.read(file, SCENARIO_FILE), overrides);
    }

    /** Parses scenario text with {@code --set} overrides; {@code source} is the name errors cite. */
    public static LoadedScenario parse(String source, String text, List<String> overrides) throws ScenarioException {
        YamlNode tree = YamlReader.read(source, text, false);
        if (!(tree instanceof MapNode map)) {
            throw new ScenarioException(new Problem(tree.location(), "",
                    "a scenario is a mapping of keys (name, start, months, ...), found " + tree.shape()));
        }
        return bind(source, Overrides.apply(map, overrides));
    }

    /** The checked scenario. */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * The value at a parameter path as the file (or its overrides) wrote it, typed as {@code --set} reads it
     * (numbers, booleans, text, lists, maps), or null where the tree has no such key: a resolved scenario's tree has
     * every key. Refused with the path's problem when it is not a path.
     */
    public Object valueAt(String path) throws ScenarioException {
        YamlNode node = root;
        for (Object segment : OverridePath.parse(path, Location.commandLine(path)).segments()) {
            if (segment instanceof String key && node instanceof MapNode map && map.entries().containsKey(key)) {
                node = map.entries().get(key).value();
            } else if (segment instanceof Integer i && node instanceof YamlNode.ListNode list && i < list.items().size()) {
                node = list.items().get(i);
            } else {
                return null;
            }
        }
        return ScenarioValues.typed(node);
    }

    /** The YAML tree the scenario was bound from. */
    MapNode root() {
        return root;
    }

    /** Where each bound parameter path was written (the file, or the override that set it). */
    Map<String, Location> locations() {
        return locations;
    }

    /** The fallback location of problems that belong to no one value. */
    Location top() {
        return new Location(source, 1, 1);
    }

    /** This scenario with one parameter set to a typed value, checked as {@code --set path=value} would be. */
    public LoadedScenario with(String path, Object value) throws ScenarioException {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put(path, value);
        return with(one);
    }

    /**
     * This scenario with parameters set to typed values in the map's order (later paths win where they overlap),
     * checked as the same {@code --set} overrides would be: every problem of every value is reported together.
     */
    public LoadedScenario with(Map<String, ?> values) throws ScenarioException {
        List<Overrides.Source> sources = new ArrayList<>(values.size());
        values.forEach((path, value) -> sources.add(() -> edit(path.trim(), value)));
        return edit(sources);
    }

    /** This scenario with {@code path=value} overrides, read and checked exactly as {@code --set} reads them. */
    public LoadedScenario set(List<String> overrides) throws ScenarioException {
        return edit(Overrides.sources(overrides));
    }

    private static Overrides.Edit edit(String path, Object value) throws ScenarioException {
        Location at = Location.commandLine("--set " + path + "=" + ScenarioValues.text(value));
        return new Overrides.Edit(OverridePath.parse(path, at), ScenarioValues.node(value, at), at);
    }

    private LoadedScenario edit(List<Overrides.Source> sources) throws ScenarioException {
        if (sources.isEmpty()) {
            return this;
        }
        Overrides.Applied applied = Overrides.put(root, sources);
        Map<String, Location> at = new LinkedHashMap<>(locations);
        Scenario changed = Rebinder.rebind(scenario, applied, at);
        if (changed != null && ScenarioChecks.check(changed, at, top()).isEmpty()) {
            return new LoadedScenario(source, applied.root(), changed, at);
        }
        // Something the quick path does not cover, or a problem: the whole-tree bind decides, and says what is wrong.
        return bind(source, applied.root());
    }

    /** Binds a whole tree and checks the whole scenario, as a file with its overrides is checked. */
    private static LoadedScenario bind(String source, MapNode tree) throws ScenarioException {
        Binder binder = new Binder();
        Scenario scenario = binder.bind(tree, Scenario.class);
        List<Problem> problems = new ArrayList<>(binder.problems());
        if (scenario != null && problems.isEmpty()) {
            problems.addAll(ScenarioChecks.check(scenario, binder.locations(), new Location(source, 1, 1)));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return new LoadedScenario(source, tree, scenario, binder.locations());
    }
}
