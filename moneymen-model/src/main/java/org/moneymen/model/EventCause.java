package org.moneymen.model;

/** Why an event happened, as a typed value with a file label: a recall's cause, a review's outcome, ... */
public interface EventCause {
    /** The lower-case name used in files. */
    String label();
}
