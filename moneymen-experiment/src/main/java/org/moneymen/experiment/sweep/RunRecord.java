package org.moneymen.experiment.sweep;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * What a sweep keeps of one run: where it sits, its seed and parameter values, its summary figures and its
 * monthly series. Plain serializable values, so any engine can ship it back to the one writer.
 *
 * @param run run id
 * @param point point number
 * @param replica replica number
 * @param seed the run's root seed
 * @param values typed parameter values (see {@link Point#values()}), in parameter order
 * @param summary summary figures by name (Long, Double or String), in summary order
 * @param columns time-series column names, in output order
 * @param months month numbers
 * @param epochDays each month's first day, as days since 1970-01-01
 * @param series one row of column values per month
 */
public record RunRecord(int run, int point, int replica, long seed, List<Object> values,
                        LinkedHashMap<String, Object> summary, List<String> columns, int[] months, int[] epochDays,
                        double[][] series) implements Serializable {
    private static final long serialVersionUID = 2L;
}
