package org.moneymen.model;

import org.moneymen.model.config.Labels;


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
    MEAN_AIM(Unit.RATIO, "Mean performance ratio officials aimed for at the month's end"),
    OFFICIALS_SUMMONED(Unit.COUNT, "Officials ordered home in a purge in the month"),
    OFFICIALS_HIDING(Unit.COUNT, "Officials in hiding abroad at the month's end"),
    OFFICIALS_DEFECTED(Unit.COUNT, "Officials who defected in the month"),
    OFFICIALS_ARRESTED(Unit.COUNT, "Officials seized by arrest squads in the month"),
    OFFICIALS_RETURNED(Unit.COUNT, "Summoned officials who went home in the month"),
    OFFICIALS_FLED(Unit.COUNT, "Officials who fled with funds in the month"),
    FUNDS_TAKEN_USD(Unit.USD, "Money taken from company accounts by officials who fled in the month"),
    RECALLS_RUMOUR(Unit.COUNT, "Officials recalled in the month after an investigation (rumours, reports)"),
    RECALLS_PURGE(Unit.COUNT, "Officials removed from their posts by a purge in the month (summoned, or called home from sealed offices)"),
    RUMOURS(Unit.COUNT, "Rumours spread about successful officials in the month"),
    REPORTS(Unit.COUNT, "Reports by organs on rival organs' companies in the month"),
    INVESTIGATIONS(Unit.COUNT, "Investigations of officials in the month"),
    DEALS_REJECTED(Unit.COUNT, "Deals refused on the approval chain in the month"),
    APPROVAL_LEAD_TIME_DAYS(Unit.DAYS, "Mean days from signing to the last approval, of the deals approved in the month (empty when none)"),
    APPROVAL_QUEUE(Unit.COUNT, "Deals waiting in line at an approval organ at the month's end"),
    APPROVAL_REJECTIONS_PARTY(Unit.COUNT, "Deals refused by the Central Party in the month"),
    APPROVAL_REJECTIONS_TRADE_OFFICE(Unit.COUNT, "Deals refused by the trade office's feasibility review in the month"),
    APPROVAL_REJECTIONS_CUSTOMS(Unit.COUNT, "Deals refused by the customs office in the month"),
    APPROVAL_REJECTIONS_QUARANTINE(Unit.COUNT, "Deals refused by the central quarantine office in the month"),
    APPROVAL_REJECTIONS_PLANNING(Unit.COUNT, "Deals refused an import-export licence by the State Planning Commission in the month"),
    COUNTERPART_WILLINGNESS(Unit.RATIO, "Counterparts' mean willingness to sign new MOUs (1 = normal; falls after a purge)"),
    CENTRE_SUSPICION(Unit.RATIO, "The centre's suspicion of all officials abroad after defections (suspicion units)"),
    POSTINGS_ENDED(Unit.COUNT, "Postings that ended in the month, for any cause (a relocation moves a posting and is not counted)"),
    OFFICE39_INFLOW_USD_COAL(Unit.USD, "Office No. 39's inflow in the month that coal deals paid into the accounts"),
    OFFICE39_INFLOW_USD_MINERALS(Unit.USD, "The same from deals in other minerals"),
    OFFICE39_INFLOW_USD_SEAFOOD(Unit.USD, "The same from seafood deals"),
    OFFICE39_INFLOW_USD_TEXTILES(Unit.USD, "The same from textile deals"),
    OFFICE39_INFLOW_USD_LAND(Unit.USD, "The same from land and zone leases"),
    OFFICE39_INFLOW_USD_MACHINERY(Unit.USD, "The same from machinery deals"),
    DEALS_RENEGOTIATED(Unit.COUNT, "Running deals renegotiated at a lower margin in the month after a purge"),
    DEALS_DISPUTED(Unit.COUNT, "Running deals disputed (suspended, earning nothing) in the month after a purge"),
    DEALS_IN_DISPUTE(Unit.COUNT, "Signed or active deals suspended in a dispute at the month's end"),
    OFFICES_SEALED(Unit.COUNT, "Companies whose offices are sealed after a purge at the month's end (no post refilled, no new deal)");

    /** What a column's numbers are. */
    public enum Unit { USD, RMB, KRW, COUNT, RATIO, DAYS }

    private final Unit unit;
    private final String description;

    Column(Unit unit, String description) {
        this.unit = unit;
        this.description = description;
    }

    /** The lower-case name used in files and outputs (computed once). */
    public String label() {
        return Labels.of(this);
    }

    /** The unit of the column's values. */
    public Unit unit() {
        return unit;
    }

    /** A plain-words description. */
    public String description() {
        return description;
    }

    /** The column counting rejections at an approval step. */
    public static Column rejectionsAt(org.moneymen.model.config.ApprovalStep step) {
        return Lookup.REJECTIONS[step.ordinal()];
    }

    /** The column of Office No. 39's inflow from deals in a commodity. */
    public static Column inflowOf(org.moneymen.model.config.Commodity c) {
        return Lookup.INFLOW[c.ordinal()];
    }

    /** The column counting recalls for a cause. */
    public static Column recallsFor(RecallCause cause) {
        return Lookup.RECALLS[cause.ordinal()];
    }

    /** The columns by step and by cause, found by name once. */
    private static final class Lookup {
        static final Column[] REJECTIONS = java.util.Arrays.stream(org.moneymen.model.config.ApprovalStep.values())
                .map(s -> valueOf("APPROVAL_REJECTIONS_" + s.name())).toArray(Column[]::new);
        static final Column[] RECALLS = java.util.Arrays.stream(RecallCause.values())
                .map(c -> valueOf("RECALLS_" + c.name())).toArray(Column[]::new);
        static final Column[] INFLOW = java.util.Arrays.stream(org.moneymen.model.config.Commodity.values())
                .map(c -> valueOf("OFFICE39_INFLOW_USD_" + c.name())).toArray(Column[]::new);
    }

    /** Whether the column is a monthly flow (summed over months for totals) rather than a level. */
    public boolean isFlow() {
        return switch (this) {
            case OFFICIALS_POSTED, POSTS_VACANT, DEALS_ACTIVE, DEALS_IN_APPROVAL, ACCOUNT_BALANCES_USD,
                    MEAN_PERFORMANCE_RATIO, MEAN_AIM, OFFICIALS_HIDING, APPROVAL_LEAD_TIME_DAYS, APPROVAL_QUEUE,
                    COUNTERPART_WILLINGNESS, CENTRE_SUSPICION, DEALS_IN_DISPUTE, OFFICES_SEALED -> false;
            default -> true;
        };
    }
}
