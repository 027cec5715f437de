package org.moneymen.model;

import org.moneymen.model.config.Labels;

/** What a quota review decided for one official. */
public enum ReviewOutcome implements EventCause {
    /** Kept in post. */
    KEPT,
    /** Punished for falling far below quota, kept in post. */
    PUNISHED,
    /** Punished and recalled for falling far below quota. */
    RECALLED_UNDER,
    /** Judged too successful to stay: recalled or relocated. */
    RECALLED_SUCCESS;

    @Override
    public String label() {
        return Labels.of(this);
    }
}
