package org.moneymen.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.moneymen.experiment.sweep.Param;
import org.moneymen.io.sweep.Coverage;
import org.moneymen.io.sweep.MonthWindow;
import org.moneymen.io.sweep.PairedAnalysis;

/** Prints {@code analyze --paired}: each point against the baseline, paired and unpaired intervals side by side. */
final class PairedTable {
    private PairedTable() {
    }

    /** What the figure is: the runs table's column, or a series column summed over months. */
    static String figure(String output, Coverage c) {
        if (c.first() == null) {
            return output;
        }
        return output + " summed over the " + c.months() + " months " + month(c.first()) + " to " + month(c.last());
    }

    static void print(PairedAnalysis.Result r, boolean csv, PrintWriter out, PrintWriter err) {
        warnings(r, err);
        List<String> header = new ArrayList<>(List.of("point"));
        r.plan().params().stream().map(Param::column).forEach(header::add);
        header.addAll(List.of("n", "mean_diff", "sd_diff", "paired_low", "paired_high", "welch_low", "welch_high"));
        List<List<String>> rows = new ArrayList<>();
        for (PairedAnalysis.Difference d : r.points()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(d.point())));
            row.addAll(d.values());
            row.addAll(List.of(Integer.toString(d.n()), Tables.num(d.mean()), Tables.num(d.sd()),
                    Tables.num(d.pairedLow()), Tables.num(d.pairedHigh()), Tables.num(d.welchLow()),
                    Tables.num(d.welchHigh())));
            rows.add(row);
        }
        if (csv) {
            Tables.csv(out, header, rows);
            out.flush();
            return;
        }
        List<String> base = new ArrayList<>();
        for (int i = 0; i < r.plan().params().size(); i++) {
            base.add(r.plan().params().get(i).path() + "=" + r.points().get(r.baseline()).values().get(i));
        }
        out.println(figure(r.output(), r.coverage()) + ", each point minus the baseline point " + r.baseline()
                + (base.isEmpty() ? "" : " (" + String.join(", ", base) + ")") + " in the same replica. 95% intervals:"
                + " paired (Student's t on the replica differences) and unpaired (Welch, the points' runs taken as"
                + " independent):");
        Tables.aligned(out, header, rows);
        double paired = medianWidth(r, true);
        double welch = medianWidth(r, false);
        if (!Double.isNaN(paired) && !Double.isNaN(welch)) {
            out.printf(Locale.ROOT, "Median interval width over the other points: paired %s, unpaired (Welch) %s%s%n",
                    Tables.num(paired), Tables.num(welch), welch > 0
                            ? String.format(Locale.ROOT, " (the paired interval is %.2f times as wide)", paired / welch) : "");
        }
        out.flush();
    }

    private static void warnings(PairedAnalysis.Result r, PrintWriter err) {
        if (r.unequalSeeds() > 0) {
            err.println("moneymen: warning: " + r.unequalSeeds() + " of " + r.pairs() + " pairs have different seeds"
                    + (r.plan().commonRandomNumbers() ? "" : " (the sweep ran with common_random_numbers: false)")
                    + ", so the runs are not common-random-number pairs: pairing by replica is valid but gains nothing"
                    + " over the unpaired interval");
        }
        Coverage c = r.coverage();
        MonthWindow w = r.window();
        if (c.uneven()) {
            err.println("moneymen: warning: runs have different numbers of months in the window (the sweep varies"
                    + " start or months), so their sums cover different spans");
        }
        if (w != null && c.first() != null && ((w.from() != null && month(w.from()).compareTo(month(c.first())) < 0)
                || (w.to() != null && month(w.to()).compareTo(month(c.last())) > 0))) {
            err.println("moneymen: note: the runs cover only " + month(c.first()) + " to " + month(c.last())
                    + " of the window " + w.flags());
        }
        err.flush();
    }

    /** The median width of the paired or the Welch intervals, leaving out the baseline (it is compared with itself). */
    private static double medianWidth(PairedAnalysis.Result r, boolean paired) {
        double[] w = r.points().stream().filter(d -> d.point() != r.baseline())
                .mapToDouble(d -> paired ? d.pairedHigh() - d.pairedLow() : d.welchHigh() - d.welchLow())
                .filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (w.length == 0) {
            return Double.NaN;
        }
        return w.length % 2 == 1 ? w[w.length / 2] : (w[w.length / 2 - 1] + w[w.length / 2]) / 2;
    }

    private static String month(LocalDate d) {
        return d.toString().substring(0, 7);
    }
}
