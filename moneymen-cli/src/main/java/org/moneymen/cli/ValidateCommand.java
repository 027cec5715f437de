package org.moneymen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.Locale;
import org.moneymen.experiment.calibrate.CalibrationFiles;
import org.moneymen.experiment.calibrate.CalibrationPlan;
import org.moneymen.experiment.sweep.SweepFiles;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.InputLimits;
import org.moneymen.scenario.ScenarioValues;
import org.moneymen.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code moneymen validate}: checks a scenario without running it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file (keys, types, ranges, references, and that every parameter has a source"
                + " or an assumption note), a sweep file or a calibration file (each read as what it is: a file naming"
                + " a scenario: and parameters is a sweep, one with targets a calibration) without running it."
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
        PrintWriter err = spec.commandLine().getErr();
        String kind;
        try {
            kind = kind(scenario.file);
        } catch (ScenarioException e) {
            return ScenarioOptions.report(e, err);
        }
        if (kind.equals("sweep")) {
            try {
                SweepPlan plan = SweepFiles.load(scenario.file, scenario.sets);
                out.printf(Locale.ROOT, "%s: a valid sweep. %s: %d %s x %d %s = %d runs of %s, design %s.%n",
                        scenario.file, plan.name(), plan.points().size(), plural(plan.points().size(), "point"),
                        plan.replicas(), plural(plan.replicas(), "replica"), plan.runs(), plan.scenarioText().lines()
                                .filter(l -> l.startsWith("name: ")).findFirst().orElse("name: ?").substring(6),
                        plan.design().name().toLowerCase(Locale.ROOT));
            } catch (ScenarioException e) {
                return SweepCommand.report(e, err);
            }
            out.flush();
            return 0;
        }
        if (kind.equals("calibration")) {
            try {
                CalibrationPlan plan = CalibrationFiles.load(scenario.file);
                out.printf(Locale.ROOT, "%s: a valid calibration. %s: %d free %s, %d %s, %d particles.%n",
                        scenario.file, plan.name(), plan.priors().size(), plural(plan.priors().size(), "parameter"),
                        plan.targets().size(), plural(plan.targets().size(), "target"), plan.method().population());
            } catch (ScenarioException e) {
                for (org.moneymen.scenario.Problem p : e.problems()) {
                    err.println("error: " + p);
                }
                int n = e.problems().size();
                err.println("moneymen: " + n + " " + plural(n, "problem") + " in the calibration; nothing was run or"
                        + " written.");
                err.flush();
                return Main.BAD_INPUT;
            }
            out.flush();
            return 0;
        }
        Scenario s;
        try {
            s = noProvenance ? scenario.load(null) : scenario.loadSourced();
        } catch (ScenarioException e) {
            return ScenarioOptions.report(e, spec.commandLine().getErr());
        }
        int companies = s.companies().stream().mapToInt(c -> s.scaled(c.count())).sum();
        int officials = s.companies().stream().mapToInt(c -> s.scaled(c.count()) * (1 + c.staff())).sum();
        out.printf(Locale.ROOT, "%s: valid. %s: %d %s from %s to %s, %d %s, %,d %s, %,d %s for officials.%n",
                scenario.file, s.name(), s.months(), plural(s.months(), "month"), s.start(), s.end(),
                s.cities().size(), plural(s.cities().size(), "city"), companies, plural(companies, "company"),
                officials, plural(officials, "post"));
        out.flush();
        return 0;
    }

    /** What a file is, from its top-level keys: a sweep, a calibration, or (otherwise) a scenario. */
    static String kind(java.nio.file.Path file) throws ScenarioException {
        Object top = ScenarioValues.read(file.toString(), InputLimits.read(file, "a scenario, sweep or calibration"
                + " file (YAML)"));
        if (top instanceof java.util.Map<?, ?> map && map.containsKey("scenario")) {
            return map.containsKey("targets") || map.containsKey("method") ? "calibration" : "sweep";
        }
        return "scenario";
    }

    /** A count's noun in the singular or plural: 1 city, 2 cities; 1 post, 3 posts. */
    static String plural(long n, String noun) {
        if (n == 1) {
            return noun;
        }
        return noun.endsWith("y") && !noun.endsWith("ey") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
    }
}
