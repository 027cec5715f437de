package org.moneymen.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.moneymen.io.sweep.RecoveryAnalysis;
import org.moneymen.io.sweep.SweepAnalysis;
import org.moneymen.scenario.ScenarioException;

/**
 * The page's paired what-ifs and comparisons: start a what-if ({@code POST /api/whatifs}), follow and read it
 * ({@code GET /api/whatifs/{id}}: progress while it runs, then the comparison of its two points and how long the
 * difference lasted), and compare any two runs or points ({@code GET /api/compare?a=REF&b=REF}, a REF being a run's
 * id or {@code id#point}).
 */
final class WhatIfRoutes {
    /** A run's id, or a sweep folder's id with {@code #point}. */
    private static final Pattern REF = Pattern.compile("(" + RunFolders.ID.pattern() + ")(?:#(\\d{1,6}))?");
    /** The share the page calls "back" by default: within 10% of the baseline. */
    static final double SHARE = 0.10;

    private final WhatIfs whatIfs;
    private final RunManager runs;
    private final ShippedScenarios shipped;

    WhatIfRoutes(WhatIfs whatIfs, RunManager runs, ShippedScenarios shipped) {
        this.whatIfs = whatIfs;
        this.runs = runs;
        this.shipped = shipped;
    }

    void add(RoutesConfig r) {
        r.post("/api/whatifs", this::start);
        r.get("/api/whatifs/{id}", this::show);
        r.get("/api/compare", this::compare);
    }

    private void start(Context ctx) throws Exception {
        String body = ctx.body();
        if (body == null || body.isBlank()) {
            throw new Dashboard.BadRequest("The request has no body: send {\"scenario\": \"purge-2013\", \"change\":"
                    + " {\"purges\": \"[]\"}, \"replicas\": 10}.");
        }
        WhatIfRequest req = Dashboard.JSON.readValue(body, WhatIfRequest.class);
        if (req == null) {
            throw new Dashboard.BadRequest("The request is JSON null; send {\"scenario\": \"purge-2013\", \"change\":"
                    + " {\"purges\": \"[]\"}}.");
        }
        req.check();
        Path temporary = null;
        try {
            String source;
            String text;
            Path file;
            if (req.yaml() != null && !req.yaml().isBlank()) {
                source = req.fileName() == null || req.fileName().isBlank() ? "uploaded scenario"
                        : req.fileName().replaceAll("[\\r\\n]", " ");
                text = req.yaml();
                temporary = WhatIfs.temporary(req.fileName(), text);
                file = temporary;
            } else {
                String name = req.scenario();
                if (name == null || name.isBlank()) {
                    throw new Dashboard.BadRequest("The request names no scenario: give \"scenario\" (a shipped one)"
                            + " or \"yaml\" (the text of a scenario file).");
                }
                text = shipped.text(name).orElseThrow(() -> new Dashboard.NotFound("No shipped scenario is called '"
                        + name + "'."));
                source = ShippedScenarios.source(name);
                file = shipped.file(name);
            }
            WhatIfJob job = whatIfs.start(source, file, text, req);
            Dashboard.json(ctx, 202, job.view());
        } catch (ScenarioException e) {
            Dashboard.json(ctx, 400, ScenarioProblems.of(e));
        } catch (WhatIfs.BusyException e) {
            Dashboard.json(ctx, 503, Map.of("error", e.getMessage(), "busy", true));
        } catch (RunManager.TooBigException e) {
            Dashboard.json(ctx, 413, Dashboard.error(e.getMessage()));
        } finally {
            if (temporary != null) {
                delete(temporary.getParent());
            }
        }
    }

    private void show(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        Optional<WhatIfJob> job = whatIfs.job(id);
        if (job.isPresent() && job.get().state() != WhatIfJob.State.DONE) {
            Dashboard.json(ctx, 200, job.get().view());
            return;
        }
        Path dir = RunFolders.sweep(runs.root(), id).orElseThrow(() -> new Dashboard.NotFound("There is no what-if"
                + " or sweep called '" + id + "'."));
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        double share = share(ctx);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = read(id, () -> {
            Map<String, Object> out = new LinkedHashMap<>(FolderAbout.sweep(id, dir));
            var plan = SweepAnalysis.plan(dir);
            if (plan.points().size() < 2) {
                throw new Dashboard.BadRequest("'" + id + "' has one point: there is nothing to compare it with.");
            }
            out.put("seed", plan.seed());
            out.put("comparison", Contrast.of(Samples.ofPoint(id, dir, 0, Contrast.columns()),
                    Samples.ofPoint(id, dir, 1, Contrast.columns()), from, to));
            Map<String, Object> comparison = (Map<String, Object>) out.get("comparison");
            RecoveryAnalysis.Result rec = RecoveryAnalysis.analyze(dir, Contrast.MONEY, null, share, from, 1);
            out.put("recovery", recovery(rec, firstDifference((Map<String, Object>) comparison.get("series"))));
            return out;
        });
        Dashboard.json(ctx, 200, m);
    }

    /** The first month the mean difference is not zero: where months are counted from when no window is given. */
    @SuppressWarnings("unchecked")
    private static String firstDifference(Map<String, Object> series) {
        List<String> dates = (List<String>) series.get("dates");
        List<Double> mean = (List<Double>) ((Map<String, Object>) series.get("difference")).get("mean");
        for (int i = 0; i < dates.size(); i++) {
            if (mean.get(i) != null && mean.get(i) != 0) {
                return dates.get(i).substring(0, 7);
            }
        }
        return null;
    }

    private static Map<String, Object> recovery(RecoveryAnalysis.Result rec, String firstDifference) {
        RecoveryAnalysis.Point p = rec.points().get(0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("first_difference", firstDifference);
        m.put("output", rec.output());
        m.put("share", rec.share());
        m.put("start", p.start());
        m.put("pairs", p.pairs());
        m.put("recovered", p.recovered());
        m.put("not_within_run", p.notWithinRun());
        m.put("mean_months", Interval.json(p.mean()));
        m.put("low", Interval.json(p.low()));
        m.put("high", Interval.json(p.high()));
        m.put("median_months", Interval.json(p.median()));
        return m;
    }

    private void compare(Context ctx) throws Exception {
        String a = ctx.queryParam("a");
        String b = ctx.queryParam("b");
        if (a == null || b == null) {
            throw new Dashboard.BadRequest("Give two things to compare: ?a=RUN&b=RUN, each a run's id or a what-if's"
                    + " id with #0 (its baseline) or #1 (its change).");
        }
        Samples sa = samples(a);
        Samples sb = samples(b);
        Dashboard.json(ctx, 200, Contrast.of(sa, sb, date(ctx, "from"), date(ctx, "to")));
    }

    private Samples samples(String ref) throws Exception {
        Matcher m = REF.matcher(ref);
        if (!m.matches()) {
            throw new Dashboard.BadRequest("'" + ref + "' names no run: give a run's id, or a what-if's id with #0 or"
                    + " #1.");
        }
        String id = m.group(1);
        if (m.group(2) == null) {
            Path dir = runs.folder(id).orElseThrow(() -> new Dashboard.NotFound("There is no finished run called '"
                    + id + "'" + (RunFolders.sweep(runs.root(), id).isPresent() ? "; it is a what-if or sweep: name"
                    + " one of its points, " + id + "#0 or " + id + "#1." : ".")));
            return read(id, () -> Samples.ofRun(id, dir, Contrast.columns()));
        }
        Path dir = RunFolders.sweep(runs.root(), id).orElseThrow(() -> new Dashboard.NotFound("There is no what-if or"
                + " sweep called '" + id + "'."));
        int point = Integer.parseInt(m.group(2));
        return read(id, () -> Samples.ofPoint(id, dir, point, Contrast.columns()));
    }

    /** Reads a folder, turning a damaged one into a clear 422 as runs' are. */
    private static <T> T read(String id, Reading<T> reading) {
        try {
            return reading.read();
        } catch (Dashboard.NotFound | Dashboard.BadRequest e) {
            throw e;
        } catch (Exception e) {
            throw new RunFolders.Damaged("'" + id + "' could not be read: " + (e.getMessage() == null
                    ? "a file in its folder is damaged or was changed by hand" : e.getMessage()) + ".", e);
        }
    }

    @FunctionalInterface
    private interface Reading<T> {
        T read() throws Exception;
    }

    private static LocalDate date(Context ctx, String key) {
        String v = ctx.queryParam(key);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.length() == 7 ? v + "-01" : v);
        } catch (DateTimeParseException e) {
            throw new Dashboard.BadRequest(key + "=" + v + " is not a calendar date; write it as 2013-12-01 (or the"
                    + " month, 2013-12).");
        }
    }

    private static double share(Context ctx) {
        String v = ctx.queryParam("share");
        if (v == null || v.isBlank()) {
            return SHARE;
        }
        try {
            double s = Double.parseDouble(v);
            if (s > 0 && s < 1) {
                return s;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Dashboard.BadRequest("share=" + v + ": give a share between 0 and 1, such as 0.1 (back within 10%"
                + " of the baseline).");
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }

}
