package org.moneymen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code moneymen validate}: checks a scenario without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file (keys, types, ranges, references, and that every parameter has a source"
                + " or an assumption note) without running it."
                + " Exit status 0 when it is valid, 2 when it is not.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @picocli.CommandLine.Option(names = "--no-provenance",
            description = "Skip the check that every parameter has a source or an assumption note")
    boolean noProvenance;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Scenario s;
        try {
            s = noProvenance ? scenario.load(null) : scenario.loadSourced();
        } catch (ScenarioException e) {
            return ScenarioOptions.report(e, spec.commandLine().getErr());
        }
        int companies = s.companies().stream().mapToInt(c -> s.scaled(c.count())).sum();
        int officials = s.companies().stream().mapToInt(c -> s.scaled(c.count()) * (1 + c.staff())).sum();
        out.printf("%s: valid. %s: %d months from %s to %s, %d cities, %d companies, %d posts for officials.%n",
                scenario.file, s.name(), s.months(), s.start(), s.end(), s.cities().size(), companies, officials);
        out.flush();
        return 0;
    }
}
