package org.moneymen.io.story;

import java.time.LocalDate;

/**
 * One line of a run's {@code events.jsonl} as read back. Ids that do not apply are -1; amounts and ratios that do
 * not apply are NaN; {@code detail} may be null.
 *
 * @param line line number in the file (1 = first)
 * @param day simulation day
 * @param date calendar date
 * @param type event type, lower case ({@code posted}, {@code deal_signed}, ...)
 * @param official the official concerned (a rumour's target)
 * @param company the company concerned
 * @param counterpart the counterpart concerned
 * @param deal the deal concerned
 * @param account the account concerned
 * @param other a second official (a rumour's source)
 * @param usd an amount in USD
 * @param ratio a performance ratio (earned for the state / quota)
 * @param detail a cause, city, outcome or other word
 */
public record LoggedEvent(long line, int day, LocalDate date, String type, int official, int company,
                          int counterpart, int deal, int account, int other, double usd, double ratio,
                          String detail) {

    /** Whether the event has an amount. */
    public boolean hasUsd() {
        return !Double.isNaN(usd);
    }

    /** Whether the event has a ratio. */
    public boolean hasRatio() {
        return !Double.isNaN(ratio);
    }

    /** Whether the event concerns this official, as the one concerned or the second one. */
    public boolean involves(int id) {
        return official == id || other == id;
    }
}
