package org.moneymen.model;

import org.moneymen.model.config.Labels;

/** How an account was lost. */
public enum AccountLoss implements EventCause {
    /** Its last knower left without handing it over, and nobody held its details for a successor. */
    UNKNOWN,
    /** Frozen in a what-if removal (designated, seized): lost with its balance whoever knew it. */
    FROZEN;

    @Override
    public String label() {
        return Labels.of(this);
    }
}
