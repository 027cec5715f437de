package org.moneymen.io.sweep;

import java.time.LocalDate;

/**
 * The months a per-run figure covers: none for the runs table's figure (the whole run), else the window's months.
 *
 * @param first first month summed, or null for the runs table's figure
 * @param last last month summed, or null
 * @param months months summed per run (the most any run has), 0 for the runs table's figure
 * @param uneven whether some runs have fewer months in the window than others (a sweep over start or months)
 */
public record Coverage(LocalDate first, LocalDate last, int months, boolean uneven) {

    /** The runs table's figure: the whole run. */
    static final Coverage WHOLE_RUN = new Coverage(null, null, 0, false);
}
