package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** Process 4, rivalry and rumour: who spreads rumours, how organs report, how suspicion builds and is acted on. */
public record RivalryParams(
        @Doc("Whether rumours, reports and investigations run") boolean enabled,
        @Doc(value = "Performance ratio below which an official spreads rumours about more successful rivals",
                unit = "earned / quota") @Range(min = 0, max = 100) double rumourBelow,
        @Doc(value = "Chance per month that such an official spreads a rumour", unit = "probability per month")
        @Range(min = 0, max = 1) double rumourProbability,
        @Doc(value = "Suspicion one rumour adds to its target", unit = "suspicion units") @Range(min = 0, max = 100)
        double suspicionPerRumour,
        @Doc(value = "Chance per month that a patron organ reports on each company of a rival organ in the same city",
                unit = "probability per month") @Range(min = 0, max = 1) double reportProbability,
        @Doc(value = "Suspicion one report adds to the head of the company reported on", unit = "suspicion units")
        @Range(min = 0, max = 100) double suspicionPerReport,
        @Doc(value = "Months for an official's suspicion to halve when nothing new is heard", unit = "months")
        @Range(min = 0.1, max = 1200) double suspicionHalfLifeMonths,
        @Doc(value = "Chance per month of an investigation per unit of suspicion", unit = "probability per unit per month")
        @Range(min = 0, max = 1) double investigationRate,
        @Doc(value = "Chance an investigation ends in recall, whatever the official earned", unit = "probability")
        @Range(min = 0, max = 1) double investigationRecallProbability,
        @Doc(value = "Suspicion of every official abroad that a defection anywhere adds at the centre", unit = "suspicion units")
        @Range(min = 0, max = 100) double defectionShock,
        @Doc(value = "Months for the centre's suspicion after a defection to halve", unit = "months")
        @Range(min = 0.1, max = 1200) double centreHalfLifeMonths) {

    /** Values for normal times; see docs/ODD.md for the reasons. */
    public static RivalryParams defaults() {
        return new RivalryParams(true, 1.0, 0.15, 1.0, 0.02, 0.5, 6, 0.03, 0.4, 0.1, 6);
    }
}
