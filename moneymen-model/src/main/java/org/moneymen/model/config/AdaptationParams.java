package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/** How officials choose what to aim for, and learn from what happens to themselves and others. */
public record AdaptationParams(
        @Doc(value = "Performance ratio a new official aims for before seeing any recall", unit = "earned / quota")
        @Range(min = 0, max = 100) double initialAim,
        @Doc(value = "Highest ratio an official ever aims for", unit = "earned / quota") @Range(min = 0, max = 100)
        double maxAim,
        @Doc(value = "Weight of one observation in an official's beliefs", unit = "share") @Range(min = 0, max = 1)
        double learningRate,
        @Doc(value = "How far below a seen recall an official puts the safe ceiling", unit = "ratio units")
        @Range(min = 0, max = 10) double safetyMargin,
        @Doc(value = "Chance an official hears of a recall for success in another city", unit = "probability")
        @Range(min = 0, max = 1) double visibility,
        @Doc(value = "Rise of the believed safe ceiling after each review without a success recall seen", unit = "ratio units")
        @Range(min = 0, max = 10) double greedDrift,
        @Doc(value = "Weight a replacement gives to the beliefs of the officials already in its city", unit = "share")
        @Range(min = 0, max = 1) double inheritBeliefs) {

    /** Values for normal times. */
    public static AdaptationParams defaults() {
        return new AdaptationParams(1.6, 3.0, 0.3, 0.1, 0.3, 0.05, 0.7);
    }
}
