package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code query} reads the sweep's own tables and nothing else, and cannot run away. */
final class QueryCommandTest {

    @TempDir
    static Path tmp;
    static Path sweep;

    @BeforeAll
    static void runATinySweep() throws Exception {
        Path f = tmp.resolve("q.yaml");
        Files.writeString(f, "name: q\nscenario: " + Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath()
                .normalize() + "\nseed: 3\nreplicas: 2\nparameters: [{path: quota.recall_line, values: [1.0, 1.4]}]\n");
        sweep = tmp.resolve("out");
        Cli r = Cli.run("sweep", f.toString(), "--set", "months=6", "--out", sweep.toString());
        assertThat(r.status()).as(r.err()).isZero();
    }

    private static Cli query(String sql, String... more) {
        String[] args = Stream.concat(Stream.of("query", sweep.toString(), sql), Stream.of(more))
                .toArray(String[]::new);
        return Cli.run(args);
    }

    @Test
    void aQueryOverTheTables_answers() {
        Cli r = query("SELECT count(*) AS n FROM runs", "--csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("n\n4\n");
    }

    @Test
    void otherFiles_cannotBeRead() throws Exception {
        Path secret = tmp.resolve("secret.csv");
        Files.writeString(secret, "a,b\n1,2\n");
        Cli r = query("SELECT * FROM read_csv('" + secret + "')");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("disabled by configuration").doesNotContain("Exception");
    }

    @Test
    void copyAttachInstallAndSet_areRefused_andWriteNothing() throws Exception {
        Path outside = tmp.resolve("x.csv");
        for (String sql : new String[] {"COPY (SELECT 1) TO '" + outside + "'", "ATTACH '" + tmp.resolve("e.db") + "'",
                "INSTALL httpfs", "SET enable_external_access = true", "CREATE TABLE t AS SELECT 1"}) {
            Cli r = query(sql);
            assertThat(r.status()).as(sql).isEqualTo(2);
        }
        Cli hidden = query("COPY (SELECT 1 AS a) TO '" + sweep.resolve("runs").resolve("part-x.parquet")
                + "'; SELECT 1");
        assertThat(hidden.status()).isEqualTo(2);
        assertThat(hidden.err()).contains("one statement at a time");
        assertThat(outside).doesNotExist();
        assertThat(tmp.resolve("e.db")).doesNotExist();
        assertThat(sweep.resolve("runs").resolve("part-x.parquet")).doesNotExist();
        assertThat(query("SELECT ';' AS x;", "--csv").out()).isEqualTo("x\n;\n");
    }

    @Test
    void aLongQuery_isStoppedAtTheTimeLimit() {
        Cli r = query("SELECT count(*) FROM range(100000000000::BIGINT) a", "--timeout", "1");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("stopped after 1 s");
    }

    @Test
    void manyRows_areCutAtTheRowLimit_withAWord() {
        Cli r = query("SELECT * FROM range(50)", "--max-rows", "10", "--csv");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines().count()).isEqualTo(11);
        assertThat(r.err()).contains("more than 10 rows");
    }
}
