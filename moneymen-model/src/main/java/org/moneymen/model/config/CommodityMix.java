package org.moneymen.model.config;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.moneymen.model.param.Doc;

/** The commodities traded at a kind of station, one entry per {@link Commodity}, each with its share and margin. */
public record CommodityMix(
        @Doc("Coal, the largest export") CommodityTrade coal,
        @Doc("Other minerals and underground resources") CommodityTrade minerals,
        @Doc("Seafood") CommodityTrade seafood,
        @Doc("Textiles and clothing") CommodityTrade textiles,
        @Doc("Land and zone leases (Rason's, say)") CommodityTrade land,
        @Doc("Machinery") CommodityTrade machinery) {

    /** The entry of a commodity. */
    public CommodityTrade at(Commodity c) {
        return switch (c) {
            case COAL -> coal;
            case MINERALS -> minerals;
            case SEAFOOD -> seafood;
            case TEXTILES -> textiles;
            case LAND -> land;
            case MACHINERY -> machinery;
        };
    }

    /** The commodities with a share above 0, in enum order. */
    public List<Commodity> traded() {
        List<Commodity> out = new ArrayList<>();
        for (Commodity c : Commodity.values()) {
            if (at(c).share() > 0) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** The sum of the shares (the draw divides by it, so shares need not sum to 1). */
    public double totalShare() {
        double sum = 0;
        for (Commodity c : Commodity.values()) {
            sum += at(c).share();
        }
        return sum;
    }

    /** Mean margin of a deal drawn by share: Σ share × margin / Σ share (0 when nothing is traded). */
    public double meanMarginShare() {
        double sum = 0;
        for (Commodity c : Commodity.values()) {
            sum += at(c).share() * at(c).marginShare();
        }
        double total = totalShare();
        return total > 0 ? sum / total : 0;
    }

    /** One of the goods drawn with probability proportional to its share (one uniform draw). */
    public Commodity draw(RandomGenerator rng, List<Commodity> among) {
        double total = 0;
        for (Commodity c : among) {
            total += at(c).share();
        }
        double u = rng.nextDouble() * total;
        for (Commodity c : among) {
            u -= at(c).share();
            if (u < 0) {
                return c;
            }
        }
        // Rounding can leave u at 0 after the last subtraction: the last good with a share takes it.
        for (int i = among.size() - 1; i >= 0; i--) {
            if (at(among.get(i)).share() > 0) {
                return among.get(i);
            }
        }
        return among.get(among.size() - 1);
    }
}
