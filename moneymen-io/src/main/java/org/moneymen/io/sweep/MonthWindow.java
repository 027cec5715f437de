package org.moneymen.io.sweep;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Calendar months of the series table, both ends included: every month whose first day falls from the month of
 * {@code from} to the month of {@code to}. An end left null is open (the run's first or last month).
 *
 * @param from a day in the first month, or null
 * @param to a day in the last month, or null
 */
public record MonthWindow(LocalDate from, LocalDate to) {

    /** Refuses a window that ends before it starts. */
    public MonthWindow {
        if (from != null && to != null && YearMonth.from(to).isBefore(YearMonth.from(from))) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to
                    + "; give --from on or before --to");
        }
    }

    /** The first day of the first month, or null. */
    LocalDate firstDay() {
        return from == null ? null : from.withDayOfMonth(1);
    }

    /** The first day after the last month, or null. */
    LocalDate endDay() {
        return to == null ? null : to.withDayOfMonth(1).plusMonths(1);
    }

    /** The window as the SQL condition on a series row's {@code date}. */
    String where() {
        String lo = firstDay() == null ? "TRUE" : "date >= DATE '" + firstDay() + "'";
        String hi = endDay() == null ? "TRUE" : "date < DATE '" + endDay() + "'";
        return lo + " AND " + hi;
    }

    /** The window as the user gave it: --from 2013-12-01 --to 2014-11-30. */
    public String flags() {
        return ((from == null ? "" : "--from " + from) + (to == null ? "" : " --to " + to)).trim();
    }
}
