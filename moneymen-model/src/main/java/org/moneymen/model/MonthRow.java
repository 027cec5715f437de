package org.moneymen.model;

import java.time.LocalDate;

/**
 * One month of the time series.
 *
 * @param month 1 for the first month simulated
 * @param date the first day of the calendar month the row covers
 * @param values one value per {@link Column}, by ordinal
 */
public record MonthRow(int month, LocalDate date, double[] values) {

    /** The value of a column. */
    public double get(Column c) {
        return values[c.ordinal()];
    }
}
