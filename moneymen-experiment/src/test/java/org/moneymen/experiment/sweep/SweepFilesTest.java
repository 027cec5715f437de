package org.moneymen.experiment.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.Runs;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;

/** Sweep files: designs, seeds, and errors located like scenario errors. */
final class SweepFilesTest {

    static final Path BASELINE = Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    SweepPlan plan(String body) throws Exception {
        Path f = tmp.resolve("s.yaml");
        Files.writeString(f, "name: t\nscenario: " + BASELINE + "\nset: [months=12]\n" + body);
        return SweepFiles.load(f, List.of());
    }

    String problems(String body) {
        Path f = tmp.resolve("bad.yaml");
        try {
            Files.writeString(f, "name: t\nscenario: " + BASELINE + "\nset: [months=12]\n" + body);
            SweepFiles.load(f, List.of());
        } catch (ScenarioException e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problem found");
    }

    @Test
    void gridCrossesEveryValueWithTheFirstParameterSlowest() throws Exception {
        SweepPlan p = plan("""
                replicas: 2
                parameters:
                  - {path: quota.recall_line, values: [0.8, 1.2]}
                  - {path: "companies[2].count", range: {min: 1, max: 3, steps: 3}}
                """);
        assertThat(p.points()).hasSize(6);
        assertThat(p.runs()).isEqualTo(12);
        assertThat(p.points().get(0).values()).containsExactly("0.8", "1");
        assertThat(p.points().get(1).values()).containsExactly("0.8", "2");
        assertThat(p.points().get(5).values()).containsExactly("1.2", "3");
        assertThat(p.run(3).overrides()).containsExactly("quota.recall_line=0.8", "companies[2].count=2",
                "seed=" + SweepPlan.runSeed(1, 1, 1));
        assertThat(p.params().get(1).column()).isEqualTo("companies_2_count");
    }

    @Test
    void runSeedsDependOnlyOnSweepSeedPointAndReplicaAndDiffer() throws Exception {
        SweepPlan p = plan("seed: 9\nreplicas: 5\nparameters: [{path: quota.recall_line, values: [0.8, 1.0, 1.2]}]\n");
        Set<Long> seeds = new HashSet<>();
        for (int r = 0; r < p.runs(); r++) {
            RunSpec s = p.run(r);
            assertThat(s.seed()).isEqualTo(SweepPlan.runSeed(9, r / 5, r % 5));
            seeds.add(s.seed());
        }
        assertThat(seeds).hasSize(15);
    }

    @Test
    void latinHypercubePutsOnePointInEachStratumOfEveryParameter() throws Exception {
        SweepPlan p = plan("""
                design: {kind: latin_hypercube, points: 10}
                parameters:
                  - {path: quota.recall_line, range: {min: 0.8, max: 1.5}}
                  - {path: earning.personal_share, distribution: {kind: uniform, min: 0.0, max: 0.3}}
                """);
        assertThat(p.points()).hasSize(10);
        for (int j = 0; j < 2; j++) {
            Set<Integer> strata = new HashSet<>();
            for (Point pt : p.points()) {
                strata.add((int) Math.floor(pt.unit()[j] * 10));
            }
            assertThat(strata).as("parameter %d", j).hasSize(10);
        }
        SweepPlan again = plan("""
                design: {kind: latin_hypercube, points: 10}
                parameters:
                  - {path: quota.recall_line, range: {min: 0.8, max: 1.5}}
                  - {path: earning.personal_share, distribution: {kind: uniform, min: 0.0, max: 0.3}}
                """);
        assertThat(again.points().get(3).values()).isEqualTo(p.points().get(3).values());
    }

    @Test
    void morrisTrajectoriesMoveOneParameterAtATimeByDelta() throws Exception {
        SweepPlan p = plan("""
                design: {kind: morris, trajectories: 3, levels: 4}
                parameters:
                  - {path: quota.recall_line, range: {min: 0.8, max: 1.5}}
                  - {path: quota.ratchet, range: {min: 0.0, max: 0.3}}
                  - {path: earning.personal_share, range: {min: 0.0, max: 0.3}}
                """);
        assertThat(p.points()).hasSize(3 * 4);
        double delta = 4 / (2.0 * 3);
        for (int t = 0; t < 3; t++) {
            Set<Integer> moved = new HashSet<>();
            for (int i = 1; i < 4; i++) {
                double[] a = p.points().get(t * 4 + i - 1).unit();
                double[] b = p.points().get(t * 4 + i).unit();
                List<Integer> changed = new ArrayList<>();
                for (int j = 0; j < 3; j++) {
                    if (a[j] != b[j]) {
                        changed.add(j);
                        assertThat(Math.abs(b[j] - a[j])).isCloseTo(delta, org.assertj.core.data.Offset.offset(1e-9));
                        assertThat(b[j]).isBetween(0.0, 1.0);
                    }
                }
                assertThat(changed).hasSize(1);
                moved.add(changed.get(0));
            }
            assertThat(moved).containsExactlyInAnyOrder(0, 1, 2);
        }
    }

    @Test
    void aSweepRunRepeatedAloneFromTheScenarioFileGivesTheSameSummary() throws Exception {
        SweepPlan p = plan("replicas: 2\nparameters: [{path: quota.recall_line, values: [0.8, 1.2]}]\n");
        RunRecord r = SweepRuns.compute(p, 3);
        List<String> sets = new ArrayList<>(List.of("months=12"));
        sets.addAll(p.run(3).overrides());
        var alone = Runs.runQuiet(ScenarioLoader.load(BASELINE, sets));
        assertThat(alone.summary().seed()).isEqualTo(r.seed());
        assertThat(SummaryFields.flatten(alone.summary())).isEqualTo(r.summary());
        assertThat(r.summary()).containsKeys("office39_inflow_usd", "recalls_quota", "totals_deals_signed");
    }

    @Test
    void unknownKeyIsReportedWithFileLineAndColumn() {
        assertThat(problems("replicas: 2\nreplica: 3\n"))
                .containsPattern("bad\\.yaml:5:1: replica: unknown key 'replica'; did you mean 'replicas'\\?");
    }

    @Test
    void rangeWithMaxBelowMinIsRefusedAtItsLine() {
        assertThat(problems("parameters:\n  - {path: quota.recall_line, range: {min: 2, max: 1, steps: 3}}\n"))
                .containsPattern("bad\\.yaml:5:\\d+: parameters\\[0\\]\\.range\\.max: is 1\\.0, not above min 2\\.0");
    }

    @Test
    void unknownParameterPathIsReportedAtTheParameter() {
        assertThat(problems("parameters:\n  - path: quota.recal_line\n    values: [1.0]\n"))
                .containsPattern("bad\\.yaml:5:\\d+: parameters\\[0\\]: quota\\.recal_line = 1\\.0: .*unknown key 'recal_line'; did you mean 'recall_line'");
    }

    @Test
    void valueOutsideTheScenarioRangeIsReportedAtTheParameter() {
        assertThat(problems("parameters:\n  - {path: quota.recall_max, values: [0.5, 2]}\n"))
                .containsPattern("bad\\.yaml:5:\\d+: parameters\\[0\\]: quota\\.recall_max = 2: quota\\.recall_max: is 2, outside the allowed range 0 to 1");
    }

    @Test
    void morrisNeedsTrajectoriesAndEvenLevels() {
        assertThat(problems("design: {kind: morris, levels: 3}\nparameters: [{path: quota.ratchet, range: {min: 0, max: 0.3}}]\n"))
                .contains("Morris levels must be even", "a morris design needs trajectories");
    }

    @Test
    void missingSweepFileIsAProblem() {
        assertThatThrownBy(() -> SweepFiles.load(tmp.resolve("nope.yaml"), List.of()))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("nope.yaml: no such file");
    }
}
