package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** Vacancies and replacements, and how knowledge of accounts passes on. */
public record StaffingParams(
        @Doc(value = "Median days from a departure to the replacement's arrival", unit = "days")
        @Range(min = 0, max = 3650) double vacancyDelayMedianDays,
        @Doc(value = "Spread of that delay (sigma of the log)", unit = "log-scale") @Range(min = 0, max = 3) double vacancyDelaySigma,
        @Doc(value = "Chance an official recalled in order hands over the accounts he knows", unit = "probability")
        @Range(min = 0, max = 1) double handoverProbability,
        @Doc(value = "Chance a staff official knows a given account of his company (heads know all)", unit = "probability")
        @Range(min = 0, max = 1) double staffKnowsAccount) {

    /** Values for normal times. */
    public static StaffingParams defaults() {
        return new StaffingParams(120, 0.4, 0.9, 0.3);
    }
}
