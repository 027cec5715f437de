package org.moneymen.io.sweep;

import java.util.List;

/**
 * The key totals a comparison shows, in order, wherever it is shown ({@code moneymen compare}'s table, the
 * dashboard's what-ifs and comparisons): money to Office No. 39, deals signed and collapsed, accounts lost, people
 * summoned, defected, fled and arrested, and funds taken. Each is a monthly flow of the series, so it can be summed
 * over any window.
 */
public final class KeyTotals {
    /** The series columns, in the order shown. */
    public static final List<String> FLOWS = List.of("office39_inflow_usd", "deals_signed", "deals_collapsed",
            "accounts_lost_usd", "officials_summoned", "officials_defected", "officials_fled", "officials_arrested",
            "funds_taken_usd");

    private KeyTotals() {
    }
}
