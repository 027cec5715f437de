package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Scenario;

final class ProvenanceLookupTest {

    private static final String YAML = """
            name: t
            cities: [{name: Beijing, kind: major_city, counterparts: 5}]
            companies: [{city: Beijing, patron: gsd, count: 1}]
            provenance:
              quota: {assumption: everything about quotas}
              quota.recall_line: {source: A report, quote: the line}
              "companies[*].count": {assumption: counted}
            """;

    @Test
    void mostSpecificKeyWins() throws ScenarioException {
        Scenario s = ScenarioLoader.parse("t.yaml", YAML, List.of());
        assertThat(ProvenanceLookup.find(s, "quota.recall_line")).get()
                .satisfies(e -> assertThat(e.getKey()).isEqualTo("quota.recall_line"));
        assertThat(ProvenanceLookup.find(s, "quota.recall_base")).get()
                .satisfies(e -> assertThat(e.getKey()).isEqualTo("quota"));
    }

    @Test
    void wildcardIndexCoversEveryEntry_andUncoveredIsEmpty() throws ScenarioException {
        Scenario s = ScenarioLoader.parse("t.yaml", YAML, List.of());
        assertThat(ProvenanceLookup.find(s, "companies[0].count")).get()
                .satisfies(e -> assertThat(e.getValue().assumption()).isEqualTo("counted"));
        assertThat(ProvenanceLookup.find(s, "companies[0].staff")).isEmpty();
        assertThat(ProvenanceLookup.find(s, "quotas")).isEmpty();
    }
}
