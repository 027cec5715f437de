package org.moneymen.model.config;

/** What a deal trades: the lines of business the reports name (coal and other minerals, seafood, textiles, land). */
public enum Commodity {
    COAL, MINERALS, SEAFOOD, TEXTILES,
    /** Land and zone leases (Rason's, say). */
    LAND,
    MACHINERY;

    /** The lower-case name used in files and outputs (computed once). */
    public String label() {
        return Labels.of(this);
    }
}
