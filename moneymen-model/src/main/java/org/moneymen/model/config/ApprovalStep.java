package org.moneymen.model.config;


/** The steps of the approval chain an MOU passes, as the 2016 report names them. */
public enum ApprovalStep {
    /** Central Party permission for the MOU. */
    PARTY,
    /** Feasibility review by Pyongyang's trade office in Shenzhen: the counterpart's assets, liquidity, scope. */
    TRADE_OFFICE,
    /** The customs office's sign-off. */
    CUSTOMS,
    /** The central quarantine office's sign-off. */
    QUARANTINE,
    /** The State Planning Commission's import-export licence. */
    PLANNING;

    /** The lower-case name used in files and outputs (computed once). */
    public String label() {
        return Labels.of(this);
    }
}
