package org.moneymen.model;

import org.moneymen.model.config.Commodity;
import org.moneymen.model.config.EarningParams;

/** Process 2, earning and remitting: active deals earn daily into accounts; accounts remit monthly to Office No. 39. */
final class Earning {
    private final World world;
    private final EarningParams params;

    Earning(World world) {
        this.world = world;
        this.params = world.scenario.earning();
    }

    /** Credits a deal's revenue up to a day: the post holder keeps a share, the rest goes to an account. */
    void accrue(Deal d, int day) {
        if (d.state != DealState.ACTIVE) {
            return;
        }
        int to = Math.min(day, d.endDay);
        int days = to - d.accruedUntil;
        if (days <= 0) {
            return;
        }
        d.accruedUntil = to;
        if (d.disputed) {
            return; // suspended: the days pass without revenue
        }
        double revenue = d.dailyRevenueUsd * days;
        world.add(Column.REVENUE_USD, revenue);
        Official holder = d.company.posts[d.slot];
        double personal = holder == null ? 0 : revenue * params.personalShare();
        double state = revenue - personal;
        if (holder != null) {
            holder.savingsUsd += personal;
            holder.periodEarnedUsd += state;
            holder.monthEarnedUsd += state;
            holder.earnedTotalUsd += state;
            world.add(Column.PERSONAL_SHARE_USD, personal);
        }
        accountFor(d).credit(d.commodity, state);
    }

    /** Credits every active deal up to a day. */
    void accrueAll(int day) {
        for (Deal d : world.activeDeals) {
            accrue(d, day);
        }
    }

    /** Sends each account's remit share to Office No. 39, followed by commodity from the deals that paid it in. */
    void remit() {
        double total = 0;
        double[] byCommodity = new double[Commodity.values().length];
        for (TradeCompany c : world.companies) {
            for (Account a : c.accounts) {
                if (!a.lost) {
                    total += a.take(params.remitShare(), byCommodity);
                }
            }
        }
        world.add(Column.OFFICE39_INFLOW_USD, total);
        for (Commodity g : Commodity.values()) {
            world.add(Column.inflowOf(g), byCommodity[g.ordinal()]);
        }
    }

    /** Money held in accounts not lost. */
    double balances() {
        double total = 0;
        for (TradeCompany c : world.companies) {
            for (Account a : c.accounts) {
                if (!a.lost) {
                    total += a.balanceUsd;
                }
            }
        }
        return total;
    }

    /**
     * The account a deal pays into: its own, or, once that is lost, another of the company's (a new one when all are
     * lost), kept for the deal's later revenue.
     */
    private Account accountFor(Deal d) {
        if (!d.payInto.lost) {
            return d.payInto;
        }
        Account other = d.company.nextAccount();
        d.payInto = other != null ? other : Staffing.openAccount(world, d.company);
        return d.payInto;
    }
}
