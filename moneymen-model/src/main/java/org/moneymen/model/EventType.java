package org.moneymen.model;

import java.util.Locale;

/** Kinds of events in the event log. */
public enum EventType {
    POSTED, DEAL_SIGNED, DEAL_STARTED, DEAL_ENDED, DEAL_COLLAPSED, REVIEWED, PUNISHED, QUOTA_RAISED, RECALLED,
    RELOCATED, TERM_RENEWED, VACANCY, ACCOUNT_HANDED_OVER, ACCOUNT_LOST;

    /** The lower-case name used in outputs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
