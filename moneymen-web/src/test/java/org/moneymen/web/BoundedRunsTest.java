package org.moneymen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.Runs;

/** A run too big for the memory is refused before it starts, a running one can be cancelled, and the server goes on. */
final class BoundedRunsTest {
    @TempDir
    Path runs;

    static HttpResponse<String> delete(TestServer s, String path) throws Exception {
        return s.http.send(HttpRequest.newBuilder(URI.create(s.url(path))).timeout(Duration.ofSeconds(30)).DELETE()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRunThatCannotFitIsRefusedBeforeItStarts_andTheServerGoesOn() throws Exception {
        try (TestServer s = new TestServer(runs, DashboardConfig.defaults().withMaxRuns(1))) {
            var big = s.run("baseline", Map.of("companies[0].count", "1000000", "companies[0].staff", "1000"));
            assertThat(big.statusCode()).isEqualTo(413);
            JsonNode body = TestServer.json(big);
            assertThat(body.get("error").asText()).contains("too big", "posts", "MB", "MONEYMEN_JAVA_OPTS=-Xmx");
            assertThat(body.get("request_id").asText()).isNotBlank();
            try (var listed = Files.list(runs)) {
                assertThat(listed).as("no folder for a refused run").isEmpty();
            }
            assertThat(s.get("/api/runs").body()).isEqualTo("[]");
            // Its slot was never taken: a normal run starts at once with the single slot.
            String id = TestServer.json(s.run("baseline", Map.of("months", "2"))).get("id").asText();
            assertThat(s.follow(id)).last().asString().startsWith("done: ");
        }
    }

    @Test
    void aCancelledRunEndsAsCancelled_freesItsSlot_andAFinishedOneCannotBeCancelled() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        // The first run waits in its second month until the test has asked to cancel it: no race, no sleep.
        ScenarioRunner held = (scenario, onMonth) -> Runs.run(scenario, row -> {
            if (row.month() == 2 && scenario.months() == 12) {
                try {
                    cancelled.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            onMonth.accept(row);
        });
        try (TestServer s = new TestServer(runs, DashboardConfig.defaults().withMaxRuns(1).withRunner(held))) {
            String id = TestServer.json(s.run("baseline", Map.of("months", "12"))).get("id").asText();
            assertThat(s.run("baseline", Map.of("months", "1")).statusCode()).as("its one slot is taken")
                    .isEqualTo(503);
            var asked = delete(s, "/api/runs/" + id);
            assertThat(asked.statusCode()).isEqualTo(202);
            cancelled.countDown();
            var events = s.follow(id);
            assertThat(events).last().asString().startsWith("failed: ").contains("cancelled");
            JsonNode run = TestServer.json(s.get("/api/runs/" + id));
            assertThat(run.get("state").asText()).isEqualTo("cancelled");
            assertThat(run.get("months_done").asInt()).isLessThan(12);
            assertThat(Files.exists(runs.resolve(id))).as("a cancelled run writes no folder").isFalse();
            assertThat(delete(s, "/api/runs/" + id).statusCode()).isEqualTo(409);

            String next = TestServer.json(s.run("baseline", Map.of("months", "1"))).get("id").asText();
            assertThat(s.follow(next)).last().asString().startsWith("done: ");
            assertThat(delete(s, "/api/runs/" + next).statusCode()).as("a finished run").isEqualTo(409);
            assertThat(delete(s, "/api/runs/nope-1").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aRunThatRunsOutOfMemoryIsShownFailed_andItsSlotIsFreed() throws Exception {
        ScenarioRunner starving = (scenario, onMonth) -> Runs.run(scenario, row -> {
            if (scenario.months() == 6 && row.month() == 2) {
                throw new OutOfMemoryError("Java heap space");
            }
            onMonth.accept(row);
        });
        try (TestServer s = new TestServer(runs, DashboardConfig.defaults().withMaxRuns(1).withRunner(starving))) {
            String id = TestServer.json(s.run("baseline", Map.of("months", "6"))).get("id").asText();
            assertThat(s.follow(id)).last().asString().startsWith("failed: ").contains("ran out of memory")
                    .doesNotContain("OutOfMemoryError");
            assertThat(TestServer.json(s.get("/api/runs/" + id)).get("state").asText()).isEqualTo("failed");
            String next = TestServer.json(s.run("baseline", Map.of("months", "1"))).get("id").asText();
            assertThat(s.follow(next)).last().asString().startsWith("done: ");
        }
    }
}
