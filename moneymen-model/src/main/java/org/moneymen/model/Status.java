package org.moneymen.model;

import org.moneymen.model.config.Labels;

/** Where an official stands. */
public enum Status {
    /** Working abroad. */
    POSTED,
    /** Called home in order (quota, under-performance, rumour, term end). */
    RECALLED,
    /** Ordered home in a purge, not yet decided. */
    SUMMONED,
    /** Gone to ground abroad after a summons. */
    HIDING,
    /** Defected to another country (from his post, when summoned, or from hiding). */
    DEFECTED,
    /** Fled with funds from the company's accounts. */
    FLED,
    /** Caught by an arrest squad. */
    ARRESTED,
    /** Went home when summoned. */
    RETURNED;

    /** Whether an official in this status can move to another (a relocation stays posted). */
    public boolean canBecome(Status next) {
        return switch (this) {
            case POSTED -> next == RECALLED || next == SUMMONED || next == DEFECTED;
            case SUMMONED -> next == RETURNED || next == HIDING || next == DEFECTED || next == FLED || next == ARRESTED;
            case HIDING -> next == ARRESTED || next == DEFECTED;
            default -> false;
        };
    }

    /** The lower-case name used in files and outputs (computed once). */
    public String label() {
        return Labels.of(this);
    }
}
