package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;

/** Where a company keeps money abroad, and who knows of it. */
public final class Account {
    private final int id;
    private final TradeCompany company;
    double balanceUsd;
    final List<Official> knownBy = new ArrayList<>();
    /** For how many officials yet to be posted to the company Pyongyang holds the details (one per orderly handover). */
    int heldForSuccessors;
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
