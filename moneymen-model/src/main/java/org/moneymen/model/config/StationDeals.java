package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** How deals look at one kind of station: how often officials seek them, their size and length, what they trade. */
public record StationDeals(
        @Doc(value = "Deal searches per month of an official of median ability at full effort", unit = "searches per month")
        @Range(min = 0, max = 1000) double searchesPerMonth,
        @Doc(value = "Median value of a deal (MOU)", unit = "USD") @Range(min = 1, max = 1e10) double valueMedianUsd,
        @Doc(value = "Spread of deal values (sigma of the log)", unit = "log-scale") @Range(min = 0, max = 5) double valueSigma,
        @Doc(value = "Shortest deal", unit = "months") @Range(min = 1, max = 600) int durationMinMonths,
        @Doc(value = "Longest deal", unit = "months") @Range(min = 1, max = 600) int durationMaxMonths,
        @Doc("What is traded at the station: each commodity's share of deals and its margin") CommodityMix commodities) {

    /** Mean margin of a deal at the station (its commodity drawn by share). */
    public double meanMarginShare() {
        return commodities.meanMarginShare();
    }
}
