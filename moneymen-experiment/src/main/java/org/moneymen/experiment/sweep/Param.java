package org.moneymen.experiment.sweep;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A swept parameter, resolved: its scenario path, its column name in the results, and how a position
 * {@code u} in [0, 1] (a Latin hypercube stratum or a Morris level) maps to a value. Values are typed (Double, Long,
 * Boolean, String, ...) and never rounded: a design value reaches the run and the runs table as it is.
 *
 * @param path scenario parameter path, as for --set
 * @param column column name in the results
 * @param values the listed values, typed as a scenario file reads them, or empty
 * @param min smallest value of a range or uniform distribution
 * @param max largest value of a range or uniform distribution
 * @param steps grid steps of a range, 0 when not given
 * @param integer whether values are whole numbers
 * @param distribution NORMAL or LOGNORMAL for those distributions, otherwise null
 * @param centre mean (normal) or median (log-normal)
 * @param spread sd (normal) or sigma (log-normal)
 */
public record Param(String path, String column, List<Object> values, double min, double max, int steps,
                    boolean integer, DistributionKind distribution, double centre, double spread)
        implements Serializable {

    private static final long serialVersionUID = 2L;

    /** The values of a grid over this parameter. */
    public List<Object> gridValues() {
        if (!values.isEmpty()) {
            return values;
        }
        int n = Math.max(1, steps);
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = integer ? (Object) Math.round(gridPoint(i, n)) : (Object) gridPoint(i, n);
        }
        return List.of(out);
    }

    /**
     * The i-th of n evenly spaced values from min to max, computed in decimal: the grid 0.8, 0.9, ... 1.7 is the
     * doubles nearest those decimals (0.9, not 0.9000000000000001), so the runs table reads as the file was written.
     */
    private double gridPoint(int i, int n) {
        if (n == 1) {
            return min;
        }
        BigDecimal lo = BigDecimal.valueOf(min);
        BigDecimal step = BigDecimal.valueOf(max).subtract(lo).multiply(BigDecimal.valueOf(i))
                .divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL128);
        return Double.parseDouble(lo.add(step).toString());
    }

    /** The value at position {@code u} in [0, 1]: a listed value, a point of the range, or a quantile. */
    public Object valueAt(double u) {
        if (!values.isEmpty()) {
            return values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size())));
        }
        if (distribution != null) {
            double z = Quantiles.normal(Math.min(1 - 1e-12, Math.max(1e-12, u)));
            return distribution == DistributionKind.NORMAL ? centre + spread * z : centre * Math.exp(spread * z);
        }
        if (integer) {
            long lo = Math.round(min);
            long hi = Math.round(max);
            return Math.min(hi, lo + (long) Math.floor(u * (hi - lo + 1)));
        }
        return min + (max - min) * u;
    }

    /** Whether every value of this parameter is a number (so its column is numeric). */
    public boolean numeric() {
        return values.stream().allMatch(v -> v instanceof Number);
    }
}
