package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.Scenario;

/** Named cases of changing a loaded scenario in memory: list entries, dates, whole values, and every refusal. */
class LoadedScenarioTest {

    static final Path PURGE = Path.of("..", "scenarios", "purge-2013.yaml");

    static LoadedScenario purge() throws ScenarioException {
        return LoadedScenario.load(PURGE, List.of());
    }

    static String refusal(LoadedScenario s, String path, Object value) {
        try {
            s.with(path, value);
        } catch (ScenarioException e) {
            return e.getMessage();
        }
        throw new AssertionError(path + " = " + value + " was not refused");
    }

    static String setRefusal(String set) {
        try {
            ScenarioLoader.load(PURGE, List.of(set));
        } catch (ScenarioException e) {
            return e.getMessage();
        }
        throw new AssertionError(set + " was not refused");
    }

    @Test
    void listEntriesDatesAndNumbersAreSetAsTheyAre() throws Exception {
        double line = 1 + 1.0 / 3;
        Scenario s = purge().with("quota.recall_line", line).with("companies[0].count", 7)
                .with("purges[0].date", LocalDate.of(2016, 1, 1)).scenario();
        assertThat(s.quota().recallLine()).isEqualTo(line);
        assertThat(s.companies().get(0).count()).isEqualTo(7);
        assertThat(s.purges().get(0).date()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(s).isEqualTo(ScenarioLoader.load(PURGE, List.of("quota.recall_line=" + ScenarioValues.text(line),
                "companies[0].count=7", "purges[0].date=2016-01-01")));
    }

    @Test
    void aDoubleReachesTheScenarioToTheLastBitWhereSixDigitsWouldNot() throws Exception {
        double share = 0.8500000000000001;
        Scenario s = purge().with("officials.family_at_home_share", share).scenario();
        assertThat(s.officials().familyAtHomeShare()).isEqualTo(share).isNotEqualTo(0.85);
        assertThat(ScenarioValues.text(share)).isEqualTo("0.8500000000000001");
        assertThat(ScenarioValues.text(2.0)).isEqualTo("2.0");
        assertThat(ScenarioValues.text(1e-7)).isEqualTo("0.0000001");
    }

    @Test
    void aWholeRecordOrListIsMergedOverDefaultsLikeAMappingInSet() throws Exception {
        Map<String, Object> quota = new LinkedHashMap<>();
        quota.put("recall_line", 1.3);
        Scenario typed = purge().with("quota", quota).scenario();
        assertThat(typed).isEqualTo(ScenarioLoader.load(PURGE, List.of("quota={recall_line: 1.3}")));
        assertThat(purge().with("approval.applies_to", List.of("border")).scenario())
                .isEqualTo(ScenarioLoader.load(PURGE, List.of("approval.applies_to=[border]")));
    }

    @Test
    void outOfRangeIsRefusedAtTheOverrideWithSetsMessage() throws Exception {
        String typed = refusal(purge(), "officials.family_at_home_share", 1.5);
        assertThat(typed).isEqualTo(setRefusal("officials.family_at_home_share=1.5"))
                .startsWith("--set officials.family_at_home_share=1.5: officials.family_at_home_share: is 1.5, outside"
                        + " the allowed range 0 to 1");
    }

    @Test
    void wrongTypesAreRefusedLikeTheSameTextInSet() throws Exception {
        assertThat(refusal(purge(), "companies[0].count", 2.5)).isEqualTo(setRefusal("companies[0].count=2.5"))
                .contains("expected a whole number", "found the number 2.5");
        assertThat(refusal(purge(), "quota.recall_line", "high")).isEqualTo(setRefusal("quota.recall_line=high"))
                .contains("found the text 'high'");
        assertThat(refusal(purge(), "purges[0].date", "2013-02-30")).isEqualTo(setRefusal("purges[0].date=2013-02-30"))
                .contains("calendar date");
        assertThat(refusal(purge(), "quota.recall_line", Double.NaN)).contains("expected a finite number");
    }

    @Test
    void pathsThatDoNotExistAreRefusedWithSetsMessage() throws Exception {
        assertThat(refusal(purge(), "quota.recal_line", 1.2)).isEqualTo(setRefusal("quota.recal_line=1.2"))
                .contains("unknown key 'recal_line'; did you mean 'recall_line'");
        assertThat(refusal(purge(), "companies[99].count", 2)).isEqualTo(setRefusal("companies[99].count=2"))
                .contains("[99] does not exist; allowed: 0 to");
        assertThat(refusal(purge(), "months.x", 2)).isEqualTo(setRefusal("months.x=2")).contains("has no key 'x'");
        assertThat(refusal(purge(), "companies[x].count", 2)).isEqualTo(setRefusal("companies[x].count=2"))
                .contains("a list index is written [0]");
    }

    @Test
    void aBrokenReferenceIsReportedByTheWholeScenarioCheckAtTheOverride() throws Exception {
        String city = purge().scenario().companies().get(0).city();
        assertThat(city).isNotEqualTo("Atlantis");
        assertThat(refusal(purge(), "companies[0].city", "Atlantis")).isEqualTo(setRefusal("companies[0].city=Atlantis"))
                .contains("--set companies[0].city=Atlantis", "no city 'Atlantis'");
    }

    @Test
    void everyBadValueOfSeveralIsReportedTogether() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("quota.recal_line", 1.2);
        values.put("companies[99].count", 2);
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> purge().with(values));
        assertThat(e.problems()).hasSize(1);
        ScenarioException both = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(PURGE, List.of("quota.recal_line=1.2", "companies[99].count=2")));
        assertThat(e.getMessage()).isEqualTo(both.getMessage());
    }

    @Test
    void setTakesTextExactlyAsTheCommandLineDoes() throws Exception {
        assertThat(purge().set(List.of("quota.recall_line=1.25", "purges[0].date=2016-01-01")).scenario())
                .isEqualTo(ScenarioLoader.load(PURGE, List.of("quota.recall_line=1.25", "purges[0].date=2016-01-01")));
        assertThatThrownBy(() -> purge().set(List.of("quota.recall_line")))
                .hasMessage(setRefusal("quota.recall_line"));
    }

    @Test
    void anOverrideCanMendWhatTheFileGotWrongBeforeAnythingIsChecked() throws Exception {
        String bad = ScenarioErrorsTest.GOOD.replace("months: 12", "months: 0");
        assertThatThrownBy(() -> LoadedScenario.parse("s.yaml", bad, List.of())).hasMessageContaining("months: is 0");
        assertThat(LoadedScenario.parse("s.yaml", bad, List.of("months=12")).scenario().months()).isEqualTo(12);
    }

    @Test
    void readGivesTheTypedValueOfYamlText() throws Exception {
        assertThat(ScenarioValues.read("v", "0.5")).isEqualTo(0.5);
        assertThat(ScenarioValues.read("v", "3")).isEqualTo(3L);
        assertThat(ScenarioValues.read("v", "true")).isEqualTo(true);
        assertThat(ScenarioValues.read("v", "2013-12-08")).isEqualTo("2013-12-08");
        assertThat(ScenarioValues.read("v", "[a, 2]")).isEqualTo(List.of("a", 2L));
        assertThat(ScenarioValues.read("v", "")).isNull();
    }
}
