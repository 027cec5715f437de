package org.moneymen.model.config;

import java.util.List;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** Process 1, the approval chain: the steps in order and how rivalry between organs slows and hardens them. */
public record ApprovalParams(
        @Doc("Whether new deals must pass the chain (otherwise they start after deals.signing_delay_days)")
        boolean enabled,
        @Doc("Kinds of station whose deals need approval; the others start after deals.signing_delay_days")
        List<StationKind> appliesTo,
        @Doc("The steps, in the order a deal passes them") List<ApprovalStepSpec> steps,
        @Doc(value = "How many times longer a step takes when its organ is a rival of the company's patron", unit = "times")
        @Range(min = 1, max = 100) double rivalSlowdown,
        @Doc(value = "Added chance of refusal when the step's organ is a rival of the company's patron", unit = "probability")
        @Range(min = 0, max = 1) double rivalStrictness,
        @Doc(value = "Added chance of refusal per unit of standing the company's patron organ has lost", unit = "probability")
        @Range(min = 0, max = 1) double standingStrictness,
        @Doc(value = "Share of the counterpart's liquid assets (assets x liquidity) a deal may be worth and pass the feasibility review",
                unit = "share") @Range(min = 0, max = 1000) double feasibilityCover) {

    /** The five steps of the 2016 report, in its order. */
    public static ApprovalParams defaults() {
        return new ApprovalParams(true, List.of(StationKind.MAJOR_CITY, StationKind.EUROPE), List.of(
                new ApprovalStepSpec(ApprovalStep.PARTY, "party", 10, 14, 0.5, 0.05, false),
                new ApprovalStepSpec(ApprovalStep.TRADE_OFFICE, "trade_office", 12, 21, 0.5, 0.02, true),
                new ApprovalStepSpec(ApprovalStep.CUSTOMS, "customs", 8, 7, 0.5, 0.02, false),
                new ApprovalStepSpec(ApprovalStep.QUARANTINE, "quarantine", 8, 7, 0.5, 0.02, false),
                new ApprovalStepSpec(ApprovalStep.PLANNING, "planning", 10, 14, 0.5, 0.03, false)),
                2.0, 0.15, 0.5, 0.5);
    }
}
