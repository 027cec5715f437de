package org.moneymen.experiment.keyplayers;

import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The mean of paired differences (the baseline's window inflow minus the removal's, seed by seed) with a 95%
 * interval from Student's t on the differences.
 *
 * @param mean mean loss, USD
 * @param low lower end of the 95% interval, USD
 * @param high upper end, USD
 * @param n pairs
 */
public record PairedLoss(double mean, double low, double high, int n) {

    /** The loss of {@code removed} against {@code base}, seed by seed (equal lengths, two pairs at least). */
    public static PairedLoss of(double[] base, double[] removed) {
        int n = base.length;
        if (n != removed.length || n < 2) {
            throw new IllegalArgumentException("paired losses need two pairs or more of equal length; got " + n
                    + " and " + removed.length);
        }
        double sum = 0;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = base[i] - removed[i];
            sum += d[i];
        }
        double mean = sum / n;
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (n - 1) / n);
        return new PairedLoss(mean, mean - half, mean + half, n);
    }

    /** Whether this loss is larger than the other beyond both intervals (the lower end above the other's upper). */
    public boolean beyond(PairedLoss other) {
        return low > other.high;
    }
}
