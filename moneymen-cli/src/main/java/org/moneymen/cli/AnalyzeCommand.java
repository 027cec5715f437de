package org.moneymen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.moneymen.experiment.sweep.DesignKind;
import org.moneymen.experiment.sweep.Param;
import org.moneymen.io.sweep.StoreException;
import org.moneymen.io.sweep.SweepAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code moneymen analyze}: means and confidence intervals per point, and a parameter ranking. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Per point of a sweep: replicas, mean, sd and 95%% confidence interval (Student's t) of an"
                + " output; for a Morris design the parameters ranked by mu* (with mu and sigma), for a Latin"
                + " hypercube by the standardized regression coefficient (with Spearman's rank correlation).")
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SWEEP_DIR", description = "Sweep output folder")
    Path dir;

    @Option(names = "--output", paramLabel = "COLUMN", defaultValue = "office39_inflow_usd",
            description = "A numeric column of the runs table (default office39_inflow_usd)")
    String output;

    @Option(names = "--csv", description = "Print the per-point table as CSV")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SweepAnalysis.Result r;
        try {
            r = SweepAnalysis.analyze(dir, output);
        } catch (StoreException e) {
            spec.commandLine().getErr().println("moneymen: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        List<String> header = new ArrayList<>(List.of("point"));
        r.plan().params().stream().map(Param::column).forEach(header::add);
        header.addAll(List.of("n", "mean", "sd", "ci95_low", "ci95_high"));
        List<List<String>> rows = new ArrayList<>();
        for (SweepAnalysis.PointStats p : r.points()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p.point())));
            row.addAll(p.values());
            row.addAll(List.of(Integer.toString(p.n()), num(p.mean()), num(p.sd()), num(p.ciLow()), num(p.ciHigh())));
            rows.add(row);
        }
        if (csv) {
            Tables.csv(out, header, rows);
            out.flush();
            return 0;
        }
        out.println(output + " per point (" + r.plan().design().name().toLowerCase(Locale.ROOT) + " design, "
                + r.plan().replicas() + " replicas per point; 95% confidence interval of the mean, Student's t):");
        Tables.aligned(out, header, rows);
        if (!r.ranking().isEmpty()) {
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
                rk.add(morris ? List.of(Integer.toString(i++), e.parameter(), num(e.muStar()), num(e.mu()), num(e.sigma()))
                        : List.of(Integer.toString(i++), e.parameter(), num(e.muStar()), num(e.mu())));
            }
            Tables.aligned(out, h, rk);
        }
        out.flush();
        return 0;
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.4f", v);
    }
}
