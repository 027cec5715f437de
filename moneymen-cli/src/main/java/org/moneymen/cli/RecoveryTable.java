package org.moneymen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.moneymen.experiment.sweep.Param;
import org.moneymen.io.sweep.RecoveryAnalysis;

/** Prints {@code analyze --paired --recovery}: months until each point's output is back by the baseline's. */
final class RecoveryTable {
    private RecoveryTable() {
    }

    static void print(RecoveryAnalysis.Result r, boolean csv, PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("point"));
        r.plan().params().stream().map(Param::column).forEach(header::add);
        header.addAll(List.of("pairs", "recovered", "not_within_run", "months_mean", "months_low", "months_high",
                "months_median", "counted_from"));
        List<List<String>> rows = new ArrayList<>();
        for (RecoveryAnalysis.Point p : r.points()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p.point())));
            row.addAll(p.values());
            row.addAll(List.of(Integer.toString(p.pairs()), Integer.toString(p.recovered()),
                    Integer.toString(p.notWithinRun()), months(p.mean()), months(p.low()), months(p.high()),
                    months(p.median()), p.start()));
            rows.add(row);
        }
        if (csv) {
            Tables.csv(out, header, rows);
            out.flush();
            return;
        }
        out.printf(Locale.ROOT, "Months until %s is back within %s%% of the baseline point %d's in the same replica,"
                        + " and stays there%s. The mean and its 95%% interval (Student's t) are over the replicas that"
                        + " come back; not_within_run counts those still outside in the run's last month:%n",
                r.output(), new java.math.BigDecimal(Double.toString(100 * r.share())).stripTrailingZeros()
                        .toPlainString(), r.baseline(), r.smooth() == 1 ? "" : " (trailing means over " + r.smooth()
                        + " months)");
        Tables.aligned(out, header, rows);
        out.flush();
    }

    private static String months(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f", v);
    }
}
