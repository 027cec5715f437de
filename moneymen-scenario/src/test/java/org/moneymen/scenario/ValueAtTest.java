package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A scenario's value at a path, read back from its tree, and written as {@code --set} text that reads back to the
 * same value and the same scenario, texts with commas, colons and quotes included.
 */
final class ValueAtTest {

    static LoadedScenario resolved(String file) throws Exception {
        LoadedScenario s = LoadedScenario.load(Path.of("..", "scenarios", file), List.of());
        return LoadedScenario.parse("scenario.resolved.yaml", ScenarioLoader.resolvedYaml(s.scenario()), List.of());
    }

    @Test
    void everyTopLevelValueOfEveryShippedScenarioReadsBackToTheSameScenario() throws Exception {
        for (String file : List.of("baseline.yaml", "purge-2013.yaml", "recall-2016.yaml", "world.yaml")) {
            LoadedScenario s = resolved(file);
            for (String key : List.of("purges", "shocks", "quota", "officials", "companies", "removals", "start")) {
                Object value = s.valueAt(key);
                String text = ScenarioValues.text(value);
                assertThat(ScenarioValues.read(key, text)).as(file + " " + key + ": " + text).isEqualTo(value);
                assertThat(s.set(List.of(key + "=" + text)).scenario()).as(file + " " + key)
                        .isEqualTo(s.scenario());
            }
        }
    }

    @Test
    void nestedTextsThatYamlWouldReadOtherwiseAreQuoted() throws Exception {
        Map<String, Object> tricky = new java.util.LinkedHashMap<>();
        tricky.put("a", "Jang's fall, on 8 December: \"the traitor\"");
        tricky.put("b", "12");
        tricky.put("c", "true");
        tricky.put("d", " padded ");
        tricky.put("e", "back\\slash");
        tricky.put("f", "- dash");
        List<Object> value = List.of(tricky, "plain words");
        assertThat(ScenarioValues.read("x", ScenarioValues.text(value))).isEqualTo(value);
    }

    @Test
    void aPathTheTreeLacksGivesNull_andAListEntryByIndexItsValue() throws Exception {
        LoadedScenario s = resolved("purge-2013.yaml");
        assertThat(s.valueAt("purges[0].patron")).isEqualTo("jang");
        assertThat(s.valueAt("purges[7].patron")).isNull();
        assertThat(s.valueAt("no_such_key")).isNull();
        assertThat(s.valueAt("quota.recall_line")).isInstanceOf(Number.class);
    }
}
