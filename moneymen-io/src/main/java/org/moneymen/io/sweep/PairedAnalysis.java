package org.moneymen.io.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.moneymen.experiment.sweep.SweepPlan;

/**
 * Each point of a sweep against a baseline point, replica by replica: the mean of (point's value - baseline's value
 * in the same replica) with a paired 95% interval (Student's t on the differences), and beside it the unpaired
 * (Welch) interval of the difference of means, so the gain from common random numbers shows.
 */
public final class PairedAnalysis {
    private PairedAnalysis() {
    }

    /**
     * One point against the baseline; intervals are NaN with fewer than two values.
     *
     * @param point point number
     * @param values the point's parameter values as text
     * @param n replicas present at both points (the pairs)
     * @param mean mean of the paired differences
     * @param sd sample standard deviation of the paired differences
     * @param pairedLow lower end of the paired 95% interval
     * @param pairedHigh upper end
     * @param welchLow lower end of the unpaired (Welch) 95% interval of the difference of the points' means
     * @param welchHigh upper end
     */
    public record Difference(int point, List<String> values, int n, double mean, double sd, double pairedLow,
                             double pairedHigh, double welchLow, double welchHigh) {
    }

    /**
     * The analysis.
     *
     * @param plan the sweep
     * @param output the figure compared
     * @param window the months summed, or null for the runs table's figure
     * @param coverage the months summed
     * @param baseline the baseline point
     * @param points every point against the baseline, in point order
     * @param pairs pairs compared over all points
     * @param unequalSeeds pairs whose two runs had different seeds (not common random numbers)
     */
    public record Result(SweepPlan plan, String output, MonthWindow window, Coverage coverage, int baseline,
                         List<Difference> points, int pairs, int unequalSeeds) {
    }

    /**
     * Compares every point of a sweep folder with its baseline point ({@code baseline}: {@code path=value,...}, or
     * null for the first point) on a figure of the runs table, or with a window on a series column summed over it.
     */
    public static Result analyze(Path dir, String output, String baseline, MonthWindow window)
            throws StoreException, SQLException, IOException {
        SweepPlan plan = SweepAnalysis.plan(dir);
        int base = BaselinePoint.select(plan, baseline);
        RunValues.Fetched fetched;
        try (Connection c = ResultsDb.open(dir)) {
            fetched = RunValues.fetch(c, output, window);
        }
        List<Map<Integer, RunValues.Value>> byPoint = new ArrayList<>();
        for (int i = 0; i < plan.points().size(); i++) {
            byPoint.add(new HashMap<>());
        }
        fetched.values().forEach(v -> byPoint.get(v.point()).put(v.replica(), v));
        Map<Integer, RunValues.Value> reference = byPoint.get(base);
        List<Difference> out = new ArrayList<>();
        int pairs = 0;
        int unequal = 0;
        for (int i = 0; i < plan.points().size(); i++) {
            List<Double> diffs = new ArrayList<>();
            for (int r = 0; r < plan.replicas(); r++) {
                RunValues.Value a = byPoint.get(i).get(r);
                RunValues.Value b = reference.get(r);
                if (a != null && b != null) {
                    diffs.add(a.value() - b.value());
                    unequal += a.seed() == b.seed() ? 0 : 1;
                }
            }
            pairs += diffs.size();
            out.add(difference(i, plan.points().get(i).texts(), diffs, values(byPoint.get(i)), values(reference)));
        }
        return new Result(plan, output, window, fetched.coverage(), base, List.copyOf(out), pairs, unequal);
    }

    private static double[] values(Map<Integer, RunValues.Value> runs) {
        return runs.values().stream().mapToDouble(RunValues.Value::value).toArray();
    }

    /** The paired statistics of the differences, and Welch's interval of the difference of the two samples' means. */
    static Difference difference(int point, List<String> values, List<Double> diffs, double[] a, double[] b) {
        int n = diffs.size();
        double[] d = diffs.stream().mapToDouble(Double::doubleValue).toArray();
        double mean = mean(d);
        double sd = Math.sqrt(variance(d));
        double half = n > 1 ? t(n - 1) * sd / Math.sqrt(n) : Double.NaN;
        double[] welch = welch(a, b);
        return new Difference(point, values, n, mean, sd, mean - half, mean + half, welch[0], welch[1]);
    }

    /** Welch's 95% interval of mean(a) - mean(b), with the Welch-Satterthwaite degrees of freedom. */
    static double[] welch(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double diff = mean(a) - mean(b);
        double va = variance(a) / a.length;
        double vb = variance(b) / b.length;
        double se = Math.sqrt(va + vb);
        if (se == 0) {
            return new double[] {diff, diff};
        }
        double df = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double half = t(df) * se;
        return new double[] {diff - half, diff + half};
    }

    /** The 97.5% quantile of Student's t: the half-width factor of a two-sided 95% interval. */
    static double t(double df) {
        return new TDistribution(df).inverseCumulativeProbability(0.975);
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return v.length == 0 ? Double.NaN : sum / v.length;
    }

    /** The sample variance (n - 1 in the denominator); NaN with fewer than two values. */
    private static double variance(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return ss / (v.length - 1);
    }
}
