package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;
import org.moneymen.kernel.EventHandle;
import org.moneymen.model.config.CompanySpec;

/** A trade company: patron organ, station city, posts (slot 0 is the head), deals and accounts abroad. */
public final class TradeCompany {
    private final int id;
    private final CompanySpec spec;
    private final City city;
    Organ patron;
    Patron patronPerson;
    final Official[] posts;
    final EventHandle[] arrivals;
    final List<Account> accounts = new ArrayList<>();
    /** Deals of each post (signed or active), credited to whoever holds the post. */
    final PostDeals[] postDeals;
    /** Each post's monthly revenue for the state from its deals, in USD (see {@link #addDeal}, {@link #removeDeal}). */
    final double[] runRateUsd;
    /** Scratch of the month's close: each post's position in its city's sorted ratios (-1 when not there). */
    final int[] rumourPosition;
    int nextAccount;
    /** How many officials each post has had (for the stream key of the next). */
    private final int[] holders;
    /** Whether its office is sealed after a purge (no post refilled, no new deal), and the day it reopens. */
    boolean sealed;
    int sealedUntil;
    /** The company's stream for the organs' reports on it (made on first use). */
    java.util.random.RandomGenerator reportStream;

    /** The position of its group in the scenario's list of companies. */
    private final int group;
    /** The id of its head's post; its other posts follow. */
    private final int firstPostId;

    TradeCompany(int id, int group, int firstPostId, CompanySpec spec, City city, Organ patron, Patron patronPerson) {
        this.id = id;
        this.group = group;
        this.firstPostId = firstPostId;
        this.spec = spec;
        this.city = city;
        this.patron = patron;
        this.patronPerson = patronPerson;
        this.posts = new Official[1 + spec.staff()];
        this.arrivals = new EventHandle[posts.length];
        this.postDeals = new PostDeals[posts.length];
        this.runRateUsd = new double[posts.length];
        this.rumourPosition = new int[posts.length];
        this.holders = new int[posts.length];
        for (int i = 0; i < posts.length; i++) {
            postDeals[i] = new PostDeals();
        }
    }

    /** Identifier in outputs. */
    public int id() {
        return id;
    }

    /** Name, where the scenario names the company (else null). */
    public String name() {
        return spec.name();
    }

    /** Identifier in an outside data set, where the scenario gives one (else null). */
    public String externalId() {
        return spec.externalId();
    }

    /** The position of its group in the scenario's list of companies. */
    public int group() {
        return group;
    }

    /** The stream key of the next official to hold a post: the post's id and how many held it before. */
    long nextHolderKey(int slot) {
        return (long) postId(slot) << 24 | ++holders[slot];
    }

    /** The id of the post in a slot. */
    int postId(int slot) {
        return firstPostId + slot;
    }

    /** What the scenario says of its group. */
    CompanySpec spec() {
        return spec;
    }

    /** Station city. */
    public City city() {
        return city;
    }

    /** Current patron organ. */
    public Organ patron() {
        return patron;
    }

    /** The patron person its officials are tied to, or null. */
    public Patron patronPerson() {
        return patronPerson;
    }

    /** Annual quota of the post in a slot (0 = head), in USD. */
    double quotaOf(int slot) {
        return slot == 0 ? spec.headQuotaUsd() : spec.staffQuotaUsd();
    }

    /** Mean closeness of its officials' tie to the patron person. */
    double tieCloseness() {
        return patronPerson == null ? 0 : spec.tieCloseness();
    }

    /** A deal joins its post's list; the post's run rate is summed again in list order (the state keeps stateShare). */
    void addDeal(Deal d, double stateShare) {
        postDeals[d.slot].add(d);
        runRateUsd[d.slot] = postDeals[d.slot].runRateUsd(stateShare);
    }

    /** A deal leaves its post's list; the post's run rate is summed again in list order. */
    void removeDeal(Deal d, double stateShare) {
        postDeals[d.slot].remove(d);
        runRateUsd[d.slot] = postDeals[d.slot].runRateUsd(stateShare);
    }

    /** A deal's revenue changed (renegotiated, disputed, resumed): the post's run rate is summed again. */
    void revalueDeal(Deal d, double monthly, double stateShare) {
        postDeals[d.slot].revalue(d, monthly);
        runRateUsd[d.slot] = postDeals[d.slot].runRateUsd(stateShare);
    }

    /** The account the next revenue goes to (round robin over accounts not lost), or null if all are lost. */
    Account nextAccount() {
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get((nextAccount + i) % accounts.size());
            if (!a.lost) {
                nextAccount = (nextAccount + i + 1) % accounts.size();
                return a;
            }
        }
        return null;
    }

    /** Posted officials, head first. */
    List<Official> staffOnPost() {
        List<Official> out = new ArrayList<>(posts.length);
        for (Official o : posts) {
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** A short label for stories: "company 3 (Guangzhou, KPA General Staff Department)". */
    public String label() {
        return "company " + id + " (" + city.name() + ", " + patron.name() + ")";
    }
}
