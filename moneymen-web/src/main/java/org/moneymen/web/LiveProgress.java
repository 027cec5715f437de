package org.moneymen.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.sse.SseClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moneymen.model.MonthRow;

/**
 * Streams a run's months to the page as server-sent events: every month so far, then each new one, then a final
 * {@code done} or {@code failed} event (without one, the browser's EventSource would reconnect).
 */
final class LiveProgress {

    private LiveProgress() {
    }

    static void stream(SseClient client, RunManager runs) {
        String id = client.ctx().pathParam("id");
        Optional<WebRun> live = runs.live(id);
        if (live.isEmpty()) {
            boolean finished = runs.folder(id).isPresent();
            send(client, finished ? "done" : "failed", finished ? Map.of("id", id)
                    : Map.of("id", id, "error", "There is no run called '" + id + "'."));
            return;
        }
        WebRun run = live.get();
        int sent = 0;
        try {
            while (!client.terminated()) {
                WebRun.State state = run.state();
                List<MonthRow> rows = run.rowsFrom(sent);
                for (MonthRow r : rows) {
                    Map<String, Object> m = RunData.row(r);
                    m.put("of", run.scenario().months());
                    send(client, "month", m);
                }
                sent += rows.size();
                if (state != WebRun.State.RUNNING && sent >= run.monthsDone()) {
                    Map<String, Object> end = new LinkedHashMap<>();
                    end.put("id", id);
                    // A cancelled run ends as a failed one does for the page: with the reason, and Run enabled again.
                    if (state != WebRun.State.DONE) {
                        end.put("error", run.error());
                        end.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
                    }
                    send(client, state == WebRun.State.DONE ? "done" : "failed", end);
                    return;
                }
                run.await(sent, 1000);
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
