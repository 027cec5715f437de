package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/**
 * Who the officials are: ability, family at home, risk attitude, how long postings last, and how often they defect
 * in normal times (outside any purge).
 */
public record OfficialParams(
        @Doc(value = "Spread of ability to make deals (sigma of the log; the median is 1)", unit = "log-scale")
        @Range(min = 0, max = 3) double abilitySigma,
        @Doc(value = "Share of officials whose family is kept at home", unit = "share") @Range(min = 0, max = 1)
        double familyAtHomeShare,
        @Doc(value = "Length of a posting", unit = "years") @Range(min = 0.1, max = 50) double termYears,
        @Doc(value = "Chance a posting is renewed at term end for an official in good standing", unit = "probability")
        @Range(min = 0, max = 1) double termRenewalProbability,
        @Doc(value = "Chance per year that a posted official whose family is not held at home defects from his post,"
                + " outside any purge", unit = "probability per year") @Range(min = 0, max = 1) double defectionRate,
        @Doc(value = "What a family held at home multiplies that chance by (hostages hold officials back)",
                unit = "share") @Range(min = 0, max = 1) double defectionFamilyFactor) {

    /** Values for normal times; see docs/ODD.md (7.9) for the defection rate's reasons. */
    public static OfficialParams defaults() {
        return new OfficialParams(0.35, 0.85, 3.0, 0.6, 0.005, 0.1);
    }
}
