package org.moneymen.model;

import org.moneymen.model.config.PatronSpec;

/** A patron person officials can be tied to. */
public final class Patron {
    private final int index;
    private final PatronSpec spec;
    private final Organ organ;

    Patron(int index, PatronSpec spec, Organ organ) {
        this.index = index;
        this.spec = spec;
        this.organ = organ;
    }

    /** Position in the scenario's list of patrons. */
    public int index() {
        return index;
    }

    /** Identifier from the scenario. */
    public String id() {
        return spec.id();
    }

    /** Full name. */
    public String name() {
        return spec.name();
    }

    /** The organ the patron leads. */
    public Organ organ() {
        return organ;
    }
}
