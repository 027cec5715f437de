package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;

/** The reference for {@link PostDeals}: a plain list of the deals, and a run rate summed over it in list order. */
final class NaivePostDeals {
    private final List<Deal> deals = new ArrayList<>();

    void add(Deal d) {
        deals.add(d);
    }

    /** Removes the deal if it is there (Deal has identity equality, so this is the same deal, not an equal one). */
    void remove(Deal d) {
        deals.remove(d);
    }

    double runRateUsd(double stateShare) {
        double sum = 0;
        for (Deal d : deals) {
            sum += d.monthlyRevenueUsd() * stateShare;
        }
        return sum;
    }

    List<Deal> deals() {
        return deals;
    }
}
