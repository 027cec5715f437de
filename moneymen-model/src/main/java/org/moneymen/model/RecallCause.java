package org.moneymen.model;

/** Why an official was called home in order. */
public enum RecallCause {
    /** Met or exceeded the quota ("once a foreign currency goal is met, they're often recalled"). */
    QUOTA,
    /** Far below quota. */
    UNDERPERFORMANCE,
    /** The posting ended and was not renewed. */
    TERM_END;

    /** The lower-case name used in outputs. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
