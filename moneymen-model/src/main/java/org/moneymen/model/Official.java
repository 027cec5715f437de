package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.moneymen.kernel.EventHandle;

/** An official posted abroad: the agent of the model. */
public final class Official {
    private final int id;
    /** Which stream of each family is its own: its post and its place among that post's holders. */
    private final long streamKey;
    /** The families of streams, by source (the world's); this official's stream of each is made on first use. */
    private final org.moneymen.kernel.RandomStreams.Family[] families;
    private final RandomGenerator[] streams = new RandomGenerator[Source.ALL.length];
    final double ability;
    /** Drawn when recruited; a named official's own, where the scenario gives it. */
    boolean familyAtHome;
    final double riskAttitude;
    final double tie;
    Rank rank;
    TradeCompany company;
    int slot;
    /** Changed only by {@link #moveTo}: a new official is posted at once. */
    private Status status = Status.POSTED;
    RecallCause cause;
    int postedDay;
    EventHandle termEnd;
    boolean goodStanding = true;
    double quotaUsd;
    double savingsUsd;
    double earnedTotalUsd;
    double periodEarnedUsd;
    int periodStartDay;
    double monthEarnedUsd;
    boolean postedAllMonth;
    double ceiling;
    boolean sawSuccessRecall;
    /** Suspicion at the centre from rumours and reports (suspicion units; decays). */
    double suspicion;
    /** The city where the official was last posted (kept after it leaves, for squads). */
    City lastCity;
    /** Name and outside identifier, where the scenario names the official (else null). */
    String name;
    String externalId;
    /** Whether the network log has it already. */
    boolean written;
    /** Counterparts it has dealt with, in the order first met, and the relationship capital with each. */
    final ArrayList<Counterpart> relationOrder = new ArrayList<>();
    private double[] capital = new double[4];
    final ArrayList<Account> knownAccounts = new ArrayList<>();

    Official(int id, long streamKey, org.moneymen.kernel.RandomStreams.Family[] families, double ability,
             boolean familyAtHome, double riskAttitude, double tie) {
        this.id = id;
        this.streamKey = streamKey;
        this.families = families;
        this.ability = ability;
        this.familyAtHome = familyAtHome;
        this.riskAttitude = riskAttitude;
        this.tie = tie;
    }

    /** Identifier in outputs. */
    public int id() {
        return id;
    }

    /** The official's own stream of a source of randomness. */
    RandomGenerator rng(Source source) {
        RandomGenerator g = streams[source.ordinal()];
        if (g == null) {
            g = families[source.ordinal()].stream(streamKey);
            streams[source.ordinal()] = g;
        }
        return g;
    }

    /** Changes status; only the transitions {@link Status#canBecome} allows happen (no half-states). */
    void moveTo(Status next) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("official " + id + " cannot go from " + status + " to " + next);
        }
        status = next;
    }

    /** Current status. */
    public Status status() {
        return status;
    }

    /** Rank in the company. */
    public Rank rank() {
        return rank;
    }

    /** Current (or last) company. */
    public TradeCompany company() {
        return company;
    }

    /** Annual quota, in USD. */
    public double quotaUsd() {
        return quotaUsd;
    }

    /** Personal share kept so far, in USD. */
    public double savingsUsd() {
        return savingsUsd;
    }

    /** Earned for the state so far, in USD. */
    public double earnedTotalUsd() {
        return earnedTotalUsd;
    }

    /** Whether the official's family is kept at home. */
    public boolean familyAtHome() {
        return familyAtHome;
    }

    /** Performance ratio so far in the current review period (earned for the state / pro-rata quota), or NaN. */
    double runningRatio(int now) {
        double years = (now - periodStartDay) / 365.0;
        if (years < 1.0 / 12 || quotaUsd <= 0) {
            return Double.NaN;
        }
        return periodEarnedUsd / (quotaUsd * years);
    }

    /** Suspicion at the centre (suspicion units). */
    public double suspicion() {
        return suspicion;
    }

    /** Relationship capital with each counterpart in first-met order (the first relationOrder.size() are in use). */
    double[] capitals() {
        return capital;
    }

    /** Relationship capital with the i-th counterpart first met. */
    double capitalAt(int i) {
        return capital[i];
    }

    /** Adds relationship capital with a counterpart, remembering first-met order for deterministic iteration. */
    void addCapital(Counterpart c, double amount) {
        int i = relationOrder.indexOf(c);
        if (i < 0) {
            i = relationOrder.size();
            relationOrder.add(c);
            if (i == capital.length) {
                capital = java.util.Arrays.copyOf(capital, Math.max(4, 2 * i));
            }
            capital[i] = 0.0;
        }
        capital[i] += amount;
    }

    /** Gives back the memory of an official whose story is over (recalled, returned, arrested, defected, fled). */
    void retire() {
        relationOrder.clear();
        relationOrder.trimToSize();
        knownAccounts.clear();
        knownAccounts.trimToSize();
        capital = new double[0];
    }

    /** Forgets every relationship (the official left its post). */
    void clearRelations() {
        relationOrder.clear();
    }
}
