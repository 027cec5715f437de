package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code moneymen keyplayers} on a network imported from the small FtM test file: named officials ranked by the money
 * their removal costs, with their FtM ids, the first costing more than the last beyond both intervals on fresh seeds
 * (measured: USD 403,007 [324,349, 481,665] against 43,230 [33,659, 52,801] on 100 seeds); the same bytes on one
 * thread as on all; and bad requests refused before anything runs.
 */
final class KeyPlayersCommandTest {
    @TempDir
    static Path tmp;
    static Path scenario;
    static Path out;
    static Cli first;

    static final String[] ARGS = {"--replicas", "8", "--confirm-replicas", "40", "--sets", "2", "--pool", "3"};

    static Cli keyplayers(Path dir, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("keyplayers", scenario.toString(), "--out",
                dir.toString()));
        args.addAll(List.of(ARGS));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @BeforeAll
    static void importAndRank() {
        scenario = tmp.resolve("small.yaml");
        Cli imp = Cli.run("import", "ftm", ImportFtmCommandTest.SMALL.toString(), "--out", scenario.toString());
        assertThat(imp.status()).as(imp.err()).isZero();
        out = tmp.resolve("kp");
        first = keyplayers(out);
        assertThat(first.status()).as(first.err()).isZero();
    }

    @Test
    void namedOfficialsAreRankedByLossWithTheirFtmIds_andTheFirstCostsMoreThanTheLast() throws Exception {
        List<String> rows = Files.readAllLines(out.resolve("keyplayers.csv"));
        assertThat(rows.get(0)).isEqualTo("rank,post,official,name,external_id,company,company_name,city,held,"
                + "loss_usd,loss_low_usd,loss_high_usd,confirmed_loss_usd,confirmed_low_usd,confirmed_high_usd,"
                + "degree,betweenness,eigenvector");
        assertThat(rows).hasSize(1 + 9); // three companies of a head and two staff
        assertThat(String.join("\n", rows)).contains(",Kim Test-chol,t-p1,", ",Ri Test-song,t-p2,",
                ",Pak Test-il,t-p3,", ",Test Daesong Bank,Shenyang,");
        double previous = Double.POSITIVE_INFINITY;
        for (String row : rows.subList(1, rows.size())) {
            double loss = Double.parseDouble(row.split(",")[9]);
            assertThat(loss).isLessThanOrEqualTo(previous);
            previous = loss;
        }
        String[] top = rows.get(1).split(",", -1);
        String[] bottom = rows.get(rows.size() - 1).split(",", -1);
        assertThat(Double.parseDouble(top[13])).as("first's confirmed low above last's confirmed high")
                .isGreaterThan(Double.parseDouble(bottom[14]));
        assertThat(first.out()).contains("apart beyond both intervals").contains("Kim Test-chol")
                .contains("Spearman's rho over 9 officials").contains("The greedy best set");
        assertThat(Files.readString(out.resolve("keyplayers.yaml"))).contains("replicas: 8", "confirm_replicas: 40",
                "command: \"moneymen keyplayers");
        assertThat(out.resolve("charts/keyplayers.png")).isNotEmptyFile();
        assertThat(Files.readAllLines(out.resolve("accounts.csv")).get(0)).startsWith("rank,account,");
    }

    @Test
    void theParquetTableHoldsTheCsvsRows() throws Exception {
        try (var db = DriverManager.getConnection("jdbc:duckdb:"); var s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), min(rank), count(*) FILTER (WHERE external_id = 't-p1'"
                     + " AND name = 'Kim Test-chol'), bool_and(loss_low_usd <= loss_usd AND loss_usd <= loss_high_usd)"
                     + " FROM read_parquet('" + out.resolve("keyplayers.parquet") + "')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(9);
            assertThat(rs.getInt(2)).isEqualTo(1);
            assertThat(rs.getLong(3)).isEqualTo(1);
            assertThat(rs.getBoolean(4)).isTrue();
        }
    }

    @Test
    void oneThreadGivesTheSameFilesAsAllCores() throws Exception {
        Path one = tmp.resolve("one");
        Cli c = keyplayers(one, "--threads", "1");
        assertThat(c.status()).as(c.err()).isZero();
        for (String f : List.of("keyplayers.csv", "accounts.csv", "sets.csv", "keyplayers.parquet")) {
            assertThat(Files.readAllBytes(one.resolve(f))).as(f).isEqualTo(Files.readAllBytes(out.resolve(f)));
        }
    }

    @Test
    void aDayOutsideTheRecord_aTooShortRun_orAForeignFolder_areRefusedWithExit2AndNothingWritten() throws Exception {
        Path dir = tmp.resolve("refused");
        Cli before = keyplayers(dir, "--at", "2015-06-01");
        assertThat(before.status()).isEqualTo(2);
        assertThat(before.err()).contains("--at 2015-06-01 is outside the recorded months")
                .contains("Nothing was run or written").doesNotContain("Exception");
        Cli late = keyplayers(dir, "--at", "2018-06-01");
        assertThat(late.status()).isEqualTo(2);
        assertThat(late.err()).contains("the window runs to 2019-05-31", "--set months=41");
        Cli oneSeed = Cli.run("keyplayers", scenario.toString(), "--out", dir.toString(), "--replicas", "1");
        assertThat(oneSeed.status()).isEqualTo(2);
        assertThat(oneSeed.err()).contains("--replicas 1: give 2 to 10000");
        assertThat(dir).doesNotExist();
        Path foreign = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(foreign.resolve("notes.txt"), "a user's notes");
        Cli refused = keyplayers(foreign);
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("moneymen never replaces such a folder");
        assertThat(foreign.resolve("notes.txt")).hasContent("a user's notes");
        Cli again = keyplayers(out);
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("add --overwrite");
    }
}
