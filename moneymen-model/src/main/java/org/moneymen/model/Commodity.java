package org.moneymen.model;

import org.moneymen.model.config.Labels;

import java.util.List;
import org.moneymen.model.config.StationKind;

/** What a deal trades. */
public enum Commodity {
    COAL, MINERALS, SEAFOOD, TEXTILES, ZONE_LEASE, MACHINERY;

    /** The lower-case name used in files and outputs (computed once). */
    public String label() {
        return Labels.of(this);
    }

    /** What is traded at a kind of station (coal and minerals, seafood, textiles, zone leases such as Rason's). */
    public static List<Commodity> tradedAt(StationKind kind) {
        return switch (kind) {
            case MAJOR_CITY -> Goods.MAJOR_CITY;
            case BORDER -> Goods.BORDER;
            case EUROPE -> Goods.EUROPE;
        };
    }

    /** The lists, made once. */
    private static final class Goods {
        static final List<Commodity> MAJOR_CITY = List.of(COAL, MINERALS, SEAFOOD, TEXTILES, ZONE_LEASE);
        static final List<Commodity> BORDER = List.of(SEAFOOD, TEXTILES, COAL, MINERALS);
        static final List<Commodity> EUROPE = List.of(MACHINERY, TEXTILES, MINERALS);
    }
}
