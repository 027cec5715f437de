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

    private boolean[] rivalOf;

    /** Fixes who competes with whom once all organs exist (rivalry is symmetric: either naming the other). */
    void linkRivals(java.util.List<Organ> organs) {
        rivalOf = new boolean[organs.size()];
        for (Organ other : organs) {
            rivalOf[other.index] = other != this
                    && (spec.rivals().contains(other.id()) || other.spec.rivals().contains(id()));
        }
    }

    /** The organs it names as rivals in the scenario. */
    public java.util.List<String> rivalIds() {
        return spec.rivals();
    }

    /** Whether this organ competes with another (either names the other as a rival). */
    public boolean isRivalOf(Organ other) {
        return rivalOf[other.index];
    }
}
