package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Scenario;

/** scenario.resolved.yaml repeats a run alone: reading it back gives the very scenario that ran. */
final class ResolvedYamlTest {
    /** Fixed so that a CI failure is the same failure on a developer's machine. */
    private static final long SEED = 2016L;

    static Path scenarios() {
        return Path.of("..", "scenarios");
    }

    @Test
    void everyShippedScenarioLoadsAndRoundTrips() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(scenarios())) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            Scenario s = ScenarioLoader.load(f, List.of());
            String yaml = ScenarioLoader.resolvedYaml(s);
            assertThat(ScenarioLoader.parse("resolved", yaml, List.of())).as(f.toString()).isEqualTo(s);
            assertThat(ScenarioLoader.resolvedYaml(ScenarioLoader.parse("resolved", yaml, List.of()))).isEqualTo(yaml);
        }
    }

    @Test
    void overriddenValuesSurviveTheRoundTrip() {
        qt().withExamples(50).withFixedSeed(SEED)
                .forAll(longs().between(0, Long.MAX_VALUE), doubles().between(0, 1), integers().between(1, 600))
                .checkAssert(ResolvedYamlTest::overriddenValuesSurvive);
    }

    private static void overriddenValuesSurvive(long seed, double personalShare, int months) {
        try {
            Scenario s = ScenarioLoader.load(scenarios().resolve("baseline.yaml"),
                    List.of("seed=" + seed, "earning.personal_share=" + personalShare, "months=" + months,
                            "name=2016"));
            Scenario back = ScenarioLoader.parse("resolved", ScenarioLoader.resolvedYaml(s), List.of());
            assertThat(back).isEqualTo(s);
            assertThat(back.name()).isEqualTo("2016");
        } catch (ScenarioException e) {
            throw new AssertionError("overrides seed=" + seed + ", personal_share=" + personalShare + ", months=" + months, e);
        }
    }
}
