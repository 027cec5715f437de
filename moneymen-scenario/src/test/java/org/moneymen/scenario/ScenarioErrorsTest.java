package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of bad scenario gets an error naming the file, line, column, key and what is allowed. */
class ScenarioErrorsTest {

    /** A small valid scenario; line numbers below refer to it. */
    static final String GOOD = String.join("\n",
            "name: tiny",                                   // 1
            "start: 2013-01-01",                            // 2
            "months: 12",                                   // 3
            "cities:",                                      // 4
            "  - {name: Shenzhen, kind: major_city, counterparts: 10}", // 5
            "companies:",                                   // 6
            "  - city: Shenzhen",                           // 7
            "    patron: gsd",                              // 8
            "    count: 2",                                 // 9
            "quota:",                                       // 10
            "  recall_line: 1.0",                           // 11
            "");

    static ScenarioException fail(String text, String... sets) {
        try {
            ScenarioLoader.parse("s.yaml", text, List.of(sets));
        } catch (ScenarioException e) {
            return e;
        }
        throw new AssertionError("expected the scenario to be refused");
    }

    static Problem only(ScenarioException e) {
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void goodScenarioLoadsWithDefaultsFilledIn() throws Exception {
        var s = ScenarioLoader.parse("s.yaml", GOOD, List.of());
        assertThat(s.months()).isEqualTo(12);
        assertThat(s.companies().get(0).staff()).isEqualTo(2);
        assertThat(s.quota().reviewMonths()).isEqualTo(12);
    }

    @Test
    void aNamedCompanyIsOneCompany_withAtMostOneNamedOfficialPerPost() throws Exception {
        String named = GOOD.replace("    count: 2", "    count: 1\n    staff: 1\n    name: Korea Daesong Trading\n"
                + "    external_id: NK-1\n    officials: [{name: Kim Chol, external_id: NK-p1}]");
        var s = ScenarioLoader.parse("s.yaml", named, List.of());
        assertThat(s.companies().get(0).name()).isEqualTo("Korea Daesong Trading");
        assertThat(s.companies().get(0).officials().get(0).externalId()).isEqualTo("NK-p1");
        Problem twice = only(fail(named.replace("count: 1", "count: 2")));
        assertThat(twice.path()).isEqualTo("companies[0].count");
        assertThat(twice.message()).contains("is one company", "give count: 1");
        Problem crowded = only(fail(named.replace("[{name: Kim Chol, external_id: NK-p1}]",
                "[{name: A}, {name: B}, {name: C}]")));
        assertThat(crowded.path()).isEqualTo("companies[0].officials");
        assertThat(crowded.message()).contains("3 named officials for 2 posts", "name at most 2");
    }

    @Test
    void purgingTheOnlyPatronOrgan_orNamingItAsItsOwnSuccessor_isRefused() throws Exception {
        String organs = "organs:\n"
                + "  - {id: gsd, name: KPA General Staff Department, kind: patron}\n"
                + "  - {id: party, name: Central Party, kind: approval}\n"
                + "  - {id: trade_office, name: Trade office, kind: approval}\n"
                + "  - {id: customs, name: Customs office, kind: approval}\n"
                + "  - {id: quarantine, name: Quarantine office, kind: approval}\n"
                + "  - {id: planning, name: State Planning Commission, kind: approval}\n"
                + "  - {id: office39, name: Office No. 39, kind: office_39}\n";
        String purge = "purges: [{date: 2012-06-01, organ: gsd}]\n";
        Problem only = only(fail(GOOD + organs + purge));
        assertThat(only.path()).isEqualTo("purges[0]");
        assertThat(only.message()).contains("only patron organ", "successor");
        Problem self = only(fail(GOOD + "purges: [{date: 2012-06-01, organ: gsd, successor: gsd}]\n"));
        assertThat(self.path()).isEqualTo("purges[0].successor");
        assertThat(ScenarioLoader.parse("s.yaml", GOOD + purge, List.of()).purges()).hasSize(1);
    }

    @Test
    void unknownKeyIsNamedWithItsPositionASuggestionAndTheAllowedKeys() {
        Problem p = only(fail(GOOD.replace("  recall_line: 1.0", "  recal_line: 1.0")));
        assertThat(p.location()).isEqualTo(new Location("s.yaml", 11, 3));
        assertThat(p.path()).isEqualTo("quota.recal_line");
        assertThat(p.message()).contains("unknown key 'recal_line'", "did you mean 'recall_line'", "review_months");
        assertThat(p.toString()).startsWith("s.yaml:11:3: quota.recal_line: ");
    }

    @Test
    void wrongTypeSaysWhatIsExpected() {
        Problem p = only(fail(GOOD.replace("months: 12", "months: many")));
        assertThat(p.location()).isEqualTo(new Location("s.yaml", 3, 9));
        assertThat(p.path()).isEqualTo("months");
        assertThat(p.message()).contains("expected a whole number", "1 to 2400", "found the text 'many'");
    }

    @Test
    void valueOutOfRangeGivesTheRangeAndUnit() {
        Problem p = only(fail(GOOD.replace("    count: 2", "    count: 0")));
        assertThat(p.location().line()).isEqualTo(9);
        assertThat(p.path()).isEqualTo("companies[0].count");
        assertThat(p.message()).contains("outside the allowed range 1 to 1000000 (companies)");
    }

    @Test
    void missingReferenceNamesTheKnownValues() {
        Problem p = only(fail(GOOD.replace("  - city: Shenzhen", "  - city: Shenzen")));
        assertThat(p.location()).isEqualTo(new Location("s.yaml", 7, 11));
        assertThat(p.path()).isEqualTo("companies[0].city");
        assertThat(p.message()).contains("no city 'Shenzen'", "did you mean 'Shenzhen'", "Known: Shenzhen");
    }

    @Test
    void patronMustBeAnOrganOfKindPatron() {
        Problem p = only(fail(GOOD.replace("patron: gsd", "patron: office39")));
        assertThat(p.path()).isEqualTo("companies[0].patron");
        assertThat(p.message()).contains("kind office_39", "only organs of kind patron");
    }

    @Test
    void missingRequiredKeyIsReportedAtItsMapping() {
        Problem p = only(fail(GOOD.replace("  - city: Shenzhen\n", "  - count: 3\n").replace("    count: 2\n", "")));
        assertThat(p.path()).isEqualTo("companies[0].city");
        assertThat(p.message()).contains("missing key 'city'");
        assertThat(p.location().line()).isEqualTo(7);
    }

    @Test
    void badEnumListsTheAllowedValues() {
        Problem p = only(fail(GOOD.replace("kind: major_city", "kind: capital")));
        assertThat(p.path()).isEqualTo("cities[0].kind");
        assertThat(p.message()).contains("'capital' is not allowed", "major_city, border, europe");
    }

    @Test
    void badDateAsksForACalendarDate() {
        Problem p = only(fail(GOOD.replace("2013-01-01", "2013-02-30")));
        assertThat(p.path()).isEqualTo("start");
        assertThat(p.message()).contains("calendar date");
    }

    @Test
    void duplicateKeyIsRefused() {
        Problem p = only(fail(GOOD + "months: 24\n"));
        assertThat(p.location().line()).isEqualTo(12);
        assertThat(p.message()).contains("duplicate key 'months'", "line 3");
    }

    @Test
    void explicitNullForARequiredValueIsRefused() {
        Problem p = only(fail(GOOD.replace("months: 12", "months:")));
        assertThat(p.path()).isEqualTo("months");
        assertThat(p.message()).contains("is null");
    }

    @Test
    void syntaxErrorCitesItsPosition() {
        ScenarioException e = fail(GOOD.replace("  - {name: Shenzhen, kind: major_city, counterparts: 10}",
                "  - {name: Shenzhen, kind: major_city, counterparts: 10"));
        Problem p = only(e);
        assertThat(p.message()).startsWith("not valid YAML");
        assertThat(p.location().line()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void allProblemsAreReportedInOnePass() {
        ScenarioException e = fail(GOOD.replace("months: 12", "months: -1").replace("recall_line: 1.0", "recall_line: x"));
        assertThat(e.problems()).extracting(Problem::path).containsExactly("months", "quota.recall_line");
    }

    @Test
    void dependentRangesAreChecked() {
        Problem p = only(fail(GOOD + "deals:\n  border: {duration_min_months: 13, duration_max_months: 12}\n"));
        assertThat(p.path()).isEqualTo("deals.border.duration_min_months");
        assertThat(p.message()).contains("above duration_max_months");
    }

    @Test
    void setOverridesAValueAndAddsMissingSections() throws Exception {
        var s = ScenarioLoader.parse("s.yaml", GOOD,
                List.of("quota.recall_line=1.5", "companies[0].count=4", "earning.personal_share=0.2", "seed=99"));
        assertThat(s.quota().recallLine()).isEqualTo(1.5);
        assertThat(s.companies().get(0).count()).isEqualTo(4);
        assertThat(s.earning().personalShare()).isEqualTo(0.2);
        assertThat(s.seed()).isEqualTo(99);
    }

    @Test
    void badSetValueIsReportedAgainstTheOverride() {
        Problem p = only(fail(GOOD, "quota.recall_base=1.5"));
        assertThat(p.location().toString()).isEqualTo("--set quota.recall_base=1.5");
        assertThat(p.path()).isEqualTo("quota.recall_base");
        assertThat(p.message()).contains("outside the allowed range 0 to 1 (probability)");
    }

    @Test
    void setWithUnknownKeySuggestsTheRightOne() {
        Problem p = only(fail(GOOD, "quota.recal_line=2"));
        assertThat(p.toString()).startsWith("--set quota.recal_line=2: quota.recal_line: unknown key");
        assertThat(p.message()).contains("did you mean 'recall_line'");
    }

    @Test
    void setIndexOutOfRangeSaysHowManyEntriesThereAre() {
        Problem p = only(fail(GOOD, "companies[3].count=1"));
        assertThat(p.message()).contains("has 1 entries", "allowed: 0 to 0");
    }

    @Test
    void malformedSetIsExplained() {
        Problem p = only(fail(GOOD, "quota.recall_line"));
        assertThat(p.message()).contains("expected --set path.to.key=value");
    }

    @Test
    void setOfAWrongTypeIsRefused() {
        Problem p = only(fail(GOOD, "quota.recall_on_success=maybe"));
        assertThat(p.message()).contains("expected true or false");
    }
}
