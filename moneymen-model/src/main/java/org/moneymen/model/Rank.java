package org.moneymen.model;

/** An official's rank in the company. */
public enum Rank {
    /** Company head: knows every account. */
    HEAD,
    /** Staff official. */
    STAFF;

    /** The lower-case name used in outputs. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
