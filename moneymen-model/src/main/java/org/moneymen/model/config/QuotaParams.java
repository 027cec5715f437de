package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** The quota review: punishment far below quota, recall or relocation on success, and the ratchet. */
public record QuotaParams(
        @Doc(value = "Months between quota reviews", unit = "months") @Range(min = 1, max = 120) int reviewMonths,
        @Doc(value = "Months in post before an official is first reviewed", unit = "months")
        @Range(min = 0, max = 120) int minMonthsInPost,
        @Doc(value = "Performance ratio below which an official is punished", unit = "earned / quota")
        @Range(min = 0, max = 100) double punishBelow,
        @Doc(value = "Chance a punished official is recalled for under-performance", unit = "probability")
        @Range(min = 0, max = 1) double punishRecallProbability,
        @Doc("Whether officials who meet their quota are recalled or relocated") boolean recallOnSuccess,
        @Doc(value = "Performance ratio from which success can get an official recalled", unit = "earned / quota")
        @Range(min = 0, max = 100) double recallLine,
        @Doc(value = "Chance of recall at the recall line", unit = "probability") @Range(min = 0, max = 1) double recallBase,
        @Doc(value = "Added chance of recall per unit of ratio above the line", unit = "probability per ratio unit")
        @Range(min = 0, max = 100) double recallSlope,
        @Doc(value = "Largest chance of recall for success", unit = "probability") @Range(min = 0, max = 1) double recallMax,
        @Doc(value = "Share of success recalls that are relocations to another city instead", unit = "share")
        @Range(min = 0, max = 1) double relocateShare,
        @Doc(value = "Quota raise per unit of performance above 1 (targets follow output)", unit = "share per ratio unit")
        @Range(min = 0, max = 10) double ratchet,
        @Doc("When officials are reviewed: on the anniversary of their posting, or all on the same calendar months")
        ReviewTiming reviewTiming) {

    /** Values for normal times. */
    public static QuotaParams defaults() {
        return new QuotaParams(12, 6, 0.6, 0.3, true, 1.0, 0.3, 0.5, 0.9, 0.3, 0.1, ReviewTiming.ANNIVERSARY);
    }

    /** Chance that a performance ratio gets an official recalled or relocated for success. */
    public double successRecallProbability(double ratio) {
        if (!recallOnSuccess || ratio < recallLine) {
            return 0;
        }
        return Math.min(recallMax, recallBase + recallSlope * (ratio - recallLine));
    }
}
