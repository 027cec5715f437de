package org.moneymen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.moneymen.experiment.keyplayers.KeyPlayers;
import org.moneymen.experiment.keyplayers.KeyPlayersException;
import org.moneymen.experiment.keyplayers.KeyPlayersPlan;
import org.moneymen.experiment.keyplayers.KeyPlayersResult;
import org.moneymen.experiment.sweep.SweepEngine;
import org.moneymen.io.OutputGuard;
import org.moneymen.io.keyplayers.KeyPlayersFiles;
import org.moneymen.scenario.LoadedScenario;
import org.moneymen.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code moneymen keyplayers}: whose removal costs Office No. 39 most, by paired simulation. */
@Command(name = "keyplayers", mixinStandardHelpOptions = true,
        description = "Remove each official in post on a day (recalled without handover), and freeze each account"
                + " known, one at a time, on the same seeds as the run without removal; rank them by Office No. 39's"
                + " inflow lost in the months after, with paired 95%% intervals, beside their network centralities;"
                + " then find greedily the set of officials whose removal together costs most.")
final class KeyPlayersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Option(names = "--at", paramLabel = "DATE", description = "Day of the removals, at its end (default: the"
            + " scenario's start)")
    LocalDate at;

    @Option(names = "--window", paramLabel = "MONTHS", defaultValue = "12", description = "Months of inflow counted,"
            + " from the month of --at (default 12)")
    int window;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Officials (and accounts) printed and"
            + " run again on fresh seeds with the last, to compare them without the ranking's selection (default 10;"
            + " the files hold all)")
    int top;

    @Option(names = "--sets", paramLabel = "K", defaultValue = "3", description = "Size of the greedy best set (default"
            + " 3; 0: none)")
    int sets;

    @Option(names = "--pool", paramLabel = "N", defaultValue = "20", description = "Officials the greedy set is drawn"
            + " from: the largest losses alone (default 20)")
    int pool;

    @Option(names = "--replicas", paramLabel = "R", defaultValue = "20", description = "Paired seeds per removal"
            + " (default 20)")
    int replicas;

    @Option(names = "--confirm-replicas", paramLabel = "R", defaultValue = "100", description = "Fresh seeds on which"
            + " the first officials, the last and the greedy sets are run again (default 100)")
    int confirmReplicas;

    @Option(names = "--no-accounts", description = "Do not freeze accounts one by one (fewer runs)")
    boolean noAccounts;

    @Mixin
    EngineChoice engines = new EngineChoice();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<name>-keyplayers/)")
    Path out;

    @Option(names = "--overwrite", description = "Replace a key-player folder an earlier analysis wrote there (never a"
            + " file or a folder moneymen did not write)")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Optional<SweepEngine> found = engines.find(err);
        if (found.isEmpty()) {
            return Main.BAD_INPUT;
        }
        KeyPlayersPlan plan;
        try {
            LoadedScenario loaded = LoadedScenario.load(scenario.file, scenario.sets);
            plan = KeyPlayersPlan.of(loaded, at, window, replicas, sets, pool, !noAccounts, top,
                    confirmReplicas);
        } catch (ScenarioException e) {
            return ScenarioOptions.report(e, err);
        } catch (KeyPlayersException e) {
            err.println("moneymen: " + e.getMessage() + ". Nothing was run or written.");
            return Main.BAD_INPUT;
        }
        Path dir = out != null ? out : Path.of("runs", RunCommand.safe(plan.name()) + "-keyplayers");
        try {
            OutputGuard.check(dir, OutputGuard.Kind.KEYPLAYERS, overwrite, "--out");
        } catch (OutputGuard.Refused e) {
            err.println("moneymen: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        stdout.printf(Locale.ROOT, "Key players of %s: each removal at the end of %s, Office No. 39's inflow lost"
                        + " from %s to %s, on %d paired seeds, on the %s engine%n", plan.name(), plan.at(),
                plan.windowStart(), plan.windowEnd().minusDays(1), plan.replicas(), engines.name());
        stdout.flush();
        long t0 = System.nanoTime();
        KeyPlayersResult result;
        ProgressBar bar = new ProgressBar(err, System.console() != null);
        try {
            result = KeyPlayers.run(plan, found.get(), engines.options(), new KeyPlayers.Listener() {
                private boolean started;

                @Override
                public void stage(String name, long runs) {
                    if (started) {
                        bar.finish();
                    }
                    started = true;
                    err.println("moneymen: " + name);
                    bar.start((int) runs, 0);
                }

                @Override
                public void runDone() {
                    bar.runDone();
                }
            });
            bar.finish();
        } catch (KeyPlayersException e) {
            err.println("moneymen: " + e.getMessage() + ". Nothing was run or written.");
            return Main.BAD_INPUT;
        }
        KeyPlayersFiles.write(dir, result, Main.stamp(spec));
        double seconds = (System.nanoTime() - t0) / 1e9;
        KeyPlayersTables.print(stdout, result, top);
        stdout.printf(Locale.ROOT, "%,d runs in %.1f s. Wrote %s/ (%s, %s, %s, %s, %s, %s/)%n", result.runs(),
                seconds, dir, KeyPlayersFiles.OFFICIALS, KeyPlayersFiles.PARQUET, KeyPlayersFiles.ACCOUNTS,
                KeyPlayersFiles.SETS, KeyPlayersFiles.SUMMARY, KeyPlayersFiles.CHARTS);
        stdout.flush();
        return 0;
    }
}
