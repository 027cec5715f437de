package org.moneymen.experiment.calibrate;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.moneymen.experiment.sweep.RunRecord;

/**
 * A target, resolved: the figure a run is reduced to, the value observed, its sd and its source.
 *
 * @param name target name
 * @param output series column or summary figure
 * @param statistic how the run is reduced
 * @param from first day of the window (null: the run's start)
 * @param to last day of the window (null: the run's end)
 * @param value observed value
 * @param sd its uncertainty
 * @param source where it comes from
 */
public record Target(String name, String output, Statistic statistic, LocalDate from, LocalDate to, double value,
                     double sd, String source) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The run's figure; NaN when the window holds no month of the run or the summary lacks the figure. */
    public double of(RunRecord r) {
        if (statistic == Statistic.SUMMARY) {
            Object v = r.summary().get(output);
            return v instanceof Number n ? n.doubleValue() : Double.NaN;
        }
        int col = r.columns().indexOf(output);
        if (col < 0) {
            return Double.NaN;
        }
        long lo = from == null ? Long.MIN_VALUE : from.withDayOfMonth(1).toEpochDay();
        long hi = to == null ? Long.MAX_VALUE : to.withDayOfMonth(1).toEpochDay();
        double sum = 0;
        double max = Double.NEGATIVE_INFINITY;
        double last = Double.NaN;
        int n = 0;
        for (int m = 0; m < r.months().length; m++) {
            long day = r.epochDays()[m];
            if (day < lo || day > hi) {
                continue;
            }
            double v = r.series()[m][col];
            if (Double.isNaN(v)) {
                continue;
            }
            sum += v;
            max = Math.max(max, v);
            last = v;
            n++;
        }
        if (n == 0) {
            return Double.NaN;
        }
        switch (statistic) {
            case MEAN_PER_YEAR:
                return sum / (n / 12.0);
            case SUM:
                return sum;
            case MEAN:
                return sum / n;
            case LAST:
                return last;
            default:
                return max;
        }
    }

    /** The mean of the figure over a particle's runs. */
    public double mean(List<RunRecord> runs) {
        double s = 0;
        for (RunRecord r : runs) {
            s += of(r);
        }
        return s / runs.size();
    }

    /** The target in words: "office39_inflow_usd, mean per year 2010-01-01 to 2012-12-31". */
    public String describe() {
        if (statistic == Statistic.SUMMARY) {
            return output + " (summary of the run)";
        }
        return output + ", " + statistic.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (from == null && to == null ? " over the run" : " from " + (from == null ? "the start" : from)
                + " to " + (to == null ? "the end" : to));
    }
}
