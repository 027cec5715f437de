package org.moneymen.io.story;

import java.util.Locale;

/** Money and ratios as the stories print them: {@code USD 1,234,567}, {@code 1.23}. */
public final class Usd {
    private Usd() {
    }

    /** An amount labelled USD, rounded to the dollar, with thousands separators. */
    public static String format(double usd) {
        return "USD " + amount(usd);
    }

    /** An amount rounded to the dollar with thousands separators, no label. */
    public static String amount(double usd) {
        if (Double.isNaN(usd) || Double.isInfinite(usd)) {
            return "?";
        }
        long v = Math.round(usd);
        return String.format(Locale.ROOT, "%,d", v == 0 ? 0 : v);
    }

    /** A ratio to two decimals. */
    public static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f", r);
    }
}
