package org.moneymen.model;

import org.moneymen.model.config.Labels;


/** Kinds of events in the event log. */
public enum EventType {
    POSTED, DEAL_SIGNED, DEAL_STARTED, DEAL_ENDED, DEAL_COLLAPSED, REVIEWED, PUNISHED, QUOTA_RAISED, RECALLED,
    RELOCATED, TERM_RENEWED, VACANCY, ACCOUNT_HANDED_OVER, ACCOUNT_LOST,
    /** A deal passed one step of the approval chain ({@code detail}: the step). */
    APPROVAL_PASSED,
    /** A deal was refused at a step of the approval chain ({@code detail}: the step and why). */
    DEAL_REJECTED,
    /** An official spread a rumour about another ({@code official}: the target, {@code other}: the source). */
    RUMOUR,
    /** An organ reported on a company of a rival organ ({@code official}: its head, {@code detail}: the organ). */
    REPORTED,
    /** The centre investigated an official ({@code detail}: outcome). */
    INVESTIGATED,
    /** A defection became known and raised the centre's suspicion ({@code detail}: who). */
    DEFECTION_SHOCK,
    /** A patron person or organ fell ({@code detail}: who). */
    PURGE,
    /** An official was ordered home in a purge ({@code detail}: whether his family is held at home). */
    SUMMONED,
    /** A summoned official went home. */
    RETURNED,
    /** A summoned official went to ground abroad. */
    HID,
    /** An official defected to another country. */
    DEFECTED,
    /** An official fled with funds from the accounts he knew ({@code usd}: the amount taken). */
    FLED,
    /** An arrest squad seized an official. */
    ARRESTED,
    /** An arrest squad arrived in a city ({@code detail}: the city). */
    SQUAD_ARRIVED,
    /** A company passed to another patron organ ({@code detail}: the new organ). */
    COMPANY_TRANSFERRED,
    /** A running deal was renegotiated at a lower margin after a purge ({@code commodity}: its goods). */
    DEAL_RENEGOTIATED,
    /** A running deal was disputed after a purge: suspended for {@code days} days ({@code commodity}: its goods). */
    DEAL_DISPUTED,
    /** A disputed deal was settled and earns again. */
    DEAL_RESUMED,
    /** A what-if removed an official from his post without handover ({@code usd}: earned in the period). */
    REMOVED;

    private static final java.util.Map<String, EventType> BY_LABEL = new java.util.HashMap<>();

    static {
        for (EventType t : values()) {
            BY_LABEL.put(t.label(), t);
        }
    }

    /** The type with a file label, or null when there is none. */
    public static EventType ofLabel(String label) {
        return BY_LABEL.get(label);
    }

    /**
     * The status the official concerned is in after an event of this type, or null when the event leaves it as it
     * was: the one mapping every reader of the log uses.
     */
    public Status statusAfter() {
        return switch (this) {
            case POSTED, RELOCATED -> Status.POSTED;
            case RECALLED, REMOVED -> Status.RECALLED;
            case SUMMONED -> Status.SUMMONED;
            case HID -> Status.HIDING;
            case DEFECTED -> Status.DEFECTED;
            case FLED -> Status.FLED;
            case ARRESTED -> Status.ARRESTED;
            case RETURNED -> Status.RETURNED;
            default -> null;
        };
    }

    /** The lower-case name used in files and outputs (computed once). */
    public String label() {
        return Labels.of(this);
    }
}
