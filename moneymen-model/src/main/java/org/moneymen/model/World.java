package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;
import org.moneymen.kernel.RandomStreams;
import org.moneymen.kernel.Scheduler;
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
    int dealsInApproval;
    /** Officials in post now (kept by {@link #setPost}). */
    int postedCount;
    /** Posts of all companies, filled or not (fixed once the network is built). */
    int postCount;
    int nextDealId = 1;
    int nextAccountId = 1;
    final double[] month = new double[Column.values().length];

    /** Day (of the scheduler, which starts with the warm-up) of the scenario's start: the first recorded day. */
    final int recordStartDay;
    /** Whether anyone listens to the event log (sweeps and benchmarks do not: no event is then built). */
    final boolean logging;

    World(Scenario scenario, EventSink sink) {
        this.scenario = scenario;
        this.scheduler = new Scheduler(scenario.warmupStart());
        this.streams = new RandomStreams(scenario.seed());
        this.recordStartDay = scheduler.calendar().day(scenario.start());
        this.logging = sink != EventSink.NONE;
        int offset = recordStartDay;
        // Events of the warm-up are not logged; logged days count from the scenario's start.
        this.sink = offset == 0 ? sink : e -> {
            if (e.day() >= offset) {
                sink.accept(new ModelEvent(e.day() - offset, e.type(), e.official(), e.company(), e.counterpart(),
                        e.deal(), e.account(), e.usd(), e.ratio(), e.detail(), e.other()));
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

    /** Logs an event about an official (and its company). */
    void emit(EventType type, Official o, double usd, double ratio, String detail) {
        if (!logging) {
            return;
        }
        sink.accept(new ModelEvent(now(), type, o.id(), o.company.id(), -1, -1, -1, usd, ratio, detail, -1));
    }

    /** Logs an event about a deal. */
    void emit(EventType type, Deal d, String detail) {
        if (!logging) {
            return;
        }
        sink.accept(new ModelEvent(now(), type, d.maker.id(), d.company.id(), d.counterpart.id(), d.id(),
                d.account == null ? -1 : d.account.id(), d.valueUsd, Double.NaN, detail, -1));
    }

    /** Logs an event about an account. */
    void emit(EventType type, Account a, Official o, String detail) {
        if (!logging) {
            return;
        }
        sink.accept(new ModelEvent(now(), type, o == null ? -1 : o.id(), a.company().id(), -1, -1, a.id(),
                a.balanceUsd, Double.NaN, detail, -1));
    }

    /** Logs an event about an official with a second official involved (a rumour's source, say). */
    void emit(EventType type, Official o, Official other, String detail) {
        if (!logging) {
            return;
        }
        sink.accept(new ModelEvent(now(), type, o.id(), o.company.id(), -1, -1, -1, Double.NaN, Double.NaN, detail,
                other == null ? -1 : other.id()));
    }

    /** Logs an event about no one in particular (a purge, a shock). */
    void emitGlobal(EventType type, String detail) {
        if (!logging) {
            return;
        }
        sink.accept(new ModelEvent(now(), type, -1, -1, -1, -1, -1, Double.NaN, Double.NaN, detail, -1));
    }

    /** Logs an event about a company. */
    void emit(EventType type, TradeCompany c, String detail) {
        if (!logging) {
            return;
        }
        sink.accept(new ModelEvent(now(), type, -1, c.id(), -1, -1, -1, Double.NaN, Double.NaN, detail, -1));
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
