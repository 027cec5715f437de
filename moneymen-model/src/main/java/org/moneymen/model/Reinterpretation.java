package org.moneymen.model;

import java.util.EnumSet;
import java.util.Set;
import org.moneymen.kernel.Draws;
import org.moneymen.kernel.RandomStreams;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.config.PurgeSpec;
import org.moneymen.model.config.ReinterpretParams;

/**
 * Process 6, reinterpretation of existing deals after a purge: the denunciation of the fallen patron's deals scares
 * cadres across the network into re-examining running deals in his lines of business (seed 002: "scare cadres into
 * reinterpreting existing ones, causing more conflicts with investors"). Each deal reached is kept, renegotiated at
 * a lower margin, disputed (earns nothing for some months, then resumes or collapses) or cancelled.
 *
 * <p>Each deal draws from its own stream, keyed by the purge and the deal, so the mechanism switched off draws
 * nothing and leaves every other stream as it was, and two what-ifs re-examine the same deal alike.
 */
final class Reinterpretation {
    /** What a re-examination decides. */
    private enum Outcome { KEEP, RENEGOTIATE, DISPUTE, CANCEL }

    private final World world;
    private final Deals deals;
    private final Earning earning;
    private final RandomStreams.Family streams;

    Reinterpretation(World world, Deals deals, Earning earning) {
        this.world = world;
        this.deals = deals;
        this.earning = earning;
        this.streams = world.streams.family("deal.reinterpretation");
    }

    /**
     * On the purge's day: every running deal (signed or active) in the purge's lines of business is reached with
     * its chance (higher in the fallen patron's companies) and its re-examination scheduled within the window.
     */
    void start(PurgeSpec spec, int purgeIndex, Set<TradeCompany> fallen) {
        ReinterpretParams p = spec.reinterpretation();
        if (!p.on() || p.commodities().isEmpty()) {
            return;
        }
        EnumSet<Commodity> lines = EnumSet.copyOf(p.commodities());
        for (TradeCompany c : world.companies) {
            double reach = fallen.contains(c) ? p.reachPurged() : p.reach();
            if (reach <= 0) {
                continue;
            }
            for (PostDeals post : c.postDeals) {
                for (Deal d : post.toArray()) {
                    if (lines.contains(d.commodity) && running(d)) {
                        examine(d, reach, p, (long) purgeIndex << 32 | d.id());
                    }
                }
            }
        }
    }

    /** Draws everything about one deal's re-examination at once (a fixed number of draws), then schedules it. */
    private void examine(Deal d, double reach, ReinterpretParams p, long key) {
        var rng = streams.stream(key);
        boolean reached = Draws.chance(rng, reach);
        double u = rng.nextDouble();
        int delay = rng.nextInt(p.windowDays());
        int months = Draws.uniformInt(rng, p.disputeMinMonths(), Math.max(p.disputeMinMonths(), p.disputeMaxMonths()));
        boolean collapses = Draws.chance(rng, p.disputeCollapseProbability());
        Outcome outcome = outcome(u, p);
        if (!reached || outcome == Outcome.KEEP) {
            return;
        }
        world.scheduler.in(delay, World.P_PURGE, () -> act(d, outcome, p, months, collapses));
    }

    private static Outcome outcome(double u, ReinterpretParams p) {
        if (u < p.renegotiateProbability()) {
            return Outcome.RENEGOTIATE;
        }
        if (u < p.renegotiateProbability() + p.disputeProbability()) {
            return Outcome.DISPUTE;
        }
        if (u < p.renegotiateProbability() + p.disputeProbability() + p.cancelProbability()) {
            return Outcome.CANCEL;
        }
        return Outcome.KEEP;
    }

    private static boolean running(Deal d) {
        return (d.state == DealState.ACTIVE || d.state == DealState.IN_APPROVAL) && !d.disputed;
    }

    /** The re-examination, if the deal still runs (it may have ended, collapsed or been refused meanwhile). */
    private void act(Deal d, Outcome outcome, ReinterpretParams p, int months, boolean collapses) {
        if (!running(d)) {
            return;
        }
        switch (outcome) {
            case RENEGOTIATE -> {
                earning.accrue(d, world.now());
                d.dailyRevenueUsd *= 1 - p.renegotiateCut();
                deals.revalue(d);
                world.count(Column.DEALS_RENEGOTIATED);
                world.emitReexamined(EventType.DEAL_RENEGOTIATED, d, -1);
            }
            case DISPUTE -> dispute(d, months, collapses);
            case CANCEL -> deals.collapse(d, DealStop.REINTERPRETED);
            default -> {
            }
        }
    }

    /** The deal is suspended for some months: it earns nothing, its end day stays; then it resumes or collapses. */
    private void dispute(Deal d, int months, boolean collapses) {
        earning.accrue(d, world.now());
        d.disputed = true;
        world.dealsInDispute++;
        deals.revalue(d);
        var cal = world.scheduler.calendar();
        int until = Math.max(world.now() + 1, cal.day(world.today().plusMonths(months)));
        world.count(Column.DEALS_DISPUTED);
        world.emitReexamined(EventType.DEAL_DISPUTED, d, until - world.now());
        world.scheduler.at(until, World.P_PURGE, () -> settle(d, collapses));
    }

    /** The dispute ends (unless the deal ended or collapsed meanwhile, which ends the dispute too). */
    private void settle(Deal d, boolean collapses) {
        if (!d.disputed) {
            return;
        }
        earning.accrue(d, world.now());
        deals.endDispute(d);
        if (collapses) {
            deals.collapse(d, DealStop.DISPUTE_UNRESOLVED);
        } else {
            world.emitReexamined(EventType.DEAL_RESUMED, d, -1);
        }
    }
}
