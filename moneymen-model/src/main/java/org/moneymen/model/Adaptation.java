package org.moneymen.model;

import org.moneymen.kernel.Draws;
import org.moneymen.model.config.AdaptationParams;
import org.moneymen.model.config.QuotaParams;

/**
 * How officials choose what to aim for. Each holds a belief of the highest performance ratio that is safe from a
 * success recall (the ceiling): it falls toward what it sees recalled, in its city or, less often, elsewhere,
 * and rises after reviews it survives and with time (greed). The aim sits at the ceiling, above the known
 * punishment line, nudged by the official's risk attitude.
 */
final class Adaptation {
    private final World world;
    private final AdaptationParams params;
    private final QuotaParams quota;

    Adaptation(World world) {
        this.world = world;
        this.params = world.scenario.adaptation();
        this.quota = world.scenario.quota();
    }

    /** The performance ratio an official aims for. */
    double aim(Official o) {
        double floor = quota.punishBelow() + params.safetyMargin();
        double nudged = o.ceiling + (o.riskAttitude - 0.5) * params.safetyMargin();
        return Math.max(floor, Math.min(params.maxAim(), nudged));
    }

    /** A replacement's starting belief: partly the beliefs of the officials in its city, partly the prior. */
    double priorCeiling(City city) {
        double sum = 0;
        int n = 0;
        for (TradeCompany c : city.companies) {
            for (Official o : c.posts) {
                if (o != null) {
                    sum += o.ceiling;
                    n++;
                }
            }
        }
        if (n == 0) {
            return params.initialAim();
        }
        return params.inheritBeliefs() * (sum / n) + (1 - params.inheritBeliefs()) * params.initialAim();
    }

    /** Others learn of a success recall at a ratio: those in the same city always, others by chance. */
    void seeSuccessRecall(Official recalled, City city, double ratio) {
        double target = ratio - params.safetyMargin();
        for (Official o : world.postedOfficials()) {
            if (o == recalled) {
                continue;
            }
            if (o.company.city() == city || Draws.chance(o.rng, params.visibility())) {
                o.sawSuccessRecall = true;
                if (target < o.ceiling) {
                    o.ceiling += params.learningRate() * (target - o.ceiling);
                }
            }
        }
    }

    /** An official that survived its review learns that its ratio was safe, and grows greedier if it saw no recall. */
    void afterOwnReview(Official o, double ratio) {
        if (ratio > o.ceiling) {
            o.ceiling += params.learningRate() * (ratio - o.ceiling);
        }
        if (!o.sawSuccessRecall) {
            o.ceiling += params.greedDrift();
        }
        o.ceiling = Math.min(o.ceiling, params.maxAim());
        o.sawSuccessRecall = false;
    }
}
