package org.moneymen.model;

import org.moneymen.model.config.Labels;

/** Why an official was called home in order. */
public enum RecallCause implements EventCause {
    /** Met or exceeded the quota ("once a foreign currency goal is met, they're often recalled"). */
    QUOTA,
    /** Far below quota. */
    UNDERPERFORMANCE,
    /** The posting ended and was not renewed. */
    TERM_END,
    /** An investigation after rumours or reports ("political scapegoating"), whatever the official earned. */
    RUMOUR,
    /** Summoned or called home when the patron fell. */
    PURGE;

    /** The lower-case name used in files and outputs (computed once). */
    @Override
    public String label() {
        return Labels.of(this);
    }
}
