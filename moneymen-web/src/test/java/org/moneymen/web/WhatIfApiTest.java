package org.moneymen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.io.sweep.MonthWindow;
import org.moneymen.io.sweep.PairedAnalysis;
import org.moneymen.io.sweep.SweepAnalysis;

/**
 * The page's paired what-ifs and comparisons, through the API: a what-if is a sweep folder the command line reads,
 * its figures agree with the command line's own analyses of that folder, and bad requests say what is allowed.
 */
final class WhatIfApiTest {
    @TempDir
    Path runs;

    /** Starts a what-if and waits for it; returns its id. */
    static String whatIf(TestServer s, Map<String, Object> request) throws Exception {
        var res = s.post("/api/whatifs", Dashboard.JSON.writeValueAsString(request));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
        String id = TestServer.json(res).get("id").asText();
        for (int i = 0; i < 1200; i++) {
            JsonNode now = TestServer.json(s.get("/api/whatifs/" + id));
            if (!"running".equals(now.get("state").asText())) {
                assertThat(now.get("state").asText()).as(now.toString()).isEqualTo("done");
                return id;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the what-if did not end in two minutes");
    }

    @Test
    void aPairedWhatIfIsASweepFolder_whoseFiguresAreTheCommandLinesOwn() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            String id = whatIf(s, Map.of("scenario", "purge-2013", "change", Map.of("purges", "[]"),
                    "overrides", Map.of("months", "24"), "replicas", 6));
            JsonNode w = TestServer.json(s.get("/api/whatifs/" + id + "?from=2013-12&to=2014-11"));
            JsonNode c = w.get("comparison");
            assertThat(c.get("paired").asBoolean()).isTrue();
            assertThat(c.get("pairs").asInt()).isEqualTo(6);
            // What differs is the purge alone, in one row (not one per field of it), never the seed nor the months
            // both share.
            assertThat(c.get("differences")).hasSize(1);
            JsonNode purge = c.get("differences").get(0);
            assertThat(purge.get("path").asText()).isEqualTo("purges[0]");
            assertThat(purge.get("a").asText()).contains("2013-12-08", "jang");
            assertThat(purge.get("b").asText()).isEqualTo("none");
            assertThat(purge.get("label").asText()).contains("Purges", "item 1");
            assertThat(c.get("window").get("months").asInt()).isEqualTo(12);
            // The money total in the window, against the command line's paired analysis of the same folder (SQL there,
            // Java here).
            Path dir = runs.resolve(id);
            var window = new MonthWindow(java.time.LocalDate.of(2013, 12, 1), java.time.LocalDate.of(2014, 11, 30));
            PairedAnalysis.Difference cli = PairedAnalysis.analyze(dir, "office39_inflow_usd", null, window).points()
                    .get(1);
            JsonNode money = c.get("totals").get(0);
            assertThat(money.get("key").asText()).isEqualTo("office39_inflow_usd");
            assertThat(money.get("difference").asDouble()).isCloseTo(cli.mean(), within(1e-6 * Math.abs(cli.mean())));
            assertThat(money.get("low").asDouble()).isCloseTo(cli.pairedLow(), within(1e-6 * Math.abs(cli.mean())));
            assertThat(money.get("high").asDouble()).isCloseTo(cli.pairedHigh(), within(1e-6 * Math.abs(cli.mean())));
            SweepAnalysis.Result means = SweepAnalysis.analyze(dir, "office39_inflow_usd", window);
            assertThat(money.get("a").asDouble()).isCloseTo(means.points().get(0).mean(), within(1e-3));
            // Without the purge Office No. 39 gets more in the year after it: the interval is above zero.
            assertThat(money.get("low").asDouble()).isPositive();
            // The series: 24 months, both means and the paired difference with an interval each month.
            JsonNode series = c.get("series");
            assertThat(series.get("dates")).hasSize(24);
            for (String side : List.of("a", "b", "difference")) {
                assertThat(series.get(side).get("mean")).hasSize(24);
                assertThat(series.get(side).get("low")).hasSize(24);
            }
            JsonNode rec = w.get("recovery");
            assertThat(rec.get("pairs").asInt()).isEqualTo(6);
            assertThat(rec.get("recovered").asInt() + rec.get("not_within_run").asInt()).isEqualTo(6);
            assertThat(rec.get("share").asDouble()).isEqualTo(0.1);
            assertThat(rec.get("start").asText()).isEqualTo("2013-12");
            // The same comparison by its points.
            JsonNode byPoints = TestServer.json(s.get("/api/compare?a=" + enc(id + "#0") + "&b=" + enc(id + "#1")
                    + "&from=2013-12&to=2014-11"));
            assertThat(byPoints).isEqualTo(c);
            // Listed with the runs: kind, replicas, version, date.
            JsonNode listed = find(TestServer.json(s.get("/api/runs")), id);
            assertThat(listed.get("kind").asText()).isEqualTo("whatif");
            assertThat(listed.get("state").asText()).isEqualTo("done");
            assertThat(listed.get("replicas").asInt()).isEqualTo(6);
            assertThat(listed.get("version").asText()).isNotBlank();
            assertThat(listed.get("date").asText()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");
            assertThat(Files.isRegularFile(dir.resolve("sweep.resolved.yaml"))).isTrue();
        }
    }

    @Test
    void aWhatIfCutShortIsListedIncomplete_withTheCommandThatFinishesIt() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            String id = whatIf(s, Map.of("scenario", "baseline", "change", Map.of("quota.ratchet", "0.3"),
                    "overrides", Map.of("months", "3"), "replicas", 2));
            // As a server stopped mid-way leaves it: the last part not recorded in the manifest, so never read.
            Path manifest = runs.resolve(id).resolve("parts.jsonl");
            List<String> lines = Files.readAllLines(manifest);
            String last = lines.stream().filter(l -> l.contains("\"runs/")).reduce((x, y) -> y).orElseThrow();
            List<String> kept = new java.util.ArrayList<>(lines);
            kept.remove(last);
            Files.write(manifest, kept);
            JsonNode listed = find(TestServer.json(s.get("/api/runs")), id);
            assertThat(listed.get("state").asText()).isEqualTo("incomplete");
            assertThat(listed.get("runs_written").asInt()).isLessThan(listed.get("runs").asInt());
            assertThat(listed.get("resume").asText()).isEqualTo("./moneymen sweep " + runs.resolve(id)
                    .toAbsolutePath().normalize().resolve("sweep.resolved.yaml") + " --out " + runs.resolve(id)
                    .toAbsolutePath().normalize() + " --resume");
        }
    }

    @Test
    void twoRunsCompared_listTheParametersThatDiffer_andGiveNoIntervalForOneRunEach() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            String a = run(s, Map.of("months", "6"));
            String b = run(s, Map.of("months", "6", "seed", "7", "quota.ratchet", "0.2"));
            JsonNode c = TestServer.json(s.get("/api/compare?a=" + a + "&b=" + b));
            assertThat(c.get("paired").asBoolean()).isFalse();
            assertThat(c.get("differences")).extracting(d -> d.get("path").asText())
                    .containsExactly("quota.ratchet");
            JsonNode d = c.get("differences").get(0);
            assertThat(d.get("b").asText()).isEqualTo("0.2");
            assertThat(d.get("label").asText()).isNotEqualTo("quota.ratchet");
            JsonNode money = c.get("totals").get(0);
            assertThat(money.get("difference").asDouble()).isCloseTo(money.get("b").asDouble()
                    - money.get("a").asDouble(), within(1e-6));
            assertThat(money.get("low").isNull()).isTrue();
            assertThat(c.get("method").asText()).contains("no interval");
        }
    }

    @Test
    void anUploadedScenarioAsksAWhatIfToo_andLeavesNoTemporaryFileBehind() throws Exception {
        String yaml = Files.readString(TestServer.SCENARIOS.resolve("baseline.yaml"));
        try (TestServer s = new TestServer(runs)) {
            String id = whatIf(s, Map.of("yaml", yaml, "fileName", "my baseline.yaml", "overrides", Map.of("months", "6",
                    "seed", "5"), "change", Map.of("quota.ratchet", "0.3"), "replicas", 3));
            JsonNode w = TestServer.json(s.get("/api/whatifs/" + id));
            assertThat(w.get("seed").asLong()).isEqualTo(5);
            assertThat(w.get("comparison").get("differences")).hasSize(1);
            assertThat(w.get("comparison").get("differences").get(0).get("b").asText()).isEqualTo("0.3");
            assertThat(w.get("comparison").get("series").get("dates")).hasSize(6);
        }
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("moneymen-whatif-")))
                    .isEmpty();
        }
    }

    @Test
    void badRequestsSayWhatIsAllowed_andNothingIsWritten() throws Exception {
        try (TestServer s = new TestServer(runs)) {
            Map<String, String> bad = Map.of(
                    "{\"scenario\": \"purge-2013\"}", "no change",
                    "{\"scenario\": \"purge-2013\", \"change\": {\"purges\": \"[]\"}, \"replicas\": 1}", "give 2 to 200",
                    "{\"scenario\": \"purge-2013\", \"change\": {\"no_such_key\": \"1\"}}", "no_such_key",
                    "{\"scenario\": \"nowhere\", \"change\": {\"purges\": \"[]\"}}", "No shipped scenario",
                    "{\"scenario\": \"purge-2013\", \"change\": {\"months\": \"-3\"}}", "months",
                    "{\"scenario\": \"purge-2013\", \"chnage\": {}}", "chnage");
            for (var e : bad.entrySet()) {
                var res = s.post("/api/whatifs", e.getKey());
                assertThat(res.statusCode()).as(e.getKey()).isBetween(400, 404);
                assertThat(res.body()).as(e.getKey()).contains(e.getValue()).doesNotContain("Exception", "at org.");
            }
            for (String q : List.of("/api/compare?a=x", "/api/compare?a=..%2Fetc&b=x", "/api/compare?a=none&b=none",
                    "/api/whatifs/none", "/api/compare?a=none%2399&b=x")) {
                var res = s.get(q);
                assertThat(res.statusCode()).as(q).isIn(400, 404);
                assertThat(TestServer.json(res).get("error").asText()).as(q).isNotBlank();
            }
            try (var left = Files.list(runs)) {
                assertThat(left.toList()).isEmpty();
            }
        }
    }

    private static String run(TestServer s, Map<String, String> overrides) throws Exception {
        var res = s.run("baseline", overrides);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        String id = TestServer.json(res).get("id").asText();
        List<String> events = s.follow(id);
        assertThat(events.get(events.size() - 1)).startsWith("done");
        return id;
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError(id + " is not listed: " + list);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
