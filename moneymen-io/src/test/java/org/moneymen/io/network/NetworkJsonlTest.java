package org.moneymen.io.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.RunResult;
import org.moneymen.experiment.Runs;
import org.moneymen.io.RunFiles;
import org.moneymen.model.Entity;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioLoader;

/** network.jsonl: ids decided once by the model, names kept, read back as written, covering every event's ids. */
final class NetworkJsonlTest {
    private static final String NAMED = """
            name: named
            months: 12
            cities:
              - {name: Shenyang, kind: major_city, counterparts: 20}
            companies:
              - {city: Shenyang, patron: gsd, count: 1, staff: 2, name: "Korea Daesong Trading",
                 external_id: "NK-abc123", officials: [{name: "Kim Chol", external_id: "NK-p1"}, {name: "Ri Song"}]}
              - {city: Shenyang, patron: ssd, count: 2, staff: 1}
            """;

    @TempDir
    Path tmp;

    @Test
    void namedCompaniesAndOfficials_appearWithTheirNamesAndExternalIds() throws Exception {
        Scenario s = ScenarioLoader.parse("named.yaml", NAMED, List.of());
        Path dir = tmp.resolve("run");
        RunFiles.run(dir, s, ScenarioLoader.resolvedYaml(s), true, new org.moneymen.io.Stamp("test", "test", "moneymen test"));
        NetworkFile n = NetworkFile.read(dir.resolve(NetworkJsonl.FILE));
        assertThat(n.company(1).name()).isEqualTo("Korea Daesong Trading");
        assertThat(n.company(1).externalId()).isEqualTo("NK-abc123");
        assertThat(n.company(2).name()).isNull();
        assertThat(n.companies()).hasSize(3);
        var first = n.officials().stream().filter(o -> o.post() == 1).findFirst().orElseThrow();
        assertThat(first.name()).isEqualTo("Kim Chol");
        assertThat(first.externalId()).isEqualTo("NK-p1");
        assertThat(n.officials().stream().filter(o -> o.post() == 2).findFirst().orElseThrow().name())
                .isEqualTo("Ri Song");
    }

    @Test
    void aScaledNetwork_numbersItsCompaniesOnce_andEveryEventsIdsAreInIt() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "world.yaml"),
                List.of("target_officials=2000", "months=48", "seed=3"));
        Path dir = tmp.resolve("world");
        RunFiles.run(dir, s, ScenarioLoader.resolvedYaml(s), true, new org.moneymen.io.Stamp("test", "test", "moneymen test"));
        NetworkFile n = NetworkFile.read(dir.resolve(NetworkJsonl.FILE));
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (String line : Files.readAllLines(dir.resolve(RunFiles.EVENTS))) {
            JsonNode e = json.readTree(line);
            for (String field : List.of("official", "other")) {
                if (e.has(field)) {
                    assertThat(n.official(e.get(field).asInt())).as(field + " of " + line).isNotNull();
                }
            }
            if (e.has("company")) {
                assertThat(n.company(e.get("company").asInt())).as("company of " + line).isNotNull();
            }
            if (e.has("account")) {
                assertThat(n.account(e.get("account").asInt())).as("account of " + line).isNotNull();
            }
            if (e.has("deal")) {
                assertThat(n.deal(e.get("deal").asInt())).as("deal of " + line).isNotNull();
            }
            if (e.has("counterpart")) {
                assertThat(n.counterpart(e.get("counterpart").asInt())).as("counterpart of " + line).isNotNull();
            }
            if (e.has("city")) {
                assertThat(n.city(e.get("city").asInt())).as("city of " + line).isNotNull();
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(1000);
        // The scaled network's companies, as the model built them: more than the file's groups list.
        int listed = s.companies().stream().mapToInt(c -> c.count()).sum();
        assertThat(n.companies().size()).isGreaterThan(listed);
    }

    @Test
    void entitiesReadBack_areTheEntitiesTheModelWrote() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("..", "scenarios", "purge-2013.yaml"), List.of("seed=2"));
        RunResult r = Runs.run(s);
        Path file = tmp.resolve(NetworkJsonl.FILE);
        try (var w = Files.newBufferedWriter(file)) {
            for (Entity e : r.entities()) {
                NetworkJsonl.write(w, e);
            }
        }
        List<Entity> back = new ArrayList<>();
        NetworkJsonl.forEach(file, back::add);
        assertThat(back).isEqualTo(r.entities());
    }

    @Test
    void aBadLine_isAnErrorNamingFileAndLine() throws IOException {
        Path file = tmp.resolve(NetworkJsonl.FILE);
        Files.writeString(file, "{\"kind\":\"city\",\"id\":1,\"name\":\"X\",\"station\":\"border\"}\n{\"kind\":\"planet\"}\n");
        assertThatThrownBy(() -> NetworkFile.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("line 2 of " + file);
    }
}
