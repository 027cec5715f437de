package org.moneymen.model;

import org.moneymen.model.config.Labels;

/** What an investigation by the centre found. */
public enum InvestigationOutcome implements EventCause {
    /** Found against the official: recalled. */
    RECALLED,
    /** Cleared: suspicion starts again from nothing. */
    CLEARED;

    @Override
    public String label() {
        return Labels.of(this);
    }
}
