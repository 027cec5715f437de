package org.moneymen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.io.ftm.FtmFilter;
import org.moneymen.io.ftm.FtmImport;

/** The key-player API: what it refuses and how, one analysis at a time, its progress and its kept result. */
final class KeyPlayersApiTest {
    @TempDir
    Path runs;

    /** A finished run of the small FtM import (9 posts: an analysis of a few seconds). */
    private static String importedRun(TestServer s) throws Exception {
        String yaml = FtmImport.run(List.of(ImportedScenarioBrowserTest.FTM),
                new FtmFilter("kp", null, LocalDate.of(2016, 1, 1)), "ftm-small").yaml();
        var res = s.post("/api/runs", Dashboard.JSON.writeValueAsString(Map.of("yaml", yaml, "fileName", "s.yaml",
                "overrides", Map.of("months", "12"))));
        assertThat(res.statusCode()).isEqualTo(201);
        String id = TestServer.json(res).get("id").asText();
        assertThat(s.follow(id).get(s.follow(id).size() - 1)).startsWith("done");
        return id;
    }

    @Test
    void badRequestsAreRefusedWithWhatIsAllowed_andNothingRuns() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            var none = s.post("/api/runs/no-such-run/keyplayers", "{}");
            assertThat(none.statusCode()).isEqualTo(404);
            assertThat(TestServer.json(none).get("error").asText()).contains("no finished run called 'no-such-run'");
            String id = importedRun(s);
            assertThat(TestServer.json(s.get("/api/runs/" + id + "/keyplayers")).get("state").asText())
                    .isEqualTo("none");
            for (String body : List.of("{\"replicas\": 1}", "{\"replicas\": 21}", "{\"confirm_replicas\": 101}",
                    "{\"top\": 3}", "{not json", "null", "{\"replicas\": \"many\"}")) {
                var res = s.post("/api/runs/" + id + "/keyplayers", body);
                assertThat(res.statusCode()).as(body).isEqualTo(400);
                JsonNode error = TestServer.json(res);
                assertThat(error.get("request_id")).as(body).isNotNull();
                assertThat(error.get("error").asText()).as(body).doesNotContain("Exception", "at org.");
            }
            assertThat(TestServer.json(s.post("/api/runs/" + id + "/keyplayers", "{\"replicas\": 21}")).get("error")
                    .asText()).contains("give 2 to 20 (default 10)");
            assertThat(TestServer.json(s.get("/api/runs/" + id + "/keyplayers")).get("state").asText())
                    .isEqualTo("none");
            assertThat(Files.exists(runs.resolve(id).resolve(KeyPlayersAnalyses.FILE))).isFalse();
        }
    }

    @Test
    void oneAnalysisAtATime_itsProgressStreams_andItsResultIsKeptInTheRunFolder() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            String id = importedRun(s);
            var started = s.post("/api/runs/" + id + "/keyplayers", "{\"replicas\": 4, \"confirm_replicas\": 6}");
            assertThat(started.statusCode()).isEqualTo(202);
            var second = s.post("/api/runs/" + id + "/keyplayers", "{}");
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(TestServer.json(second).get("error").asText()).contains("already going", id);
            // The server answers while it works.
            assertThat(s.get("/api/scenarios").statusCode()).isEqualTo(200);
            // TestServer.follow stops at the first event other than a month's: each call sees where it stands now.
            List<String> events = new java.util.ArrayList<>();
            for (int i = 0; i < 2000 && (events.isEmpty() || events.get(events.size() - 1).startsWith("progress: "));
                 i++) {
                events.add(s.follow(id + "/keyplayers").get(0));
            }
            // A small analysis may be done before the first look: then only its last event is seen. Every event,
            // progress or done, says how far the stage has got.
            assertThat(events).allSatisfy(e -> assertThat(e).matches("(progress|done): .*")
                    .contains("\"of\":", "\"stage\":"));
            assertThat(events.get(events.size() - 1)).startsWith("done: ").contains("\"officials\":")
                    .contains("\"stage\":\"confirmation on fresh seeds\",\"done\":60,\"of\":60");
            JsonNode kept = TestServer.json(s.get("/api/runs/" + id + "/keyplayers"));
            assertThat(kept.get("state").asText()).isEqualTo("done");
            JsonNode result = kept.get("result");
            assertThat(result.get("settings").get("replicas").asInt()).isEqualTo(4);
            assertThat(result.get("settings").get("window_months").asInt()).isEqualTo(12);
            assertThat(result.get("officials")).hasSize(9);
            JsonNode first = result.get("officials").get(0);
            assertThat(first.get("confirmed").get("n").asInt()).isEqualTo(6);
            assertThat(first.get("loss").get("n").asInt()).isEqualTo(4);
            assertThat(first.get("confirmed").get("low").asDouble())
                    .isLessThanOrEqualTo(first.get("confirmed").get("mean").asDouble());
            assertThat(Files.isRegularFile(runs.resolve(id).resolve(KeyPlayersAnalyses.FILE))).isTrue();
        }
        // Another server over the same folder shows it: the result lives in the run's folder, not in memory.
        try (TestServer again = new TestServer(runs)) {
            String id = Files.list(runs).filter(Files::isDirectory).findFirst().orElseThrow().getFileName().toString();
            assertThat(TestServer.json(again.get("/api/runs/" + id + "/keyplayers")).get("result").get("officials"))
                    .hasSize(9);
        }
    }
}
