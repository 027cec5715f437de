package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** Arrest squads sent from Pyongyang after a purge. */
public record SquadParams(
        @Doc(value = "Squads sent; each goes to the city with the most summoned officials not yet covered", unit = "squads")
        @Range(min = 0, max = 10_000) int count,
        @Doc(value = "Officials one squad can seize per month", unit = "officials per month")
        @Range(min = 0, max = 10_000) int capacityPerMonth,
        @Doc(value = "Days from the purge to the squads' arrival in their cities", unit = "days")
        @Range(min = 0, max = 3650) int arrivalDays,
        @Doc(value = "Chance per month that a squad finds a given official hiding in its city", unit = "probability per month")
        @Range(min = 0, max = 1) double findProbability,
        @Doc(value = "Chance a summoned official in a squad's city is seized before he can choose", unit = "probability")
        @Range(min = 0, max = 1) double seizeProbability,
        @Doc(value = "Months the squads stay", unit = "months") @Range(min = 0, max = 1200) int stayMonths) {

    /** Values assumed for a purge of one patron's network. */
    public static SquadParams defaults() {
        return new SquadParams(3, 4, 21, 0.15, 0.3, 24);
    }
}
