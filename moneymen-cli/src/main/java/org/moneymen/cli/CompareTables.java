package org.moneymen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.moneymen.experiment.sweep.Param;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.io.sweep.PairedAnalysis;

/** What {@code compare} prints: the parameters that differ, then each key total with both values and the difference. */
final class CompareTables {
    private CompareTables() {
    }

    /** One total: its name, the baseline's and the change's means, and the paired difference (change - baseline). */
    record Row(String name, double baseline, double changed, PairedAnalysis.Difference difference) {
    }

    static void differences(PrintWriter out, SweepPlan plan) {
        out.println();
        out.println("What differs (baseline -> change):");
        for (int i = 0; i < plan.params().size(); i++) {
            Param p = plan.params().get(i);
            out.printf("  %s: %s -> %s%n", p.path(), plan.points().get(0).texts().get(i),
                    plan.points().get(1).texts().get(i));
        }
    }

    static void totals(PrintWriter out, List<Row> rows, String window, int pairs) {
        out.println();
        out.printf(Locale.ROOT, "Key totals%s, mean of %d pairs; the difference is the change minus the baseline, seed"
                + " by seed, with its paired 95%% interval:%n", window == null ? " over the whole run" : window, pairs);
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows) {
            PairedAnalysis.Difference d = r.difference();
            cells.add(List.of(label(r.name()), amount(r.baseline()), amount(r.changed()), amount(d.mean()),
                    "[" + amount(d.pairedLow()) + ", " + amount(d.pairedHigh()) + "]"));
        }
        Tables.aligned(out, List.of("total", "baseline", "change", "difference", "95% interval"), cells);
        out.println();
    }

    /** A total's name with its unit. */
    static String label(String column) {
        return column.endsWith("_usd") ? column.substring(0, column.length() - 4) + " (USD)" : column + " (count)";
    }

    /** One format for every figure: whole numbers with thousands separators, one decimal below 100. */
    static String amount(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
