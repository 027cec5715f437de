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
        assertThat(p.points().get(0).values()).containsExactly(0.8, 1L);
        assertThat(p.points().get(1).values()).containsExactly(0.8, 2L);
        assertThat(p.points().get(5).values()).containsExactly(1.2, 3L);
        assertThat(p.points().get(5).texts()).containsExactly("1.2", "3");
        assertThat(p.run(3).overrides()).containsExactly("quota.recall_line=0.8", "companies[2].count=2",
                "seed=" + SweepPlan.commonSeed(1, 1));
        assertThat(p.params().get(1).column()).isEqualTo("companies_2_count");
    }

    @Test
    void aPointsDesignTakesTheIthValueOfEveryParameter_andRefusesListsOfUnequalLength() throws Exception {
        SweepPlan p = plan("""
                replicas: 2
                design: {kind: points}
                parameters:
                  - {path: quota.recall_line, values: [0.8, 1.2, 1.4]}
                  - {path: "companies[2].count", values: [1, 3, 2]}
                """);
        assertThat(p.points()).hasSize(3);
        assertThat(p.points().get(1).values()).containsExactly(1.2, 3L);
        assertThat(p.points().get(2).values()).containsExactly(1.4, 2L);
        assertThat(p.resolvedYaml()).contains("kind: points");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plan("""
                replicas: 2
                design: {kind: points}
                parameters:
                  - {path: quota.recall_line, values: [0.8, 1.2]}
                  - {path: "companies[2].count", values: [1, 3, 2]}
                """)).isInstanceOf(org.moneymen.scenario.ScenarioException.class)
                .hasMessageContaining("parameters[1].values").hasMessageContaining("3 values where parameters[0] has 2");
    }

    @Test
    void withCommonRandomNumbersReplicaRHasTheSameSeedAtEveryPointFromTheSweepSeedAndROnly() throws Exception {
        SweepPlan p = plan("seed: 9\nreplicas: 5\nparameters: [{path: quota.recall_line, values: [0.8, 1.0, 1.2]}]\n");
        assertThat(p.commonRandomNumbers()).isTrue();
        Set<Long> seeds = new HashSet<>();
        for (int r = 0; r < p.runs(); r++) {
            RunSpec s = p.run(r);
            assertThat(s.seed()).isEqualTo(SweepPlan.commonSeed(9, r % 5)).isEqualTo(p.run(r % 5).seed());
            seeds.add(s.seed());
        }
        assertThat(seeds).hasSize(5);
        assertThat(SweepPlan.commonSeed(10, 0)).isNotEqualTo(SweepPlan.commonSeed(9, 0));
        assertThat(p.resolvedYaml()).contains("common_random_numbers: true");
    }

    @Test
    void withoutCommonRandomNumbersEveryPointAndReplicaHasItsOwnSeedAsBefore() throws Exception {
        SweepPlan p = plan("seed: 9\ncommon_random_numbers: false\nreplicas: 5\n"
                + "parameters: [{path: quota.recall_line, values: [0.8, 1.0, 1.2]}]\n");
        Set<Long> seeds = new HashSet<>();
        for (int r = 0; r < p.runs(); r++) {
            RunSpec s = p.run(r);
            assertThat(s.seed()).isEqualTo(SweepPlan.runSeed(9, r / 5, r % 5));
            seeds.add(s.seed());
        }
        assertThat(seeds).hasSize(15);
        assertThat(p.resolvedYaml()).contains("common_random_numbers: false");
    }

    @Test
    void theResolvedSweepFileLoadsBackToTheSameSeedsAndValues() throws Exception {
        for (String crn : List.of("true", "false")) {
            SweepPlan p = plan("common_random_numbers: " + crn + "\nreplicas: 2\ndesign: {kind: latin_hypercube, points: 3}\n"
                    + "parameters: [{path: quota.recall_line, range: {min: 0.8, max: 1.6}}]\n");
            Path dir = Files.createDirectories(tmp.resolve("resolved-" + crn));
            Files.writeString(dir.resolve(SweepPlan.SCENARIO_FILE), p.scenarioText());
            Files.writeString(dir.resolve("sweep.resolved.yaml"), p.resolvedYaml());
            SweepPlan back = SweepFiles.load(dir.resolve("sweep.resolved.yaml"), List.of());
            assertThat(back.commonRandomNumbers()).isEqualTo(Boolean.parseBoolean(crn));
            assertThat(back.resolvedYaml()).isEqualTo(p.resolvedYaml());
            for (int r = 0; r < p.runs(); r++) {
                assertThat(back.run(r)).isEqualTo(p.run(r));
            }
        }
    }

    @Test
    void seedAsASweptParameterIsRefusedAtThatParameter() {
        assertThat(problems("parameters:\n  - {path: quota.recall_line, values: [1.0]}\n  - {path: seed, values: [1, 2]}\n"))
                .containsPattern("bad\\.yaml:6:12: parameters\\[1\\]\\.path: 'seed' cannot be swept: a sweep sets each"
                        + " run's seed from its seed \\(1\\) and the replica, the same at every point"
                        + " \\(common_random_numbers: true\\)");
    }

    @Test
    void aBaseSeedInSetOrOnTheCommandLineIsRefusedBecauseItWouldNeverBeUsed() throws Exception {
        Path bad = tmp.resolve("seeded.yaml");
        Files.writeString(bad, "name: t\nscenario: " + BASELINE + "\nset: [months=12, seed=4]\n"
                + "parameters: [{path: quota.recall_line, values: [1.0]}]\n");
        assertThatThrownBy(() -> SweepFiles.load(bad, List.of())).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("seeded.yaml:3:18: set[1]: a sweep seeds each run from its own seed");
        Path f = tmp.resolve("ok.yaml");
        Files.writeString(f, "name: t\nscenario: " + BASELINE + "\nparameters: [{path: quota.recall_line, values: [1.0]}]\n");
        assertThatThrownBy(() -> SweepFiles.load(f, List.of("months=6", " seed =3")))
                .hasMessageContaining("--set  seed =3: seed: a sweep seeds each run from its own seed");
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

    String problemsWithScenario(String scenario) {
        Path f = tmp.resolve("base.yaml");
        try {
            Files.writeString(f, "name: t\nscenario: " + scenario + "\nparameters: [{path: months, values: [2]}]\n");
            SweepFiles.load(f, List.of());
        } catch (ScenarioException e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no problem found");
    }

    @Test
    void aBaseScenarioThatIsNotARegularFile_isRefusedAtTheSweepsScenarioLine() {
        Path f = tmp.resolve("base.yaml");
        assertThat(problemsWithScenario("/dev/zero")).isEqualTo(f + ":2:11: scenario: /dev/zero: is a device, pipe or"
                + " socket, not a regular file; give a scenario file (YAML), such as scenarios/baseline.yaml");
        assertThat(problemsWithScenario(tmp.toString())).isEqualTo(f + ":2:11: scenario: " + tmp + ": is a folder, not"
                + " a regular file; give a scenario file (YAML), such as scenarios/baseline.yaml");
        assertThat(problemsWithScenario("nope.yaml")).isEqualTo(f + ":2:11: scenario: " + tmp.resolve("nope.yaml")
                + ": no such file");
    }

    @Test
    void anElevenMegabyteSweepFileOrScenario_isRefusedNamingTheLimit() throws Exception {
        Path big = tmp.resolve("big.yaml");
        Files.writeString(big, "name: t\n" + "#\n".repeat(11 * 1024 * 1024 / 2));
        assertThatThrownBy(() -> SweepFiles.load(big, List.of())).isInstanceOf(ScenarioException.class)
                .hasMessage(big + ": is 11 MB (11,534,344 bytes); the most moneymen reads is 10 MB (10,485,760 bytes)");
        assertThat(problemsWithScenario(big.toString())).contains(":2:11: scenario: " + big + ": is 11 MB");
    }

    @Test
    void missingSweepFileIsAProblem() {
        assertThatThrownBy(() -> SweepFiles.load(tmp.resolve("nope.yaml"), List.of()))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("nope.yaml: no such file");
    }
}
