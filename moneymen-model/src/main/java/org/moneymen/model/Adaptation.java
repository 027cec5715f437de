package org.moneymen.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private Map<City, double[]> building;
    private double[] cityBeliefSum;
    private int[] cityBeliefCount;

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

    /**
     * A replacement's starting belief: partly the beliefs of the officials in its city (as they stood at the last
     * month's close, or as the network is being built), partly the prior.
     */
    double priorCeiling(City city) {
        if (building != null) {
            double[] a = building.get(city);
            return prior(a == null ? 0 : a[0], a == null ? 0 : (int) a[1]);
        }
        int i = city.index();
        return cityBeliefSum == null ? prior(0, 0) : prior(cityBeliefSum[i], cityBeliefCount[i]);
    }

    /** Takes the snapshot of each city's beliefs (sum and number of posted officials' ceilings) on its own. */
    void snapshotCityBeliefs() {
        beginSnapshot();
        for (Official o : world.postedOfficials()) {
            noteBelief(o);
        }
    }

    /**
     * The month's snapshot of each city's beliefs, a process of the close: replacements posted during the next month
     * start from it.
     */
    MonthProcess beliefs() {
        return new MonthProcess() {
            @Override
            public String name() {
                return "beliefs";
            }

            @Override
            public void before(MonthClose close) {
                beginSnapshot();
            }

            @Override
            public boolean visitsPosts() {
                return true;
            }

            @Override
            public void visit(Official o, MonthClose close) {
                noteBelief(o);
            }
        };
    }

    /** Starts the month's snapshot of each city's beliefs; {@link #noteBelief} then adds each posted official. */
    void beginSnapshot() {
        int n = world.cities.size();
        if (cityBeliefSum == null) {
            cityBeliefSum = new double[n];
            cityBeliefCount = new int[n];
        }
        java.util.Arrays.fill(cityBeliefSum, 0);
        java.util.Arrays.fill(cityBeliefCount, 0);
    }

    /** Adds a posted official's ceiling to its city's snapshot (officials come in the fixed post order). */
    void noteBelief(Official o) {
        int i = o.company.city().index();
        cityBeliefSum[i] += o.ceiling;
        cityBeliefCount[i]++;
    }

    private double prior(double sum, int n) {
        if (n == 0) {
            return params.initialAim();
        }
        return params.inheritBeliefs() * (sum / n) + (1 - params.inheritBeliefs()) * params.initialAim();
    }

    /**
     * While the network is built, posts fill company by company, so the officials already in a city are exactly those
     * the city's loop would visit, in its order: running sums give the same bits without the quadratic walk.
     */
    void building(boolean on) {
        building = on ? new HashMap<>() : null;
    }

    /** An official has just been posted while the network is built. */
    void built(Official o) {
        double[] acc = building.computeIfAbsent(o.company.city(), c -> new double[2]);
        acc[0] += o.ceiling;
        acc[1]++;
    }

    /** A success recall others may learn of: who, where, and at what ratio. */
    record Recall(Official official, City city, double ratio) {
    }

    /**
     * Others learn of the review's success recalls, in order: those in the same city always, others by chance (in a
     * network scaled larger than its file, each by the chance {@link #hearingShare} gives). Each
     * observer meets the recalls in the order they were decided (one visibility draw per recall elsewhere), which
     * gives the same draws and beliefs as meeting them recall by recall: an observer's state and stream are its own.
     */
    void seeSuccessRecalls(List<Recall> recalls) {
        if (recalls.isEmpty()) {
            return;
        }
        Official[] posted = world.postedOfficials();
        double v = params.visibility();
        double heard = hearingShare();
        if (heard < 1) {
            // A network scaled k times has k times the recalls in each city: each is heard with a k-th of the
            // chance, so an official hears of as many recalls as at the file's size.
            HeardRecalls h = new HeardRecalls(recalls, heard, v * heard);
            for (Official o : posted) {
                h.hear(o, o.company.city(), o.rng(Source.ADAPTATION), r -> learn(o, r.ratio - params.safetyMargin()));
            }
            return;
        }
        if (v > 0 && v < 1) {
            for (Official o : posted) {
                City here = o.company.city();
                for (Recall r : recalls) {
                    if (r.official != o && (r.city == here || Draws.chance(o.rng(Source.ADAPTATION), v))) {
                        learn(o, r.ratio - params.safetyMargin());
                    }
                }
            }
            return;
        }
        // No draws: an observer learns from every recall in its city (all recalls when visibility is 1).
        Map<City, SeenRecalls> byCity = new HashMap<>();
        SeenRecalls all = new SeenRecalls();
        for (Recall r : recalls) {
            SeenRecalls s = v >= 1 ? all : byCity.computeIfAbsent(r.city, c -> new SeenRecalls());
            s.add(r.official, r.ratio - params.safetyMargin());
        }
        for (SeenRecalls s : byCity.values()) {
            s.index();
        }
        all.index();
        for (Official o : posted) {
            SeenRecalls s = v >= 1 ? all : byCity.get(o.company.city());
            if (s != null) {
                s.teach(o, params.learningRate());
            }
        }
    }

    /**
     * The share of the success recalls an official hears of, against the file's network: 1 at its size or smaller,
     * 1 / k when {@code target_officials} makes it k times larger (an official's circle does not grow with the
     * network).
     */
    private double hearingShare() {
        double k = world.scenario.scale();
        return k > 1 ? 1 / k : 1;
    }

    private static void learn(Official o, double target, double rate) {
        o.sawSuccessRecall = true;
        if (target < o.ceiling) {
            o.ceiling += rate * (target - o.ceiling);
        }
    }

    private void learn(Official o, double target) {
        learn(o, target, params.learningRate());
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
