package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;
import org.moneymen.kernel.RandomStreams;
import org.moneymen.kernel.Scheduler;
import org.moneymen.model.config.ApprovalStep;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.config.Scenario;

/** The state of one run: entities, clock, random streams, the event log and this month's counters. */
public final class World {
    /** Priorities within a day: lower runs first. */
    static final int P_ARRIVAL = 1;
    static final int P_DEAL_START = 2;
    static final int P_DEAL_END = 3;
    static final int P_TERM_END = 4;
    static final int P_APPROVAL = 5;
    static final int P_PURGE = 6;
    /** What-if removals and observations come last in their day, after everything else. */
    static final int P_REMOVAL = 7;
    /** The month's close runs first on the first day of the next month, so each row covers exactly its month. */
    static final int P_MONTH = 0;

    final Scenario scenario;
    final Scheduler scheduler;
    final RandomStreams streams;
    final EventSink sink;
    final List<Organ> organs = new ArrayList<>();
    final List<Patron> patrons = new ArrayList<>();
    final List<City> cities = new ArrayList<>();
    final List<TradeCompany> companies = new ArrayList<>();
    /** Officials ever created (ids run from 1); retired officials are not kept, so long runs stay in memory. */
    int officialsCreated;
    final List<Counterpart> counterparts = new ArrayList<>();
    final List<Deal> activeDeals = new ArrayList<>();
    final java.util.Map<String, Organ> organsById = new java.util.HashMap<>();
    final InvestmentChill chill = new InvestmentChill();
    /** The officials' stream families, by {@link Source}. */
    final RandomStreams.Family[] officialStreams;
    /** The network's entities as they are created (written out from the recorded period's start). */
    final NetworkLog entities;
    int dealsInApproval;
    /** Running deals (signed or active) suspended in a dispute after a purge. */
    int dealsInDispute;
    /** Companies whose offices are sealed now (kept by {@link Staffing#seal}). */
    int sealedOffices;
    /** Officials in post now (kept by {@link #setPost}). */
    int postedCount;
    /** Posts of all companies, filled or not (fixed once the network is built). */
    int postCount;
    int nextDealId = 1;
    int nextAccountId = 1;
    final double[] month = new double[Column.values().length];

    /** Day (of the scheduler, which starts with the warm-up) of the scenario's start: the first recorded day. */
    final int recordStartDay;
    /** Whether the month's close is judging the month that ended (its events are dated that month's last day). */
    boolean judgingMonth;
    /** Whether anyone listens to the event log (sweeps and benchmarks do not: no event is then built). */
    final boolean logging;

    World(Scenario scenario, EventSink sink, EntitySink entitySink) {
        this.scenario = scenario;
        this.scheduler = new Scheduler(scenario.warmupStart());
        this.streams = new RandomStreams(scenario.seed());
        this.officialStreams = new RandomStreams.Family[Source.ALL.length];
        for (Source s : Source.ALL) {
            officialStreams[s.ordinal()] = streams.family(s.streamName);
        }
        this.entities = new NetworkLog(this, entitySink, sink != EventSink.NONE);
        this.recordStartDay = scheduler.calendar().day(scenario.start());
        this.logging = sink != EventSink.NONE;
        int offset = recordStartDay;
        // Events of the warm-up are not logged; logged days count from the scenario's start.
        this.sink = offset == 0 ? sink : e -> {
            if (e.day() >= offset) {
                sink.accept(e.onDay(e.day() - offset));
            }
        };
    }

    /** The scenario being run. */
    public Scenario scenario() {
        return scenario;
    }

    /** Officials created in the run, warm-up included (ids run from 1 to this). */
    public int officialsCreated() {
        return officialsCreated;
    }

    /** The officials in post now, company by company, head first. */
    public List<Official> officials() {
        return List.of(postedOfficials());
    }

    /** Every company, by id - 1. */
    public List<TradeCompany> companies() {
        return List.copyOf(companies);
    }

    /** The organ with an id (the scenario's checks guarantee it exists). */
    Organ organ(String id) {
        Organ o = organsById.get(id);
        if (o == null) {
            throw new IllegalArgumentException("no organ " + id);
        }
        return o;
    }

    /** The patron person with an id. */
    Patron patron(String id) {
        for (Patron p : patrons) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no patron " + id);
    }

    java.time.LocalDate today() {
        return scheduler.today();
    }

    int now() {
        return scheduler.now();
    }

    void count(Column c) {
        month[c.ordinal()]++;
    }

    void add(Column c, double amount) {
        month[c.ordinal()] += amount;
    }

    /**
     * The day events are dated: today, except during the part of a month's close that judges the month (it runs
     * first thing on the next month's first day, and its events belong to the month it closes: its last day).
     */
    private int eventDay() {
        return judgingMonth ? now() - 1 : now();
    }

    private void send(int official, int company, EventType type, int counterpart, int deal, int account, int other,
                      double usd, double ratio, EventCause cause, ApprovalStep step, int city, String organ,
                      Boolean family, Commodity commodity, int days, String detail) {
        sink.accept(new ModelEvent(eventDay(), type, official, company, counterpart, deal, account, other, usd, ratio,
                cause, step, city, organ, family, commodity, days, detail));
    }

    /** Logs an event about an official (and its company), with an amount, a ratio and a cause where they apply. */
    void emit(EventType type, Official o, double usd, double ratio, EventCause cause) {
        if (logging) {
            send(o.id(), o.company.id(), type, -1, -1, -1, -1, usd, ratio, cause, null, -1, null, null, null, -1, null);
        }
    }

    /** Logs an event that puts an official in a city (posted, moved, hiding). */
    void emitIn(EventType type, Official o, double usd, City city) {
        if (logging) {
            send(o.id(), o.company.id(), type, -1, -1, -1, -1, usd, Double.NaN, null, null, city.id(), null, null,
                    null, -1, null);
        }
    }

    /** Logs a summons or a return, with whether the official's family is held at home. */
    void emitFamily(EventType type, Official o, double ratio) {
        if (logging) {
            send(o.id(), o.company.id(), type, -1, -1, -1, -1, Double.NaN, ratio, null, null, -1, null,
                    o.familyAtHome, null, -1, null);
        }
    }

    /** Logs a vacancy: the days until a replacement arrives. */
    void emitVacancy(Official leaving, int days) {
        if (logging) {
            send(leaving.id(), leaving.company.id(), EventType.VACANCY, -1, -1, -1, -1, Double.NaN, Double.NaN, null,
                    null, -1, null, null, null, days, null);
        }
    }

    /** Logs an event about a deal, with why it stopped and the approval step where they apply. */
    void emit(EventType type, Deal d, EventCause cause, ApprovalStep step) {
        if (logging) {
            send(d.maker.id(), d.company.id(), type, d.counterpart.id(), d.id(), d.account == null ? -1
                    : d.account.id(), -1, d.valueUsd, Double.NaN, cause, step, -1, null, null,
                    type == EventType.DEAL_SIGNED ? d.commodity : null, -1, null);
        }
    }

    /** Logs a re-examination of a deal after a purge, with its goods and (for a dispute) the days it is suspended. */
    void emitReexamined(EventType type, Deal d, int days) {
        if (logging) {
            send(d.maker.id(), d.company.id(), type, d.counterpart.id(), d.id(), d.account == null ? -1
                    : d.account.id(), -1, d.valueUsd, Double.NaN, null, null, -1, null, null, d.commodity, days, null);
        }
    }

    /** Logs an event about an account. */
    void emit(EventType type, Account a, Official o) {
        emit(type, a, o, null);
    }

    /** Logs an event of an account with its balance, the official who knew it and, for a loss, how it was lost. */
    void emit(EventType type, Account a, Official o, AccountLoss how) {
        if (logging) {
            send(o == null ? -1 : o.id(), a.company().id(), type, -1, -1, a.id(), -1, a.balanceUsd, Double.NaN, how,
                    null, -1, null, null, null, -1, null);
        }
    }

    /** Logs a deal's collapse: usd is the revenue it will no longer earn (the rest of its term, all of it if unstarted). */
    void emitCollapse(Deal d, DealStop why, double revenueLostUsd) {
        if (logging) {
            send(d.maker.id(), d.company.id(), EventType.DEAL_COLLAPSED, d.counterpart.id(), d.id(), d.account == null
                    ? -1 : d.account.id(), -1, revenueLostUsd, Double.NaN, why, null, -1, null, null, null, -1, null);
        }
    }

    /** Logs a rumour: about {@code target}, spread by {@code source}. */
    void emitRumour(Official target, Official source) {
        if (logging) {
            send(target.id(), target.company.id(), EventType.RUMOUR, -1, -1, -1, source.id(), Double.NaN, Double.NaN,
                    null, null, -1, null, null, null, -1, null);
        }
    }

    /** Logs an event naming an organ: a report on a company's head, a company passing to a new patron. */
    void emitOrgan(EventType type, Official head, TradeCompany c, Organ organ) {
        if (logging) {
            send(head == null ? -1 : head.id(), c.id(), type, -1, -1, -1, -1, Double.NaN, Double.NaN, null, null, -1,
                    organ.id(), null, null, -1, null);
        }
    }

    /** Logs an event about no one in particular (a purge, a shock, a squad's arrival in a city). */
    void emitGlobal(EventType type, City city, String detail) {
        if (logging) {
            send(-1, -1, type, -1, -1, -1, -1, Double.NaN, Double.NaN, null, null, city == null ? -1 : city.id(),
                    null, null, null, -1, detail);
        }
    }

    /** Posted officials, company by company, head first: the fixed order every process iterates in. */
    Official[] postedOfficials() {
        Official[] out = new Official[postedCount];
        int n = 0;
        for (TradeCompany c : companies) {
            for (Official o : c.posts) {
                if (o != null) {
                    out[n++] = o;
                }
            }
        }
        return out;
    }

    /** Puts an official in a post, or empties it (null), keeping the count of posted officials. */
    void setPost(TradeCompany c, int slot, Official o) {
        if (c.posts[slot] == null) {
            postedCount += o == null ? 0 : 1;
        } else if (o == null) {
            postedCount--;
        }
        c.posts[slot] = o;
    }
}
