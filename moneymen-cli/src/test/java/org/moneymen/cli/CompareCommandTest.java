package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.io.sweep.RecoveryAnalysis;
import org.moneymen.scenario.ScenarioLoader;

/**
 * {@code compare} and {@code analyze --paired --recovery} answer "what did the purge cost, and for how long" in one
 * command each, on purge-2013 cut to 2013-2015 (6 pairs): a sweep folder of two points on the same seeds, the key
 * totals' differences as the runs table gives them, and months to recovery as a plain recount of the series table
 * gives them.
 */
final class CompareCommandTest {
    @TempDir
    static Path tmp;
    static Path scenario;
    static Path dir;
    static Cli compare;

    @BeforeAll
    static void compareThePurge() throws Exception {
        scenario = tmp.resolve("purge-short.yaml");
        Files.writeString(scenario, ScenarioLoader.resolvedYaml(ScenarioLoader.load(
                Path.of("..", "scenarios", "purge-2013.yaml"), List.of("months=30", "warmup_months=12"))));
        dir = tmp.resolve("cmp");
        compare = Cli.run("compare", scenario.toString(), "--set", "purges=[]", "--replicas", "6", "--from",
                "2013-12-01", "--to", "2014-11-30", "--out", dir.toString());
        assertThat(compare.status()).as(compare.err()).isZero();
    }

    static List<String[]> query(String sql) {
        Cli q = Cli.run("query", dir.toString(), sql, "--csv");
        assertThat(q.status()).as(q.err()).isZero();
        List<String[]> rows = new ArrayList<>();
        q.out().lines().skip(1).forEach(l -> rows.add(l.split(",", -1)));
        return rows;
    }

    @Test
    void theFolderIsASweepOfTwoPointsOnTheSameSeeds() {
        List<String[]> runs = query("SELECT point, replica, seed FROM runs ORDER BY point, replica");
        assertThat(runs).hasSize(12);
        for (int r = 0; r < 6; r++) {
            assertThat(runs.get(r)[0]).isEqualTo("0");
            assertThat(runs.get(6 + r)[2]).as("replica %d's seed in both points", r).isEqualTo(runs.get(r)[2]);
        }
        assertThat(compare.out()).contains("What differs (baseline -> change):", "  purges: [{date: \"2013-12-08\","
                + " patron: jang", "}] -> []");
        assertThat(Cli.run("analyze", dir.toString(), "--paired").status()).isZero();
    }

    @Test
    void theInflowDifferenceIsThePairedMeanOfTheSeriesSummedOverTheWindow() {
        List<String[]> pairs = query("WITH w AS (SELECT run, sum(office39_inflow_usd) AS v FROM series WHERE date >="
                + " DATE '2013-12-01' AND date < DATE '2014-12-01' GROUP BY run) SELECT avg(c.v - b.v), avg(b.v),"
                + " avg(c.v) FROM runs rb JOIN w b ON rb.run = b.run JOIN runs rc ON rc.replica = rb.replica AND"
                + " rc.point = 1 JOIN w c ON rc.run = c.run WHERE rb.point = 0");
        double diff = Double.parseDouble(pairs.get(0)[0]);
        assertThat(diff).as("the purge costs money in the year after").isPositive();
        String line = compare.out().lines().filter(l -> l.startsWith("office39_inflow (USD)")).findFirst().orElseThrow();
        String[] cells = line.split("\\s{2,}");
        assertThat(Long.parseLong(cells[3].replace(",", ""))).isEqualTo(Math.round(diff));
        assertThat(Long.parseLong(cells[1].replace(",", ""))).isEqualTo(Math.round(Double.parseDouble(pairs.get(0)[1])));
        // The interval is the paired one, and it excludes no purge cost at all.
        String low = cells[4].substring(1, cells[4].indexOf(", ")).replace(",", "");
        assertThat(Double.parseDouble(low)).isPositive();
        assertThat(compare.out()).contains("summed over the 12 months 2013-12 to 2014-11, mean of 6 pairs");
    }

    @Test
    void recoveryMonthsAreWhatARecountOfTheSeriesGives() throws Exception {
        Cli r = Cli.run("analyze", dir.toString(), "--paired", "--recovery", "0.1", "--from", "2013-12-01", "--csv");
        assertThat(r.status()).as(r.err()).isZero();
        String[] row = r.out().lines().skip(1).findFirst().orElseThrow().split(",", -1);
        // A plain recount: month by month from 2013-12, the last month the change is more than 10% off.
        Map<Integer, List<double[]>> byReplica = new HashMap<>();
        for (String[] s : query("SELECT r.replica, r.point, s.office39_inflow_usd FROM series s JOIN runs r USING (run)"
                + " WHERE s.date >= DATE '2013-12-01' ORDER BY r.replica, r.point, s.date")) {
            byReplica.computeIfAbsent(Integer.parseInt(s[0]), k -> new ArrayList<>(List.of(new double[0], new double[0])));
            List<double[]> two = byReplica.get(Integer.parseInt(s[0]));
            int p = Integer.parseInt(s[1]);
            double[] old = two.get(p);
            double[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = Double.parseDouble(s[2]);
            two.set(p, grown);
        }
        int recovered = 0;
        int never = 0;
        double sum = 0;
        for (List<double[]> two : byReplica.values()) {
            double[] b = two.get(0);
            double[] x = two.get(1);
            int last = -1;
            for (int t = 0; t < b.length; t++) {
                if (Math.abs(x[t] - b[t]) > 0.1 * Math.abs(b[t])) {
                    last = t;
                }
            }
            if (last == b.length - 1) {
                never++;
            } else {
                recovered++;
                sum += last + 1;
            }
        }
        assertThat(row[2]).as("pairs").isEqualTo("6");
        assertThat(row[3]).as("recovered").isEqualTo(Integer.toString(recovered));
        assertThat(row[4]).as("not within the run").isEqualTo(Integer.toString(never));
        if (recovered > 0) {
            assertThat(Double.parseDouble(row[5])).isEqualTo(Math.round(10 * sum / recovered) / 10.0);
        }
        assertThat(row[9]).isEqualTo("2013-12");
    }

    @Test
    void plotByTheChangeSplitsEveryChart_andARunFolderRefusesBy() throws Exception {
        Path charts = tmp.resolve("charts");
        Cli p = Cli.run("plot", dir.toString(), "--by", "purges", "--out", charts.toString());
        assertThat(p.status()).as(p.err()).isZero();
        for (String chart : List.of("inflow.png", "recalls-1.png", "recalls-2.png", "officials-1.png",
                "officials-2.png", "approval-1.png", "approval-2.png")) {
            assertThat(charts.resolve(chart)).as(chart).isNotEmptyFile();
        }
        Path run = tmp.resolve("one-run");
        assertThat(Cli.run("run", scenario.toString(), "--out", run.toString(), "--no-events").status()).isZero();
        Cli refused = Cli.run("plot", run.toString(), "--by", "purges");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("is a run folder").contains("--by splits a sweep's runs");
        assertThat(run.resolve("charts")).doesNotExist();
    }

    @Test
    void monthsToRecoverCountsFromTheStartToTheLastMonthOutside() {
        double[] b = {100, 100, 100, 100, 100};
        assertThat(RecoveryAnalysis.monthsToRecover(new double[] {100, 100, 100, 100, 100}, b, 0.05, 0)).isZero();
        assertThat(RecoveryAnalysis.monthsToRecover(new double[] {80, 90, 99, 100, 100}, b, 0.05, 0)).isEqualTo(2);
        assertThat(RecoveryAnalysis.monthsToRecover(new double[] {100, 80, 99, 80, 100}, b, 0.05, -1)).isEqualTo(3);
        assertThat(RecoveryAnalysis.monthsToRecover(new double[] {80, 90, 99, 100, 90}, b, 0.05, 0)).isEqualTo(-1);
    }

    @Test
    void nothingToCompare_aSeed_aBadPath_orRecoveryWithoutPairs_areRefusedWithExit2() {
        Path out = tmp.resolve("refused");
        Cli none = Cli.run("compare", scenario.toString(), "--out", out.toString());
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("nothing to compare");
        Cli seed = Cli.run("compare", scenario.toString(), "--set", "seed=4", "--out", out.toString());
        assertThat(seed.status()).isEqualTo(2);
        assertThat(seed.err()).contains("a seed override would unpair them");
        Cli bad = Cli.run("compare", scenario.toString(), "--set", "quota.recal_line=1.2", "--out", out.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("recall_line").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        Cli unpaired = Cli.run("analyze", dir.toString(), "--recovery", "0.05");
        assertThat(unpaired.status()).isEqualTo(2);
        assertThat(unpaired.err()).contains("add --paired");
        Cli share = Cli.run("analyze", dir.toString(), "--paired", "--recovery", "1.5");
        assertThat(share.status()).isEqualTo(2);
        assertThat(share.err()).contains("between 0 and 1");
    }
}
