package org.moneymen.io.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.moneymen.experiment.sweep.DesignKind;
import org.moneymen.experiment.sweep.Param;
import org.moneymen.experiment.sweep.SobolIndices;
import org.moneymen.experiment.sweep.Point;
import org.moneymen.experiment.sweep.SweepFiles;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.scenario.ScenarioException;

/**
 * Statistics of one output over a sweep: mean, sd and a 95% confidence interval (Student's t) per point, and
 * for a Morris or Latin hypercube design a ranking of the parameters by their effect on the output.
 */
public final class SweepAnalysis {
    private SweepAnalysis() {
    }

    /** One point's figures; ciLow and ciHigh are NaN with fewer than two replicas. */
    public record PointStats(int point, List<String> values, int n, double mean, double sd, double ciLow, double ciHigh) {
    }

    /**
     * One parameter's effect. For Morris: muStar (mean |elementary effect|), mu, sigma. For a Latin hypercube:
     * muStar holds the standardized regression coefficient, mu the Spearman rank correlation, sigma NaN.
     */
    public record Effect(String parameter, double muStar, double mu, double sigma) {
    }

    /** The whole analysis; coverage says which months were summed when the output came from the series table. */
    public record Result(SweepPlan plan, String output, Coverage coverage, List<PointStats> points, List<Effect> ranking,
                         double r2, List<SobolIndices.Index> sobol) {
    }

    /** The plan a sweep folder was made from (its resolved sweep file beside its resolved scenario). */
    public static SweepPlan plan(Path dir) throws StoreException {
        try {
            return SweepFiles.load(dir.resolve(SweepStore.RESOLVED), List.of());
        } catch (ScenarioException e) {
            throw new StoreException(dir + " is not a readable sweep folder: " + e.getMessage());
        }
    }

    /** Analyses an output column of the runs table. */
    public static Result analyze(Path dir, String output) throws StoreException, SQLException, IOException {
        return analyze(dir, output, null);
    }

    /**
     * Analyses an output: a numeric column of the runs table when {@code window} is null, else a column of the series
     * table summed over the window's months for each run.
     */
    public static Result analyze(Path dir, String output, MonthWindow window) throws StoreException, SQLException,
            IOException {
        SweepPlan plan = plan(dir);
        List<List<Double>> ys = new ArrayList<>();
        for (int i = 0; i < plan.points().size(); i++) {
            ys.add(new ArrayList<>());
        }
        RunValues.Fetched fetched;
        try (Connection c = ResultsDb.open(dir)) {
            fetched = RunValues.fetch(c, output, window);
        }
        fetched.values().forEach(v -> ys.get(v.point()).add(v.value()));
        List<PointStats> stats = new ArrayList<>();
        for (int i = 0; i < ys.size(); i++) {
            stats.add(stats(i, plan.points().get(i).texts(), ys.get(i)));
        }
        List<Effect> ranking = List.of();
        List<SobolIndices.Index> sobol = List.of();
        double r2 = Double.NaN;
        if (plan.design() == DesignKind.MORRIS) {
            ranking = morris(plan, stats);
        } else if (plan.design() == DesignKind.SOBOL) {
            double[] y = stats.stream().mapToDouble(PointStats::mean).toArray();
            sobol = SobolIndices.estimate(plan.params().stream().map(Param::path).toList(), y);
            // The ranking (and plot's chart) is by total index: the share of the variance the parameter takes part in.
            ranking = sobol.stream().map(x -> new Effect(x.parameter(), x.st(), x.s1(), Double.NaN))
                    .sorted((a, b) -> Double.compare(b.muStar(), a.muStar())).toList();
        } else if (plan.design() == DesignKind.LATIN_HYPERCUBE && plan.params().size() > 0) {
            double[] fit = new double[1];
            ranking = regression(plan, stats, fit);
            r2 = fit[0];
        }
        return new Result(plan, output, fetched.coverage(), stats, ranking, r2, sobol);
    }

    static PointStats stats(int point, List<String> values, List<Double> y) {
        int n = y.size();
        double mean = y.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double ss = 0;
        for (double v : y) {
            ss += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double half = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n) : Double.NaN;
        return new PointStats(point, values, n, mean, sd, mean - half, mean + half);
    }

    /** Elementary effects along each trajectory, per unit of the parameter's [0, 1] range, on point means. */
    static List<Effect> morris(SweepPlan plan, List<PointStats> stats) {
        int k = plan.params().size();
        List<List<Double>> effects = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            effects.add(new ArrayList<>());
        }
        List<Point> pts = plan.points();
        for (int i = 1; i < pts.size(); i++) {
            Point a = pts.get(i - 1);
            Point b = pts.get(i);
            if (a.trajectory() != b.trajectory()) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                double du = b.unit()[j] - a.unit()[j];
                if (du != 0) {
                    effects.get(j).add((stats.get(i).mean() - stats.get(i - 1).mean()) / du);
                }
            }
        }
        List<Effect> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            List<Double> e = effects.get(j);
            double mu = e.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double muStar = e.stream().mapToDouble(Math::abs).average().orElse(Double.NaN);
            double ss = 0;
            for (double v : e) {
                ss += (v - mu) * (v - mu);
            }
            out.add(new Effect(plan.params().get(j).path(), muStar, mu, e.size() > 1 ? Math.sqrt(ss / (e.size() - 1)) : Double.NaN));
        }
        out.sort(Comparator.comparingDouble((Effect e) -> -Math.abs(e.muStar())));
        return out;
    }

    /** Standardized regression coefficients of point means on parameter values, and rank correlations. */
    static List<Effect> regression(SweepPlan plan, List<PointStats> stats, double[] r2) {
        int k = plan.params().size();
        int n = stats.size();
        double[][] x = new double[n][k];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = stats.get(i).mean();
            for (int j = 0; j < k; j++) {
                Object v = plan.points().get(i).values().get(j);
                x[i][j] = plan.params().get(j).numeric() ? ((Number) v).doubleValue() : plan.points().get(i).unit()[j];
            }
        }
        double[] ys = standardize(y);
        double[][] xs = new double[n][k];
        double[][] cols = new double[k][];
        for (int j = 0; j < k; j++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = x[i][j];
            }
            cols[j] = col;
            double[] z = standardize(col);
            for (int i = 0; i < n; i++) {
                xs[i][j] = z[i];
            }
        }
        double[] src = new double[k];
        java.util.Arrays.fill(src, Double.NaN);
        r2[0] = Double.NaN;
        if (n > k + 1) {
            try {
                OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
                ols.newSampleData(ys, xs);
                double[] beta = ols.estimateRegressionParameters();
                System.arraycopy(beta, 1, src, 0, k);
                r2[0] = ols.calculateRSquared();
            } catch (RuntimeException e) {
                // A singular design (a constant parameter) leaves the coefficients unknown; ranks still say something.
            }
        }
        List<Effect> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double rho = n > 2 ? new SpearmansCorrelation().correlation(cols[j], y) : Double.NaN;
            out.add(new Effect(plan.params().get(j).path(), src[j], rho, Double.NaN));
        }
        out.sort(Comparator.comparingDouble((Effect e) -> -(Double.isNaN(e.muStar()) ? Math.abs(e.mu()) : Math.abs(e.muStar()))));
        return out;
    }

    private static double[] standardize(double[] v) {
        double mean = java.util.Arrays.stream(v).average().orElse(0);
        double ss = 0;
        for (double d : v) {
            ss += (d - mean) * (d - mean);
        }
        double sd = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0;
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = sd > 0 ? (v[i] - mean) / sd : 0;
        }
        return out;
    }
}
