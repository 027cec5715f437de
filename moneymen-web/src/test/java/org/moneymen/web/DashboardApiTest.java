package org.moneymen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.Runs;
import org.moneymen.io.Stamp;
import org.moneymen.io.story.OfficialStory;
import org.moneymen.io.story.RunFolder;

/** The dashboard's HTTP API on a real server, asked with java.net.http. */
final class DashboardApiTest {

    @TempDir
    Path runs;

    @Test
    void listsTheShippedScenarios() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            JsonNode list = TestServer.json(s.get("/api/scenarios"));
            List<String> names = new ArrayList<>();
            list.forEach(n -> names.add(n.get("name").asText()));
            assertThat(names).contains("baseline", "purge-2013", "recall-2016");
        }
    }

    @Test
    void formGivesEachParameterItsUnitAllowedRangeAndSourceNote() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            JsonNode form = TestServer.json(s.get("/api/scenarios/purge-2013/form"));
            JsonNode recallLine = null;
            for (JsonNode sec : form.get("sections")) {
                for (JsonNode p : sec.get("parameters")) {
                    if (p.get("path").asText().equals("quota.recall_line")) {
                        recallLine = p;
                    }
                }
            }
            assertThat(recallLine).isNotNull();
            assertThat(recallLine.get("unit").asText()).isEqualTo("earned / quota");
            assertThat(recallLine.get("allowed").asText()).isEqualTo("0 to 100");
            assertThat(recallLine.get("value").asText()).isEqualTo("1");
            JsonNode note = recallLine.get("note");
            assertThat(note.get("source").isTextual() || note.get("assumption").isTextual()).isTrue();
        }
    }

    @Test
    void unknownScenarioIs404() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            assertThat(s.get("/api/scenarios/nope/form").statusCode()).isEqualTo(404);
            assertThat(s.run("../pom", Map.of()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void badValueIsRefusedNamingTheFieldAndWhatIsAllowed_andNothingRuns() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            var res = s.run("purge-2013", Map.of("quota.recall_line", "500", "months", "abc"));
            assertThat(res.statusCode()).isEqualTo(400);
            JsonNode problems = TestServer.json(res).get("problems");
            assertThat(problems).hasSize(2);
            List<String> text = new ArrayList<>();
            problems.forEach(p -> text.add(p.get("path").asText() + ": " + p.get("message").asText()));
            assertThat(text).anySatisfy(t -> assertThat(t).startsWith("quota.recall_line: ").contains("500", "0 to 100"));
            assertThat(text).anySatisfy(t -> assertThat(t).startsWith("months: ").contains("1 to 2400"));
            assertThat(Files.exists(runs) ? Files.list(runs).count() : 0).isZero();
        }
    }

    @Test
    void runStreamsEveryMonthThenDone_andWritesTheRunFolder() throws Exception {
        Stamp stamp = new Stamp("9.9.9-test", "0123456789abcdef0123456789abcdef01234567", "moneymen serve --port 0");
        try (TestServer s = new TestServer(runs, DashboardConfig.defaults().withStamp(stamp))) {
            var res = s.run("baseline", Map.of("months", "3"));
            assertThat(res.statusCode()).isEqualTo(201);
            String id = TestServer.json(res).get("id").asText();
            List<String> events = s.follow(id);
            assertThat(events).hasSize(4);
            assertThat(events.subList(0, 3)).allSatisfy(e -> assertThat(e).startsWith("month: "));
            assertThat(events.get(0)).contains("\"date\":\"2012-01-01\"", "\"of\":3");
            assertThat(events.get(3)).startsWith("done: ");
            Path dir = runs.resolve(id);
            assertThat(dir.getParent()).isEqualTo(runs);
            for (String f : List.of("timeseries.csv", "events.jsonl", "network.jsonl", "summary.json",
                    "scenario.resolved.yaml")) {
                assertThat(dir.resolve(f)).isRegularFile();
                var download = s.get("/api/runs/" + id + "/files/" + f);
                assertThat(download.statusCode()).isEqualTo(200);
                assertThat(download.body()).isEqualTo(Files.readString(dir.resolve(f)));
                assertThat(download.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"" + f + "\"");
            }
            JsonNode run = TestServer.json(s.get("/api/runs/" + id));
            assertThat(run.get("state").asText()).isEqualTo("done");
            assertThat(run.get("rows")).hasSize(3);
            assertThat(run.get("files")).hasSize(5);
            // The run says what made it: the server's stamp, in its summary.json and in the run's JSON.
            Map<?, ?> expected = stamp.toMap();
            assertThat(Dashboard.JSON.convertValue(run.get("moneymen"), Map.class)).isEqualTo(expected);
            assertThat(Dashboard.JSON.convertValue(run.get("summary").get("moneymen"), Map.class)).isEqualTo(expected);
            // A folder written before outputs were stamped still opens, with no stamp to show.
            Path old = runs.resolve("unstamped-1");
            Files.createDirectories(old);
            for (String f : List.of("timeseries.csv", "events.jsonl", "network.jsonl", "scenario.resolved.yaml")) {
                Files.copy(dir.resolve(f), old.resolve(f));
            }
            var summary = (com.fasterxml.jackson.databind.node.ObjectNode) Dashboard.JSON.readTree(
                    dir.resolve("summary.json").toFile());
            summary.remove("moneymen");
            Dashboard.JSON.writeValue(old.resolve("summary.json").toFile(), summary);
            JsonNode unstamped = TestServer.json(s.get("/api/runs/unstamped-1"));
            assertThat(unstamped.get("state").asText()).isEqualTo("done");
            assertThat(unstamped.get("moneymen").isNull()).isTrue();
        }
    }

    @Test
    void downloadsRefuseAnythingOutsideTheRunFolder() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            String id = TestServer.json(s.run("baseline", Map.of("months", "1"))).get("id").asText();
            s.follow(id);
            Files.writeString(runs.resolve("secret.txt"), "not for download");
            Files.createSymbolicLink(runs.resolve(id).resolve("link.txt"), runs.resolve("secret.txt"));
            for (String path : List.of(
                    "/api/runs/" + id + "/files/..%2Fsecret.txt",
                    "/api/runs/" + id + "/files/..%2F..%2F..%2Fpom.xml",
                    "/api/runs/" + id + "/files/%2e%2e",
                    "/api/runs/" + id + "/files/link.txt",
                    "/api/runs/" + id + "/files/.." + "%5Csecret.txt",
                    "/api/runs/..%2F" + id + "/files/summary.json",
                    "/api/runs/%2e%2e/files/secret.txt",
                    "/api/runs/" + id + "/../../../pom.xml")) {
                var res = s.get(path);
                assertThat(res.statusCode()).as(path).isIn(400, 404);
                assertThat(res.body()).as(path).doesNotContain("not for download").doesNotContain("<project");
            }
        }
    }

    @Test
    void atMostMaxRunsGoAtOnce_andTheNextIsToldTheServerIsBusy() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ScenarioRunner slow = (scenario, onMonth) -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Runs.run(scenario, onMonth);
        };
        try (TestServer s = new TestServer(runs, DashboardConfig.defaults().withMaxRuns(2).withRunner(slow))) {
            String first = TestServer.json(s.run("baseline", Map.of("months", "1"))).get("id").asText();
            assertThat(s.run("baseline", Map.of("months", "1")).statusCode()).isEqualTo(201);
            var busy = s.run("baseline", Map.of("months", "1"));
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(TestServer.json(busy).get("error").asText()).contains("busy", "2 runs are already going");
            release.countDown();
            assertThat(s.follow(first)).last().asString().startsWith("done: ");
            var again = s.run("baseline", Map.of("months", "1"));
            for (int i = 0; i < 50 && again.statusCode() == 503; i++) {
                Thread.sleep(100);
                again = s.run("baseline", Map.of("months", "1"));
            }
            assertThat(again.statusCode()).isEqualTo(201);
        }
    }

    @Test
    void aFailingRunIsReportedWithItsReason_andTheServerStaysUp() throws Exception {
        ScenarioRunner failing = (scenario, onMonth) -> Runs.run(scenario, row -> {
            if (row.month() == 3) {
                throw new IllegalStateException("the model broke down (test)");
            }
            onMonth.accept(row);
        });
        try (TestServer s = new TestServer(runs, DashboardConfig.defaults().withRunner(failing))) {
            String id = TestServer.json(s.run("baseline", Map.of("months", "6"))).get("id").asText();
            List<String> events = s.follow(id);
            assertThat(events).hasSize(3);
            assertThat(events.get(2)).startsWith("failed: ")
                    .contains("month 3 of 6 (March 2012)", "the model broke down (test)");
            JsonNode run = TestServer.json(s.get("/api/runs/" + id));
            assertThat(run.get("state").asText()).isEqualTo("failed");
            assertThat(s.get("/api/scenarios").statusCode()).isEqualTo(200);
            assertThat(Files.exists(runs.resolve(id))).isFalse();
        }
    }

    @Test
    void requestsAboveTheSizeLimitAreRefused() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            String huge = "{\"yaml\": \"" + "x".repeat(2 << 20) + "\"}";
            var res = s.post("/api/runs", huge);
            assertThat(res.statusCode()).isEqualTo(413);
            assertThat(s.post("/api/runs", "{not json").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void aRunFolderWrittenBeforeRunsWroteTheirNetworkIsRefusedWithWordToRunItAgain() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            String id = TestServer.json(s.run("baseline", Map.of("months", "1"))).get("id").asText();
            s.follow(id);
            Files.delete(runs.resolve(id).resolve("network.jsonl"));
            for (String path : List.of("/api/runs/" + id, "/api/runs/" + id + "/network",
                    "/api/runs/" + id + "/officials/1/story")) {
                var res = s.get(path);
                assertThat(res.statusCode()).as(path).isEqualTo(404);
                assertThat(TestServer.json(res).get("error").asText()).as(path)
                        .contains("older version of moneymen", "network.jsonl", "run it again");
            }
        }
    }

    @Test
    void anOfficialsStoryIsTheSameTextAsExplain() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            String id = TestServer.json(s.run("baseline", Map.of("months", "2"))).get("id").asText();
            s.follow(id);
            // An official the log knows (those posted during a scenario's warm-up may have left before its start).
            int official = -1;
            for (String line : java.nio.file.Files.readAllLines(runs.resolve(id).resolve("events.jsonl"))) {
                JsonNode e = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
                if (e.has("official")) {
                    official = e.get("official").asInt();
                    break;
                }
            }
            JsonNode story = TestServer.json(s.get("/api/runs/" + id + "/officials/" + official + "/story"));
            assertThat(story.get("text").asText())
                    .isEqualTo(OfficialStory.tell(RunFolder.open(runs.resolve(id)), official).render());
            assertThat(s.get("/api/runs/" + id + "/officials/99999/story").statusCode()).isEqualTo(404);
            assertThat(s.get("/api/runs/" + id + "/officials/abc/story").statusCode()).isEqualTo(400);
        }
    }
}
