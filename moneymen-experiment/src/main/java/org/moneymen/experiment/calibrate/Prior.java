package org.moneymen.experiment.calibrate;

import java.io.Serializable;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.LogNormalDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.UniformRealDistribution;
import org.moneymen.experiment.sweep.DistributionKind;

/**
 * A free parameter's prior, resolved: a uniform, normal or log-normal distribution cut to [lo, hi] (either end may be
 * infinite for the normal and log-normal). Draws are by the inverse distribution function of a uniform number, so
 * a draw is a pure function of the random number it is given; the density is the cut distribution's, normalised.
 *
 * @param path scenario parameter path
 * @param column column name in the posterior table
 * @param kind the distribution
 * @param a uniform: min; normal: mean; log-normal: median
 * @param b uniform: max; normal: sd; log-normal: sigma
 * @param lo lower cut (the support's lower end)
 * @param hi upper cut
 * @param integer whether the scenario parameter is a whole number (the run gets the value rounded)
 * @param why why this prior, as the calibration file says
 */
public record Prior(String path, String column, DistributionKind kind, double a, double b, double lo, double hi,
                    boolean integer, String why) implements Serializable {
    private static final long serialVersionUID = 1L;

    private RealDistribution distribution() {
        switch (kind) {
            case UNIFORM:
                return new UniformRealDistribution(a, b);
            case NORMAL:
                return new NormalDistribution(a, b);
            default:
                return new LogNormalDistribution(Math.log(a), b);
        }
    }

    private double cdf(RealDistribution d, double x) {
        if (x == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1;
        }
        return d.cumulativeProbability(x);
    }

    /** The probability the uncut distribution gives [lo, hi]. */
    public double mass() {
        RealDistribution d = distribution();
        return cdf(d, hi) - cdf(d, lo);
    }

    /** The value at probability u in (0, 1) of the cut distribution. */
    public double quantile(double u) {
        RealDistribution d = distribution();
        double p0 = cdf(d, lo);
        double p1 = cdf(d, hi);
        double p = p0 + Math.min(1 - 1e-15, Math.max(1e-15, u)) * (p1 - p0);
        double x = d.inverseCumulativeProbability(p);
        return Math.max(lo, Math.min(hi, x));
    }

    /** The cut distribution's density at x: zero outside [lo, hi]. */
    public double density(double x) {
        if (!(x >= lo && x <= hi)) {
            return 0;
        }
        return distribution().density(x) / mass();
    }

    /** The value the scenario gets: rounded for a whole-number parameter. */
    public Object scenarioValue(double x) {
        return integer ? (Object) Math.round(x) : (Object) x;
    }

    /** The prior in words, as the outputs show it. */
    public String describe() {
        String cut = (Double.isInfinite(lo) && Double.isInfinite(hi)) || kind == DistributionKind.UNIFORM ? ""
                : " cut to [" + num(lo) + ", " + num(hi) + "]";
        switch (kind) {
            case UNIFORM:
                return "uniform(" + num(a) + ", " + num(b) + ")";
            case NORMAL:
                return "normal(mean " + num(a) + ", sd " + num(b) + ")" + cut;
            default:
                return "lognormal(median " + num(a) + ", sigma " + num(b) + ")" + cut;
        }
    }

    private static String num(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : org.moneymen.scenario.ScenarioValues.text(v);
    }
}
