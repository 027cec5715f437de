package org.moneymen.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.moneymen.experiment.keyplayers.KeyPlayersException;

/**
 * The key-player panel's API: start an analysis of a finished run ({@code POST}), read it ({@code GET}), and
 * follow it as server-sent events ({@code /live}), ending with {@code done} or {@code failed}.
 */
final class KeyPlayersRoutes {
    private final KeyPlayersAnalyses analyses;
    private final Function<Context, Path> finished;

    KeyPlayersRoutes(KeyPlayersAnalyses analyses, Function<Context, Path> finished) {
        this.analyses = analyses;
        this.finished = finished;
    }

    void add(RoutesConfig r) {
        r.post("/api/runs/{id}/keyplayers", this::start);
        r.get("/api/runs/{id}/keyplayers", this::show);
        r.sse("/api/runs/{id}/keyplayers/live", this::follow);
    }

    private void start(Context ctx) throws JsonProcessingException {
        Path dir = finished.apply(ctx);
        String body = ctx.body();
        KeyPlayersRequest req = body == null || body.isBlank() ? KeyPlayersRequest.defaults()
                : Dashboard.JSON.readValue(body, KeyPlayersRequest.class);
        if (req == null) {
            throw new Dashboard.BadRequest("The request is JSON null; send {} or {\"replicas\": 10,"
                    + " \"confirm_replicas\": 40}.");
        }
        String id = ctx.pathParam("id");
        try {
            Dashboard.json(ctx, 202, analyses.start(id, dir, req.check()).view());
        } catch (KeyPlayersException e) {
            Dashboard.json(ctx, 400, Dashboard.error("The key-player analysis cannot run on run " + id + ": "
                    + e.getMessage() + ". Nothing was run."));
        } catch (KeyPlayersAnalyses.BusyException e) {
            Dashboard.json(ctx, 503, Map.of("error", e.getMessage(), "busy", true));
        }
    }

    private void show(Context ctx) throws Exception {
        Path dir = finished.apply(ctx);
        String id = ctx.pathParam("id");
        Optional<Map<String, Object>> view = RunFolders.read(id, dir, () -> analyses.view(id, dir));
        Dashboard.json(ctx, 200, view.orElse(Map.of("run", id, "state", "none")));
    }

    private void follow(SseClient client) {
        String id = client.ctx().pathParam("id");
        Optional<KeyPlayersJob> found = analyses.job(id);
        if (found.isEmpty()) {
            send(client, "failed", Map.of("run", id, "error", "No key-player analysis of run '" + id
                    + "' is going on this server."));
            return;
        }
        KeyPlayersJob job = found.get();
        try {
            long seen = -1;
            while (!client.terminated()) {
                long now = job.version();
                KeyPlayersJob.State state = job.state();
                if (state != KeyPlayersJob.State.RUNNING) {
                    send(client, state == KeyPlayersJob.State.DONE ? "done" : "failed", job.view());
                    return;
                }
                if (now != seen) {
                    send(client, "progress", job.view());
                    seen = now;
                }
                job.await(seen, 1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(SseClient client, String event, Object data) {
        try {
            client.sendEvent(event, Dashboard.JSON.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
