package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;
import org.moneymen.model.config.Commodity;

/** Where a company keeps money abroad, and who knows of it. */
public final class Account {
    private final int id;
    private final TradeCompany company;
    double balanceUsd;
    /**
     * The balance by the commodity of the deals that paid it in (indexed by {@link Commodity#ordinal()}): every
     * remittance, loss or theft takes the same share of each, so Office No. 39's inflow can be followed to its goods.
     */
    final double[] byCommodity = new double[Commodity.values().length];
    final List<Official> knownBy = new ArrayList<>();
    /** For how many officials yet to be posted to the company Pyongyang holds the details (one per orderly handover). */
    int heldForSuccessors;
    boolean lost;

    Account(int id, TradeCompany company) {
        this.id = id;
        this.company = company;
    }

    /** Pays in money earned by a deal in a commodity. */
    void credit(Commodity c, double usd) {
        balanceUsd += usd;
        byCommodity[c.ordinal()] += usd;
    }

    /**
     * Takes a share of the balance out (a remittance, a theft): the same share of each commodity's part, added to
     * {@code intoByCommodity} when it is given. Returns the amount taken.
     */
    double take(double share, double[] intoByCommodity) {
        double amount = balanceUsd * share;
        balanceUsd -= amount;
        for (int i = 0; i < byCommodity.length; i++) {
            double part = byCommodity[i] * share;
            byCommodity[i] -= part;
            if (intoByCommodity != null) {
                intoByCommodity[i] += part;
            }
        }
        return amount;
    }

    /** Empties the account (it is lost with its balance). */
    void empty() {
        balanceUsd = 0;
        java.util.Arrays.fill(byCommodity, 0);
    }

    /** Identifier in outputs. */
    public int id() {
        return id;
    }

    /** The company that owns it. */
    public TradeCompany company() {
        return company;
    }

    /** Current balance, in USD. */
    public double balanceUsd() {
        return balanceUsd;
    }

    /** The part of the balance paid in by deals in a commodity, in USD. */
    public double balanceUsd(Commodity c) {
        return byCommodity[c.ordinal()];
    }

    /** Whether it was lost because nobody who knew it remained. */
    public boolean isLost() {
        return lost;
    }
}
