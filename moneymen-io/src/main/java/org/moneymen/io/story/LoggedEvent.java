package org.moneymen.io.story;

import java.time.LocalDate;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.DealStop;
import org.moneymen.model.EventCause;
import org.moneymen.model.EventType;
import org.moneymen.model.InvestigationOutcome;
import org.moneymen.model.RecallCause;
import org.moneymen.model.ReviewOutcome;
import org.moneymen.model.Route;
import org.moneymen.model.Status;
import org.moneymen.model.config.ApprovalStep;

/**
 * One line of a run's {@code events.jsonl} as read back, in the model's own types (ids, {@code city} and
 * {@code days} that do not apply are -1, amounts and ratios NaN, other fields null).
 *
 * @param line line number in the file (1 = first)
 * @param day simulation day
 * @param date calendar date
 * @param type what happened
 * @param official the official concerned (a rumour's target)
 * @param company the company concerned
 * @param counterpart the counterpart concerned
 * @param deal the deal concerned
 * @param account the account concerned
 * @param other a second official (a rumour's source)
 * @param usd an amount in USD
 * @param ratio a performance ratio (earned for the state / quota)
 * @param cause why: a recall's cause, a review's or investigation's outcome, why a deal stopped, a route
 * @param step the approval step passed or refused at
 * @param city the city (posted to, moved to, hiding in, a squad arrived in), by id
 * @param organ the organ (that reported; a company's new patron), by id
 * @param familyAtHome whether the official's family is held at home (summons and return)
 * @param commodity the deal's goods (when signed, and when re-examined after a purge)
 * @param days a number of days (until a replacement arrives; a dispute's length)
 * @param detail words for a person: who was purged, which defection became known
 */
public record LoggedEvent(long line, int day, LocalDate date, EventType type, int official, int company,
                          int counterpart, int deal, int account, int other, double usd, double ratio,
                          EventCause cause, ApprovalStep step, int city, String organ, Boolean familyAtHome,
                          Commodity commodity, int days, String detail) {

    /** Whether the event has an amount. */
    public boolean hasUsd() {
        return !Double.isNaN(usd);
    }

    /** The amount, or 0 when the event has none. */
    public double usdOrZero() {
        return hasUsd() ? usd : 0;
    }

    /** Whether the event has a ratio. */
    public boolean hasRatio() {
        return !Double.isNaN(ratio);
    }

    /** Whether the event concerns this official, as the one concerned or the second one. */
    public boolean involves(int id) {
        return official == id || other == id;
    }

    /** The status the official concerned is in after the event, or null when it leaves it as it was. */
    public Status statusAfter() {
        return type.statusAfter();
    }

    /**
     * Whether the event ends a post its official holds: a move to another post, or any change of status other than
     * being posted (a recall, a summons).
     */
    public boolean endsPost() {
        Status s = type.statusAfter();
        return type == EventType.RELOCATED || (s != null && s != Status.POSTED);
    }

    /** A recall's cause, or null. */
    public RecallCause recallCause() {
        return cause instanceof RecallCause c ? c : null;
    }

    /** A review's outcome, or null. */
    public ReviewOutcome reviewOutcome() {
        return cause instanceof ReviewOutcome c ? c : null;
    }

    /** An investigation's outcome, or null. */
    public InvestigationOutcome investigationOutcome() {
        return cause instanceof InvestigationOutcome c ? c : null;
    }

    /** Why a deal was refused or collapsed, or null. */
    public DealStop dealStop() {
        return cause instanceof DealStop c ? c : null;
    }

    /** How a defection or an arrest came about, or null. */
    public org.moneymen.model.AccountLoss accountLoss() {
        return cause instanceof org.moneymen.model.AccountLoss a ? a : null;
    }

    public Route route() {
        return cause instanceof Route c ? c : null;
    }
}
