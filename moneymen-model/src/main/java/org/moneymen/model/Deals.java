package org.moneymen.model;

import java.util.List;
import org.moneymen.kernel.Draws;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.config.CommodityMix;
import org.moneymen.model.config.DealParams;
import org.moneymen.model.config.StationDeals;

/**
 * Deal making: each month an official chooses its effort (searches for counterparts) to close the gap between
 * what its post's deals bring and what it aims for; counterparts sign more readily with officials they know.
 */
final class Deals {
    private final World world;
    private final DealParams params;
    private final Earning earning;
    private final Adaptation adaptation;
    private final double stateShare;
    private ApprovalChain chain;
    /** Expected monthly state revenue of one deal, by station kind (computed once: it is the same every month). */
    private final double[] expectedByKind;
    /** The goods traded at each station kind (share above 0), in enum order (computed once). */
    private final List<List<Commodity>> tradedByKind;

    Deals(World world, Earning earning, Adaptation adaptation) {
        this.world = world;
        this.params = world.scenario.deals();
        this.earning = earning;
        this.adaptation = adaptation;
        this.stateShare = 1 - world.scenario.earning().personalShare();
        var kinds = org.moneymen.model.config.StationKind.values();
        this.expectedByKind = new double[kinds.length];
        List<List<Commodity>> traded = new java.util.ArrayList<>();
        for (var k : kinds) {
            expectedByKind[k.ordinal()] = expectedMonthlyStateRevenue(params.at(k));
            traded.add(params.at(k).commodities().traded());
        }
        this.tradedByKind = List.copyOf(traded);
    }

    /** Connects the approval chain new deals pass. */
    void useChain(ApprovalChain approvalChain) {
        this.chain = approvalChain;
    }

    /**
     * Effort, the close's last process: each posted official sets its searches for the month that starts (none at
     * the run's last close). It reads nothing the record changes, so it shares the record's walk.
     */
    MonthProcess effort() {
        return new MonthProcess() {
            @Override
            public String name() {
                return "effort";
            }

            @Override
            public boolean joinsPreviousWalk() {
                return true;
            }

            @Override
            public boolean visitsPosts() {
                return true;
            }

            @Override
            public void visit(Official o, MonthClose close) {
                if (!close.last()) {
                    decide(o);
                }
            }
        };
    }

    /**
     * One official's monthly effort: searches to close the gap between its aim and its post's running revenue. An
     * official whose office is sealed after a purge makes none.
     */
    void decide(Official o) {
        if (o.company.sealed) {
            return;
        }
        StationDeals sd = params.at(o.company.city().kind());
        double runRate = o.company.runRateUsd[o.slot];
        double gap = adaptation.aim(o) * o.quotaUsd / 12.0 - runRate;
        if (gap <= 0) {
            return;
        }
        double expectedMonthly = expectedByKind[o.company.city().kind().ordinal()];
        double signChance = (params.signProbabilityStranger() + params.signProbabilityKnown()) / 2;
        double needed = gap / expectedMonthly / Math.max(signChance, 1e-9);
        double capacity = sd.searchesPerMonth() * o.ability;
        int searches = Draws.poisson(o.rng(Source.DEALS), Math.min(capacity, needed));
        for (int i = 0; i < searches; i++) {
            search(o, sd);
        }
    }

    /** Expected revenue for the state per month of one deal at a station. */
    double expectedMonthlyStateRevenue(StationDeals sd) {
        double meanValue = sd.valueMedianUsd() * StrictMath.exp(sd.valueSigma() * sd.valueSigma() / 2);
        double meanDuration = (sd.durationMinMonths() + sd.durationMaxMonths()) / 2.0;
        return meanValue * sd.meanMarginShare() / meanDuration * stateShare;
    }

    private void search(Official o, StationDeals sd) {
        List<Counterpart> local = o.company.city().counterparts;
        if (local.isEmpty()) {
            return;
        }
        var rng = o.rng(Source.DEALS);
        // A counterpart the official knows (weighted by relationship capital) or, as often as not, a new one.
        Counterpart c = null;
        int knownAt = -1;
        int known = o.relationOrder.size();
        if (known > 0 && rng.nextDouble() < known / (known + 1.0)) {
            knownAt = Draws.weighted(rng, o.capitals(), known);
            if (knownAt >= 0) {
                c = o.relationOrder.get(knownAt);
            }
        }
        if (c == null) {
            c = local.get(rng.nextInt(local.size()));
            knownAt = o.relationOrder.indexOf(c);
        }
        double capital = knownAt < 0 ? 0.0 : o.capitalAt(knownAt);
        double p = params.signProbabilityStranger() + (params.signProbabilityKnown() - params.signProbabilityStranger())
                * (1 - StrictMath.exp(-capital / params.relationshipScale()));
        if (Draws.chance(rng, p * world.chill.willingness(c.city(), world.now()))) {
            sign(o, c, sd);
        }
    }

    /** Signs an MOU: it passes the approval chain (or, where none applies, waits its delay), then earns monthly. */
    Deal sign(Official o, Counterpart c, StationDeals sd) {
        Deal d = make(o, c, sd);
        d.signedDay = world.now();
        world.dealsInApproval++;
        world.count(Column.DEALS_SIGNED);
        world.emit(EventType.DEAL_SIGNED, d, null, null);
        if (chain != null && chain.applies(d.company)) {
            chain.submit(d);
        } else {
            d.pending = world.scheduler.in(params.signingDelayDays(), World.P_DEAL_START, () -> start(d, world.now()));
        }
        return d;
    }

    /** A deal refused on the approval chain: it never earns. */
    void reject(Deal d, DealStop why, org.moneymen.model.config.ApprovalStep step) {
        finish(d, DealState.REJECTED);
        world.count(Column.DEALS_REJECTED);
        world.emit(EventType.DEAL_REJECTED, d, why, step);
    }

    /** A deal the network already had when the run starts: signed before the start, part-way through its life. */
    void opening(Official o, Counterpart c, StationDeals sd) {
        Deal d = make(o, c, sd);
        world.dealsInApproval++;
        var rng = o.rng(Source.DEALS);
        int monthsAgo = rng.nextInt(d.durationMonths);
        var cal = world.scheduler.calendar();
        start(d, cal.day(cal.start().minusMonths(monthsAgo)) - rng.nextInt(28));
    }

    private Deal make(Official o, Counterpart c, StationDeals sd) {
        var rng = o.rng(Source.DEALS);
        double value = Draws.lognormal(rng, sd.valueMedianUsd(), sd.valueSigma());
        int duration = Draws.uniformInt(rng, sd.durationMinMonths(), Math.max(sd.durationMinMonths(), sd.durationMaxMonths()));
        // Drawn by share: among the counterpart's goods when the official proposes within its scope, else among the
        // station's (which may fall outside the counterpart's scope and fail the feasibility review).
        CommodityMix mix = sd.commodities();
        List<Commodity> scoped = c.scopedGoods;
        Commodity commodity = !scoped.isEmpty() && Draws.chance(rng, params.scopeMatch())
                ? mix.draw(rng, scoped) : mix.draw(rng, tradedByKind.get(o.company.city().kind().ordinal()));
        TradeCompany company = o.company;
        Account account = company.nextAccount();
        if (account == null) {
            account = Staffing.openAccount(world, company);
        }
        Deal d = new Deal(world.nextDealId++, company, o.slot, o, c, commodity, value, duration,
                value * mix.at(commodity).marginShare() / duration, account);
        o.addCapital(c, 1.0);
        company.addDeal(d, stateShare);
        world.entities.deal(d);
        return d;
    }

    /** Starts a deal on a day (which may lie before the run for the network's opening deals). */
    void start(Deal d, int day) {
        if (d.state != DealState.IN_APPROVAL) {
            return;
        }
        world.dealsInApproval--;
        d.state = DealState.ACTIVE;
        d.startDay = day;
        d.accruedUntil = Math.max(day, world.now());
        var cal = world.scheduler.calendar();
        d.endDay = cal.day(cal.date(day).plusMonths(d.durationMonths));
        d.activeIndex = world.activeDeals.size();
        world.activeDeals.add(d);
        if (day == world.now()) {
            world.emit(EventType.DEAL_STARTED, d, null, null);
        }
        if (d.endDay <= world.now()) {
            d.endDay = world.now() + 1; // an opening deal always has a day left to run
        }
        d.pending = world.scheduler.at(d.endDay, World.P_DEAL_END, () -> end(d));
    }

    private void end(Deal d) {
        earning.accrue(d, d.endDay);
        finish(d, DealState.ENDED);
        world.count(Column.DEALS_ENDED);
        world.emit(EventType.DEAL_ENDED, d, null, null);
    }

    /** Ends a deal early: it earns up to today and no further. */
    void collapse(Deal d, DealStop why) {
        if (d.state != DealState.ACTIVE && d.state != DealState.IN_APPROVAL) {
            return;
        }
        earning.accrue(d, world.now());
        if (d.pending != null && !d.inChain) {
            d.pending.cancel();
        }
        // What it will not earn: the rest of its term once started, its whole term before (a disputed deal's
        // suspended days count, as its term runs on in the dispute).
        int daysLeft = d.state == DealState.ACTIVE ? Math.max(0, d.endDay - world.now())
                : (int) Math.round(d.durationMonths * 365.0 / 12.0);
        double revenueLost = d.dailyRevenueUsd * daysLeft;
        finish(d, DealState.COLLAPSED);
        world.count(Column.DEALS_COLLAPSED);
        world.emitCollapse(d, why, revenueLost);
    }

    /** A deal's revenue changed: its post's run rate follows (a disputed deal counts as bringing nothing). */
    void revalue(Deal d) {
        d.company.revalueDeal(d, d.disputed ? 0 : d.monthlyRevenueUsd(), stateShare);
    }

    /** A dispute ends: the deal earns again from today. */
    void endDispute(Deal d) {
        d.disputed = false;
        world.dealsInDispute--;
        revalue(d);
    }

    private void finish(Deal d, DealState state) {
        if (d.state == DealState.IN_APPROVAL) {
            world.dealsInApproval--;
        }
        if (d.disputed) {
            d.disputed = false; // a deal that ends or collapses in a dispute leaves it
            world.dealsInDispute--;
        }
        if (d.activeIndex >= 0) {
            int i = d.activeIndex;
            Deal last = world.activeDeals.remove(world.activeDeals.size() - 1);
            if (last != d) {
                world.activeDeals.set(i, last);
                last.activeIndex = i;
            }
            d.activeIndex = -1;
        }
        d.state = state;
        d.company.removeDeal(d, stateShare);
    }
}
