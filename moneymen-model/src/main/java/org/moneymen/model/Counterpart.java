package org.moneymen.model;

import org.moneymen.model.config.Commodity;

/** A Chinese (or other) trader: assets, liquidity and scope of business. */
public final class Counterpart {
    private final int id;
    private final City city;
    final double assetsUsd;
    final double liquidity;
    /** The goods it deals in (its scope of business), one bit per commodity (millions of traders in a world run). */
    private final int scopeBits;
    /** The goods within its scope (all traded at its station), in enum order (made once per distinct scope). */
    final java.util.List<Commodity> scopedGoods;

    Counterpart(int id, City city, double assetsUsd, double liquidity, java.util.EnumSet<Commodity> scope) {
        this.id = id;
        this.city = city;
        this.assetsUsd = assetsUsd;
        this.liquidity = liquidity;
        this.scopeBits = bits(scope);
        this.scopedGoods = SCOPED.computeIfAbsent(scopeBits, k -> java.util.List.copyOf(scope));
    }

    /** The few distinct in-scope goods lists, shared by all counterparts (millions in a world-sized network). */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, java.util.List<Commodity>> SCOPED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static int bits(java.util.EnumSet<Commodity> scope) {
        int bits = 0;
        for (Commodity c : scope) {
            bits |= 1 << c.ordinal();
        }
        return bits;
    }

    /** Whether it deals in a commodity. */
    boolean deals(Commodity c) {
        return (scopeBits & 1 << c.ordinal()) != 0;
    }

    /** What it can put into deals now: assets times liquidity, in USD. */
    double liquidAssetsUsd() {
        return assetsUsd * liquidity;
    }

    /** Identifier in outputs. */
    public int id() {
        return id;
    }

    /** Where the trader works. */
    public City city() {
        return city;
    }

    /** Assets, in USD. */
    public double assetsUsd() {
        return assetsUsd;
    }
}
