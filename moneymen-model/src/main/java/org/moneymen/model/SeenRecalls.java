package org.moneymen.model;

import java.util.Arrays;

/**
 * The targets (ratio recalled minus the safety margin) of the success recalls one observer group sees, in order, with
 * block minima, so that an observer skips every recall whose target is not below its ceiling (those change nothing)
 * and applies the others in order: the same arithmetic as meeting each recall in turn, without the quadratic walk.
 */
final class SeenRecalls {
    private static final int BLOCK = 32;
    private Official[] who = new Official[8];
    private double[] target = new double[8];
    private double[] blockMin;
    private int n;

    void add(Official recalled, double t) {
        if (n == target.length) {
            who = Arrays.copyOf(who, n * 2);
            target = Arrays.copyOf(target, n * 2);
        }
        who[n] = recalled;
        target[n++] = t;
    }

    /** Builds the block minima once every recall is added. */
    void index() {
        blockMin = new double[(n + BLOCK - 1) / BLOCK];
        Arrays.fill(blockMin, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            blockMin[i / BLOCK] = Math.min(blockMin[i / BLOCK], target[i]);
        }
    }

    /** The observer sees every recall but its own: it has seen one, and its ceiling falls toward each lower target. */
    void teach(Official o, double rate) {
        boolean saw = false;
        for (int i = 0; i < n && !saw; i++) {
            saw = who[i] != o;
        }
        if (!saw) {
            return;
        }
        o.sawSuccessRecall = true;
        int i = 0;
        while ((i = nextBelow(i, o.ceiling)) < n) {
            if (who[i] != o) {
                o.ceiling += rate * (target[i] - o.ceiling);
            }
            i++;
        }
    }

    /** The first index from i on whose target is below c (n when none). */
    private int nextBelow(int i, double c) {
        while (i < n) {
            if (i % BLOCK == 0 && !(blockMin[i / BLOCK] < c)) {
                i += BLOCK;
                continue;
            }
            if (target[i] < c) {
                return i;
            }
            i++;
        }
        return n;
    }
}
