package org.moneymen.experiment.sweep;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A swept parameter, resolved: its scenario path, its column name in the results, and how a position
 * {@code u} in [0, 1] (a Latin hypercube stratum or a Morris level) maps to a value.
 *
 * @param path scenario parameter path, as for --set
 * @param column column name in the results
 * @param values the listed values, or empty
 * @param min smallest value of a range or uniform distribution
 * @param max largest value of a range or uniform distribution
 * @param steps grid steps of a range, 0 when not given
 * @param integer whether values are whole numbers
 * @param distribution NORMAL or LOGNORMAL for those distributions, otherwise null
 * @param centre mean (normal) or median (log-normal)
 * @param spread sd (normal) or sigma (log-normal)
 */
public record Param(String path, String column, List<String> values, double min, double max, int steps,
                    boolean integer, DistributionKind distribution, double centre, double spread)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The values of a grid over this parameter. */
    public List<String> gridValues() {
        if (!values.isEmpty()) {
            return values;
        }
        int n = Math.max(1, steps);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            double v = n == 1 ? min : min + (max - min) * i / (n - 1);
            out[i] = integer ? Long.toString(Math.round(v)) : text(v);
        }
        return List.of(out);
    }

    /** The value at position {@code u} in [0, 1]: a listed value, a point of the range, or a quantile. */
    public String valueAt(double u) {
        if (!values.isEmpty()) {
            return values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size())));
        }
        if (distribution != null) {
            double z = Quantiles.normal(Math.min(1 - 1e-12, Math.max(1e-12, u)));
            double v = distribution == DistributionKind.NORMAL ? centre + spread * z : centre * Math.exp(spread * z);
            return text(v);
        }
        if (integer) {
            long lo = Math.round(min);
            long hi = Math.round(max);
            return Long.toString(Math.min(hi, lo + (long) Math.floor(u * (hi - lo + 1))));
        }
        return text(min + (max - min) * u);
    }

    /** Whether every value of this parameter is a number (so its column is numeric). */
    public boolean numeric() {
        for (String v : values) {
            try {
                Double.parseDouble(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** A number as scenario text: six significant digits, no exponent. */
    static String text(double v) {
        if (v == 0) {
            return "0";
        }
        String s = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
