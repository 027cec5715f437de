package org.moneymen.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moneymen.model.config.RemovalSpec;
import org.moneymen.model.config.Scenario;

/** What-if removals: read from a file or --set, refused where they are written when they name nothing that exists. */
final class RemovalErrorsTest {

    @Test
    void aRemovalReadsFromTheFileAndFromSet() throws Exception {
        Scenario s = ScenarioLoader.parse("s.yaml", ScenarioErrorsTest.GOOD
                + "removals:\n  - {date: 2013-05-31, post: 2, description: expelled}\n", List.of());
        assertThat(s.removals()).containsExactly(new RemovalSpec(LocalDate.of(2013, 5, 31), 2, null, "expelled"));
        Scenario set = ScenarioLoader.parse("s.yaml", ScenarioErrorsTest.GOOD,
                List.of("removals=[{date: 2013-02-01, account: 1}]"));
        assertThat(set.removals()).containsExactly(RemovalSpec.account(LocalDate.of(2013, 2, 1), 1));
        assertThat(ScenarioLoader.parse("s.yaml", ScenarioErrorsTest.GOOD, List.of()).removals()).isEmpty();
    }

    @Test
    void aPostOrAccountTheNetworkHasNot_bothOrNeither_orADayOutsideTheRun_areRefusedWhereWritten() throws Exception {
        Scenario good = ScenarioLoader.parse("s.yaml", ScenarioErrorsTest.GOOD, List.of());
        int posts = good.builtPosts();
        int accounts = good.builtAccounts();
        ScenarioException e = ScenarioErrorsTest.fail(ScenarioErrorsTest.GOOD + "removals:\n"
                + "  - {date: 2013-05-31, post: " + (posts + 1) + "}\n"          // 13
                + "  - {date: 2013-05-31, account: " + (accounts + 1) + "}\n"    // 14
                + "  - {date: 2013-05-31, post: 1, account: 1}\n"                // 15
                + "  - {date: 2013-05-31}\n"                                     // 16
                + "  - {date: 2014-01-01, post: 1}\n");                          // 17
        assertThat(e.problems()).extracting(Problem::path).containsExactly("removals[0].post", "removals[1].account",
                "removals[2]", "removals[3]", "removals[4].date");
        assertThat(e.problems()).extracting(p -> p.location().line()).containsExactly(13, 14, 15, 16, 17);
        assertThat(e.problems().get(0).message()).contains("no post " + (posts + 1), "1 to " + posts);
        assertThat(e.problems().get(1).message()).contains("no account " + (accounts + 1));
        assertThat(e.problems().get(2).message()).contains("not both");
        assertThat(e.problems().get(3).message()).contains("not neither");
        assertThat(e.problems().get(4).message()).contains("2013-01-01 to 2013-12-31");
    }

    @Test
    void removalsNeedNoProvenanceNote() throws Exception {
        // A removal asks a question of the model; it claims nothing of the world that a source could back.
        Scenario s = ScenarioLoader.loadSourced(java.nio.file.Path.of("..", "scenarios", "purge-2013.yaml"),
                List.of("removals=[{date: 2013-05-31, post: 3}]"));
        assertThat(s.removals()).hasSize(1);
    }
}
