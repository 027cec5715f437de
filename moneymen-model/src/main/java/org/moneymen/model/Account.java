package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;

/** Where a company keeps money abroad, and who knows of it. */
public final class Account {
    private final int id;
    private final TradeCompany company;
    double balanceUsd;
    final List<Official> knownBy = new ArrayList<>();
    /** Pyongyang holds the details for the next official posted to the company (after an orderly handover). */
    boolean heldForSuccessor;
    boolean lost;

    Account(int id, TradeCompany company) {
        this.id = id;
        this.company = company;
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

    /** Whether it was lost because nobody who knew it remained. */
    public boolean isLost() {
        return lost;
    }
}
