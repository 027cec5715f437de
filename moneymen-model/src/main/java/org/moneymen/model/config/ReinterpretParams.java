package org.moneymen.model.config;

import java.util.List;
import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/**
 * After a purge, running deals in the fallen patron's lines of business are re-examined: kept, renegotiated at a
 * lower margin, disputed (suspended for months, then resumed or lost) or cancelled. Off when both reaches are 0.
 */
public record ReinterpretParams(
        @Doc("Lines of business whose running deals are re-examined") List<Commodity> commodities,
        @Doc(value = "Chance a running deal in those lines is re-examined, in a company not of the purged patron",
                unit = "probability") @Range(min = 0, max = 1) double reach,
        @Doc(value = "Chance a running deal in those lines is re-examined, in a company of the purged patron",
                unit = "probability") @Range(min = 0, max = 1) double reachPurged,
        @Doc(value = "Days after the purge over which the re-examinations fall", unit = "days")
        @Range(min = 1, max = 3650) int windowDays,
        @Doc(value = "Chance a re-examined deal is renegotiated at a lower margin", unit = "probability")
        @Range(min = 0, max = 1) double renegotiateProbability,
        @Doc(value = "Chance a re-examined deal is disputed: suspended, earning nothing", unit = "probability")
        @Range(min = 0, max = 1) double disputeProbability,
        @Doc(value = "Chance a re-examined deal is cancelled (it collapses)", unit = "probability")
        @Range(min = 0, max = 1) double cancelProbability,
        @Doc(value = "Share of its revenue a renegotiated deal loses for the rest of its life", unit = "share")
        @Range(min = 0, max = 1) double renegotiateCut,
        @Doc(value = "Shortest dispute", unit = "months") @Range(min = 0, max = 600) int disputeMinMonths,
        @Doc(value = "Longest dispute", unit = "months") @Range(min = 0, max = 600) int disputeMaxMonths,
        @Doc(value = "Chance a dispute ends with the deal collapsing rather than resuming", unit = "probability")
        @Range(min = 0, max = 1) double disputeCollapseProbability) {

    /** Off (no deal is reached); the rest as assumed for a purge of a patron who sold coal, minerals and land. */
    public static ReinterpretParams defaults() {
        return new ReinterpretParams(List.of(Commodity.COAL, Commodity.MINERALS, Commodity.LAND), 0, 0, 180, 0.35,
                0.25, 0.15, 0.3, 3, 12, 0.4);
    }

    /** Whether any deal can be reached. */
    public boolean on() {
        return reach > 0 || reachPurged > 0;
    }
}
