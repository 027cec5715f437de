package org.moneymen.model;

import org.moneymen.model.config.Labels;

/** How an official came to defect or be arrested. */
public enum Route implements EventCause {
    /** Defected when summoned, instead of going home. */
    WHEN_SUMMONED,
    /** Defected after a time in hiding. */
    FROM_HIDING,
    /** Seized by an arrest squad before he could choose. */
    SEIZED_BEFORE_CHOICE,
    /** Found in hiding by an arrest squad. */
    FOUND_IN_HIDING,
    /** Defected from his post in normal times, without being summoned. */
    FROM_POST;

    @Override
    public String label() {
        return Labels.of(this);
    }
}
