package org.moneymen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link in the runs folder is never followed: what it points at is neither listed nor served. */
final class RunFolderLinksTest {
    @TempDir
    Path runs;

    @TempDir
    Path elsewhere;

    @Test
    void aLinkedRunFolderIsNotListedOrServed() throws Exception {
        // Outside the runs folder: a folder that looks like a run and a secret beside its summary.
        Files.writeString(elsewhere.resolve("summary.json"), "{}");
        Files.writeString(elsewhere.resolve("secret.txt"), "the secret");
        Files.createSymbolicLink(runs.resolve("linked-1"), elsewhere);
        // Inside: a real folder whose summary is a link out.
        Path half = Files.createDirectories(runs.resolve("half-1"));
        Files.createSymbolicLink(half.resolve("summary.json"), elsewhere.resolve("summary.json"));
        try (TestServer s = new TestServer(runs)) {
            assertThat(s.get("/api/runs").body()).doesNotContain("linked-1", "half-1");
            for (String id : new String[] {"linked-1", "half-1"}) {
                assertThat(s.get("/api/runs/" + id).statusCode()).isEqualTo(404);
                assertThat(s.get("/api/runs/" + id + "/files/summary.json").statusCode()).isEqualTo(404);
                var secret = s.get("/api/runs/" + id + "/files/secret.txt");
                assertThat(secret.statusCode()).isGreaterThanOrEqualTo(400);
                assertThat(secret.body()).doesNotContain("the secret");
            }
        }
    }

    @Test
    void aRunsFolderThatIsItselfALinkStillServesItsOwnRuns() throws Exception {
        Path real = Files.createDirectories(elsewhere.resolve("real-runs"));
        Path link = Files.createSymbolicLink(runs.resolve("runs-link"), real);
        try (TestServer s = new TestServer(link)) {
            String id = TestServer.json(s.run("baseline", java.util.Map.of("months", "1"))).get("id").asText();
            assertThat(s.follow(id)).last().asString().startsWith("done: ");
            assertThat(s.get("/api/runs/" + id).statusCode()).isEqualTo(200);
        }
    }
}
