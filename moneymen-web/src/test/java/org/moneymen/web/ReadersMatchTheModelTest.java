package org.moneymen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.RunResult;
import org.moneymen.experiment.Runs;
import org.moneymen.io.network.NetworkFile;
import org.moneymen.io.story.EventLog;
import org.moneymen.io.story.OfficialStory;
import org.moneymen.io.story.Posting;
import org.moneymen.io.story.RunFolder;
import org.moneymen.model.Official;
import org.moneymen.model.Status;
import org.moneymen.model.TradeCompany;
import org.moneymen.model.World;
import org.moneymen.model.config.CompanySpec;

/**
 * On the world scaled to 2,000 officials (run through the dashboard's API), where the scenario's groups no longer
 * number the companies, every official's company, city and patron organ as {@code explain} and the network data
 * give them are the model's own (its final {@link World}, its events in memory), and network.jsonl lists every
 * entity an event names.
 */
final class ReadersMatchTheModelTest {
    /**
     * Three years from 2012: Jang Song Thaek's purge (December 2013) and his companies' transfers fall inside. His
     * offices are not kept sealed (seal_months 0): sealed for six months, no official would be in post in them when
     * they pass to their new organ two months after the purge, and the readers' transfers would go untested.
     */
    static final Map<String, String> WORLD = Map.of("target_officials", "2000", "start", "2012-01-01", "months", "36",
            "purges[0].seal_months", "0");

    @TempDir
    static Path runs;
    static RunResult result;
    static World world;
    static ModelTruth truth;
    static Path dir;
    static NetworkFile network;
    static JsonNode networkJson;

    @BeforeAll
    static void runTheWorldThroughTheDashboard() throws Exception {
        AtomicReference<RunResult> kept = new AtomicReference<>();
        ScenarioRunner keeping = (scenario, onMonth) -> {
            RunResult r = Runs.run(scenario, onMonth);
            kept.set(r);
            return r;
        };
        try (TestServer s = new TestServer(runs, DashboardConfig.defaults().withRunner(keeping))) {
            String id = TestServer.json(s.run("world", WORLD)).get("id").asText();
            assertThat(s.follow(id)).last().asString().startsWith("done: ");
            var res = s.get("/api/runs/" + id + "/network");
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
            networkJson = TestServer.json(res);
            dir = runs.resolve(id);
        }
        result = kept.get();
        world = result.output().world();
        truth = new ModelTruth(result);
        network = NetworkFile.read(dir.resolve("network.jsonl"));
    }

    @Test
    void theCompaniesAreTheScaledWorldsNotTheScenariosGroups() {
        int unscaled = result.output().scenario().companies().stream().mapToInt(CompanySpec::count).sum();
        assertThat(world.companies().size()).isGreaterThan(unscaled);
        assertThat(network.companies()).hasSameSizeAs(world.companies());
        assertThat(networkJson.get("companies")).hasSameSizeAs(world.companies());
        for (TradeCompany c : world.companies()) {
            assertThat(network.company(c.id()).city()).isEqualTo(c.city().id());
            assertThat(network.cityName(c.city().id())).isEqualTo(c.city().name());
        }
    }

    @Test
    void networkJsonlListsEveryEntityAnyEventNames() throws Exception {
        int[] seen = {0};
        List<String> missing = new ArrayList<>();
        EventLog.forEach(dir.resolve("events.jsonl"), e -> {
            seen[0]++;
            String at = "line " + e.line() + " (" + e.type().label() + ")";
            if (e.official() >= 0 && network.official(e.official()) == null) {
                missing.add(at + ": official " + e.official());
            }
            if (e.other() >= 0 && network.official(e.other()) == null) {
                missing.add(at + ": official " + e.other());
            }
            if (e.company() >= 0 && network.company(e.company()) == null) {
                missing.add(at + ": company " + e.company());
            }
            if (e.city() >= 0 && network.city(e.city()) == null) {
                missing.add(at + ": city " + e.city());
            }
            if (e.organ() != null && network.organ(e.organ()) == null) {
                missing.add(at + ": organ " + e.organ());
            }
            if (e.counterpart() >= 0 && network.counterpart(e.counterpart()) == null) {
                missing.add(at + ": counterpart " + e.counterpart());
            }
            if (e.account() >= 0 && network.account(e.account()) == null) {
                missing.add(at + ": account " + e.account());
            }
            if (e.deal() >= 0 && network.deal(e.deal()) == null) {
                missing.add(at + ": deal " + e.deal());
            }
        });
        assertThat(seen[0]).isEqualTo(result.events().size());
        assertThat(missing).as("entities events name that network.jsonl does not list").isEmpty();
    }

    @Test
    void explainTellsEveryOfficialsCompanyCityAndOrganAsTheModelHasThem() throws Exception {
        Map<Integer, OfficialStory> stories = OfficialStory.tellEach(RunFolder.open(dir), id -> true);
        assertThat(stories.keySet()).containsExactlyInAnyOrderElementsOf(truth.postings.keySet());
        assertThat(truth.transfersUnderAnOfficialInPost).as("transfers while an official held a post").isPositive();
        for (Map.Entry<Integer, List<ModelTruth.Held>> t : truth.postings.entrySet()) {
            OfficialStory story = stories.get(t.getKey());
            List<Posting> told = story.postings();
            assertThat(told).as("official %d", t.getKey()).hasSameSizeAs(t.getValue());
            for (int i = 0; i < told.size(); i++) {
                Posting p = told.get(i);
                ModelTruth.Held h = t.getValue().get(i);
                TradeCompany c = world.companies().get(h.company() - 1);
                assertThat(p.company()).as("official %d", t.getKey()).isEqualTo(h.company());
                assertThat(p.city()).isEqualTo(h.city()).isEqualTo(c.city().id());
                assertThat(p.organs()).as("official %d, company %d", t.getKey(), h.company()).isEqualTo(h.organs());
                assertThat(p.until() == null).isEqualTo(h.open());
                assertThat(story.header()).contains(" of company " + h.company() + " in " + c.city().name() + " ("
                        + network.organName(h.organs().get(0)));
            }
        }
        for (Official o : world.officials()) {
            Posting last = stories.get(o.id()).postings().get(stories.get(o.id()).postings().size() - 1);
            assertThat(last.until()).as("official %d is in post at the end", o.id()).isNull();
            assertThat(last.company()).isEqualTo(o.company().id());
            assertThat(network.cityName(last.city())).isEqualTo(o.company().city().name());
            assertThat(last.lastOrgan()).isEqualTo(o.company().patron().id());
        }
    }

    @Test
    void theDashboardsNetworkDataGivesEveryOfficialsCompanyCityAndOrganAsTheModelHasThem() {
        Map<Integer, JsonNode> companies = new HashMap<>();
        networkJson.get("companies").forEach(c -> companies.put(c.get("id").asInt(), c));
        Map<Integer, String> organ = new HashMap<>();
        companies.forEach((id, c) -> organ.put(id, c.get("organ").asText()));
        networkJson.get("transfers").forEach(t -> organ.put(t.get("company").asInt(), t.get("organ").asText()));
        for (TradeCompany c : world.companies()) {
            JsonNode shown = companies.get(c.id());
            assertThat(shown.get("city").asText()).isEqualTo(c.city().name());
            assertThat(organ.get(c.id())).as("company %d's organ at the end", c.id()).isEqualTo(c.patron().id())
                    .isEqualTo(truth.organAtEnd.get(c.id()));
        }
        List<String> statuses = new ArrayList<>();
        networkJson.get("statuses").forEach(s -> statuses.add(s.asText()));
        Map<Integer, JsonNode> officials = new HashMap<>();
        networkJson.get("officials").forEach(o -> officials.put(o.get("id").asInt(), o));
        assertThat(officials.keySet()).containsExactlyInAnyOrderElementsOf(truth.postings.keySet());
        for (Map.Entry<Integer, List<ModelTruth.Held>> t : truth.postings.entrySet()) {
            JsonNode changes = officials.get(t.getKey()).get("changes");
            JsonNode last = changes.get(changes.size() - 1);
            assertThat(last.get(2).asInt()).as("official %d's last company", t.getKey())
                    .isEqualTo(truth.last(t.getKey()).company());
            assertThat(statuses.get(last.get(1).asInt())).isEqualTo(truth.lastStatus.get(t.getKey()).label());
            List<Integer> postedAt = new ArrayList<>();
            changes.forEach(ch -> {
                if (statuses.get(ch.get(1).asInt()).equals(Status.POSTED.label())) {
                    postedAt.add(ch.get(2).asInt());
                }
            });
            // A month shows where he was at its end: one posted and gone within a month shows no posting.
            if (!postedAt.isEmpty()) {
                assertThat(t.getValue().stream().map(ModelTruth.Held::company).toList())
                        .as("official %d's companies", t.getKey()).containsSubsequence(postedAt);
            }
        }
        for (Official o : world.officials()) {
            JsonNode changes = officials.get(o.id()).get("changes");
            JsonNode last = changes.get(changes.size() - 1);
            assertThat(statuses.get(last.get(1).asInt())).isEqualTo(Status.POSTED.label());
            assertThat(last.get(2).asInt()).isEqualTo(o.company().id());
            assertThat(companies.get(o.company().id()).get("city").asText()).isEqualTo(o.company().city().name());
        }
    }
}
