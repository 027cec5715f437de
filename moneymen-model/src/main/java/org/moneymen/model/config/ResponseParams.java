package org.moneymen.model.config;

import org.moneymen.model.param.Doc;
import org.moneymen.model.param.Range;

/**
 * How a summoned official weighs return, hiding, defection and flight with funds: the weights of a multinomial
 * logit choice, one utility per option.
 */
public record ResponseParams(
        @Doc(value = "Base utility of hiding, relative to returning", unit = "utility") @Range(min = -20, max = 20)
        double hideBase,
        @Doc(value = "Base utility of defecting, relative to returning", unit = "utility") @Range(min = -20, max = 20)
        double defectBase,
        @Doc(value = "Base utility of fleeing with funds, relative to returning", unit = "utility") @Range(min = -20, max = 20)
        double fleeBase,
        @Doc(value = "Pull of a family held at home toward returning (subtracted from every other option)", unit = "utility")
        @Range(min = 0, max = 20) double familyWeight,
        @Doc(value = "Push of a close tie to the purged patron away from returning (times closeness, 0 to 1)",
                unit = "utility") @Range(min = 0, max = 20) double tieWeight,
        @Doc(value = "Pull of personal savings toward hiding, defecting or fleeing (per tenfold over USD 10,000)",
                unit = "utility") @Range(min = 0, max = 20) double savingsWeight,
        @Doc(value = "Pull of access to a company account toward fleeing with funds", unit = "utility")
        @Range(min = 0, max = 20) double accessWeight,
        @Doc(value = "Push of an arrest squad in the city away from hiding, defecting or fleeing", unit = "utility")
        @Range(min = 0, max = 20) double squadWeight,
        @Doc(value = "Chance per month that an official in hiding gets out to another country", unit = "probability per month")
        @Range(min = 0, max = 1) double hidingDefectProbability,
        @Doc(value = "Share of the balances of the accounts he knows that an official fleeing with funds takes", unit = "share")
        @Range(min = 0, max = 1) double fleeTakeShare) {

    /** Values assumed; see docs/ODD.md. */
    public static ResponseParams defaults() {
        return new ResponseParams(0.0, -1.5, -2.0, 2.5, 2.0, 0.5, 1.0, 1.0, 0.08, 0.8);
    }
}
