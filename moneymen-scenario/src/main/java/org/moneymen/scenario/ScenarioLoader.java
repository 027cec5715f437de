package org.moneymen.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.YamlNode.MapNode;

/** Reads a scenario file, applies overrides, binds it onto the model's records and checks it whole. */
public final class ScenarioLoader {

    private ScenarioLoader() {
    }

    /** Loads a scenario file with overrides ({@code path=value}); the seed is overridden with {@code seed=N}. */
    public static Scenario load(Path file, List<String> overrides) throws ScenarioException {
        return read(file, overrides, false);
    }

    /** Parses scenario text; {@code source} is the name errors cite. */
    public static Scenario parse(String source, String text, List<String> overrides) throws ScenarioException {
        return parse(source, text, overrides, false);
    }

    /**
     * Loads a scenario and also checks that every parameter has a source or an assumption note (what
     * {@code moneymen validate} requires of a shipped scenario).
     */
    public static Scenario loadSourced(Path file, List<String> overrides) throws ScenarioException {
        return read(file, overrides, true);
    }

    private static Scenario read(Path file, List<String> overrides, boolean sourced) throws ScenarioException {
        String source = file.toString();
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new Problem(new Location(source, 0, 0), "", "no such file"));
        } catch (IOException e) {
            throw new ScenarioException(new Problem(new Location(source, 0, 0), "", "cannot read: " + e.getMessage()));
        }
        return parse(source, text, overrides, sourced);
    }

    /** One pass: read, override, bind, check the whole, and (when asked) the provenance, all against one tree. */
    private static Scenario parse(String source, String text, List<String> overrides, boolean sourced)
            throws ScenarioException {
        YamlNode root = YamlReader.read(source, text, false);
        if (!(root instanceof MapNode map)) {
            throw new ScenarioException(new Problem(root.location(), "",
                    "a scenario is a mapping of keys (name, start, months, ...), found " + root.shape()));
        }
        Overrides.apply(map, overrides);
        Binder binder = new Binder();
        Scenario scenario = binder.bind(map, Scenario.class);
        List<Problem> problems = new ArrayList<>(binder.problems());
        Location fallback = new Location(source, 1, 1);
        if (scenario != null && problems.isEmpty()) {
            problems.addAll(ScenarioChecks.check(scenario, binder.locations(), fallback));
        }
        if (scenario != null && problems.isEmpty() && sourced) {
            problems.addAll(ProvenanceCheck.check(scenario, binder.locations(), fallback));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return scenario;
    }

    /** The resolved YAML of a scenario: every parameter, defaults and overrides included. */
    public static String resolvedYaml(Scenario scenario) {
        return ScenarioYaml.write(scenario, "moneymen scenario, resolved: exactly what ran (defaults, overrides and seed"
                + " included).\nRepeat the run with: ./moneymen run scenario.resolved.yaml");
    }
}
