package org.moneymen.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.scenario.ScenarioLoader;

/** A run's scenario is parsed once per point and gets its seed swapped in: equal to parsing it with seed=N. */
final class SweepRunsTest {

    @TempDir
    Path tmp;

    @Test
    void eachRunsScenarioEqualsTheScenarioParsedWithAllItsOverrides() throws Exception {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, "name: t\nscenario: " + SweepFilesTest.BASELINE + "\nset: [months=12]\nreplicas: 3\n"
                + "parameters:\n  - {path: quota.recall_line, values: [0.8, 1.2]}\n"
                + "  - {path: \"companies[2].count\", values: [1, 3]}\n");
        SweepPlan plan = SweepFiles.load(f, List.of());
        for (int run = 0; run < plan.runs(); run++) {
            RunSpec spec = plan.run(run);
            var parsed = ScenarioLoader.parse(SweepPlan.SCENARIO_FILE, plan.scenarioText(), spec.overrides());
            var made = SweepRuns.scenario(plan, spec);
            assertThat(made).isEqualTo(parsed);
            assertThat(made.seed()).isEqualTo(spec.seed());
        }
    }

    @Test
    void aDesignValueReachesTheRunToTheLastBitAndRepeatsAloneFromItsOverrides() throws Exception {
        Path f = tmp.resolve("lhs.yaml");
        Files.writeString(f, "name: t\nscenario: " + SweepFilesTest.BASELINE + "\nset: [months=6]\nreplicas: 2\n"
                + "design: {kind: latin_hypercube, points: 6}\n"
                + "parameters:\n  - {path: quota.recall_line, range: {min: 0.8, max: 1.6}}\n"
                + "  - {path: \"companies[2].count\", range: {min: 1, max: 5}}\n");
        SweepPlan plan = SweepFiles.load(f, List.of());
        for (int run = 0; run < plan.runs(); run++) {
            RunSpec spec = plan.run(run);
            Point point = plan.points().get(spec.point());
            double line = (Double) point.values().get(0);
            var made = SweepRuns.scenario(plan, spec);
            assertThat(made.quota().recallLine()).isEqualTo(line);
            assertThat(made.companies().get(2).count()).isEqualTo(((Long) point.values().get(1)).intValue());
            assertThat(made).isEqualTo(ScenarioLoader.parse(SweepPlan.SCENARIO_FILE, plan.scenarioText(), spec.overrides()));
        }
        // Six significant digits, as values were once written, would not have reached these runs.
        assertThat(plan.points()).anyMatch(p -> !Double.valueOf(new java.math.BigDecimal((Double) p.values().get(0))
                .round(new java.math.MathContext(6)).doubleValue()).equals(p.values().get(0)));
    }

    @Test
    void gridStepsAreTheDecimalsTheRangeNames() throws Exception {
        Path f = tmp.resolve("steps.yaml");
        Files.writeString(f, "name: t\nscenario: " + SweepFilesTest.BASELINE + "\nset: [months=6]\n"
                + "parameters: [{path: quota.recall_line, range: {min: 0.8, max: 1.7, steps: 10}}]\n");
        SweepPlan plan = SweepFiles.load(f, List.of());
        assertThat(plan.points()).extracting(p -> p.values().get(0))
                .containsExactly(0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7);
    }

    @Test
    void aRunComputedTwiceOrFromAnotherPlanInstanceIsTheSame() throws Exception {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, "name: t\nscenario: " + SweepFilesTest.BASELINE + "\nset: [months=6]\nreplicas: 2\n"
                + "parameters: [{path: quota.recall_line, values: [0.8, 1.2]}]\n");
        SweepPlan a = SweepFiles.load(f, List.of());
        SweepPlan b = SweepFiles.load(f, List.of());
        RunRecord first = SweepRuns.compute(a, 3);
        RunRecord again = SweepRuns.compute(b, 3);
        RunRecord third = SweepRuns.compute(a, 3);
        assertThat(again.summary()).isEqualTo(first.summary());
        assertThat(third.summary()).isEqualTo(first.summary());
        assertThat(java.util.Arrays.deepEquals(again.series(), first.series())).as("series, NaN included").isTrue();
    }
}
