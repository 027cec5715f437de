package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every parameter of a shipped scenario rests on a source or an assumption note, and validate says which lack one. */
class ProvenanceCheckTest {

    static Path scenarios() {
        return Path.of("..", "scenarios");
    }

    @Test
    void everyShippedScenarioHasASourceOrAnAssumptionForEveryParameter() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(scenarios())) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("baseline.yaml", "recall-2016.yaml", "purge-2013.yaml");
        for (Path f : files) {
            ScenarioLoader.loadSourced(f, List.of());
        }
    }

    static ScenarioException refused(String text) {
        try {
            ScenarioLoader.parse("s.yaml", text, List.of());
        } catch (ScenarioException e) {
            throw new AssertionError("the scenario itself should be valid: " + e.getMessage());
        }
        try {
            Path tmp = Files.createTempFile("prov", ".yaml");
            Files.writeString(tmp, text);
            try {
                ScenarioLoader.loadSourced(tmp, List.of());
            } finally {
                Files.delete(tmp);
            }
        } catch (ScenarioException e) {
            return e;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("expected the provenance check to refuse");
    }

    static final String SOURCED_ALL = ScenarioErrorsTest.GOOD
            + "provenance:\n  name: {assumption: a label}\n  quota: {source: a report, quote: a sentence}\n";

    @Test
    void aParameterWithNeitherSourceNorAssumptionIsNamed() {
        ScenarioException e = refused(SOURCED_ALL);
        Problem p = e.problems().get(e.problems().size() - 1);
        assertThat(p.path()).isEqualTo("provenance");
        assertThat(p.message()).contains("neither a source nor an assumption", "months", "companies[0].count")
                .doesNotContain("quota.recall_line", " name,");
    }

    @Test
    void aSourceWithoutItsQuoteIsIncomplete() {
        ScenarioException e = refused(SOURCED_ALL.replace("{source: a report, quote: a sentence}", "{source: a report}"));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("provenance.quota");
            assertThat(p.location().line()).isEqualTo(14);
            assertThat(p.message()).contains("give source and quote", "assumption (why it was assumed)", "or calibrated");
        });
    }

    @Test
    void aNoteForNoParameterIsRefused() {
        ScenarioException e = refused(SOURCED_ALL + "  quota.recal_line: {assumption: typo}\n");
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("provenance.quota.recal_line");
            assertThat(p.message()).contains("names no parameter");
        });
    }

    @Test
    void listWildcardsAndPrefixesCover() {
        assertThat(ProvenanceCheck.covers("companies[*].count", "companies[3].count")).isTrue();
        assertThat(ProvenanceCheck.covers("companies[2]", "companies[2].count")).isTrue();
        assertThat(ProvenanceCheck.covers("companies[2]", "companies[3].count")).isFalse();
        assertThat(ProvenanceCheck.covers("deals.border", "deals.border.value_median_usd")).isTrue();
        assertThat(ProvenanceCheck.covers("deals.border", "deals.border_x")).isFalse();
    }
}
