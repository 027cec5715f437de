package org.moneymen.model;

import org.moneymen.kernel.EventHandle;
import org.moneymen.model.config.Commodity;

/** An MOU between a company and a counterpart: value, revenue while active, and the official who made it. */
public final class Deal {
    private final int id;
    final TradeCompany company;
    final int slot;
    final Official maker;
    final Counterpart counterpart;
    final Commodity commodity;
    final double valueUsd;
    final int durationMonths;
    /** Revenue per day while active, in USD (lowered when the deal is renegotiated after a purge). */
    double dailyRevenueUsd;
    final Account account;
    /** The account its revenue is paid into: its own, or another of the company's once its own is lost. */
    Account payInto;
    DealState state = DealState.IN_APPROVAL;
    /** Whether it is suspended in a dispute after a purge: its days pass without revenue until the dispute ends. */
    boolean disputed;
    /** Day the MOU was signed. */
    int signedDay;
    /** Whether it is on the approval chain (its pending event then belongs to the chain, which frees the organ). */
    boolean inChain;
    /** Day it joined the line of its current approval step. */
    int queuedDay;
    int startDay;
    int endDay;
    int accruedUntil;
    EventHandle pending;
    int activeIndex = -1;

    Deal(int id, TradeCompany company, int slot, Official maker, Counterpart counterpart, Commodity commodity,
         double valueUsd, int durationMonths, double monthlyRevenueUsd, Account account) {
        this.id = id;
        this.company = company;
        this.slot = slot;
        this.maker = maker;
        this.counterpart = counterpart;
        this.commodity = commodity;
        this.valueUsd = valueUsd;
        this.durationMonths = durationMonths;
        this.dailyRevenueUsd = monthlyRevenueUsd * 12.0 / 365.0;
        this.account = account;
        this.payInto = account;
    }

    /** Identifier in outputs. */
    public int id() {
        return id;
    }

    /** Current state. */
    public DealState state() {
        return state;
    }

    /** The official who made it. */
    public Official maker() {
        return maker;
    }

    /** Total value, in USD. */
    public double valueUsd() {
        return valueUsd;
    }

    /** Revenue per month while active, in USD. */
    public double monthlyRevenueUsd() {
        return dailyRevenueUsd * 365.0 / 12.0;
    }
}
