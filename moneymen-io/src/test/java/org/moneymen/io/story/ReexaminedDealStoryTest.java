package org.moneymen.io.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.Runs;
import org.moneymen.io.RunFiles;
import org.moneymen.io.Stamp;
import org.moneymen.model.EventType;
import org.moneymen.model.config.Commodity;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioLoader;

/** A deal re-examined after Jang's purge is told in its maker's story, with its goods, on the day it happened. */
final class ReexaminedDealStoryTest {
    @TempDir
    Path tmp;

    @Test
    void aDisputedDealIsToldWithItsGoodsAndDate() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "purge-2013.yaml"), List.of("seed=1"));
        Path dir = tmp.resolve("run");
        RunFiles.write(dir, Runs.run(s), ScenarioLoader.resolvedYaml(s), new Stamp("0.0.0-test", "abc", "test"));
        RunFolder run = RunFolder.open(dir);
        LoggedEvent disputed = EventLog.readAll(run.events()).stream()
                .filter(e -> e.type() == EventType.DEAL_DISPUTED).findFirst().orElseThrow();
        assertThat(disputed.commodity()).isIn(Commodity.COAL, Commodity.MINERALS, Commodity.LAND);
        OfficialStory story = OfficialStory.tell(run, disputed.official());
        assertThat(story.lines()).anySatisfy(l -> {
            assertThat(l.date()).isEqualTo(disputed.date());
            assertThat(l.text()).contains("Deal " + disputed.deal(), Phrases.goods(disputed.commodity()),
                    "disputed with the counterpart", "suspended for " + disputed.days() + " days");
        });
    }
}
