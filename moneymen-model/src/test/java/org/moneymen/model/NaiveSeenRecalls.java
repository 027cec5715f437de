package org.moneymen.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference for {@link SeenRecalls}: an observer meets every recall of its group in order, skipping its own, and
 * learns from each as Adaptation's recall-by-recall path does (it has seen a recall; its ceiling falls toward a
 * lower target by the learning rate).
 */
final class NaiveSeenRecalls {
    private final List<Official> who = new ArrayList<>();
    private final List<Double> target = new ArrayList<>();

    void add(Official recalled, double t) {
        who.add(recalled);
        target.add(t);
    }

    void teach(Official o, double rate) {
        for (int i = 0; i < who.size(); i++) {
            if (who.get(i) != o) {
                learn(o, target.get(i), rate);
            }
        }
    }

    /** Adaptation.learn, word for word: the arithmetic the index must reproduce bit for bit. */
    private static void learn(Official o, double target, double rate) {
        o.sawSuccessRecall = true;
        if (target < o.ceiling) {
            o.ceiling += rate * (target - o.ceiling);
        }
    }
}
