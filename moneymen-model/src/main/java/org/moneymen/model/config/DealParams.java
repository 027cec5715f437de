package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** Deals (MOUs): their shape at each kind of station, how relationships make them, and how they collapse. */
public record DealParams(
        @Doc("Deals in the big cities") StationDeals majorCity,
        @Doc("Deals in the border provinces") StationDeals border,
        @Doc("Deals in Europe") StationDeals europe,
        @Doc(value = "Chance a counterpart signs with an official it has no relationship with", unit = "probability")
        @Range(min = 0, max = 1) double signProbabilityStranger,
        @Doc(value = "Chance a counterpart signs with an official it knows well", unit = "probability")
        @Range(min = 0, max = 1) double signProbabilityKnown,
        @Doc(value = "Relationship capital at which signing is 63% of the way from stranger to known", unit = "deals")
        @Range(min = 0.01, max = 1000) double relationshipScale,
        @Doc(value = "Days from signing an MOU to its first revenue when no approval chain runs", unit = "days")
        @Range(min = 0, max = 3650) int signingDelayDays,
        @Doc(value = "Chance a deal collapses when the official who made it leaves", unit = "probability")
        @Range(min = 0, max = 1) double collapseOnDeparture,
        @Doc(value = "Share of the goods traded at its station that a counterpart deals in (its scope of business)",
                unit = "share") @Range(min = 0.01, max = 1) double scopeShare,
        @Doc(value = "Chance an official proposes goods within the counterpart's scope of business", unit = "probability")
        @Range(min = 0, max = 1) double scopeMatch) {

    /** Big cities: coal first (the largest export), minerals, seafood, textiles, land and zone leases. */
    private static final CommodityMix MAJOR_CITY_GOODS = new CommodityMix(trade(0.35, 0.25), trade(0.20, 0.30),
            trade(0.15, 0.20), trade(0.20, 0.20), trade(0.10, 0.35), trade(0, 0.25));
    /** The border provinces: coal, minerals, seafood and textiles; no land, no machinery. */
    private static final CommodityMix BORDER_GOODS = new CommodityMix(trade(0.30, 0.20), trade(0.15, 0.22),
            trade(0.30, 0.20), trade(0.25, 0.18), trade(0, 0.2), trade(0, 0.2));
    /** Europe: machinery, textiles and minerals. */
    private static final CommodityMix EUROPE_GOODS = new CommodityMix(trade(0, 0.25), trade(0.30, 0.28),
            trade(0, 0.25), trade(0.30, 0.22), trade(0, 0.25), trade(0.40, 0.25));

    private static CommodityTrade trade(double share, double margin) {
        return new CommodityTrade(share, margin);
    }

    /** Values for normal times; see docs/ODD.md for the reasons. */
    public static DealParams defaults() {
        return new DealParams(
                new StationDeals(1.0, 2_000_000, 0.6, 12, 36, MAJOR_CITY_GOODS),
                new StationDeals(3.0, 150_000, 0.6, 3, 12, BORDER_GOODS),
                new StationDeals(0.5, 800_000, 0.6, 6, 24, EUROPE_GOODS),
                0.25, 0.7, 2.0, 30, 0.5, 0.6, 0.9);
    }

    /** The deal shape for a station kind. */
    public StationDeals at(StationKind kind) {
        return switch (kind) {
            case MAJOR_CITY -> majorCity;
            case BORDER -> border;
            case EUROPE -> europe;
        };
    }
}
