package org.moneymen.model;

import java.util.List;

/** Small statistics for pattern tests: replicate means and Welch's t between two sets of replicates. */
final class Stats {
    private Stats() {
    }

    static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static double variance(List<Double> xs) {
        double m = mean(xs);
        return xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (xs.size() - 1);
    }

    /** Welch's t statistic of mean(a) - mean(b). */
    static double welchT(List<Double> a, List<Double> b) {
        return (mean(a) - mean(b)) / Math.sqrt(variance(a) / a.size() + variance(b) / b.size());
    }

    static double median(List<Double> xs) {
        double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
