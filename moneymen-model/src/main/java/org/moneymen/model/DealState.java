package org.moneymen.model;

/** Where a deal is in its life. */
public enum DealState {
    /** Signed with the counterpart, waiting for approvals or its start. */
    IN_APPROVAL,
    /** Earning. */
    ACTIVE,
    /** Ran its course. */
    ENDED,
    /** Collapsed before its end. */
    COLLAPSED,
    /** Refused on the way to approval. */
    REJECTED
}
