package org.moneymen.model;

/**
 * One entry of the event log. Ids that do not apply are -1; amounts and ratios that do not apply are NaN.
 *
 * @param day simulation day (0 = scenario start)
 * @param type what happened
 * @param official the official concerned
 * @param company the company concerned
 * @param counterpart the counterpart concerned
 * @param deal the deal concerned
 * @param account the account concerned
 * @param usd an amount in USD
 * @param ratio a performance ratio (earned for the state / quota)
 * @param detail a cause, city or other word
 * @param other a second official concerned (the one who spread a rumour, say), or -1
 */
public record ModelEvent(int day, EventType type, int official, int company, int counterpart, int deal, int account,
                         double usd, double ratio, String detail, int other) {
}
