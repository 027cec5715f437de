package org.moneymen.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A real dashboard on a free port of 127.0.0.1, with the shipped scenarios and a temporary runs folder. */
final class TestServer implements AutoCloseable {
    static final Path SCENARIOS = Path.of("..", "scenarios");

    final Dashboard dashboard;
    final Path runs;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(Path runs, DashboardConfig config) {
        this.runs = runs;
        this.dashboard = Dashboard.start(config.withAddress("127.0.0.1", 0).withFolders(SCENARIOS, runs));
    }

    TestServer(Path runs) {
        this(runs, DashboardConfig.defaults());
    }

    String url(String path) {
        return "http://127.0.0.1:" + dashboard.port() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Asks for a run of a shipped scenario with overrides. */
    HttpResponse<String> run(String scenario, Map<String, String> overrides) throws IOException, InterruptedException {
        return post("/api/runs", Dashboard.JSON.writeValueAsString(Map.of("scenario", scenario, "overrides", overrides)));
    }

    /** The server-sent events of a run until its final event: each as "event: data". */
    List<String> follow(String id) throws IOException, InterruptedException {
        HttpResponse<java.util.stream.Stream<String>> res = http.send(HttpRequest.newBuilder(
                URI.create(url("/api/runs/" + id + "/live"))).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofLines());
        List<String> events = new java.util.ArrayList<>();
        String[] name = {null};
        try (var lines = res.body()) {
            var it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.startsWith("event:")) {
                    name[0] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    events.add(name[0] + ": " + line.substring(5).trim());
                    if (!"month".equals(name[0])) {
                        break;
                    }
                }
            }
        }
        return events;
    }

    static JsonNode json(HttpResponse<String> res) throws IOException {
        return Dashboard.JSON.readTree(res.body());
    }

    @Override
    public void close() {
        dashboard.close();
    }
}
