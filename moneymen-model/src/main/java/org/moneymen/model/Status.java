package org.moneymen.model;

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
    /** Defected to another country. */
    DEFECTED,
    /** Fled with funds from the company's accounts. */
    FLED,
    /** Caught by an arrest squad. */
    ARRESTED,
    /** Went home when summoned. */
    RETURNED;

    /** The lower-case name used in outputs. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
