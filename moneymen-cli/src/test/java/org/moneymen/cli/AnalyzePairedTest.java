package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.io.sweep.MonthWindow;
import org.moneymen.io.sweep.PairedAnalysis;

/**
 * {@code analyze --paired} end to end on a tiny sweep of the purge scenario (purge on or after the run, two hostage
 * rules; 14 months): the table and its CSV, the baseline, the window, the warning for independent seeds, and every
 * bad flag refused with exit 2 and the flag named.
 */
final class AnalyzePairedTest {

    @TempDir
    static Path tmp;
    static Path crn;
    static Path independent;

    static Path sweep(String name, boolean common) throws Exception {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, "name: " + name + "\nscenario: "
                + Path.of("..", "scenarios", "purge-2013.yaml").toAbsolutePath().normalize()
                + "\nset: [months=14, warmup_months=6]\nseed: 3\ncommon_random_numbers: " + common + "\nreplicas: 4\n"
                + "parameters:\n  - {path: \"purges[0].date\", values: [2013-12-08, 2016-01-01]}\n"
                + "  - {path: officials.family_at_home_share, values: [0.5, 0.85]}\n");
        Path out = tmp.resolve(name + "-out");
        Cli r = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
        assertThat(r.status()).as(r.err()).isZero();
        return out;
    }

    @BeforeAll
    static void runTheSweeps() throws Exception {
        crn = sweep("crn", true);
        independent = sweep("ind", false);
    }

    static final String BASE = "purges[0].date=2016-01-01,officials.family_at_home_share=0.85";

    @Test
    void csvHasOneRowPerPointWithPairedAndWelchIntervalsAsTheAnalysisComputesThem() throws Exception {
        Cli r = Cli.run("analyze", crn.toString(), "--paired", "--baseline", BASE, "--from", "2013-12-01", "--to",
                "2014-02-28", "--csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).isEqualTo("point,purges_0_date,officials_family_at_home_share,n,mean_diff,sd_diff,"
                + "paired_low,paired_high,welch_low,welch_high");
        assertThat(lines).hasSize(5);
        var expected = PairedAnalysis.analyze(crn, "office39_inflow_usd", BASE,
                new MonthWindow(LocalDate.of(2013, 12, 1), LocalDate.of(2014, 2, 28)));
        for (int i = 0; i < 4; i++) {
            List<String> row = Arrays.asList(lines[i + 1].split(","));
            PairedAnalysis.Difference d = expected.points().get(i);
            assertThat(row.subList(0, 4)).containsExactly(Integer.toString(i), d.values().get(0), d.values().get(1), "4");
            assertThat(row.subList(4, 10)).containsExactly(Tables.num(d.mean()), Tables.num(d.sd()),
                    Tables.num(d.pairedLow()), Tables.num(d.pairedHigh()), Tables.num(d.welchLow()), Tables.num(d.welchHigh()));
        }
        // The baseline point against itself: nothing.
        assertThat(lines[4]).startsWith("3,2016-01-01,0.85,4,0.0000,0.0000,0.0000,0.0000,");
    }

    @Test
    void theTableSaysWhatWasSummedAndComparedAndHowMuchNarrowerPairingIs() {
        Cli r = Cli.run("analyze", crn.toString(), "--paired", "--baseline", BASE, "--from", "2013-12-15", "--to",
                "2014-02-01");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("office39_inflow_usd summed over the 3 months 2013-12 to 2014-02, each point minus"
                + " the baseline point 3 (purges[0].date=2016-01-01, officials.family_at_home_share=0.85)",
                "paired (Student's t on the replica differences) and unpaired (Welch",
                "Median interval width over the other points: paired");
        Cli whole = Cli.run("analyze", crn.toString(), "--paired");
        assertThat(whole.status()).as(whole.err()).isZero();
        assertThat(whole.out()).startsWith("office39_inflow_usd, each point minus the baseline point 0"
                + " (purges[0].date=2013-12-08, officials.family_at_home_share=0.5)");
    }

    @Test
    void independentSeedsArePairedByReplicaWithAWarning() {
        Cli r = Cli.run("analyze", independent.toString(), "--paired", "--baseline", BASE, "--csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: 12 of 16 pairs have different seeds (the sweep ran with"
                + " common_random_numbers: false), so the runs are not common-random-number pairs");
        assertThat(r.out().split("\n")).hasSize(5);
    }

    @Test
    void aWindowPartlyOutsideTheRunsIsCutWithANote() {
        Cli r = Cli.run("analyze", crn.toString(), "--paired", "--from", "2014-01-01", "--to", "2015-06-30", "--csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).contains("note: the runs cover only 2014-01 to 2014-02 of the window --from 2014-01-01"
                + " --to 2015-06-30");
    }

    @Test
    void badFlagsExitTwoNamingTheFlagWithoutAStackTrace() {
        assertBad(Cli.run("analyze", crn.toString(), "--paired", "--baseline", "purges[0].date=2016-01-01"),
                "--baseline purges[0].date=2016-01-01: 2 points have these values (points 2, 3); give one point's"
                        + " values, adding officials.family_at_home_share");
        assertBad(Cli.run("analyze", crn.toString(), "--paired", "--baseline", "purges[0].date=2015-01-01,"
                        + "officials.family_at_home_share=0.5"),
                "no point of the sweep has these values; the values swept are purges[0].date: 2013-12-08, 2016-01-01;"
                        + " officials.family_at_home_share: 0.5, 0.85");
        assertBad(Cli.run("analyze", crn.toString(), "--baseline", BASE), "--baseline picks the point --paired"
                + " compares against; add --paired");
        assertBad(Cli.run("analyze", crn.toString(), "--paired", "--from", "2013-13-01"),
                "--from 2013-13-01: expected a calendar date such as 2013-12-01");
        assertBad(Cli.run("analyze", crn.toString(), "--paired", "--from", "2014-01-01", "--to", "2013-12-31"),
                "--from 2014-01-01 is after --to 2013-12-31");
        assertBad(Cli.run("analyze", crn.toString(), "--paired", "--to", "2012-06-30"),
                "--to 2012-06-30: no month of the runs falls in this window; the runs cover 2013-01 to 2014-02");
        assertBad(Cli.run("analyze", crn.toString(), "--paired", "--output", "recals_quota"),
                "--output recals_quota: no numeric column 'recals_quota' in the runs table");
        assertBad(Cli.run("analyze", tmp.toString(), "--paired"), "not a readable sweep folder");
    }

    static void assertBad(Cli r, String message) {
        assertThat(r.status()).as(r.out()).isEqualTo(2);
        assertThat(r.err()).contains("moneymen: ", message).doesNotContain("Exception", "\tat ");
    }

    @Test
    void theHelpSaysAWindowIsASum() {
        Cli r = Cli.run("analyze", "--help");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("--paired", "--baseline", "A sum: for a flow", "Welch");
    }
}
