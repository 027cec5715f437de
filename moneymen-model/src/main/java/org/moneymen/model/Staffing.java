package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;
import org.moneymen.kernel.Draws;
import org.moneymen.model.config.OfficialParams;
import org.moneymen.model.config.StaffingParams;

/**
 * Postings, departures and replacements: who holds each post, what a departure does to deals and accounts
 * (relationships leave with the person), and the vacancy until a replacement arrives.
 */
final class Staffing {
    private final World world;
    private final StaffingParams params;
    private final OfficialParams officialParams;
    private final Adaptation adaptation;
    private final Deals deals;
    private final Earning earning;
    /** Posts awaiting a replacement, indexed once the network is built (see {@link #awaited()}). */
    private AwaitedPosts awaited;

    Staffing(World world, Adaptation adaptation, Deals deals, Earning earning) {
        this.world = world;
        this.params = world.scenario.staffing();
        this.officialParams = world.scenario.officials();
        this.adaptation = adaptation;
        this.deals = deals;
        this.earning = earning;
    }

    /** Makes a new official for a post of a company, with its own random streams. */
    Official recruit(TradeCompany company, int slot) {
        int id = ++world.officialsCreated;
        long key = company.nextHolderKey(slot);
        var rng = world.officialStreams[Source.ATTRIBUTES.ordinal()].stream(key);
        // Every attribute takes its draw whatever the parameters, so a what-if on one leaves the others as they were.
        double ability = Draws.lognormal(rng, 1.0, officialParams.abilitySigma());
        boolean family = rng.nextDouble() < officialParams.familyAtHomeShare();
        double risk = rng.nextDouble();
        double noise = rng.nextGaussian();
        double tie = company.patronPerson == null ? 0 : Math.max(0, Math.min(1, company.tieCloseness() + 0.2 * noise));
        Official o = new Official(id, key, world.officialStreams, ability, family, risk, tie);
        o.ceiling = adaptation.priorCeiling(company.city());
        return o;
    }

    /** Puts an official in a post, with the accounts it learns of and its term; tenure may start in the past. */
    void post(Official o, TradeCompany company, int slot, int postedDay) {
        if (awaited != null && AwaitedPosts.awaited(company, slot)) {
            awaited.set(company, slot, -1);
        }
        world.setPost(company, slot, o);
        company.arrivals[slot] = null;
        o.company = company;
        o.slot = slot;
        o.rank = slot == 0 ? Rank.HEAD : Rank.STAFF;
        o.cause = null;
        o.quotaUsd = company.quotaOf(slot);
        o.postedDay = postedDay;
        o.periodStartDay = Math.max(postedDay, world.now());
        o.periodEarnedUsd = 0;
        o.postedAllMonth = false;
        o.goodStanding = true;
        for (Account a : company.accounts) {
            boolean held = a.heldForSuccessors > 0;
            boolean knows = held || slot == 0 || Draws.chance(o.rng(Source.STAFFING), params.staffKnowsAccount());
            if (!a.lost && knows && !a.knownBy.contains(o)) {
                a.knownBy.add(o);
                o.knownAccounts.add(a);
                if (held) {
                    a.heldForSuccessors--;
                }
            }
        }
        scheduleTermEnd(o, postedDay);
        world.emitIn(EventType.POSTED, o, o.quotaUsd, company.city());
        world.entities.official(o);
    }

    private void scheduleTermEnd(Official o, int fromDay) {
        long termMonths = Math.max(1, Math.round(officialParams.termYears() * 12));
        int day = world.scheduler.calendar().day(world.scheduler.calendar().date(fromDay).plusMonths(termMonths));
        while (day < world.now()) {
            day = world.scheduler.calendar().day(world.scheduler.calendar().date(day).plusMonths(termMonths));
        }
        o.termEnd = world.scheduler.at(day, World.P_TERM_END, () -> termEnds(o));
    }

    private void termEnds(Official o) {
        if (o.status() != Status.POSTED) {
            return;
        }
        if (o.goodStanding && Draws.chance(o.rng(Source.STAFFING), officialParams.termRenewalProbability())) {
            world.emit(EventType.TERM_RENEWED, o, Double.NaN, Double.NaN, null);
            scheduleTermEnd(o, world.now());
        } else {
            recall(o, RecallCause.TERM_END, Double.NaN);
        }
    }

    /** The index of awaited posts, built from the network on first use and kept up to date after. */
    private AwaitedPosts awaited() {
        if (awaited == null) {
            awaited = new AwaitedPosts(world.companies);
        }
        return awaited;
    }

    /** Calls an official home in order: it hands over what it can, and its post falls vacant. */
    void recall(Official o, RecallCause cause, double ratio) {
        world.emit(EventType.RECALLED, o, o.periodEarnedUsd, ratio, cause);
        world.count(Column.recallsFor(cause));
        endPosting(o, Status.RECALLED, cause);
        leave(o, true);
    }

    /** A what-if removal: the holder of a post, if any, leaves it without handing over what he knows. */
    void remove(int post) {
        for (Official o : world.officials()) {
            if (o.company.postId(o.slot) == post) {
                world.emit(EventType.REMOVED, o, o.periodEarnedUsd, o.runningRatio(world.now()), null);
                endPosting(o, Status.RECALLED, null);
                leave(o, false);
                return;
            }
        }
    }

    /**
     * Ends an official's posting, the one way a posting ends: its post is emptied (its deals may collapse, a
     * replacement is sent for) and it moves to its next status; what it knows of the accounts it keeps until
     * {@link #leave}.
     */
    void endPosting(Official o, Status next, RecallCause cause) {
        world.count(Column.POSTINGS_ENDED);
        vacate(o);
        o.moveTo(next);
        o.cause = cause;
    }

    /**
     * An official whose posting has ended leaves the network's story: it stops knowing the accounts (handing each over
     * with some chance when it leaves in order) and gives back its memory.
     */
    void leave(Official o, boolean orderly) {
        releaseAccounts(o, orderly);
        o.retire();
    }

    /** Moves a successful official to a vacant post in another city; false when there is none. */
    boolean relocate(Official o) {
        AwaitedPosts awaited = awaited();
        boolean head = o.slot == 0;
        int options = awaited.countOutside(head, o.company.city());
        if (options == 0) {
            return false;
        }
        Object[] at = awaited.nthOutside(head, o.company.city(), o.rng(Source.REVIEW).nextInt(options));
        TradeCompany target = (TradeCompany) at[0];
        int slot = (Integer) at[1];
        world.emitIn(EventType.RELOCATED, o, Double.NaN, target.city());
        world.count(Column.RELOCATIONS);
        vacate(o); // still posted: it moves from one post to the other
        releaseAccounts(o, true);
        target.arrivals[slot].cancel();
        post(o, target, slot, world.now());
        return true;
    }

    /** Empties the official's post: its deals may collapse, its relationships go, a replacement is sent for. */
    private void vacate(Official o) {
        TradeCompany c = o.company;
        int slot = o.slot;
        int now = world.now();
        Deal[] postDeals = c.postDeals[slot].toArray();
        for (Deal d : postDeals) {
            earning.accrue(d, now);
        }
        world.setPost(c, slot, null);
        o.lastCity = c.city();
        if (o.termEnd != null) {
            o.termEnd.cancel();
        }
        for (Deal d : postDeals) {
            if (d.maker == o && Draws.chance(o.rng(Source.STAFFING), world.scenario.deals().collapseOnDeparture())) {
                deals.collapse(d, DealStop.MAKER_LEFT);
            }
        }
        o.clearRelations();
        scheduleReplacement(c, slot, o);
    }

    /**
     * The official stops knowing the company's accounts for the state: in an orderly departure it hands each over
     * with some chance, whoever else knows it (the details are held for the next official posted to the company,
     * so an account many know is rarely lost); an account nobody else knows and nobody holds for a successor is
     * lost with its balance.
     */
    private void releaseAccounts(Official o, boolean orderly) {
        for (Account a : o.knownAccounts) {
            a.knownBy.remove(o);
            if (a.lost) {
                continue;
            }
            if (orderly && Draws.chance(o.rng(Source.STAFFING), params.handoverProbability())) {
                a.heldForSuccessors++;
                world.emit(EventType.ACCOUNT_HANDED_OVER, a, o);
            } else if (a.knownBy.isEmpty() && a.heldForSuccessors == 0) {
                loseAccount(a, o, AccountLoss.UNKNOWN);
            }
        }
        o.knownAccounts.clear();
    }

    /**
     * A what-if: an account is frozen (designated, seized) at the end of a day, lost with its balance as when its last
     * knower leaves; its knowers stop knowing it. Nothing happens to an account already lost.
     */
    void freeze(int account) {
        for (TradeCompany c : world.companies) {
            for (Account a : c.accounts) {
                if (a.id() == account) {
                    if (a.lost) {
                        return;
                    }
                    Official last = a.knownBy.isEmpty() ? null : a.knownBy.get(a.knownBy.size() - 1);
                    for (Official o : List.copyOf(a.knownBy)) {
                        o.knownAccounts.remove(a);
                    }
                    a.knownBy.clear();
                    loseAccount(a, last, AccountLoss.FROZEN);
                    return;
                }
            }
        }
    }

    private void loseAccount(Account a, Official lastKnower, AccountLoss how) {
        a.lost = true;
        a.company().accounts.remove(a);
        world.count(Column.ACCOUNTS_LOST);
        world.add(Column.ACCOUNTS_LOST_USD, a.balanceUsd);
        world.emit(EventType.ACCOUNT_LOST, a, lastKnower, how);
        a.empty();
    }

    private void scheduleReplacement(TradeCompany c, int slot, Official leaving) {
        double delay = Draws.lognormal(leaving.rng(Source.STAFFING), params.vacancyDelayMedianDays(),
                params.vacancyDelaySigma());
        int days = (int) Math.round(delay);
        if (c.sealed) {
            days = Math.max(days, c.sealedUntil - world.now()); // nobody is sent to a sealed office
        }
        world.emitVacancy(leaving, days);
        boolean wasAwaited = AwaitedPosts.awaited(c, slot);
        c.arrivals[slot] = world.scheduler.in(days, World.P_ARRIVAL, () -> arrive(c, slot));
        if (awaited != null && !wasAwaited && !c.sealed) {
            awaited.set(c, slot, 1);
        }
    }

    /** A replacement reaches its post; one bound for a sealed office waits until it reopens. */
    private void arrive(TradeCompany c, int slot) {
        if (c.sealed) {
            c.arrivals[slot] = world.scheduler.at(Math.max(c.sealedUntil, world.now()), World.P_ARRIVAL,
                    () -> arrive(c, slot));
        } else if (c.posts[slot] == null) {
            post(recruit(c, slot), c, slot, world.now());
        }
    }

    /**
     * A purge seals a company's office until a day: its posts are not refilled (replacements on their way wait, and
     * no relocation goes there) and it makes no new deals; then it reopens and the replacements arrive.
     */
    void seal(TradeCompany c, int untilDay) {
        if (!c.sealed) {
            world.sealedOffices++;
            setSealed(c, true);
        }
        c.sealedUntil = Math.max(c.sealedUntil, untilDay);
        world.scheduler.at(untilDay, World.P_ARRIVAL, () -> {
            if (c.sealed && world.now() >= c.sealedUntil) {
                world.sealedOffices--;
                setSealed(c, false);
            }
        });
    }

    private void setSealed(TradeCompany c, boolean sealed) {
        if (awaited != null) {
            awaited.seal(c, sealed);
        } else {
            c.sealed = sealed;
        }
    }

    /** Opens a new account for a company, known to its officials on post. */
    static Account openAccount(World world, TradeCompany c) {
        Account a = new Account(world.nextAccountId++, c);
        c.accounts.add(a);
        world.entities.account(a);
        for (Official o : c.posts) {
            if (o != null) {
                a.knownBy.add(o);
                o.knownAccounts.add(a);
            }
        }
        return a;
    }
}
