package org.moneymen.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.moneymen.model.Column;

/** Number formats of the outputs: the same value prints the same on every machine and locale. */
public final class Numbers {
    private Numbers() {
    }

    /** Money to the cent, counts as whole numbers, ratios to six decimals; NaN prints empty. */
    public static String format(Column.Unit unit, double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return switch (unit) {
            case COUNT -> Long.toString(Math.round(v));
            case USD, RMB, KRW -> fixed(v, 2);
            case RATIO -> fixed(v, 6);
            case DAYS -> fixed(v, 1);
        };
    }

    /** A value rounded half-even to a number of decimals, without exponent. */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return s.equals("-0.00") || s.matches("-0\\.0+") || s.equals("-0") ? s.substring(1) : s;
    }

    /** A value rounded half-even as a BigDecimal, for JSON. */
    public static BigDecimal decimal(double v, int decimals) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN);
        return d.signum() == 0 ? BigDecimal.ZERO.setScale(decimals) : d;
    }
}
