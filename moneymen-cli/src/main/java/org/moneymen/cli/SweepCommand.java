package org.moneymen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.moneymen.experiment.sweep.SweepEngine;
import org.moneymen.experiment.sweep.SweepFiles;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.io.sweep.StoreException;
import org.moneymen.io.sweep.SweepStore;
import org.moneymen.io.sweep.Sweeps;
import org.moneymen.scenario.Problem;
import org.moneymen.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moneymen sweep}: every run of a sweep file, on all cores or on Spark, into Parquet tables. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a sweep file (parameters, design, replicas, seed) and write the runs and series tables"
                + " (Parquet) into the output folder. Each run's seed derives from the sweep seed, the point and the"
                + " replica, so results are the same on any engine and core count.")
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep file (YAML), such as sweeps/smoke.yaml")
    Path file;

    @Mixin
    EngineChoice engines = new EngineChoice();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<sweep name>-sweep/)")
    Path out;

    @Option(names = "--resume", description = "Continue a killed sweep in its folder: every part written is checked"
            + " against parts.jsonl (size and SHA-256), and runs whose part is missing or damaged are computed again")
    boolean resume;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a base scenario parameter for every run, such as --set months=12. Repeatable.")
    List<String> sets = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Optional<SweepEngine> found = engines.find(err);
        if (found.isEmpty()) {
            return Main.BAD_INPUT;
        }
        SweepPlan plan;
        try {
            plan = SweepFiles.load(file, sets);
        } catch (ScenarioException e) {
            return report(e, err);
        }
        Path dir = out != null ? out : Path.of("runs", RunCommand.safe(plan.name()) + "-sweep");
        stdout.printf(Locale.ROOT, "Sweep %s: %d points x %d replicas = %d runs on the %s engine%n", plan.name(),
                plan.points().size(), plan.replicas(), plan.runs(), engines.name());
        stdout.flush();
        long t0 = System.nanoTime();
        Sweeps.Outcome outcome;
        try {
            outcome = Sweeps.execute(plan, found.get(), engines.options(), dir, resume,
                    new ProgressBar(err, System.console() != null), Main.stamp(spec));
        } catch (StoreException e) {
            err.println("moneymen: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        outcome.checks().forEach(stdout::println);
        stdout.printf(Locale.ROOT, "Computed %d runs (%d already done) in %.1f s. Wrote %s/ (%s/, %s/, %s, %s)%n",
                outcome.computed(), outcome.runs() - outcome.computed(), seconds, dir, SweepStore.RUNS,
                SweepStore.SERIES, SweepStore.RESOLVED, SweepPlan.SCENARIO_FILE);
        stdout.printf("Query it with: ./moneymen query %s \"SELECT * FROM runs\"%n", dir);
        stdout.flush();
        return 0;
    }

    static int report(ScenarioException e, PrintWriter err) {
        for (Problem p : e.problems()) {
            err.println("error: " + p);
        }
        int n = e.problems().size();
        err.println("moneymen: " + n + (n == 1 ? " problem" : " problems") + " in the sweep; nothing was run or written.");
        err.flush();
        return Main.BAD_INPUT;
    }
}
