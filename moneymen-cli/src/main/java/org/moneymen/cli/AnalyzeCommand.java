package org.moneymen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.moneymen.experiment.sweep.DesignKind;
import org.moneymen.experiment.sweep.SobolIndices;
import org.moneymen.experiment.sweep.Param;
import org.moneymen.io.sweep.MonthWindow;
import org.moneymen.io.sweep.PairedAnalysis;
import org.moneymen.io.sweep.RecoveryAnalysis;
import org.moneymen.io.sweep.StoreException;
import org.moneymen.io.sweep.SweepAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moneymen analyze}: means and confidence intervals per point, a parameter ranking, or paired differences. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Per point of a sweep: replicas, mean, sd and 95%% confidence interval (Student's t) of an"
                + " output; for a Morris design the parameters ranked by mu* (with mu and sigma), for a Latin"
                + " hypercube by the standardized regression coefficient (with Spearman's rank correlation)."
                + " With --paired: each point minus a baseline point, replica by replica; with --recovery SHARE how"
                + " many months each point's output takes to come back within SHARE of the baseline's.")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP_DIR", description = "Sweep output folder")
    Path dir;

    @Option(names = "--output", paramLabel = "NAME", defaultValue = "office39_inflow_usd",
            description = "A numeric column of the runs table, a summary figure of the whole run (default"
                    + " office39_inflow_usd); with --from/--to a column of the series table")
    String output;

    @Option(names = "--csv", description = "Print the per-point table as CSV")
    boolean csv;

    @Option(names = "--paired", description = "For each point, the mean over replicas of (the point's value - the"
            + " baseline point's value in the same replica), with a paired 95%% interval (Student's t on the replica"
            + " differences), n and the sd of the differences, and the unpaired (Welch) interval beside it. Pairs share"
            + " a seed when the sweep ran with common_random_numbers (the default); otherwise a warning says so.")
    boolean paired;

    @Option(names = "--baseline", paramLabel = "PATH=VALUE,...", description = "With --paired: the point with these"
            + " parameter values, such as 'purges[0].date=2016-01-01,officials.family_at_home_share=0.85' (path or"
            + " column name); it must match exactly one point. Default: the first point.")
    String baseline;

    @Option(names = "--from", paramLabel = "DATE", description = "First calendar month of a window (the month of"
            + " DATE, such as 2013-12-01): the output is then a series column summed over the window's months for each"
            + " run. A sum: for a flow (office39_inflow_usd) the total over the window; for a stock (officials_posted)"
            + " the monthly values added up.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last calendar month of the window, included (the"
            + " month of DATE, such as 2014-11-30); either end may be left out")
    String to;

    @Option(names = "--recovery", paramLabel = "SHARE", description = "With --paired: for each point, the months"
            + " until the output (a column of the series table) comes back within SHARE of the baseline's in the same"
            + " replica (|point - baseline| <= SHARE x |baseline|, such as 0.05) and stays there, counted from --from"
            + " (or the first month the two differ), with a 95%% interval over the replicas that recover and the number"
            + " still outside at the run's end")
    Double recovery;

    @Option(names = "--smooth", paramLabel = "MONTHS", defaultValue = "1", description = "With --recovery: compare"
            + " trailing means over this many months (default 1: the months themselves)")
    int smooth;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MonthWindow window;
        try {
            window = window();
        } catch (IllegalArgumentException e) {
            err.println("moneymen: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (baseline != null && !paired) {
            err.println("moneymen: --baseline " + baseline + ": --baseline picks the point --paired compares against;"
                    + " add --paired");
            return Main.BAD_INPUT;
        }
        if (recovery != null && !paired) {
            err.println("moneymen: --recovery " + recovery + ": recovery is measured against a paired baseline; add"
                    + " --paired");
            return Main.BAD_INPUT;
        }
        try {
            if (recovery != null) {
                if (to != null) {
                    err.println("moneymen: --to " + to + ": recovery follows the runs to their end; give --from only");
                    return Main.BAD_INPUT;
                }
                RecoveryTable.print(RecoveryAnalysis.analyze(dir, output, baseline, recovery,
                        window == null ? null : window.from(), smooth), csv, out);
                return 0;
            }
            if (paired) {
                PairedTable.print(PairedAnalysis.analyze(dir, output, baseline, window), csv, out, err);
                return 0;
            }
            print(SweepAnalysis.analyze(dir, output, window), out);
            return 0;
        } catch (StoreException e) {
            err.println("moneymen: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }

    /** The window of --from and --to, or null for the runs table's figure. */
    private MonthWindow window() {
        LocalDate lo = date("--from", from);
        LocalDate hi = date("--to", to);
        return lo == null && hi == null ? null : new MonthWindow(lo, hi);
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

    private void print(SweepAnalysis.Result r, PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("point"));
        r.plan().params().stream().map(Param::column).forEach(header::add);
        header.addAll(List.of("n", "mean", "sd", "ci95_low", "ci95_high"));
        List<List<String>> rows = new ArrayList<>();
        for (SweepAnalysis.PointStats p : r.points()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p.point())));
            row.addAll(p.values());
            row.addAll(List.of(Integer.toString(p.n()), Tables.num(p.mean()), Tables.num(p.sd()), Tables.num(p.ciLow()),
                    Tables.num(p.ciHigh())));
            rows.add(row);
        }
        List<String> sobolHeader = List.of("parameter", "s1", "s1_low", "s1_high", "st", "st_low", "st_high");
        List<List<String>> sobolRows = new ArrayList<>();
        for (SobolIndices.Index x : r.sobol()) {
            sobolRows.add(List.of(x.parameter(), Tables.num(x.s1()), Tables.num(x.s1Low()), Tables.num(x.s1High()),
                    Tables.num(x.st()), Tables.num(x.stLow()), Tables.num(x.stHigh())));
        }
        if (csv) {
            // A Sobol sweep's CSV is its indices: the per-point table is a means to them.
            Tables.csv(out, r.sobol().isEmpty() ? header : sobolHeader, r.sobol().isEmpty() ? rows : sobolRows);
            out.flush();
            return;
        }
        out.println(PairedTable.figure(output, r.coverage()) + " per point (" + r.plan().design().name()
                .toLowerCase(Locale.ROOT) + " design, " + r.plan().replicas() + " replicas per point; 95% confidence"
                + " interval of the mean, Student's t):");
        Tables.aligned(out, header, rows);
        if (!r.sobol().isEmpty()) {
            out.println();
            out.println("Sobol indices of " + output + " (first order S1, Saltelli 2010; total ST, Jansen; over point"
                    + " means of " + r.plan().points().size() / (r.plan().params().size() + 2) + " samples, 95%"
                    + " bootstrap intervals):");
            Tables.aligned(out, sobolHeader, sobolRows);
        } else if (!r.ranking().isEmpty()) {
            out.println();
            boolean morris = r.plan().design() == DesignKind.MORRIS;
            out.println(morris ? "Parameters ranked by Morris mu* (mean |elementary effect| on " + output
                    + " per unit of the parameter's range, over point means):"
                    : "Parameters ranked by |standardized regression coefficient| of " + output + " on point means"
                    + (Double.isNaN(r.r2()) ? "" : String.format(Locale.ROOT, " (R^2 = %.3f)", r.r2())) + ":");
            List<String> h = morris ? List.of("rank", "parameter", "mu_star", "mu", "sigma")
                    : List.of("rank", "parameter", "src", "spearman_rho");
            List<List<String>> rk = new ArrayList<>();
            int i = 1;
            for (SweepAnalysis.Effect e : r.ranking()) {
                rk.add(morris ? List.of(Integer.toString(i++), e.parameter(), Tables.num(e.muStar()), Tables.num(e.mu()),
                        Tables.num(e.sigma()))
                        : List.of(Integer.toString(i++), e.parameter(), Tables.num(e.muStar()), Tables.num(e.mu())));
            }
            Tables.aligned(out, h, rk);
        }
        out.flush();
    }
}
