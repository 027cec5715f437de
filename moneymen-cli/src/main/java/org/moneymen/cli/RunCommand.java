package org.moneymen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.moneymen.io.OutputGuard;
import org.moneymen.io.RunFiles;
import org.moneymen.model.RunOutput;
import org.moneymen.model.RunSize;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code moneymen run}: one run of a scenario, written to a folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario once and write timeseries.csv, events.jsonl, network.jsonl, summary.json and"
                + " scenario.resolved.yaml into the output folder.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Option(names = "--seed", paramLabel = "N", description = "Root random seed (default: the scenario's seed)")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<scenario>-<seed>/)")
    Path out;

    @Option(names = "--overwrite", description = "Replace a run folder an earlier run wrote there (never a file or"
            + " a folder holding anything else)")
    boolean overwrite;

    @Option(names = "--no-events", description = "Do not write events.jsonl (for very large networks; explain needs it)")
    boolean noEvents;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Scenario s;
        try {
            s = scenario.load(seed);
        } catch (ScenarioException e) {
            return ScenarioOptions.report(e, err);
        }
        RunSize size = RunSize.of(s);
        long heap = Runtime.getRuntime().maxMemory();
        if (!size.fits(heap)) {
            err.printf("moneymen: this run cannot fit in the memory it has: %s need about %.1f GB, and the heap is"
                    + " %.1f GB. Give it more with MONEYMEN_JAVA_OPTS=-Xmx%dg (this machine has to have that much),"
                    + " or make the network smaller (target_officials). Nothing was run or written.%n",
                    size.describe(), size.bytes() / 1e9, heap / 1e9, size.heapNeededGb());
            return Main.BAD_INPUT;
        }
        if (size.seconds() > 60) {
            stdout.printf("A large run (%s): about %d minutes on one core.%n", size.describe(),
                    Math.max(1, Math.round(size.seconds() / 60)));
        }
        Path dir = out != null ? out : Path.of("runs", safe(s.name()) + "-" + s.seed());
        try {
            OutputGuard.check(dir, OutputGuard.Kind.RUN, overwrite, "--out");
        } catch (OutputGuard.Refused e) {
            err.println("moneymen: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        stdout.printf("Running %s (seed %d): %d months from %s%n", s.name(), s.seed(), s.months(), s.start());
        stdout.flush();
        // A run expected to take more than a few seconds shows how far it has got (on standard error).
        boolean terminal = System.console() != null;
        java.util.function.Consumer<org.moneymen.model.MonthRow> progress = size.seconds() > (terminal ? 3 : 30)
                ? new RunProgress(err, terminal, s.months()) : row -> { };
        RunOutput output = RunFiles.run(dir, s, ScenarioLoader.resolvedYaml(s), !noEvents, Main.stamp(spec), progress);
        SummaryTable.print(stdout, output.summary(), s);
        stdout.printf("Wrote %s/ (%s%s, %s, %s, %s)%n", dir, RunFiles.TIMESERIES,
                noEvents ? "" : ", " + RunFiles.EVENTS, RunFiles.NETWORK, RunFiles.SUMMARY, RunFiles.RESOLVED);
        stdout.flush();
        return 0;
    }

    /** A scenario name as a folder name: letters, digits, dot, dash and underscore. */
    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "-");
        return s.isEmpty() || s.startsWith(".") ? "scenario" + s : s;
    }
}
