package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** One step of the approval chain: the organ that performs it, its capacity, its processing time, its rejections. */
public record ApprovalStepSpec(
        @Doc("Which step: party, trade_office, customs, quarantine or planning") ApprovalStep step,
        @Doc("The organ that performs it (an id from organs, of kind approval)") String organ,
        @Doc(value = "Deals the organ examines at once; the rest wait in line", unit = "deals")
        @Range(min = 1, max = 100_000) int capacity,
        @Doc(value = "Median days one examination takes", unit = "days") @Range(min = 0, max = 3650) double daysMedian,
        @Doc(value = "Spread of that time (sigma of the log)", unit = "log-scale") @Range(min = 0, max = 3) double daysSigma,
        @Doc(value = "Chance the step refuses a deal for its own reasons", unit = "probability")
        @Range(min = 0, max = 1) double rejectProbability,
        @Doc("Whether the step examines the counterpart's assets, liquidity and scope of business against the deal")
        boolean feasibility) {

    /** A template for list entries. */
    public static ApprovalStepSpec defaults() {
        return new ApprovalStepSpec(ApprovalStep.PARTY, "", 4, 10, 0.5, 0.05, false);
    }
}
