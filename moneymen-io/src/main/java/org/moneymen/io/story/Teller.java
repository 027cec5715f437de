package org.moneymen.io.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.Entity.OfficialEntity;
import org.moneymen.model.Rank;
import org.moneymen.model.RecallCause;
import org.moneymen.model.ReviewOutcome;
import org.moneymen.model.Status;

/** Walks one official's events in the log's order, keeping what it needs to word each one. */
final class Teller {
    private final int id;
    private final Names names;
    private final Patronage patronage;
    private final Rank rank;
    private final StoryLines lines = new StoryLines();
    private final PostingLog postings = new PostingLog();
    private final Ledger ledger = new Ledger();
    private final Map<Integer, Commodity> goodsOf = new HashMap<>();
    /** Whether an event named him as the official concerned (not only as a rumour's source). */
    private boolean seen;

    private int company = -1;
    private int lastCity = -1;
    private double quota = Double.NaN;
    private int periodStart;
    private Status status;
    private Boolean familyAtHome;
    private int lastReviewDay = Integer.MIN_VALUE;

    /** The purge that came while he was in post, told once it concerns him (a summons, his company's transfer). */
    private LoggedEvent purge;
    private int purgeIndex = -1;
    private boolean purgeTold;

    Teller(int id, Names names, Patronage patronage) {
        this.id = id;
        this.names = names;
        this.patronage = patronage;
        OfficialEntity o = names.network().official(id);
        this.rank = o == null ? null : o.rank();
        this.familyAtHome = o == null ? null : o.familyAtHome();
    }

    boolean seen() {
        return seen;
    }

    /** His story as told so far (the whole of it once the log is read). */
    OfficialStory story() {
        List<Posting> held = postings.all();
        return new OfficialStory(id, header(held), lines.finish(), ledger.summary(), held);
    }

    /** An event about no one in particular; for a transfer, {@code organBefore} is the company's organ before it. */
    void global(LoggedEvent e, String organBefore) {
        switch (e.type()) {
            case PURGE -> {
                if (postings.isOpen()) {
                    purge = e;
                    purgeIndex = lines.size();
                    purgeTold = false;
                }
            }
            case COMPANY_TRANSFERRED -> {
                postings.transferred(e.company(), e.organ());
                if (e.company() == company && (postings.isOpen() || summonedOrHiding())) {
                    tellPurge();
                    lines.say(e.date(), "His " + names.company(e.company()) + " passed from the "
                            + names.organ(organBefore) + " to the " + names.organ(e.organ()) + ".");
                }
            }
            case SQUAD_ARRIVED -> {
                if (summonedOrHiding() && e.city() >= 0 && e.city() == lastCity) {
                    lines.say(e.date(), "An arrest squad arrived in " + names.city(e.city()) + ".");
                }
            }
            default -> {
            }
        }
    }

    /** A rumour he spread about another official. */
    void spread(LoggedEvent e) {
        lines.say(e.date(), "Spread a rumour about " + names.official(e.official()) + " of "
                + names.company(e.company()) + ".");
    }

    /** An event about him. */
    void own(LoggedEvent e) {
        seen = true;
        Status s = e.statusAfter();
        if (postings.isOpen() && e.endsPost()) {
            postings.close(e.date());
        }
        if (s != null) {
            status = s;
            ledger.status = s;
            ledger.end = e;
        }
        switch (e.type()) {
            case POSTED -> posted(e);
            case DEAL_SIGNED -> {
                StoryLines.Year y = lines.year(e.date());
                y.signed++;
                y.value += e.usdOrZero();
                y.goods.merge(Phrases.goods(e.commodity()), 1, Integer::sum);
                goodsOf.put(e.deal(), e.commodity());
                ledger.signed(e);
            }
            case DEAL_STARTED -> lines.year(e.date()).started++;
            case DEAL_ENDED -> lines.year(e.date()).ended++;
            case DEAL_REJECTED -> lines.year(e.date()).refusals.merge(Phrases.step(e.step()), 1, Integer::sum);
            case APPROVAL_PASSED, VACANCY, DEFECTION_SHOCK -> {
            }
            case DEAL_COLLAPSED -> {
                ledger.collapsed++;
                Commodity good = goodsOf.get(e.deal());
                lines.say(e.date(), "Deal " + e.deal() + " (" + (good == null ? "" : Phrases.goods(good) + ", ")
                        + Usd.format(e.usdOrZero()) + " of revenue still to come"
                        + (e.counterpart() >= 0 ? ", with counterpart " + e.counterpart() : "") + ") collapsed: "
                        + Phrases.dealStop(e.dealStop()) + ".");
            }
            case DEAL_RENEGOTIATED, DEAL_DISPUTED, DEAL_RESUMED -> reexamined(e);
            case REVIEWED -> reviewed(e);
            case PUNISHED -> {
                if (e.day() != lastReviewDay) {
                    lines.say(e.date(), "Punished" + (e.hasRatio() ? " for earning " + Usd.ratio(e.ratio())
                            + " times his quota" : "") + ".");
                }
            }
            case QUOTA_RAISED -> {
                quota = e.usdOrZero();
                lines.say(e.date(), "Quota raised to " + Usd.format(e.usd()) + " a year.");
            }
            case TERM_RENEWED -> lines.say(e.date(), "Term renewed.");
            case RELOCATED -> lines.say(e.date(), "Moved to a vacant post in "
                    + (e.city() < 0 ? "another city" : names.city(e.city())) + ".");
            case RECALLED -> recalled(e);
            case RUMOUR -> lines.say(e.date(), "A rumour about him was spread by " + names.official(e.other()) + ".");
            case REPORTED -> lines.say(e.date(), "The " + names.organ(e.organ())
                    + " reported on his company to the centre.");
            case INVESTIGATED -> lines.say(e.date(), "Investigated by the centre" + (e.hasRatio() ? " (earning "
                    + Usd.ratio(e.ratio()) + " times his quota so far)" : "") + ", which "
                    + Phrases.investigation(e.investigationOutcome()) + ".");
            case ACCOUNT_HANDED_OVER -> lines.say(e.date(), "Handed over account " + e.account() + " (balance "
                    + Usd.format(e.usdOrZero()) + ") to be held for his successor.");
            case ACCOUNT_LOST -> {
                ledger.accountsLost++;
                ledger.accountsLostUsd += e.usdOrZero();
                lines.say(e.date(), "Account " + e.account() + " of " + names.company(e.company())
                        + (e.accountLoss() == org.moneymen.model.AccountLoss.FROZEN
                        ? " was frozen with its balance of " + Usd.format(e.usdOrZero()) + "."
                        : " was lost with its balance of " + Usd.format(e.usdOrZero()) + ": no one left knew it."));
            }
            case SUMMONED -> summoned(e);
            case RETURNED -> {
                if (e.familyAtHome() != null) {
                    familyAtHome = e.familyAtHome();
                }
                lines.say(e.date(), "Went home" + (Boolean.TRUE.equals(familyAtHome) ? ", where his family was held"
                        : "") + ".");
            }
            case HID -> lines.say(e.date(), "Went into hiding" + (e.city() < 0 ? "" : " in " + names.city(e.city()))
                    + (e.hasUsd() ? ", with savings of " + Usd.format(e.usd()) : "") + ".");
            case ARRESTED -> lines.say(e.date(), Phrases.arrest(e.route()));
            case DEFECTED -> lines.say(e.date(), "Defected to another country" + Phrases.defection(e.route())
                    + (e.hasUsd() ? ", with savings of " + Usd.format(e.usd()) : "") + ".");
            case FLED -> {
                ledger.taken = e.usdOrZero();
                lines.say(e.date(), "Fled with " + Usd.format(e.usdOrZero()) + " taken from the accounts he knew.");
            }
            default -> lines.say(e.date(), e.type().label().replace('_', ' ')
                    + (e.detail() == null ? "" : ": " + e.detail())
                    + (e.hasUsd() ? " (" + Usd.format(e.usd()) + ")" : "") + ".");
        }
    }

    private boolean summonedOrHiding() {
        return status == Status.SUMMONED || status == Status.HIDING;
    }

    /** Tells the purge that reached him, at its own place in the story, once. */
    private void tellPurge() {
        if (purge != null && !purgeTold) {
            lines.insert(purgeIndex, purge.date(), "Purge: " + (purge.detail() == null ? "a purge" : purge.detail())
                    + ".");
            purgeTold = true;
        }
    }

    private void posted(LoggedEvent e) {
        company = e.company();
        lastCity = e.city();
        quota = e.usdOrZero();
        periodStart = Math.max(e.day(), 0);
        String organ = patronage.organOf(company);
        String person = patronage.patronPersonOf(company);
        postings.open(e.date(), rank, company, e.city(), organ, person);
        String where = e.city() < 0 ? "a post abroad" : names.city(e.city());
        ledger.lastCity = where;
        String post = rankText() + " of " + names.company(company) + " (" + patronText(organ, person, List.of())
                + ")";
        lines.say(e.date(), (e.day() == 0 ? "In post in " + where + " when the run starts, as "
                : "Posted to " + where + " as ") + post + ", quota " + Usd.format(quota) + " a year.");
    }

    /** A re-examination of one of his deals after a purge. */
    private void reexamined(LoggedEvent e) {
        if (e.commodity() != null) {
            goodsOf.put(e.deal(), e.commodity());
        }
        String deal = "Deal " + e.deal() + " (" + Phrases.goods(e.commodity()) + ", worth " + Usd.format(e.usdOrZero())
                + ")";
        switch (e.type()) {
            case DEAL_RENEGOTIATED -> lines.say(e.date(), deal + " renegotiated at a lower margin after the purge.");
            case DEAL_DISPUTED -> lines.say(e.date(), deal + " re-examined after the purge and disputed with the counterpart"
                    + (e.days() > 0 ? ", suspended for " + e.days() + " days" : "") + ".");
            default -> lines.say(e.date(), deal + " settled; it earns again.");
        }
    }

    private void reviewed(LoggedEvent e) {
        lastReviewDay = e.day();
        ledger.closed(e.usdOrZero());
        ReviewOutcome outcome = e.reviewOutcome();
        if (outcome == ReviewOutcome.KEPT || outcome == ReviewOutcome.PUNISHED) {
            periodStart = e.day();
        }
        lines.say(e.date(), "Reviewed: earned " + Usd.format(e.usdOrZero()) + " for the state"
                + (e.hasRatio() ? ", " + Usd.ratio(e.ratio()) + " times the quota" : "") + Phrases.review(outcome)
                + ".");
    }

    private void recalled(LoggedEvent e) {
        boolean atReview = e.day() == lastReviewDay;
        if (e.recallCause() == RecallCause.PURGE) {
            tellPurge();
        }
        String since = "";
        if (!atReview && e.hasUsd()) {
            ledger.closed(e.usd());
            since = "; he had earned " + Usd.format(e.usd()) + " for the state since his last review"
                    + (e.hasRatio() ? " (" + Usd.ratio(e.ratio()) + " times the quota)" : "");
        }
        lines.say(e.date(), "Recalled home " + Phrases.recall(e.recallCause()) + since + ".");
    }

    private void summoned(LoggedEvent e) {
        tellPurge();
        if (e.hasRatio() && !Double.isNaN(quota)) {
            ledger.summonedEstimate = e.ratio() * quota * (e.day() - periodStart) / 365.0;
        }
        if (e.familyAtHome() != null) {
            familyAtHome = e.familyAtHome();
        }
        lines.say(e.date(), "Summoned home in the purge" + (e.hasRatio() ? " (he had earned "
                + Usd.ratio(e.ratio()) + " times his quota so far that period)" : "")
                + (Boolean.TRUE.equals(familyAtHome) ? "; his family was held at home" : "")
                + (Boolean.FALSE.equals(familyAtHome) ? "; his family was not held at home" : "") + ".");
    }

    private String rankText() {
        return rank == null ? "an official" : rank.label();
    }

    /** "KPA General Staff Department, tied to Jang Song Thaek, then the State Security Department". */
    private String patronText(String organ, String person, List<String> later) {
        StringBuilder b = new StringBuilder(organ == null ? "patron organ not recorded" : names.organ(organ));
        if (person != null) {
            b.append(", tied to ").append(names.patron(person));
        }
        for (String o : later) {
            b.append(", then the ").append(names.organ(o));
        }
        return b.toString();
    }

    private String header(List<Posting> held) {
        StringBuilder b = new StringBuilder("Official ").append(id).append(names.officialSuffix(id));
        if (held.isEmpty()) {
            b.append(": no posting in the log");
        }
        for (int i = 0; i < held.size(); i++) {
            Posting p = held.get(i);
            b.append(i == 0 ? ": " : "; later ").append(p.rank() == null ? "an official" : p.rank().label())
                    .append(" of ").append(names.company(p.company())).append(" in ")
                    .append(p.city() < 0 ? "a post abroad" : names.city(p.city())).append(" (")
                    .append(patronText(p.organs().get(0), p.patronPerson(), p.organs().subList(1, p.organs().size())))
                    .append(')');
        }
        b.append(". Family held at home: ").append(familyAtHome == null ? "not recorded"
                : familyAtHome ? "yes" : "no").append('.');
        return b.toString();
    }
}
