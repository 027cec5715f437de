package org.moneymen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.moneymen.experiment.sweep.Comparison;
import org.moneymen.experiment.sweep.Param;
import org.moneymen.experiment.sweep.SweepEngine;
import org.moneymen.experiment.sweep.SweepFiles;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.io.sweep.KeyTotals;
import org.moneymen.io.sweep.MonthWindow;
import org.moneymen.io.sweep.PairedAnalysis;
import org.moneymen.io.sweep.StoreException;
import org.moneymen.io.sweep.SweepAnalysis;
import org.moneymen.io.sweep.Sweeps;
import org.moneymen.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moneymen compare}: a scenario with a change against itself without, on the same seeds. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run a scenario with a change (--set) and without it (or with --against-set) on the same"
                + " seeds, replica by replica, and print what differs and each key total with both values and the"
                + " paired difference with its 95%% interval. Writes a sweep folder (two points) that query, analyze"
                + " and plot read.",
            "Example:  moneymen compare scenarios/purge-2013.yaml --set 'purges=[]' --replicas 40 --from 2013-12-01"
                + " --to 2014-11-30"})
final class CompareCommand implements Callable<Integer> {
    /** The flows the table shows: with a window, series columns summed over it; without, the runs' totals. */
    static final List<String> FLOWS = KeyTotals.FLOWS;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML), such as scenarios/purge-2013.yaml")
    Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "The change, such as --set 'purges=[]'."
            + " Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--against-set", paramLabel = "PATH=VALUE", description = "The baseline's own change (default:"
            + " the scenario as it is). Repeatable.")
    List<String> against = new ArrayList<>();

    @Option(names = "--set-both", paramLabel = "PATH=VALUE", description = "An override for both, such as"
            + " --set-both months=60 (not a difference between them). Repeatable.")
    List<String> both = new ArrayList<>();

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "20", description = "Pairs of runs (default 20)")
    int replicas;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed the pairs' seeds derive from"
            + " (default 1)")
    long seed;

    @Option(names = "--from", paramLabel = "DATE", description = "First month of the window the totals are summed"
            + " over (default: the whole run)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last month of the window, included")
    String to;

    @Mixin
    EngineChoice engines = new EngineChoice();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: runs/<name>-compare/)")
    Path out;

    @Option(names = "--resume", description = "Continue a killed comparison in its folder (parts checked as a"
            + " sweep's are)")
    boolean resume;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (replicas < 2 || replicas > 100_000) {
            err.println("moneymen: --replicas " + replicas + ": give 2 to 100000 (a paired interval needs two pairs)");
            return Main.BAD_INPUT;
        }
        MonthWindow window;
        try {
            LocalDate lo = date("--from", from);
            LocalDate hi = date("--to", to);
            window = lo == null && hi == null ? null : new MonthWindow(lo, hi);
        } catch (IllegalArgumentException e) {
            err.println("moneymen: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Optional<SweepEngine> found = engines.find(err);
        if (found.isEmpty()) {
            return Main.BAD_INPUT;
        }
        SweepPlan plan;
        try {
            String text = Comparison.sweepText(file, sets, against, both, replicas, seed);
            plan = SweepFiles.parse("compare " + file, text, Path.of("."), List.of());
        } catch (ScenarioException e) {
            return ScenarioOptions.report(e, err);
        }
        Path dir = out != null ? out : Path.of("runs", RunCommand.safe(plan.name()));
        stdout.printf(Locale.ROOT, "Comparing %s on %d pairs of runs (the same seeds with and without the change),"
                + " on the %s engine%n", file, replicas, engines.name());
        stdout.flush();
        try {
            Sweeps.execute(plan, found.get(), engines.options(), dir, resume,
                    new ProgressBar(err, System.console() != null), Main.stamp(spec));
            CompareTables.differences(stdout, plan);
            List<CompareTables.Row> rows = new ArrayList<>();
            for (String flow : FLOWS) {
                String output = window == null ? "totals_" + flow : flow;
                SweepAnalysis.Result means = SweepAnalysis.analyze(dir, output, window);
                PairedAnalysis.Result paired = PairedAnalysis.analyze(dir, output, null, window);
                rows.add(new CompareTables.Row(flow, means.points().get(0).mean(), means.points().get(1).mean(),
                        paired.points().get(1)));
            }
            CompareTables.totals(stdout, rows, window == null ? null : PairedTable.figure("", SweepAnalysis
                    .analyze(dir, "office39_inflow_usd", window).coverage()), replicas);
        } catch (StoreException e) {
            err.println("moneymen: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        stdout.printf("Wrote %s/ (a sweep folder: point 0 the baseline, point 1 the change). How long it lasts:%n"
                + "  ./moneymen analyze %s --paired --recovery 0.05%s%n  ./moneymen plot %s --by %s%n", dir, dir,
                from == null ? "" : " --from " + from, dir, plan.params().isEmpty() ? "" : quoted(plan.params()));
        stdout.flush();
        return 0;
    }

    private static String quoted(List<Param> params) {
        return "'" + params.get(0).path() + "'";
    }

    private static LocalDate date(String flag, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(flag + " " + text + ": expected a calendar date such as 2013-12-01");
        }
    }
}
