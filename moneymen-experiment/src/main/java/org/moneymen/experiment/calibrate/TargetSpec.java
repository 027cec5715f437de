package org.moneymen.experiment.calibrate;

import java.time.LocalDate;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Optional;
import org.moneymen.model.param.Range;

/** One target of a calibration file: a figure of the run, the value observed, its uncertainty and its source. */
public record TargetSpec(
        @Doc("Target name, a column of the posterior table") String name,
        @Doc("A time-series column (office39_inflow_usd) or, with statistic summary, a summary figure (mean_posting_years)")
        String output,
        @Doc("mean_per_year, sum, mean, last or max over the window of a series column; summary for a summary figure")
        Statistic statistic,
        @Doc("First day of the window (its month is the first counted); default the run's start") @Optional LocalDate from,
        @Doc("Last day of the window (its month is the last counted); default the run's end") @Optional LocalDate to,
        @Doc(value = "The value observed", unit = "the output's unit") double value,
        @Doc(value = "Its uncertainty, one standard deviation: the scale of the distance and the observation error",
                unit = "the output's unit") @Range(min = 0) double sd,
        @Doc("Where the value comes from: report, outlet, date") String source) {

    /** A template for list entries. */
    public static TargetSpec defaults() {
        return new TargetSpec("", "", Statistic.SUMMARY, null, null, 0, 1, "");
    }
}
