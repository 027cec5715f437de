package org.moneymen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.Problem;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file and its overrides, shared by the commands that load one. */
final class ScenarioOptions {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML), such as scenarios/baseline.yaml")
    Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a parameter, such as --set quota.recall_line=1.2 or --set companies[0].count=4."
                    + " Repeatable; checked like the file.")
    List<String> sets = new ArrayList<>();

    /** Loads the scenario with the overrides and, when given, the seed. */
    Scenario load(Long seed) throws ScenarioException {
        List<String> all = new ArrayList<>(sets);
        if (seed != null) {
            all.add("seed=" + seed);
        }
        return ScenarioLoader.load(file, all);
    }

    /** Loads the scenario with the overrides and checks every parameter's provenance. */
    Scenario loadSourced() throws ScenarioException {
        return ScenarioLoader.loadSourced(file, sets);
    }

    /** Prints a scenario's problems, one per line with file:line:column, and returns the bad-input status. */
    static int report(ScenarioException e, PrintWriter err) {
        for (Problem p : e.problems()) {
            err.println("error: " + p);
        }
        int n = e.problems().size();
        err.println("moneymen: " + n + (n == 1 ? " problem" : " problems") + " in the scenario; nothing was run or written.");
        err.flush();
        return Main.BAD_INPUT;
    }
}
