package org.moneymen.io.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.moneymen.experiment.sweep.SweepPlan;

/**
 * How long a change's effect on a monthly output lasts: for each point and replica, against the baseline point's run
 * on the same seed, the months from the start (the first month of the window, or else the first month the two runs
 * differ) until the output comes back within a share of the baseline's and stays there to the run's end. Runs that
 * never come back within the run are counted apart, not given a number.
 */
public final class RecoveryAnalysis {
    private RecoveryAnalysis() {
    }

    /**
     * One point against the baseline.
     *
     * @param point point number
     * @param values the point's parameter values as text
     * @param pairs replicas present at both points
     * @param recovered pairs that came back within the share and stayed
     * @param notWithinRun pairs still outside at the run's last month
     * @param mean mean months to recover, over the recovered pairs (NaN when none)
     * @param low lower end of its 95% interval (Student's t; NaN with fewer than two)
     * @param high upper end
     * @param median median months to recover over the recovered pairs
     * @param start the month counted from ("first difference" when no window start was given)
     */
    public record Point(int point, List<String> values, int pairs, int recovered, int notWithinRun, double mean,
                        double low, double high, double median, String start) {
    }

    /**
     * The analysis.
     *
     * @param plan the sweep
     * @param output the monthly output
     * @param share how close counts as back: |point - baseline| at most share x |baseline|
     * @param smooth months of the trailing mean both series are compared by (1: the months themselves)
     * @param baseline the baseline point
     * @param points every other point
     */
    public record Result(SweepPlan plan, String output, double share, int smooth, int baseline, List<Point> points) {
    }

    /** Months to recovery of {@code output} for each point against {@code baseline} ({@code path=value,...}). */
    public static Result analyze(Path dir, String output, String baseline, double share, LocalDate from, int smooth)
            throws StoreException, SQLException, IOException {
        if (!(share > 0) || share >= 1) {
            throw new StoreException("--recovery " + share + ": give a share between 0 and 1, such as 0.05 (back"
                    + " within 5% of the baseline)");
        }
        if (smooth < 1 || smooth > 120) {
            throw new StoreException("--smooth " + smooth + ": give 1 (the months themselves) to 120 months");
        }
        SweepPlan plan = SweepAnalysis.plan(dir);
        int base = BaselinePoint.select(plan, baseline);
        Map<Integer, double[]> series = new HashMap<>();
        Map<Integer, int[]> where = new HashMap<>();
        LocalDate[] dates;
        try (Connection c = ResultsDb.open(dir); Statement s = c.createStatement()) {
            List<String> numeric = RunValues.numericColumns(s, "series", List.of("run", "month"));
            if (!numeric.contains(output)) {
                throw new StoreException("--output " + output + ": recovery follows a column of the series table, and"
                        + " it has no numeric column '" + output + "'; its columns: " + String.join(", ", numeric));
            }
            List<LocalDate> ds = new ArrayList<>();
            ResultSet d = s.executeQuery("SELECT DISTINCT date FROM series ORDER BY date");
            while (d.next()) {
                ds.add(d.getObject(1, LocalDate.class));
            }
            dates = ds.toArray(LocalDate[]::new);
            ResultSet r = s.executeQuery("SELECT run, point, replica FROM runs");
            while (r.next()) {
                where.put(r.getInt(1), new int[] {r.getInt(2), r.getInt(3)});
            }
            ResultSet v = s.executeQuery("SELECT run, date, CAST(" + Duck.name(output) + " AS DOUBLE) FROM series"
                    + " ORDER BY run, date");
            while (v.next()) {
                double[] x = series.computeIfAbsent(v.getInt(1), k -> new double[dates.length]);
                x[Arrays.binarySearch(dates, v.getObject(2, LocalDate.class))] = v.getDouble(3);
            }
        }
        int startIndex = 0;
        if (from != null) {
            LocalDate first = from.withDayOfMonth(1);
            startIndex = Arrays.binarySearch(dates, first);
            if (startIndex < 0) {
                throw new StoreException("--from " + from + ": no month of the runs is " + RunValues.month(first)
                        + "; they cover " + RunValues.month(dates[0]) + " to " + RunValues.month(dates[dates.length - 1]));
            }
        }
        Map<Integer, Map<Integer, double[]>> byPoint = new HashMap<>();
        where.forEach((run, pr) -> {
            double[] x = series.get(run);
            if (x != null) {
                byPoint.computeIfAbsent(pr[0], k -> new HashMap<>()).put(pr[1], smoothed(x, smooth));
            }
        });
        Map<Integer, double[]> reference = byPoint.getOrDefault(base, Map.of());
        List<Point> out = new ArrayList<>();
        for (int p = 0; p < plan.points().size(); p++) {
            if (p == base) {
                continue;
            }
            List<Double> months = new ArrayList<>();
            int pairs = 0;
            int never = 0;
            for (int r = 0; r < plan.replicas(); r++) {
                double[] x = byPoint.getOrDefault(p, Map.of()).get(r);
                double[] b = reference.get(r);
                if (x == null || b == null) {
                    continue;
                }
                pairs++;
                int m = monthsToRecover(x, b, share, from == null ? -1 : startIndex);
                if (m < 0) {
                    never++;
                } else {
                    months.add((double) m);
                }
            }
            out.add(point(p, plan.points().get(p).texts(), pairs, months, never,
                    from == null ? "first difference" : RunValues.month(dates[startIndex])));
        }
        return new Result(plan, output, share, smooth, base, List.copyOf(out));
    }

    /**
     * Months from the start until {@code x} is within {@code share} of {@code b} for good: 0 when it never leaves
     * the band, -1 when it is still outside in the last month. {@code start} -1 means the first month they differ.
     */
    public static int monthsToRecover(double[] x, double[] b, double share, int start) {
        int from = start;
        if (from < 0) {
            from = 0;
            while (from < x.length && x[from] == b[from]) {
                from++;
            }
            if (from == x.length) {
                return 0; // never differ
            }
        }
        int lastOutside = -1;
        for (int t = from; t < x.length; t++) {
            if (Math.abs(x[t] - b[t]) > share * Math.abs(b[t])) {
                lastOutside = t;
            }
        }
        if (lastOutside == x.length - 1) {
            return -1;
        }
        return lastOutside < 0 ? 0 : lastOutside - from + 1;
    }

    /** The trailing mean over {@code k} months (fewer at the start). */
    static double[] smoothed(double[] x, int k) {
        if (k == 1) {
            return x;
        }
        double[] out = new double[x.length];
        double sum = 0;
        for (int t = 0; t < x.length; t++) {
            sum += x[t];
            if (t >= k) {
                sum -= x[t - k];
            }
            out[t] = sum / Math.min(t + 1, k);
        }
        return out;
    }

    private static Point point(int p, List<String> values, int pairs, List<Double> months, int never, String start) {
        int n = months.size();
        double[] m = months.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = n == 0 ? Double.NaN : Arrays.stream(m).average().orElse(Double.NaN);
        double sd = n < 2 ? Double.NaN : Math.sqrt(Arrays.stream(m).map(v -> (v - mean) * (v - mean)).sum() / (n - 1));
        double half = n < 2 ? Double.NaN : new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd
                / Math.sqrt(n);
        double median = n == 0 ? Double.NaN : n % 2 == 1 ? m[n / 2] : (m[n / 2 - 1] + m[n / 2]) / 2;
        return new Point(p, values, pairs, n, never, mean, mean - half, mean + half, median, start);
    }
}
