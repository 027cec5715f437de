package org.moneymen.io.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.Runs;
import org.moneymen.io.RunFiles;
import org.moneymen.model.Entity.OfficialEntity;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioLoader;

/**
 * A network with a named company and named officials (as an imported network has them): stories and the top list
 * show the names and external ids network.jsonl gives, beside the ids.
 */
class NamedNetworkTest {
    static final String NAMED = "  - {city: Beijing, patron: admin, patron_person: jang, count: 1, staff: 2,"
            + " accounts: 2, head_quota_usd: 1000000, staff_quota_usd: 300000, tie_closeness: 0.8, name: Korea Sobaeksu Trading,"
            + " external_id: KPe.001, officials: [{name: Kim Chol, external_id: KPi.045}, {name: Ri Yong}]}\n";

    @TempDir
    static Path tmp;
    static RunFolder run;

    @BeforeAll
    static void runANamedNetwork() throws Exception {
        String text = Files.readString(Path.of("..", "scenarios", "purge-2013.yaml"))
                .replace("\ncompanies:\n", "\ncompanies:\n" + NAMED);
        // No warm-up: the named officials are the ones in post when the log starts.
        Scenario s = ScenarioLoader.parse("named.yaml", text, List.of("warmup_months=0", "months=12"));
        Path dir = tmp.resolve("run");
        RunFiles.write(dir, Runs.run(s), ScenarioLoader.resolvedYaml(s), new org.moneymen.io.Stamp("test", "test", "moneymen test"));
        run = RunFolder.open(dir);
    }

    static int named(String name) throws StoryException {
        return run.network().officials().stream().filter(o -> name.equals(o.name())).mapToInt(OfficialEntity::id)
                .findFirst().orElseThrow();
    }

    @Test
    void theHeadsStoryNamesHimAndHisCompanyWithTheirExternalIds() throws Exception {
        int head = named("Kim Chol");
        OfficialStory story = OfficialStory.tell(run, head);
        assertThat(story.header()).startsWith("Official " + head + " (Kim Chol; external id KPi.045): head of"
                + " company 1 (Korea Sobaeksu Trading; external id KPe.001) in Beijing (Administrative Department,"
                + " tied to Jang Song Thaek");
        assertThat(story.postings()).first().satisfies(p -> {
            assertThat(p.company()).isEqualTo(1);
            assertThat(run.network().cityName(p.city())).isEqualTo("Beijing");
            assertThat(p.organs()).startsWith("admin");
        });
        assertThat(story.lines().get(0).text()).contains("head of company 1 (Korea Sobaeksu Trading; external id"
                + " KPe.001) (Administrative Department, tied to Jang Song Thaek)");
    }

    @Test
    void anOfficialWithANameAndNoExternalIdIsShownByName() throws Exception {
        int staff = named("Ri Yong");
        assertThat(OfficialStory.tell(run, staff).header()).startsWith("Official " + staff + " (Ri Yong): staff of"
                + " company 1 (Korea Sobaeksu Trading; external id KPe.001) in Beijing");
    }

    @Test
    void theTopListNamesTheOfficialAndTheCompany() throws Exception {
        int head = named("Kim Chol");
        List<TopOfficials.Row> rows = TopOfficials.top(run, Integer.MAX_VALUE);
        List<String[]> cells = TopOfficials.cells(run.network(), rows);
        int at = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).official() == head) {
                at = i + 1;
            }
        }
        assertThat(at).as("the head is in the list").isPositive();
        assertThat(cells.get(at)[1]).isEqualTo(head + " (Kim Chol; external id KPi.045)");
        assertThat(cells.get(at)[2]).isEqualTo("Beijing / 1 (Korea Sobaeksu Trading; external id KPe.001)");
        Map<Integer, OfficialStory> unnamed = OfficialStory.tellEach(run, id -> id == head + 3);
        assertThat(unnamed.get(head + 3).header()).startsWith("Official " + (head + 3) + ": ");
    }
}
