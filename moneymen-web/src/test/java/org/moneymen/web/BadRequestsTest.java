package org.moneymen.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every route asked with bad input answers a 4xx in JSON with words and a request id, never Java text or a 5xx. */
final class BadRequestsTest {
    /** What a raw answer holds: its status, its Content-Type and its body. */
    record Answer(String request, int status, String type, String body) {
    }

    @TempDir
    Path runs;

    /** Sends a request as bytes, so a path Java's URI would refuse (a bad % escape) reaches the server as written. */
    static Answer raw(TestServer s, String method, String path, String body) throws Exception {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", s.dashboard.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n")
                    + "\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String headers = text.substring(0, end);
            String type = headers.lines().filter(l -> l.toLowerCase().startsWith("content-type:")).findFirst()
                    .map(l -> l.substring(13).trim()).orElse("");
            String rest = text.substring(end + 4);
            if (headers.toLowerCase().contains("transfer-encoding: chunked")) {
                rest = unchunk(rest);
            }
            return new Answer(method + " " + path + (body == null ? "" : " " + body),
                    Integer.parseInt(headers.split(" ")[1]), type, rest);
        }
    }

    private static String unchunk(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int eol = s.indexOf("\r\n", i);
            int n = Integer.parseInt(s.substring(i, eol).trim(), 16);
            if (n == 0) {
                break;
            }
            out.append(s, eol + 2, eol + 2 + n);
            i = eol + 2 + n + 2;
        }
        return out.toString();
    }

    @Test
    void everyRouteAnswersBadInputWithWords() throws Exception {
        // A run folder with a summary but nothing else, and one whose files are all there but not what they say.
        Files.createDirectories(runs.resolve("broken-1"));
        Files.writeString(runs.resolve("broken-1").resolve("summary.json"), "{}");
        Path garbled = Files.createDirectories(runs.resolve("garbled-1"));
        for (String f : List.of("summary.json", "timeseries.csv", "scenario.resolved.yaml", "network.jsonl",
                "events.jsonl")) {
            Files.writeString(garbled.resolve(f), "\u0000{not: [what it says");
        }
        List<String> ids = List.of("%u0041", "%zz", "%", "nope", "..", "broken-1", "garbled-1");
        List<String> bodies = new ArrayList<>(List.of("null", "", "[]", "\"baseline\"", "12", "{", "{\"scenario\":",
                "{\"scenario\":\"baseline\",\"scenario\":\"purge-2013\"}", "{\"scenario\":\"baseline\",\"bogus\":1}",
                "{\"scenario\":[1]}", "{\"overrides\":\"x\"}", "{\"scenario\":\"baseline\",\"overrides\":{\"a\":{}}}",
                "{\"scenario\":null}", "{}", "{\"yaml\":\"::: not yaml [\"}", "{\"scenario\":\"%u0041\"}",
                "{\"scenario\":\"baseline\",\"overrides\":{\"nope.nope\":\"1\",\"months\":\"-5\"}}",
                "{\"scenario\":\"baseline\",\"overrides\":{\"companies[99999999999999999999].count\":\"1\"}}"));
        try (TestServer s = new TestServer(runs)) {
            List<Answer> answers = new ArrayList<>();
            for (String body : bodies) {
                answers.add(raw(s, "POST", "/api/form", body));
                answers.add(raw(s, "POST", "/api/runs", body));
            }
            answers.add(raw(s, "POST", "/api/runs", null));
            for (String id : ids) {
                answers.add(raw(s, "GET", "/api/scenarios/" + id + "/form", null));
                answers.add(raw(s, "GET", "/api/runs/" + id, null));
                answers.add(raw(s, "GET", "/api/runs/" + id + "/network", null));
                answers.add(raw(s, "GET", "/api/runs/" + id + "/live", null));
                answers.add(raw(s, "DELETE", "/api/runs/" + id, null));
                for (String official : List.of("1", "%u0031", "x", "99999999999", "-1")) {
                    answers.add(raw(s, "GET", "/api/runs/" + id + "/officials/" + official + "/story", null));
                }
                for (String file : List.of("summary.json", "%u002e%u002e", "..%2f..%2fetc%2fpasswd", "%")) {
                    answers.add(raw(s, "GET", "/api/runs/" + id + "/files/" + file, null));
                }
            }
            answers.add(raw(s, "GET", "/%u0041", null));
            for (Answer a : answers) {
                assertThat(a.status()).as(a.request() + " -> " + a.body()).isLessThan(500);
                assertThat(a.body()).as(a.request()).doesNotContain("Exception", "at org.", "java.", "jackson",
                        "URLDecoder");
                if (a.status() >= 400 && a.type().startsWith("application/json")) {
                    JsonNode j = Dashboard.JSON.readTree(a.body());
                    assertThat(j.path("error").asText()).as(a.request()).isNotBlank();
                    assertThat(j.path("request_id").asText()).as(a.request()).isNotBlank();
                }
            }
            // The cases the issue names, answered as it asks.
            assertThat(raw(s, "POST", "/api/form", "null").status()).isEqualTo(400);
            assertThat(raw(s, "POST", "/api/runs", "null").status()).isEqualTo(400);
            assertThat(raw(s, "POST", "/api/runs", "").status()).isEqualTo(400);
            assertThat(raw(s, "GET", "/api/runs/%u0041", null).status()).isEqualTo(400);
            assertThat(raw(s, "GET", "/api/scenarios/%u0041/form", null).status()).isEqualTo(400);
            Answer twice = raw(s, "POST", "/api/runs", "{\"scenario\":\"baseline\",\"scenario\":\"purge-2013\"}");
            assertThat(twice.status()).isEqualTo(400);
            assertThat(twice.body()).contains("twice", "scenario");
            Answer unknown = raw(s, "POST", "/api/runs", "{\"scenario\":\"baseline\",\"bogus\":1}");
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.body()).contains("bogus");
            Answer broken = raw(s, "GET", "/api/runs/broken-1", null);
            assertThat(broken.status()).isEqualTo(422);
            assertThat(broken.body()).contains("broken-1", "scenario.resolved.yaml");
            assertThat(raw(s, "GET", "/api/runs/garbled-1", null).status()).isIn(404, 422);
            // And after all that the server still runs a scenario.
            var ok = s.run("baseline", Map.of("months", "1"));
            assertThat(ok.statusCode()).isEqualTo(201);
        }
    }
}
