package org.moneymen.model;

import java.util.Arrays;

/**
 * The deals of one post (signed or active), in the order they were made, with each one's monthly revenue kept
 * beside it, so the post's run rate is summed from one small array when a deal comes or goes, without visiting
 * the deal objects (at world scale each visit was a cache miss); its company keeps the sum for the monthly effort.
 */
final class PostDeals {
    private Deal[] deals = new Deal[4];
    private double[] monthlyUsd = new double[4];
    private int size;

    /** Adds a deal at the end. */
    void add(Deal d) {
        if (size == deals.length) {
            deals = Arrays.copyOf(deals, size * 2);
            monthlyUsd = Arrays.copyOf(monthlyUsd, size * 2);
        }
        deals[size] = d;
        monthlyUsd[size] = d.monthlyRevenueUsd();
        size++;
    }

    /** Removes a deal, keeping the others in order; nothing happens if it is not there. */
    void remove(Deal d) {
        for (int i = 0; i < size; i++) {
            if (deals[i] == d) {
                System.arraycopy(deals, i + 1, deals, i, size - i - 1);
                System.arraycopy(monthlyUsd, i + 1, monthlyUsd, i, size - i - 1);
                deals[--size] = null;
                return;
            }
        }
    }

    /** Sets a deal's monthly revenue again (after a renegotiation; 0 while it is disputed). */
    void revalue(Deal d, double monthly) {
        for (int i = 0; i < size; i++) {
            if (deals[i] == d) {
                monthlyUsd[i] = monthly;
                return;
            }
        }
    }

    /** The post's monthly revenue for the state, in USD: each deal's monthly revenue times the state's share. */
    double runRateUsd(double stateShare) {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += monthlyUsd[i] * stateShare;
        }
        return sum;
    }

    /** A copy of the deals, in order (for changes made while walking them). */
    Deal[] toArray() {
        return Arrays.copyOf(deals, size);
    }
}
