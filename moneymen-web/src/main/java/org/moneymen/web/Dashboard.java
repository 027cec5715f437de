package org.moneymen.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.moneymen.io.story.StoryException;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The dashboard's web server: the page, its JSON API, live progress as server-sent events, and downloads. */
public final class Dashboard implements AutoCloseable {
    /** Reads requests strictly: a key given twice or a field the page never sends is refused, not guessed at. */
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Logger LOG = LoggerFactory.getLogger(Dashboard.class);
    private static final String REQUEST_ID = "request_id";
    private static final AtomicLong REQUESTS = new AtomicLong();
    /** Tells this server's request ids from another's in a log that holds several. */
    private static final String SERVER = Long.toString(new java.security.SecureRandom().nextInt(1 << 30), 36);

    private final DashboardConfig config;
    private final ShippedScenarios shipped;
    private final RunManager runs;
    private final KeyPlayersAnalyses keyPlayers = new KeyPlayersAnalyses();
    private final WhatIfs whatIfs;
    private final Javalin app;

    private Dashboard(DashboardConfig config) {
        this.config = config;
        this.shipped = new ShippedScenarios(config.scenarios());
        this.runs = new RunManager(config.runs(), config.maxRuns(), config.runner(), config.stamp());
        this.whatIfs = new WhatIfs(runs, config.stamp());
        this.app = Javalin.create(this::configure);
    }

    /** Starts a dashboard; it serves until {@link #close()}. */
    public static Dashboard start(DashboardConfig config) {
        Dashboard d = new Dashboard(config);
        d.app.start(config.host(), config.port());
        return d;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port() + "/";
    }

    /** Stops the runs that are going and the server. */
    @Override
    public void close() {
        runs.close();
        keyPlayers.close();
        whatIfs.close();
        app.stop();
    }

    private void configure(JavalinConfig c) {
        c.startup.showJavalinBanner = false;
        c.http.maxRequestSize = config.maxRequestBytes();
        c.staticFiles.add("/web", Location.CLASSPATH);
        c.staticFiles.enableWebjars();
        var r = c.routes;
        r.before(this::identify);
        r.before("/api/*", this::limitBody);
        r.get("/api/scenarios", ctx -> json(ctx, 200, shipped.list()));
        r.get("/api/scenarios/{name}/form", this::shippedForm);
        r.post("/api/form", this::uploadedForm);
        r.get("/api/columns", ctx -> json(ctx, 200, RunData.columns()));
        r.post("/api/runs", this::startRun);
        r.get("/api/runs", ctx -> json(ctx, 200, RunList.of(runs, whatIfs)));
        r.get("/api/runs/{id}", this::showRun);
        r.delete("/api/runs/{id}", this::cancelRun);
        r.sse("/api/runs/{id}/live", client -> LiveProgress.stream(client, runs));
        r.get("/api/runs/{id}/network", ctx -> {
            Path dir = finished(ctx);
            json(ctx, 200, RunFolders.read(ctx.pathParam("id"), dir, () -> NetworkData.of(dir)));
        });
        r.get("/api/runs/{id}/officials/{official}/story", this::story);
        new KeyPlayersRoutes(keyPlayers, this::finished).add(r);
        new WhatIfRoutes(whatIfs, runs, shipped).add(r);
        r.get("/api/runs/{id}/files/{name}", ctx -> Downloads.send(ctx, finished(ctx), ctx.pathParam("name")));
        r.exception(NotFound.class, (e, ctx) -> json(ctx, 404, error(e.getMessage())));
        r.exception(BadRequest.class, (e, ctx) -> json(ctx, 400, error(e.getMessage())));
        r.exception(RunFolders.Damaged.class, (e, ctx) -> {
            LOG.warn("request {}: {}", requestId(ctx), e.getMessage(), e.getCause());
            json(ctx, 422, error(e.getMessage()));
        });
        r.exception(StoryException.class, (e, ctx) -> json(ctx, 404, error(e.getMessage())));
        r.exception(JsonProcessingException.class, (e, ctx) -> json(ctx, 400, error(BadJson.words(e))));
        // Anything else is the server's fault: the user gets words and the request id, the log gets the trace.
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} ({} {}) failed", requestId(ctx), ctx.method(), ctx.path(), e);
            json(ctx, 500, error("The server could not do that because of a fault of its own. Try again; if it"
                    + " happens again, report request " + requestId(ctx) + " (the server's log has the details)."));
        });
    }

    /** A percent sign not followed by two hex digits: Javalin's decoder would throw on it. */
    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    /** Gives the request its id (every error answer carries it, and the log names it), and checks the address. */
    private void identify(Context ctx) {
        String id = SERVER + "-" + REQUESTS.incrementAndGet();
        ctx.attribute(REQUEST_ID, id);
        ctx.header("X-Request-Id", id);
        String raw = ctx.req().getRequestURI();
        if (raw != null && BAD_ESCAPE.matcher(raw).find()) {
            json(ctx, 400, error("The address has a '%' that is not followed by two hex digits (such as %20); write"
                    + " names in the address as the page does, with encodeURIComponent."));
            ctx.skipRemainingHandlers();
        }
    }

    static String requestId(Context ctx) {
        Object id = ctx.attribute(REQUEST_ID);
        return id == null ? "unknown" : id.toString();
    }

    /** The body as the page sends it: a JSON object; anything else is a 400 that says what to send. */
    private static RunRequest request(Context ctx) throws JsonProcessingException {
        String body = ctx.body();
        if (body == null || body.isBlank()) {
            throw new BadRequest("The request has no body: send a JSON object such as {\"scenario\": \"baseline\"}"
                    + " or {\"yaml\": \"...\", \"fileName\": \"my.yaml\"}.");
        }
        RunRequest req = JSON.readValue(body, RunRequest.class);
        if (req == null) {
            throw new BadRequest("The request is JSON null; send a JSON object such as {\"scenario\": \"baseline\"}.");
        }
        return req;
    }

    /** Refuses bodies above the limit before reading them (the limit also applies when they are read). */
    private void limitBody(Context ctx) {
        long length = ctx.contentLength();
        if (length > config.maxRequestBytes()) {
            json(ctx, 413, error("The request is too large: " + length + " bytes; the most this server accepts is "
                    + config.maxRequestBytes() + " bytes."));
            ctx.skipRemainingHandlers();
        }
    }

    private void shippedForm(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        String text = shipped.text(name).orElseThrow(() -> new NotFound("No shipped scenario is called '" + name
                + "'. The shipped ones are: " + String.join(", ", shipped.names())));
        try {
            json(ctx, 200, ScenarioForm.of(ScenarioLoader.parse(ShippedScenarios.source(name), text, List.of())));
        } catch (ScenarioException e) {
            json(ctx, 400, ScenarioProblems.of(e));
        }
    }

    private void uploadedForm(Context ctx) throws IOException {
        RunRequest req = request(ctx);
        if (req.yaml() == null || req.yaml().isBlank()) {
            json(ctx, 400, error("The uploaded scenario file is empty."));
            return;
        }
        try {
            json(ctx, 200, ScenarioForm.of(ScenarioLoader.parse(uploadName(req), req.yaml(), List.of())));
        } catch (ScenarioException e) {
            json(ctx, 400, ScenarioProblems.of(e));
        }
    }

    private void startRun(Context ctx) throws IOException {
        RunRequest req = request(ctx);
        String source;
        String text;
        if (req.yaml() != null && !req.yaml().isBlank()) {
            source = uploadName(req);
            text = req.yaml();
        } else {
            String name = req.scenario();
            if (name == null || name.isBlank()) {
                throw new BadRequest("The request names no scenario: give \"scenario\" (a shipped one, such as"
                        + " baseline) or \"yaml\" (the text of a scenario file).");
            }
            text = shipped.text(name).orElseThrow(() -> new NotFound("No shipped scenario is called '" + name + "'."));
            source = ShippedScenarios.source(name);
        }
        List<String> overrides = new ArrayList<>();
        if (req.overrides() != null) {
            req.overrides().forEach((path, value) -> overrides.add(path + "=" + (value == null ? "" : value)));
        }
        Scenario scenario;
        try {
            scenario = ScenarioLoader.parse(source, text, overrides);
        } catch (ScenarioException e) {
            json(ctx, 400, ScenarioProblems.of(e));
            return;
        }
        try {
            WebRun run = runs.start(scenario);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", run.id());
            m.put("scenario", RunData.about(scenario));
            json(ctx, 201, m);
        } catch (RunManager.BusyException e) {
            json(ctx, 503, Map.of("error", e.getMessage(), "busy", true));
        } catch (RunManager.TooBigException e) {
            json(ctx, 413, error(e.getMessage()));
        }
    }

    /** Cancels a running run: 202 (it stops at its next month), 409 if it has ended, 404 if there is none. */
    private void cancelRun(Context ctx) {
        String id = ctx.pathParam("id");
        if (runs.cancel(id)) {
            json(ctx, 202, Map.of("id", id, "state", "cancelling"));
            return;
        }
        var live = runs.live(id);
        if (live.isPresent() || runs.folder(id).isPresent()) {
            String state = live.map(r -> r.state().name().toLowerCase(java.util.Locale.ROOT)).orElse("done");
            json(ctx, 409, error("The run '" + id + "' has already ended (" + state + "); only a running run can be"
                    + " cancelled."));
            return;
        }
        throw new NotFound("There is no run called '" + id + "'.");
    }

    private static String uploadName(RunRequest req) {
        String n = req.fileName() == null || req.fileName().isBlank() ? "uploaded scenario" : req.fileName();
        return n.replaceAll("[\\r\\n]", " ");
    }

    private void showRun(Context ctx) throws IOException, StoryException {
        String id = ctx.pathParam("id");
        var live = runs.live(id);
        if (live.isPresent() && live.get().state() != WebRun.State.DONE) {
            WebRun r = live.get();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("state", r.state().name().toLowerCase(java.util.Locale.ROOT));
            m.put("error", r.error());
            m.put("months_done", r.monthsDone());
            m.put("scenario", RunData.about(r.scenario()));
            json(ctx, 200, m);
            return;
        }
        Path dir = finished(ctx);
        json(ctx, 200, RunFolders.read(id, dir, () -> RunData.of(id, dir)));
    }

    private void story(Context ctx) throws StoryException {
        String raw = ctx.pathParam("official");
        int official;
        try {
            official = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            json(ctx, 400, error("An official is named by his number, such as 24; got '" + raw + "'."));
            return;
        }
        Path dir = finished(ctx);
        json(ctx, 200, RunFolders.read(ctx.pathParam("id"), dir, () -> Stories.of(dir, official)));
    }

    /** The folder of the finished run the request names, or 404. */
    private Path finished(Context ctx) {
        String id = ctx.pathParam("id");
        return runs.folder(id).orElseThrow(() -> new NotFound("There is no finished run called '" + id + "'."));
    }

    static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }

    /** Writes a JSON answer; an error answer (a map with "error") also gets the request's id. */
    static void json(Context ctx, int status, Object body) {
        if (status >= 400 && body instanceof Map<?, ?> m && m.containsKey("error")) {
            Map<Object, Object> withId = new LinkedHashMap<>(m);
            withId.put(REQUEST_ID, requestId(ctx));
            body = withId;
        }
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request the server cannot take as it is; the message says what to send instead. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }

    /** A request for something that is not there. */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }
}
