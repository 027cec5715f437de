package org.moneymen.model;

/** A Chinese (or other) trader: assets, liquidity, and willingness to sign. */
public final class Counterpart {
    private final int id;
    private final City city;
    final double assetsUsd;
    final double liquidity;
    double willingness = 1.0;

    Counterpart(int id, City city, double assetsUsd, double liquidity) {
        this.id = id;
        this.city = city;
        this.assetsUsd = assetsUsd;
        this.liquidity = liquidity;
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
