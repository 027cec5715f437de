package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Scenario;

/** scenario.resolved.yaml repeats a run alone: reading it back gives the very scenario that ran. */
class ResolvedYamlTest {

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

    @Property(tries = 50)
    void overriddenValuesSurviveTheRoundTrip(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed,
                                             @ForAll @DoubleRange(min = 0, max = 1) double personalShare,
                                             @ForAll @IntRange(min = 1, max = 600) int months) throws Exception {
        Scenario s = ScenarioLoader.load(scenarios().resolve("baseline.yaml"),
                List.of("seed=" + seed, "earning.personal_share=" + personalShare, "months=" + months,
                        "name=2016"));
        Scenario back = ScenarioLoader.parse("resolved", ScenarioLoader.resolvedYaml(s), List.of());
        assertThat(back).isEqualTo(s);
        assertThat(back.name()).isEqualTo("2016");
    }
}
