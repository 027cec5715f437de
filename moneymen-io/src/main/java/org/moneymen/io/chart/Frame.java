package org.moneymen.io.chart;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the charts draw: the months, each time-series column (a run's values or the mean over a sweep's runs),
 * the inflow as bands, the purge dates and, for a sensitivity design, the parameter ranking.
 *
 * @param dates first day of each month
 * @param columns values per column name, in output order
 * @param bands inflow bands (a run has one band whose edges equal its line)
 * @param purges purge dates from the resolved scenario, if any
 * @param ranking parameter effects, largest first, or empty
 * @param rankingLabel what the ranking measures
 * @param groups with {@code plot --by}: each value's label and its columns' means over that value's runs, in value
 *     order (empty otherwise)
 */
record Frame(List<LocalDate> dates, LinkedHashMap<String, double[]> columns, List<Band> bands, List<LocalDate> purges,
             Map<String, Double> ranking, String rankingLabel, LinkedHashMap<String, LinkedHashMap<String, double[]>> groups) {

    /** The same frame with one group's columns, for that group's charts. */
    Frame group(String label) {
        return new Frame(dates, groups.get(label), bands, purges, ranking, rankingLabel, new LinkedHashMap<>());
    }

    /** A mean line with a lower and an upper edge. */
    record Band(String label, double[] low, double[] mid, double[] high) {
    }
}
