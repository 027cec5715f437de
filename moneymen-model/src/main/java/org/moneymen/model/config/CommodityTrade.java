package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** How one commodity is traded at a kind of station: its share of the deals proposed, and its margin. */
public record CommodityTrade(
        @Doc(value = "Weight of the commodity among the deals officials propose at the station (the station's weights"
                + " are divided by their sum; 0 = not traded there)", unit = "share") @Range(min = 0, max = 1)
        double share,
        @Doc(value = "Share of a deal's value the company earns as revenue over its life, for this commodity",
                unit = "share") @Range(min = 0, max = 1) double marginShare) {

    /** Not traded. */
    public static CommodityTrade none() {
        return new CommodityTrade(0, 0.25);
    }
}
