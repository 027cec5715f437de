package org.moneymen.model;

import java.util.Locale;

/**
 * The monthly time-series columns after {@code month} and {@code date}, in output order. New columns are
 * appended; none is ever renamed.
 */
public enum Column {
    OFFICE39_INFLOW_USD(Unit.USD, "Money received by Office No. 39 in the month"),
    OFFICE39_INFLOW_RMB(Unit.RMB, "The same in yuan at the scenario's rate"),
    OFFICE39_INFLOW_KRW(Unit.KRW, "The same in won at the scenario's rate"),
    OFFICIALS_POSTED(Unit.COUNT, "Officials at work abroad at the month's end"),
    POSTS_VACANT(Unit.COUNT, "Posts waiting for a replacement at the month's end"),
    RECALLS_QUOTA(Unit.COUNT, "Officials recalled in the month for meeting their quota"),
    RECALLS_UNDERPERFORMANCE(Unit.COUNT, "Officials recalled in the month for falling far below quota"),
    RECALLS_TERM_END(Unit.COUNT, "Officials whose posting ended in the month without renewal"),
    RELOCATIONS(Unit.COUNT, "Successful officials moved to another city in the month"),
    PUNISHMENTS(Unit.COUNT, "Officials punished in the month for falling far below quota"),
    DEALS_SIGNED(Unit.COUNT, "MOUs signed with counterparts in the month"),
    DEALS_ACTIVE(Unit.COUNT, "Deals earning at the month's end"),
    DEALS_IN_APPROVAL(Unit.COUNT, "Signed deals waiting to start at the month's end"),
    DEALS_ENDED(Unit.COUNT, "Deals that ran their course in the month"),
    DEALS_COLLAPSED(Unit.COUNT, "Deals that collapsed in the month"),
    ACCOUNTS_LOST(Unit.COUNT, "Accounts lost in the month because no remaining official knew them"),
    ACCOUNTS_LOST_USD(Unit.USD, "Balance of the accounts lost in the month"),
    ACCOUNT_BALANCES_USD(Unit.USD, "Money held in company accounts abroad at the month's end"),
    REVENUE_USD(Unit.USD, "Revenue of all deals in the month, before anyone's share"),
    PERSONAL_SHARE_USD(Unit.USD, "Money officials kept for themselves in the month"),
    MEAN_PERFORMANCE_RATIO(Unit.RATIO, "Mean over officials posted all month of the month's earnings for the state x 12 / annual quota"),
    MEAN_AIM(Unit.RATIO, "Mean performance ratio officials aimed for at the month's end");

    /** What a column's numbers are. */
    public enum Unit { USD, RMB, KRW, COUNT, RATIO, DAYS }

    private final Unit unit;
    private final String description;

    Column(Unit unit, String description) {
        this.unit = unit;
        this.description = description;
    }

    /** The column's name in outputs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The unit of the column's values. */
    public Unit unit() {
        return unit;
    }

    /** A plain-words description. */
    public String description() {
        return description;
    }

    /** Whether the column is a monthly flow (summed over months for totals) rather than a level. */
    public boolean isFlow() {
        return switch (this) {
            case OFFICIALS_POSTED, POSTS_VACANT, DEALS_ACTIVE, DEALS_IN_APPROVAL, ACCOUNT_BALANCES_USD,
                    MEAN_PERFORMANCE_RATIO, MEAN_AIM -> false;
            default -> true;
        };
    }
}
