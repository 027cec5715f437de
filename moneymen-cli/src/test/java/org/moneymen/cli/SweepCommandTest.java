package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.io.Stamp;

/** End to end: sweep, query, analyze and plot on a real tiny sweep, and sweep-file errors. */
final class SweepCommandTest {

    @TempDir
    static Path tmp;
    static Path sweep;
    static Path lhs;

    static Path write(String name, String body) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, "name: " + name.replace(".yaml", "") + "\nscenario: "
                + Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize() + "\n" + body);
        return f;
    }

    @BeforeAll
    static void runATinySweep() throws Exception {
        Path f = write("grid.yaml", "seed: 3\nreplicas: 3\nparameters: [{path: quota.recall_line, values: [1.0, 1.4]}]\n");
        sweep = tmp.resolve("grid-out");
        Cli r = Cli.run("sweep", f.toString(), "--set", "months=12", "--out", sweep.toString(), "--threads", "2");
        assertThat(r.status()).as(r.err()).isZero();
        Path l = write("lhs.yaml", """
                seed: 4
                replicas: 1
                design: {kind: latin_hypercube, points: 8}
                parameters:
                  - {path: quota.recall_line, range: {min: 0.8, max: 1.6}}
                  - {path: earning.personal_share, range: {min: 0.0, max: 0.4}}
                """);
        lhs = tmp.resolve("lhs-out");
        Cli r2 = Cli.run("sweep", l.toString(), "--set", "months=12", "--out", lhs.toString());
        assertThat(r2.status()).as(r2.err()).isZero();
    }

    @Test
    void sweepWritesTheTablesAndPrintsProgressLinesWhenNotOnATerminal() throws Exception {
        assertThat(sweep.resolve("runs")).isDirectory();
        assertThat(sweep.resolve("sweep.resolved.yaml")).isRegularFile();
        Cli again = Cli.run("sweep", tmp.resolve("grid.yaml").toString(), "--set", "months=12", "--out", sweep.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("--resume");
        Cli resumed = Cli.run("sweep", tmp.resolve("grid.yaml").toString(), "--set", "months=12", "--out",
                sweep.toString(), "--resume");
        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertThat(resumed.out()).contains("Computed 0 runs (6 already done)");
        assertThat(resumed.err()).contains("6 of 6 runs already done");
    }

    @Test
    void theResolvedSweepAndEveryPartSayWhichBuildAndCommandWroteThem() throws Exception {
        Stamp stamp = Stamp.of(List.of("sweep", tmp.resolve("grid.yaml").toString(), "--set", "months=12", "--out",
                sweep.toString(), "--threads", "2"));
        assertThat(Files.readString(sweep.resolve("sweep.resolved.yaml"))).endsWith(stamp.toYaml());
        Cli q = Cli.run("query", sweep.toString(), "SELECT key, value, count(*) AS parts, count(DISTINCT file) AS files"
                + " FROM stamps GROUP BY ALL ORDER BY 1", "--csv");
        assertThat(q.status()).as(q.err()).isZero();
        assertThat(q.out()).isEqualTo("key,value,parts,files\n" + "moneymen.command," + stamp.command() + ",12,12\n"
                + "moneymen.commit," + stamp.commit() + ",12,12\n" + "moneymen.version," + stamp.version() + ",12,12\n");
    }

    @Test
    void resumingWithAnotherCommonRandomNumbersSettingIsRefusedSayingWhatDiffers() throws Exception {
        Path independent = tmp.resolve("grid-ind.yaml");
        Files.writeString(independent, Files.readString(tmp.resolve("grid.yaml")).replace("seed: 3\n",
                "seed: 3\ncommon_random_numbers: false\n"));
        Cli r = Cli.run("sweep", independent.toString(), "--set", "months=12", "--out", sweep.toString(), "--resume");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("holds another sweep", "is 'common_random_numbers: true' there but"
                + " 'common_random_numbers: false' for this sweep").doesNotContain("Exception");
        assertThat(Cli.run("query", sweep.toString(), "SELECT count(*) FROM runs", "--csv").out()).isEqualTo("count_star()\n6\n");
    }

    @Test
    void queryAnswersSqlOverRunsAndSeriesAsTableAndCsv() {
        Cli r = Cli.run("query", sweep.toString(), "SELECT count(*) AS n, count(DISTINCT seed) AS seeds FROM runs", "--csv");
        assertThat(r.status()).as(r.err()).isZero();
        // Common random numbers: the three replicas' seeds, the same at both points.
        assertThat(r.out()).isEqualTo("n,seeds\n6,3\n");
        Cli s = Cli.run("query", sweep.toString(), "SELECT quota_recall_line, count(*) AS months FROM series JOIN runs"
                + " USING (run) GROUP BY ALL ORDER BY 1");
        assertThat(s.status()).as(s.err()).isZero();
        assertThat(s.out()).containsPattern("\\s1\\s+36").containsPattern("1\\.4\\s+36");
        Cli bad = Cli.run("query", sweep.toString(), "SELECT nope FROM runs");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("the query failed");
    }

    @Test
    void aRunRepeatedAloneWithItsSeedGivesTheSummaryInTheRunsTable() throws Exception {
        Cli q = Cli.run("query", sweep.toString(), "SELECT seed, office39_inflow_usd, recalls_quota FROM runs WHERE run = 4", "--csv");
        String[] row = q.out().split("\n")[1].split(",");
        Path alone = tmp.resolve("alone");
        Cli r = Cli.run("run", sweep.resolve("scenario.resolved.yaml").toString(), "--set", "quota.recall_line=1.4",
                "--seed", row[0], "--out", alone.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(alone.resolve("summary.json").toFile());
        assertThat(summary.get("office39_inflow_usd").asDouble()).isCloseTo(Double.parseDouble(row[1]),
                org.assertj.core.data.Offset.offset(0.006));
        assertThat(summary.get("recalls").get("quota").asLong()).isEqualTo(Long.parseLong(row[2]));
    }

    @Test
    void analyzeGivesMeansAndIntervalsPerPointAndRanksLatinHypercubeParameters() {
        Cli r = Cli.run("analyze", sweep.toString(), "--output", "office39_inflow_usd", "--csv");
        assertThat(r.status()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("point,quota_recall_line,n,mean,sd,ci95_low,ci95_high");
        assertThat(lines).hasSize(3);
        String[] p0 = lines[1].split(",");
        assertThat(p0[2]).isEqualTo("3");
        double mean = Double.parseDouble(p0[3]);
        assertThat(Double.parseDouble(p0[5])).isLessThan(mean);
        assertThat(Double.parseDouble(p0[6])).isGreaterThan(mean);
        Cli l = Cli.run("analyze", lhs.toString());
        assertThat(l.status()).as(l.err()).isZero();
        assertThat(l.out()).contains("Parameters ranked by |standardized regression coefficient|", "quota.recall_line",
                "earning.personal_share");
        Cli bad = Cli.run("analyze", sweep.toString(), "--output", "nope");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("no numeric column 'nope'", "office39_inflow_usd");
    }

    @Test
    void plotWritesNonEmptyPngAndSvgForASweepAndARun() throws Exception {
        Cli r = Cli.run("plot", lhs.toString(), "--out", tmp.resolve("charts").toString());
        assertThat(r.status()).as(r.err()).isZero();
        for (String name : new String[] {"inflow", "recalls", "officials", "approval", "sensitivity"}) {
            assertThat(Files.size(tmp.resolve("charts").resolve(name + ".png"))).as(name).isGreaterThan(1000);
            assertThat(Files.readString(tmp.resolve("charts").resolve(name + ".svg"))).as(name).contains("<svg");
        }
        Path run = tmp.resolve("one-run");
        assertThat(Cli.run("run", tmp.resolve("grid-out").resolve("scenario.resolved.yaml").toString(), "--out",
                run.toString()).status()).isZero();
        Cli p = Cli.run("plot", run.toString());
        assertThat(p.status()).as(p.err()).isZero();
        assertThat(Files.size(run.resolve("charts").resolve("inflow.png"))).isGreaterThan(1000);
    }

    @Test
    void plotByAParameterDrawsOneBandPerValue_andRefusesAParameterTheSweepDoesNotVary() throws Exception {
        Path charts = tmp.resolve("by-charts");
        Cli r = Cli.run("plot", sweep.toString(), "--by", "quota.recall_line", "--out", charts.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(charts.resolve("inflow.svg"))).contains("<svg");
        Cli bad = Cli.run("plot", sweep.toString(), "--by", "quota.ratchet", "--out", tmp.resolve("nope").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--by quota.ratchet", "quota.recall_line");
        assertThat(tmp.resolve("nope")).doesNotExist();
    }

    @Test
    void sweepFileErrorsExitTwoWithFileLineColumnAndWriteNothing() throws Exception {
        Path out = tmp.resolve("never");
        Path unknownKey = write("bad1.yaml", "replicas: 2\nreplica: 3\n");
        Cli a = Cli.run("sweep", unknownKey.toString(), "--out", out.toString());
        assertThat(a.status()).isEqualTo(2);
        assertThat(a.err()).containsPattern("bad1\\.yaml:4:1: replica: unknown key 'replica'")
                .contains("nothing was run or written");
        Path badRange = write("bad2.yaml", "parameters:\n  - {path: quota.recall_line, range: {min: 2, max: 1, steps: 2}}\n");
        Cli b = Cli.run("sweep", badRange.toString(), "--out", out.toString());
        assertThat(b.status()).isEqualTo(2);
        assertThat(b.err()).containsPattern("bad2\\.yaml:4:\\d+: parameters\\[0\\]\\.range\\.max: is 1\\.0, not above min");
        Path badPath = write("bad3.yaml", "parameters:\n  - {path: quota.no_such_rule, values: [1]}\n");
        Cli c = Cli.run("sweep", badPath.toString(), "--out", out.toString());
        assertThat(c.status()).isEqualTo(2);
        assertThat(c.err()).containsPattern("bad3\\.yaml:4:\\d+: parameters\\[0\\]: quota\\.no_such_rule = 1: .*unknown key 'no_such_rule'");
        Path seed = write("bad4.yaml", "parameters:\n  - {path: quota.recall_line, values: [1.0]}\n  - path: seed\n"
                + "    values: [1, 2]\n");
        Cli e = Cli.run("sweep", seed.toString(), "--out", out.toString());
        assertThat(e.status()).isEqualTo(2);
        assertThat(e.err()).contains("bad4.yaml:5:11: parameters[1].path: 'seed' cannot be swept: a sweep sets each"
                + " run's seed from its seed (1) and the replica, the same at every point (common_random_numbers: true)")
                .doesNotContain("Exception");
        Cli d = Cli.run("sweep", tmp.resolve("grid.yaml").toString(), "--engine", "nope", "--out", out.toString());
        assertThat(d.status()).isEqualTo(2);
        assertThat(d.err()).contains("no sweep engine 'nope'", "local");
        assertThat(out).doesNotExist();
    }
}
