package org.moneymen.experiment.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moneymen.experiment.sweep.DistributionKind;

/**
 * ABC-SMC through the same code as the model's calibrations, on a simulator whose posterior is known: the figure is
 * the parameter itself, observed with normal error of sd 1 (the target's sd, which noisy ABC treats as observation
 * error), under a normal prior. The posterior is then normal with mean y s0^2 / (s0^2 + 1) and variance
 * s0^2 / (s0^2 + 1).
 */
final class ToyPosteriorTest {

    /** The figure is the value: a deterministic simulator. */
    static final class Identity implements Simulator {
        int calls;

        @Override
        public double[][] simulate(int generation, List<double[]> particles) {
            calls += particles.size();
            double[][] out = new double[particles.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = new double[] {particles.get(i)[0]};
            }
            return out;
        }

        @Override
        public double[][] predict(List<double[]> particles) {
            return simulate(0, particles);
        }
    }

    static CalibrationPlan plan(double observed, double priorSd, long seed, int population, int generations) {
        Prior prior = new Prior("mu", "mu", DistributionKind.NORMAL, 0, priorSd, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, false, "toy");
        Target target = new Target("y", "y", Statistic.SUMMARY, null, null, observed, 1, "toy");
        MethodSpec method = new MethodSpec(MethodKind.ABC_SMC, population, generations, null, 0.5, 0.02, 0);
        return new CalibrationPlan("toy", "toy.yaml", Path.of("toy.yaml"), List.of(), "", "", seed, 1, true,
                List.of(prior), List.of(target), method);
    }

    static Calibration.Result calibrate(CalibrationPlan plan) throws Exception {
        List<Generation> seen = new ArrayList<>();
        Calibration.Result r = Calibration.run(plan, new Identity(), List.of(), (g, abc) -> seen.add(g));
        assertThat(seen).hasSize(r.generations().size());
        return r;
    }

    @Test
    void posteriorOfANormalMeanHasTheKnownMeanAndSd() throws Exception {
        // y = 2, prior N(0, 2^2): posterior N(1.6, 0.8). 1,000 particles: the Monte Carlo error of the mean is about
        // 0.9 / sqrt(1000) = 0.03 and the final tolerance adds a little width, so 0.1 is over three standard errors.
        Calibration.Result r = calibrate(plan(2, 2, 7, 1000, 12));
        Generation g = r.posterior();
        double[] x = Weighted.column(g.values(), 0);
        double[] w = g.weights();
        assertThat(Weighted.mean(x, w)).isCloseTo(1.6, within(0.1));
        assertThat(Weighted.sd(x, w)).isCloseTo(Math.sqrt(0.8), within(0.1));
        assertThat(g.tolerance()).isLessThan(r.generations().get(0).tolerance());
    }

    @Test
    void tolerancesShrinkAndTheFirstGenerationIsThePrior() throws Exception {
        Calibration.Result r = calibrate(plan(0, 1, 3, 400, 6));
        Generation first = r.generations().get(0);
        double[] x = Weighted.column(first.values(), 0);
        // The first generation keeps the half of 800 prior draws nearest 0: inside about +/- 1.5 (noise included).
        assertThat(first.acceptance()).isEqualTo(1.0);
        assertThat(Weighted.sd(x, first.weights())).isBetween(0.4, 1.0);
        for (int i = 1; i < r.generations().size(); i++) {
            assertThat(r.generations().get(i).tolerance()).isLessThanOrEqualTo(r.generations().get(i - 1).tolerance());
        }
    }

    @Test
    void ninetyPercentIntervalsCoverTheTruthInAtLeastEightOfTen() throws Exception {
        // Truth drawn from the prior, data y = truth + N(0, 1): a calibrated 90% interval covers the truth in each
        // repetition with probability 0.9, so 8 or more of 10 has probability 0.93.
        int covered = 0;
        java.util.Random rng = new java.util.Random(11);
        for (int rep = 0; rep < 10; rep++) {
            double truth = rng.nextGaussian();
            double y = truth + rng.nextGaussian();
            Generation g = calibrate(plan(y, 1, 100 + rep, 300, 8)).posterior();
            double[] x = Weighted.column(g.values(), 0);
            double lo = Weighted.quantile(x, g.weights(), 0.05);
            double hi = Weighted.quantile(x, g.weights(), 0.95);
            if (truth >= lo && truth <= hi) {
                covered++;
            }
        }
        assertThat(covered).isGreaterThanOrEqualTo(8);
    }

    @Test
    void sameSeedGivesTheSameGenerationsAndResumingRepeatsThem() throws Exception {
        CalibrationPlan plan = plan(1, 1, 5, 100, 5);
        Calibration.Result a = calibrate(plan);
        Calibration.Result b = calibrate(plan);
        Calibration.Result resumed = Calibration.run(plan, new Identity(), a.generations().subList(0, 2), (g, abc) -> { });
        for (Calibration.Result other : List.of(b, resumed)) {
            assertThat(other.generations()).hasSameSizeAs(a.generations());
            for (int i = 0; i < a.generations().size(); i++) {
                assertThat(other.generations().get(i).values()).isDeepEqualTo(a.generations().get(i).values());
                assertThat(other.generations().get(i).importance()).containsExactly(a.generations().get(i).importance());
            }
        }
    }
}
