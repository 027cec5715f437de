package org.moneymen.model;

import org.moneymen.model.config.Labels;

/** Why a deal was refused on the approval chain or collapsed. */
public enum DealStop implements EventCause {
    /** The feasibility review found the goods outside the counterpart's scope of business. */
    OUT_OF_SCOPE,
    /** The feasibility review found the deal beyond the counterpart's liquid assets. */
    BEYOND_LIQUIDITY,
    /** An organ refused it. */
    REFUSED,
    /** An organ that is a rival of the company's patron refused it. */
    REFUSED_BY_RIVAL,
    /** The official who made it left: it rested on his relationships. */
    MAKER_LEFT,
    /** Cancelled when re-examined after a purge of the patron whose lines of business it was in. */
    REINTERPRETED,
    /** Lost at the end of a dispute after a purge. */
    DISPUTE_UNRESOLVED;

    @Override
    public String label() {
        return Labels.of(this);
    }
}
