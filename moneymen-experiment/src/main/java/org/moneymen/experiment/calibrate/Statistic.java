package org.moneymen.experiment.calibrate;

/** How a target reduces a run to one figure. */
public enum Statistic {
    /** A series column summed over the window and divided by the window's length in years. */
    MEAN_PER_YEAR,
    /** A series column summed over the window. */
    SUM,
    /** The mean of a series column's monthly values in the window. */
    MEAN,
    /** A series column's value in the window's last month. */
    LAST,
    /** A series column's largest monthly value in the window. */
    MAX,
    /** A figure of the run's summary (summary.json, the runs table), over the whole run. */
    SUMMARY
}
