package org.moneymen.kernel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Maps simulation days (0 = the scenario's start date) to calendar dates and back. */
public record SimCalendar(LocalDate start) {

    public SimCalendar {
        Objects.requireNonNull(start, "start");
    }

    /** The calendar date of a simulation day. */
    public LocalDate date(int day) {
        return start.plusDays(day);
    }

    /** The simulation day of a calendar date (negative before the start). */
    public int day(LocalDate date) {
        return Math.toIntExact(ChronoUnit.DAYS.between(start, date));
    }

    /** The day on which calendar month {@code k} after the start begins (k = 0 is the start itself). */
    public int monthStart(int k) {
        return day(start.plusMonths(k));
    }
}
