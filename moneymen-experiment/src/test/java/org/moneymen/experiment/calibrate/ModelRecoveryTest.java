package org.moneymen.experiment.calibrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.LocalEngine;

/**
 * The model calibrated to figures it produced itself at known parameter values: the baseline over two years
 * (a year of warm-up), Office No. 39's inflow and the mean posting length generated at stranger signing
 * probability 0.3 and term 3.5 years, each repetition on its own seeds. The final 90% credible intervals must
 * cover each true value in at least 8 of 10 repetitions (a calibrated method covers a value with probability 0.9 a
 * repetition, and 8 or more of 10 then has probability 0.93; both values at once would be 0.81 and 0.68, so the test
 * asks per parameter). Noisy ABC with a tolerance above zero is conservative, so coverage is usually higher.
 */
final class ModelRecoveryTest {
    static final Path BASELINE = Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize();
    static final double SIGN = 0.3;
    static final double TERM = 3.5;

    @TempDir
    Path tmp;

    CalibrationPlan plan(long seed, double inflow, double posting) throws Exception {
        Path f = tmp.resolve("c" + seed + ".yaml");
        Files.writeString(f, "name: recovery\nscenario: " + BASELINE + "\n"
                + "set: [months=36, warmup_months=36]\nseed: " + seed + "\nreplicas: 1\n"
                + "parameters:\n"
                + "  - {path: deals.sign_probability_stranger, prior: {kind: uniform, min: 0.05, max: 0.6}}\n"
                + "  - {path: officials.term_years, prior: {kind: uniform, min: 1.5, max: 6}}\n"
                + "targets:\n"
                + "  - {name: inflow, output: office39_inflow_usd, statistic: mean_per_year, value: " + inflow
                + ", sd: " + 0.03 * inflow + ", source: the model at known values}\n"
                + "  - {name: posting, output: mean_posting_years, statistic: summary, value: " + posting
                + ", sd: 0.1, source: the model at known values}\n"
                + "method: {kind: abc_smc, population: 60, generations: 5, predictive: 0}\n");
        return CalibrationFiles.load(f);
    }

    @Test
    void ninetyPercentIntervalsCoverTheTrueValuesInEightOfTen() throws Exception {
        int[] covered = new int[2];
        double[] width = new double[2];
        for (int rep = 1; rep <= 10; rep++) {
            CalibrationPlan truthPlan = plan(1000 + rep, 1, 1);
            double[] observed;
            try (ModelSimulator truth = new ModelSimulator(truthPlan, new LocalEngine(), EngineOptions.defaults(), () -> { })) {
                observed = truth.predict(List.of(new double[] {SIGN, TERM}))[0];
            }
            CalibrationPlan plan = plan(rep, observed[0], observed[1]);
            Calibration.Result r;
            try (ModelSimulator sim = new ModelSimulator(plan, new LocalEngine(), EngineOptions.defaults(), () -> { })) {
                r = Calibration.run(plan, sim, List.of(), (g, abc) -> { });
            }
            Generation g = r.posterior();
            double[] truthValues = {SIGN, TERM};
            for (int d = 0; d < 2; d++) {
                double[] x = Weighted.column(g.values(), d);
                double lo = Weighted.quantile(x, g.weights(), 0.05);
                double hi = Weighted.quantile(x, g.weights(), 0.95);
                width[d] += (hi - lo) / 10;
                if (truthValues[d] >= lo && truthValues[d] <= hi) {
                    covered[d]++;
                }
            }
        }
        assertThat(covered[0]).as("sign probability covered").isGreaterThanOrEqualTo(8);
        assertThat(covered[1]).as("term covered").isGreaterThanOrEqualTo(8);
        // And the data taught it something: the mean interval is narrower than the prior's 90% interval (0.9 of
        // each uniform's width); measured 0.68 and 0.72 of it, so 0.85 leaves room for other seeds.
        assertThat(width[0]).as("sign probability interval").isLessThan(0.85 * 0.9 * 0.55);
        assertThat(width[1]).as("term interval").isLessThan(0.85 * 0.9 * 4.5);
    }
}
