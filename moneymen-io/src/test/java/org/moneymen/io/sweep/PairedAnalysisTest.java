package org.moneymen.io.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.LocalEngine;
import org.moneymen.experiment.sweep.SweepFiles;

/**
 * Paired differences on a tiny real sweep (baseline over 8 months, Parquet through DuckDB), checked against the
 * same statistics computed directly from the runs and series tables. Points 0 and 1 have the same values, so with
 * common random numbers their runs are identical replica by replica.
 */
final class PairedAnalysisTest {

    @TempDir
    static Path tmp;
    static Path crn;
    static Path independent;

    static Path sweep(String name, boolean common) throws Exception {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, """
                name: %s
                scenario: %s
                set: [months=8, warmup_months=12]
                seed: 11
                common_random_numbers: %s
                replicas: 5
                parameters:
                  - {path: quota.recall_line, values: [1.0, 1.0, 1.6]}
                  - {path: "companies[0].count", values: [2, 4]}
                """.formatted(name, Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize(), common));
        Path out = tmp.resolve(name);
        Sweeps.execute(SweepFiles.load(f, List.of()), new LocalEngine(), new EngineOptions(2, null), out, false,
                SweepProgress.NONE, new org.moneymen.io.Stamp("test", "test", "moneymen test"));
        return out;
    }

    @BeforeAll
    static void runTwoTinySweeps() throws Exception {
        crn = sweep("crn", true);
        independent = sweep("independent", false);
    }

    /** point -> replica -> value, straight from a query. */
    static Map<Integer, Map<Integer, Double>> table(Path dir, String sql) throws Exception {
        Map<Integer, Map<Integer, Double>> out = new HashMap<>();
        try (Connection c = ResultsDb.open(dir); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.computeIfAbsent(r.getInt(1), k -> new HashMap<>()).put(r.getInt(2), r.getDouble(3));
            }
        }
        return out;
    }

    static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).sum() / v.size();
    }

    static double var(List<Double> v) {
        double m = mean(v);
        return v.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (v.size() - 1);
    }

    /** The paired and Welch intervals of every point, computed here from the table without the analysis code. */
    static void assertMatchesDirectComputation(PairedAnalysis.Result r, Map<Integer, Map<Integer, Double>> y) {
        Map<Integer, Double> base = y.get(r.baseline());
        for (PairedAnalysis.Difference d : r.points()) {
            List<Double> diffs = new ArrayList<>();
            base.forEach((rep, b) -> diffs.add(y.get(d.point()).get(rep) - b));
            double m = mean(diffs);
            double half = new TDistribution(diffs.size() - 1).inverseCumulativeProbability(0.975)
                    * Math.sqrt(var(diffs) / diffs.size());
            List<Double> a = new ArrayList<>(y.get(d.point()).values());
            List<Double> b = new ArrayList<>(base.values());
            double va = var(a) / a.size();
            double vb = var(b) / b.size();
            double diff = mean(a) - mean(b);
            double welch = va + vb == 0 ? 0 : new TDistribution((va + vb) * (va + vb)
                    / (va * va / (a.size() - 1) + vb * vb / (b.size() - 1))).inverseCumulativeProbability(0.975)
                    * Math.sqrt(va + vb);
            // Same arithmetic in another order: equal to rounding, a relative 1e-9 of the figures' size.
            double tol = 1e-9 * (1 + Math.abs(mean(b)));
            assertThat(d.n()).isEqualTo(diffs.size());
            assertThat(d.mean()).as("point %d mean", d.point()).isCloseTo(m, within(tol));
            assertThat(d.sd()).isCloseTo(Math.sqrt(var(diffs)), within(tol));
            assertThat(d.pairedLow()).isCloseTo(m - half, within(tol));
            assertThat(d.pairedHigh()).isCloseTo(m + half, within(tol));
            assertThat(d.welchLow()).isCloseTo(diff - welch, within(tol));
            assertThat(d.welchHigh()).isCloseTo(diff + welch, within(tol));
        }
    }

    @Test
    void pairedIntervalsOfTheRunsTableFigureAreTheDirectComputation() throws Exception {
        PairedAnalysis.Result r = PairedAnalysis.analyze(crn, "office39_inflow_usd",
                "quota.recall_line=1.6, companies[0].count=2", null);
        assertThat(r.baseline()).isEqualTo(4);
        assertThat(r.points()).hasSize(6);
        assertThat(r.pairs()).isEqualTo(30);
        assertThat(r.unequalSeeds()).isZero();
        assertMatchesDirectComputation(r, table(crn, "SELECT point, replica, office39_inflow_usd FROM runs"));
    }

    @Test
    void identicalPointsUnderCommonRandomNumbersDifferByExactlyNothingWhileWelchSeesNoise() throws Exception {
        PairedAnalysis.Result r = PairedAnalysis.analyze(crn, "office39_inflow_usd", null, null);
        assertThat(r.baseline()).isZero();
        PairedAnalysis.Difference same = r.points().get(2);
        assertThat(same.n()).isEqualTo(5);
        assertThat(same.mean()).isZero();
        assertThat(same.sd()).isZero();
        assertThat(same.pairedHigh() - same.pairedLow()).isZero();
        assertThat(same.welchHigh() - same.welchLow()).isPositive();

        PairedAnalysis.Result ind = PairedAnalysis.analyze(independent, "office39_inflow_usd", null, null);
        assertThat(ind.unequalSeeds()).isEqualTo(25).isEqualTo(ind.pairs() - 5);
        assertThat(ind.points().get(2).sd()).isPositive();
        assertMatchesDirectComputation(ind, table(independent, "SELECT point, replica, office39_inflow_usd FROM runs"));
    }

    @Test
    void aWindowSumsTheSeriesColumnOverItsCalendarMonthsBothEndsIncluded() throws Exception {
        // The baseline starts 2012-01; a day inside a month selects the whole month.
        MonthWindow w = new MonthWindow(LocalDate.of(2012, 3, 15), LocalDate.of(2012, 6, 1));
        PairedAnalysis.Result r = PairedAnalysis.analyze(crn, "office39_inflow_usd", "companies_0_count=4,"
                + "quota.recall_line=1.6", w);
        assertThat(r.baseline()).isEqualTo(5);
        assertThat(r.coverage().first()).isEqualTo(LocalDate.of(2012, 3, 1));
        assertThat(r.coverage().last()).isEqualTo(LocalDate.of(2012, 6, 1));
        assertThat(r.coverage().months()).isEqualTo(4);
        assertMatchesDirectComputation(r, table(crn, "SELECT point, replica, sum(s.office39_inflow_usd) FROM runs"
                + " JOIN series s USING (run) WHERE s.month BETWEEN 3 AND 6 GROUP BY point, replica"));
        SweepAnalysis.Result plain = SweepAnalysis.analyze(crn, "office39_inflow_usd", w);
        assertThat(plain.coverage().months()).isEqualTo(4);
        Map<Integer, Map<Integer, Double>> y = table(crn, "SELECT point, replica, sum(s.office39_inflow_usd) FROM runs"
                + " JOIN series s USING (run) WHERE s.date >= DATE '2012-03-01' AND s.date <= DATE '2012-06-01'"
                + " GROUP BY point, replica");
        assertThat(plain.points().get(3).mean()).isCloseTo(mean(new ArrayList<>(y.get(3).values())), within(1e-6));
    }

    @Test
    void theBaselineIsTheOnePointWithTheGivenValuesAndAnythingElseIsRefusedNamingTheFlag() {
        assertThatThrownBy(() -> PairedAnalysis.analyze(crn, "office39_inflow_usd", "quota.recall_line=1.0", null))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("--baseline quota.recall_line=1.0: 4 points have these values (points 0, 1, 2, 3);"
                        + " give one point's values, adding companies[0].count");
        assertThatThrownBy(() -> PairedAnalysis.analyze(crn, "office39_inflow_usd", "quota.recall_line=1.2", null))
                .hasMessageContaining("no point of the sweep has these values; the values swept are"
                        + " quota.recall_line: 1.0, 1.6");
        assertThatThrownBy(() -> PairedAnalysis.analyze(crn, "office39_inflow_usd", "quota.ratchet=1", null))
                .hasMessageContaining("'quota.ratchet' is not a parameter of this sweep; its parameters:"
                        + " quota.recall_line, companies[0].count");
        assertThatThrownBy(() -> PairedAnalysis.analyze(crn, "office39_inflow_usd", "quota.recall_line", null))
                .hasMessageContaining("is not path=value");
    }

    @Test
    void aWindowOutsideTheRunsOrAMissingColumnIsRefusedNamingTheFlag() {
        assertThatThrownBy(() -> PairedAnalysis.analyze(crn, "office39_inflow_usd", null,
                new MonthWindow(LocalDate.of(2020, 1, 1), null)))
                .isInstanceOf(StoreException.class)
                .hasMessage("--from 2020-01-01: no month of the runs falls in this window; the runs cover 2012-01 to 2012-08");
        assertThatThrownBy(() -> PairedAnalysis.analyze(crn, "totals_nope", null, new MonthWindow(null,
                LocalDate.of(2012, 5, 1))))
                .hasMessageStartingWith("--output totals_nope: with --from/--to the output is a column of the series"
                        + " table, and it has no numeric column 'totals_nope'; its columns: ")
                .hasMessageContaining("office39_inflow_usd");
        assertThatThrownBy(() -> PairedAnalysis.analyze(crn, "nope", null, null))
                .hasMessageStartingWith("--output nope: no numeric column 'nope' in the runs table");
        assertThatThrownBy(() -> new MonthWindow(LocalDate.of(2013, 2, 1), LocalDate.of(2013, 1, 31)))
                .hasMessage("--from 2013-02-01 is after --to 2013-01-31; give --from on or before --to");
    }

    @Test
    void welchAndTheTQuantileOnKnownNumbers() {
        // t(0.975) with 9 degrees of freedom is 2.262157 (tables give six decimals).
        assertThat(PairedAnalysis.t(9)).isCloseTo(2.262157, within(1e-6));
        double[] w = PairedAnalysis.welch(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8, 10});
        // mean difference -3.5; se^2 = (5/3)/4 + 10/5 = 2.41667; df = 2.41667^2 / (0.41667^2/3 + 2^2/4) = 5.52
        double se = Math.sqrt(5.0 / 12 + 2);
        double df = Math.pow(5.0 / 12 + 2, 2) / (Math.pow(5.0 / 12, 2) / 3 + 4.0 / 4);
        assertThat(w[0]).isCloseTo(-3.5 - new TDistribution(df).inverseCumulativeProbability(0.975) * se, within(1e-12));
        assertThat(df).isCloseTo(5.52, within(0.01));
    }
}
