package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.io.Stamp;

/** End to end: the run command on the shipped baseline scenario, as a user types it. */
class RunCommandTest {

    static final String BASELINE = Path.of("..", "scenarios", "baseline.yaml").toString();
    static final List<String> FILES = List.of("timeseries.csv", "events.jsonl", "summary.json", "scenario.resolved.yaml");

    @TempDir
    Path tmp;

    @Test
    void runWritesTheFourFilesWithTheDocumentedColumnsAndKeys() throws Exception {
        Path out = tmp.resolve("a");
        Cli r = Cli.run("run", BASELINE, "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Sent to Office No. 39 (USD)", "RMB", "KRW", "Wrote");
        for (String f : FILES) {
            assertThat(out.resolve(f)).isRegularFile();
        }
        List<String> csv = Files.readAllLines(out.resolve("timeseries.csv"));
        assertThat(csv.get(0).split(",")).startsWith("month", "date").contains("office39_inflow_usd",
                "officials_posted", "recalls_quota", "recalls_underperformance", "deals_active", "mean_performance_ratio");
        assertThat(csv).hasSize(1 + 60);
        assertThat(csv.get(1)).startsWith("1,2012-01-01,");
        assertThat(csv.get(60)).startsWith("60,2016-12-01,");
        ObjectMapper json = new ObjectMapper();
        JsonNode summary = json.readTree(out.resolve("summary.json").toFile());
        for (String key : List.of("scenario", "seed", "months", "office39_inflow_usd", "recalls", "mean_performance_ratio")) {
            assertThat(summary.has(key)).as(key).isTrue();
        }
        assertThat(summary.get("recalls").has("quota")).isTrue();
        assertThat(summary.get("office39_inflow_usd").asDouble()).isPositive();
        // The stamp comes last: this build's version and commit, and the command as typed.
        List<String> keys = new ArrayList<>();
        summary.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).startsWith("scenario", "seed").contains("totals").endsWith("moneymen");
        Stamp build = Stamp.of(List.of());
        assertThat(json.convertValue(summary.get("moneymen"), Map.class)).containsExactly(
                Map.entry("version", build.version()), Map.entry("commit", build.commit()),
                Map.entry("command", "moneymen run " + BASELINE + " --out " + out));
        assertThat(build.version()).isNotEqualTo(Stamp.UNKNOWN);
        String firstEvent = Files.readAllLines(out.resolve("events.jsonl")).get(0);
        JsonNode event = json.readTree(firstEvent);
        assertThat(event.has("day") && event.has("date") && event.has("type") && event.has("official")).isTrue();
    }

    /** A run folder's file as bytes, summary.json with its stamp's command blanked (each command here differs). */
    static byte[] unstamped(Path dir, String file) throws Exception {
        return file.equals("summary.json") ? StampedFiles.withoutCommand(dir.resolve(file)).getBytes()
                : Files.readAllBytes(dir.resolve(file));
    }

    @Test
    void sameSeedGivesByteIdenticalFilesExceptTheCommandAndTheResolvedScenarioRepeatsTheRun() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        assertThat(Cli.run("run", BASELINE, "--seed", "7", "--set", "months=24", "--out", a.toString()).status()).isZero();
        assertThat(Cli.run("run", BASELINE, "--seed", "7", "--set", "months=24", "--out", b.toString()).status()).isZero();
        assertThat(Cli.run("run", a.resolve("scenario.resolved.yaml").toString(), "--out", c.toString()).status()).isZero();
        for (String f : FILES) {
            assertThat(unstamped(b, f)).as(f).isEqualTo(unstamped(a, f));
            assertThat(unstamped(c, f)).as(f).isEqualTo(unstamped(a, f));
        }
        assertThat(Files.readString(c.resolve("summary.json")))
                .contains("\"command\" : \"moneymen run " + a.resolve("scenario.resolved.yaml") + " --out " + c + "\"");
        assertThat(Files.readString(a.resolve("scenario.resolved.yaml"))).contains("seed: 7", "months: 24");
    }

    @Test
    void anotherSeedGivesAnotherRun() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertThat(Cli.run("run", BASELINE, "--seed", "1", "--set", "months=24", "--out", a.toString()).status()).isZero();
        assertThat(Cli.run("run", BASELINE, "--seed", "2", "--set", "months=24", "--out", b.toString()).status()).isZero();
        assertThat(Files.readString(b.resolve("timeseries.csv"))).isNotEqualTo(Files.readString(a.resolve("timeseries.csv")));
    }

    @Test
    void badScenarioFileExitsWithStatusTwoAndWritesNothing() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(BASELINE)).replace("review_months: 12", "review_months: 0"));
        Path out = tmp.resolve("out");
        Cli r = Cli.run("run", bad.toString(), "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).containsPattern("bad\\.yaml:\\d+:\\d+: quota\\.review_months: is 0, outside the allowed range 1 to 120");
        assertThat(r.err()).contains("nothing was run or written");
        assertThat(out).doesNotExist();
        assertThat(tmp.toFile().list()).containsExactly("bad.yaml");
    }

    @Test
    void badSetValueExitsWithStatusTwoAndWritesNothing() {
        Path out = tmp.resolve("out");
        Cli r = Cli.run("run", BASELINE, "--set", "quota.recall_max=2", "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--set quota.recall_max=2: quota.recall_max: is 2, outside the allowed range 0 to 1");
        assertThat(out).doesNotExist();
    }

    @Test
    void missingFileIsBadInput() {
        Cli r = Cli.run("run", tmp.resolve("nope.yaml").toString(), "--out", tmp.resolve("o").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("nope.yaml", "no such file");
    }

    @Test
    void validateAcceptsTheShippedScenarioAndRefusesABadOne() throws Exception {
        Cli ok = Cli.run("validate", BASELINE);
        assertThat(ok.status()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("valid");
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(BASELINE)).replace("city: Dandong", "city: Dandon"));
        Cli r = Cli.run("validate", bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("no city 'Dandon'", "did you mean 'Dandong'");
    }

    @Test
    void unknownOptionIsBadInput() {
        assertThat(Cli.run("run", BASELINE, "--sed", "3").status()).isEqualTo(2);
    }

    @Test
    void noEventsLeavesOutTheLogAndChangesNothingElse() throws Exception {
        Path a = tmp.resolve("with");
        Path b = tmp.resolve("without");
        assertThat(Cli.run("run", BASELINE, "--set", "months=12", "--out", a.toString()).status()).isZero();
        Cli r = Cli.run("run", BASELINE, "--set", "months=12", "--out", b.toString(), "--no-events");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(b.resolve("events.jsonl")).doesNotExist();
        for (String f : List.of("timeseries.csv", "summary.json", "scenario.resolved.yaml")) {
            assertThat(unstamped(b, f)).as(f).isEqualTo(unstamped(a, f));
        }
        var events = org.moneymen.experiment.Runs.run(org.moneymen.scenario.ScenarioLoader.load(Path.of(BASELINE),
                List.of("months=12"))).events();
        assertThat(Files.readAllLines(a.resolve("events.jsonl"))).as("the streamed log has every event").hasSize(events.size());
    }

    @Test
    void aRunTooBigForTheHeap_isRefusedWithItsSizeAndTheHeapItNeeds() {
        Path out = tmp.resolve("huge");
        Cli r = Cli.run("run", Path.of("..", "scenarios", "world.yaml").toString(), "--set",
                "target_officials=90000000", "--no-events", "--out", out.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("cannot fit in the memory", "posts", "MONEYMEN_JAVA_OPTS=-Xmx",
                "Nothing was run or written");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileAtTheOutputPath_isNeverReplaced_evenWithOverwrite() throws Exception {
        Path file = tmp.resolve("x");
        Files.writeString(file, "hello\n");
        for (String[] extra : new String[][] {{}, {"--overwrite"}}) {
            Cli r = Cli.run(concat(new String[] {"run", BASELINE, "--set", "months=2", "--out", file.toString()}, extra));
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).contains(file.toString(), "is a file");
            assertThat(Files.readString(file)).isEqualTo("hello\n");
        }
    }

    @Test
    void aFolderHoldingOtherFiles_isNeverReplaced_evenWithOverwrite() throws Exception {
        Path dir = tmp.resolve("mine");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("notes.txt"), "my notes\n");
        Cli r = Cli.run("run", BASELINE, "--set", "months=2", "--out", dir.toString(), "--overwrite");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("notes.txt", "sub", "never replaces");
        assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("my notes\n");
        assertThat(dir.resolve("sub")).isDirectory();
        assertThat(dir.resolve("summary.json")).doesNotExist();
    }

    @Test
    void aSecondRunIntoARunFolder_isRefused_unlessOverwriteIsGiven() throws Exception {
        Path dir = tmp.resolve("r");
        assertThat(Cli.run("run", BASELINE, "--set", "months=2", "--out", dir.toString()).status()).isZero();
        Cli again = Cli.run("run", BASELINE, "--set", "months=3", "--out", dir.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("--overwrite");
        assertThat(Files.readString(dir.resolve("timeseries.csv")).lines().count()).isEqualTo(3);
        Cli replaced = Cli.run("run", BASELINE, "--set", "months=3", "--out", dir.toString(), "--overwrite");
        assertThat(replaced.status()).as(replaced.err()).isZero();
        assertThat(Files.readString(dir.resolve("timeseries.csv")).lines().count()).isEqualTo(4);
        Files.writeString(dir.resolve("notes.txt"), "added by hand\n");
        assertThat(Cli.run("run", BASELINE, "--set", "months=2", "--out", dir.toString(), "--overwrite").status())
                .isEqualTo(2);
        assertThat(dir.resolve("notes.txt")).hasContent("added by hand");
    }

    @Test
    void plotReplacesOnlyChartsItWrote() throws Exception {
        Path dir = tmp.resolve("p");
        assertThat(Cli.run("run", BASELINE, "--set", "months=2", "--out", dir.toString()).status()).isZero();
        assertThat(Cli.run("plot", dir.toString()).status()).isZero();
        assertThat(Cli.run("plot", dir.toString()).status()).isEqualTo(2);
        assertThat(Cli.run("plot", dir.toString(), "--overwrite").status()).isZero();
        Path mine = tmp.resolve("mine-charts");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("draft.txt"), "x");
        Cli r = Cli.run("plot", dir.toString(), "--out", mine.toString(), "--overwrite");
        assertThat(r.status()).isEqualTo(2);
        assertThat(mine.resolve("draft.txt")).hasContent("x");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
