package org.moneymen.model;

/** A Chinese (or other) trader: assets, liquidity and scope of business. */
public final class Counterpart {
    private final int id;
    private final City city;
    final double assetsUsd;
    final double liquidity;
    /** The goods it deals in (its scope of business), from those traded at its station. */
    final java.util.EnumSet<Commodity> scope;
    /** The goods of its station within its scope, in the station's order (made once). */
    final java.util.List<Commodity> scopedGoods;

    Counterpart(int id, City city, double assetsUsd, double liquidity, java.util.EnumSet<Commodity> scope) {
        this.id = id;
        this.city = city;
        this.assetsUsd = assetsUsd;
        this.liquidity = liquidity;
        this.scope = scope;
        this.scopedGoods = Commodity.tradedAt(city.kind()).stream().filter(scope::contains).toList();
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
