package org.moneymen.model.config;

/** What a state body does in the network. */
public enum OrganKind {
    /** Owns trade companies and posts their officials (KPA General Staff Department, State Security Department, ...). */
    PATRON,
    /** Signs off a step of the approval chain (Central Party, trade office in Shenzhen, customs, quarantine, State Planning Commission). */
    APPROVAL,
    /** Office No. 39, which receives the money. */
    OFFICE_39
}
