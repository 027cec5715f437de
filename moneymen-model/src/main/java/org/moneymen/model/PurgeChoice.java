package org.moneymen.model;

import org.moneymen.kernel.Draws;
import org.moneymen.model.config.ResponseParams;

/**
 * What a summoned official does: return, hide, defect or flee with funds, a multinomial logit choice. A family held
 * at home pulls toward returning; a close tie to the fallen patron, savings and an arrest squad's absence push
 * away from it; access to an account with money in it makes flight with funds possible and tempting.
 */
enum PurgeChoice {
    RETURN, HIDE, DEFECT, FLEE;

    /** The utilities of the four options for one official (NaN for an option not open to it). */
    static double[] utilities(ResponseParams p, boolean familyAtHome, double tie, double savingsUsd,
                              boolean accountAccess, boolean squadInCity) {
        double family = familyAtHome ? p.familyWeight() : 0;
        double savings = p.savingsWeight() * Math.max(0, StrictMath.log10(Math.max(savingsUsd, 1) / 10_000.0));
        double squad = squadInCity ? p.squadWeight() : 0;
        double away = -family + savings - squad;
        return new double[] {
            -p.tieWeight() * tie,
            p.hideBase() + away,
            p.defectBase() + away,
            accountAccess ? p.fleeBase() + away + p.accessWeight() : Double.NaN
        };
    }

    /** Probabilities of the four options from their utilities. */
    static double[] probabilities(double[] utilities) {
        double max = Double.NEGATIVE_INFINITY;
        for (double u : utilities) {
            if (!Double.isNaN(u)) {
                max = Math.max(max, u);
            }
        }
        double[] p = new double[utilities.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Double.isNaN(utilities[i]) ? 0 : StrictMath.exp(utilities[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** Draws a choice. */
    static PurgeChoice draw(java.util.random.RandomGenerator rng, double[] utilities) {
        double[] p = probabilities(utilities);
        return values()[Math.max(0, Draws.weighted(rng, p, p.length))];
    }
}
