package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** Earning and remitting: who keeps what of a deal's revenue, and how fast accounts are emptied to Office No. 39. */
public record EarningParams(
        @Doc(value = "Share of a deal's revenue kept by the official holding the post the deal belongs to (deals stay with the post)", unit = "share")
        @Range(min = 0, max = 1) double personalShare,
        @Doc(value = "Share of each account's balance sent to Office No. 39 each month", unit = "share per month")
        @Range(min = 0, max = 1) double remitShare) {

    /** Values for normal times. */
    public static EarningParams defaults() {
        return new EarningParams(0.1, 0.8);
    }
}
