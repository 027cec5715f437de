package org.moneymen.model;

import org.moneymen.model.config.OrganKind;
import org.moneymen.model.config.OrganSpec;

/** A state body during a run. */
public final class Organ {
    private final int index;
    private final OrganSpec spec;
    double standing;

    Organ(int index, OrganSpec spec) {
        this.index = index;
        this.spec = spec;
        this.standing = spec.standing();
    }

    /** Position in the scenario's list of organs. */
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

    /** Role in the network. */
    public OrganKind kind() {
        return spec.kind();
    }

    /** Current political standing (1 = secure). */
    public double standing() {
        return standing;
    }

    /** Whether this organ competes with another (either names the other as a rival). */
    public boolean isRivalOf(Organ other) {
        return other != this && (spec.rivals().contains(other.id()) || other.spec.rivals().contains(id()));
    }
}
