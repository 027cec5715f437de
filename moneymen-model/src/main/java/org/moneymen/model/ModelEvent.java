package org.moneymen.model;

import org.moneymen.model.config.ApprovalStep;
import org.moneymen.model.config.Commodity;

/**
 * One entry of the event log, with every fact a reader needs as a typed field (nothing is parsed back from words).
 * Ids that do not apply are -1; amounts and ratios that do not apply are NaN; other fields that do not apply are
 * null (or -1 for {@code city} and {@code days}).
 *
 * @param day simulation day (0 = scenario start)
 * @param type what happened
 * @param official the official concerned
 * @param company the company concerned
 * @param counterpart the counterpart concerned
 * @param deal the deal concerned
 * @param account the account concerned
 * @param other a second official concerned (the one who spread a rumour, say)
 * @param usd an amount in USD
 * @param ratio a performance ratio (earned for the state / quota)
 * @param cause why: a recall's cause, a review's or investigation's outcome, why a deal stopped, a route
 * @param step the approval step (passed or refused at)
 * @param city the city (posted to, moved to, hiding in, a squad arrived in), by id
 * @param organ the organ (that reported; a company's new patron), by id
 * @param familyAtHome whether the official's family is held at home (summons and return)
 * @param commodity the deal's goods (when signed, and when re-examined after a purge)
 * @param days a number of days (until a replacement arrives; a dispute's length)
 * @param detail words for a person: who was purged, which defection became known
 */
public record ModelEvent(int day, EventType type, int official, int company, int counterpart, int deal, int account,
                         int other, double usd, double ratio, EventCause cause, ApprovalStep step, int city,
                         String organ, Boolean familyAtHome, Commodity commodity, int days, String detail) {

    /** The same event on another day (the log counts days from the scenario's start). */
    ModelEvent onDay(int newDay) {
        return new ModelEvent(newDay, type, official, company, counterpart, deal, account, other, usd, ratio, cause,
                step, city, organ, familyAtHome, commodity, days, detail);
    }
}
