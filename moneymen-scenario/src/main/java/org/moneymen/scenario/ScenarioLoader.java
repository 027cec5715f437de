package org.moneymen.scenario;

import java.nio.file.Path;
import java.util.List;
import org.moneymen.model.config.Scenario;

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

    /** Parses scenario text and checks every parameter's provenance, as {@link #loadSourced} does for a file. */
    public static Scenario parseSourced(String source, String text, List<String> overrides) throws ScenarioException {
        return parse(source, text, overrides, true);
    }

    /**
     * Loads a scenario and also checks that every parameter has a source or an assumption note (what
     * {@code moneymen validate} requires of a shipped scenario).
     */
    public static Scenario loadSourced(Path file, List<String> overrides) throws ScenarioException {
        return read(file, overrides, true);
    }

    private static Scenario read(Path file, List<String> overrides, boolean sourced) throws ScenarioException {
        return checked(LoadedScenario.load(file, overrides), sourced);
    }

    /** One pass: read, override, bind, check the whole, and (when asked) the provenance, all against one tree. */
    private static Scenario parse(String source, String text, List<String> overrides, boolean sourced)
            throws ScenarioException {
        return checked(LoadedScenario.parse(source, text, overrides), sourced);
    }

    private static Scenario checked(LoadedScenario loaded, boolean sourced) throws ScenarioException {
        Scenario scenario = loaded.scenario();
        if (scenario != null && sourced) {
            List<Problem> problems = ProvenanceCheck.check(scenario, loaded.locations(), loaded.top());
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
        }
        return scenario;
    }

    /** The resolved YAML of a scenario: every parameter, defaults and overrides included. */
    public static String resolvedYaml(Scenario scenario) {
        return ScenarioYaml.write(scenario, "moneymen scenario, resolved: exactly what ran (defaults, overrides and seed"
                + " included).\nRepeat the run with: ./moneymen run scenario.resolved.yaml");
    }
}
