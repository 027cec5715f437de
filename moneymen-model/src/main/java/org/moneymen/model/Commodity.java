package org.moneymen.model;

import java.util.List;
import org.moneymen.model.config.StationKind;

/** What a deal trades. */
public enum Commodity {
    COAL, MINERALS, SEAFOOD, TEXTILES, ZONE_LEASE, MACHINERY;

    /** The lower-case name used in outputs. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** What is traded at a kind of station (coal and minerals, seafood, textiles, zone leases such as Rason's). */
    public static List<Commodity> tradedAt(StationKind kind) {
        return switch (kind) {
            case MAJOR_CITY -> List.of(COAL, MINERALS, SEAFOOD, TEXTILES, ZONE_LEASE);
            case BORDER -> List.of(SEAFOOD, TEXTILES, COAL, MINERALS);
            case EUROPE -> List.of(MACHINERY, TEXTILES, MINERALS);
        };
    }
}
