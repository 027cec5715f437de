package org.moneymen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An uploaded scenario and the form's overrides get the limits the command line has (line length, aliases, nesting;
 * the request itself is held to 1 MB): each is a 400 naming the problem where it is, and nothing runs.
 */
final class UploadLimitsTest {
    @TempDir
    Path runs;

    static String upload(String yaml) throws Exception {
        return Dashboard.JSON.writeValueAsString(Map.of("yaml", yaml, "fileName", "mine.yaml"));
    }

    static JsonNode refused(java.net.http.HttpResponse<String> res) throws Exception {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
        JsonNode body = TestServer.json(res);
        assertThat(body.get("request_id")).isNotNull();
        assertThat(res.body()).doesNotContain("Exception", "java.");
        return body.get("problems").get(0);
    }

    @Test
    void aLineOverTheLimit_aBillionLaughsAndDeepNesting_areRefusedWhereTheyAre() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            String baseline = Files.readString(TestServer.SCENARIOS.resolve("baseline.yaml"));
            JsonNode line = refused(s.post("/api/form", upload("months: 2\nname: " + "x".repeat(200_000) + "\n")));
            assertThat(line.get("where").asText()).isEqualTo("mine.yaml:2:100001");
            assertThat(line.get("message").asText()).contains("a line may hold at most 100,000 characters");

            StringBuilder laughs = new StringBuilder("name: laughs\nlol0: &a0 [lol, lol, lol, lol, lol, lol]\n");
            for (int i = 1; i < 10; i++) {
                laughs.append("lol").append(i).append(": &a").append(i).append(" [")
                        .append(String.join(", ", Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
            }
            JsonNode alias = refused(s.post("/api/runs", upload(laughs.toString())));
            assertThat(alias.get("where").asText()).isEqualTo("mine.yaml:3:12");
            assertThat(alias.get("message").asText()).startsWith("'*a0' is a YAML alias");

            JsonNode deep = refused(s.post("/api/runs", upload(baseline + "\nx: " + "[".repeat(60) + "\n")));
            assertThat(deep.get("message").asText()).contains("nested more than 50 levels deep");

            JsonNode override = refused(s.run("baseline", Map.of("name", "x".repeat(200_000))));
            assertThat(override.get("where").asText()).isEqualTo("the form");
            assertThat(override.get("message").asText()).contains("may hold at most 100,000 characters");
            assertThat(runs).isEmptyDirectory();
        }
    }
}
