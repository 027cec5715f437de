package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's reproductions, end to end: a part truncated to 100 bytes, a part with 64 bytes overwritten, a part
 * deleted, a stray part added. {@code query} on the damaged folder names the file and the resume that repairs it
 * (exit 2, no stack trace); {@code sweep --resume} says which part it recomputed and why, and the folder's runs and
 * series tables are then those of a sweep never damaged, part by part and row by row.
 */
final class SweepResumeVerifiesPartsTest {
    @TempDir
    static Path tmp;
    static Path sweep;
    static Path straight;

    /** 130 runs of two months: 44 batches of three runs (the last of one). */
    @BeforeAll
    static void sweepOnce() throws Exception {
        sweep = tmp.resolve("v.yaml");
        Files.writeString(sweep, "name: v\nscenario: " + Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath()
                .normalize() + "\nset: [months=2, warmup_months=0]\nseed: 9\nreplicas: 65\n"
                + "parameters: [{path: quota.recall_line, values: [1.0, 1.4]}]\n");
        straight = tmp.resolve("straight");
        Cli r = Cli.run("sweep", sweep.toString(), "--out", straight.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(SweepKillResumeTest.parts(straight.resolve("runs"))).hasSize(44);
    }

    static Path copy(String name) throws IOException {
        Path to = tmp.resolve(name);
        try (Stream<Path> s = Files.walk(straight)) {
            for (Path p : s.toList()) {
                Path q = to.resolve(straight.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        }
        return to;
    }

    static Cli resume(Path dir) {
        return Cli.run("sweep", sweep.toString(), "--out", dir.toString(), "--resume");
    }

    static Cli query(Path dir, String sql) {
        return Cli.run("query", dir.toString(), sql, "--csv");
    }

    /** The folder's tables are the straight sweep's: every part (its command aside) and every row of both views. */
    static void assertSameTables(Path dir) throws Exception {
        for (String table : List.of("runs", "series")) {
            List<Path> a = SweepKillResumeTest.parts(dir.resolve(table));
            List<Path> b = SweepKillResumeTest.parts(straight.resolve(table));
            assertThat(a).extracting(x -> x.getFileName().toString())
                    .containsExactlyElementsOf(b.stream().map(x -> x.getFileName().toString()).toList());
            for (int i = 0; i < a.size(); i++) {
                // Parts the resume left alone are the same bytes; a recomputed one differs only in its command.
                if (!java.util.Arrays.equals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)))) {
                    assertThat(StampedFiles.partWithoutCommand(a.get(i))).as(table + "/" + a.get(i).getFileName())
                            .isEqualTo(StampedFiles.partWithoutCommand(b.get(i)));
                }
            }
            Cli here = query(dir, "SELECT * FROM " + table);
            assertThat(here.status()).as(here.err()).isZero();
            assertThat(here.out()).isEqualTo(query(straight, "SELECT * FROM " + table).out());
        }
    }

    static void assertRefusedNaming(Path dir, String part, String why) {
        for (Cli c : List.of(query(dir, "SELECT * FROM runs"), Cli.run("analyze", dir.toString()))) {
            assertThat(c.status()).isEqualTo(2);
            assertThat(c.err()).contains(part + ": " + why, "sweep " + dir + "/sweep.resolved.yaml --out " + dir
                    + " --resume").doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void aPartTruncatedTo100Bytes_isNamedByQuery_andRecomputedByResume() throws Exception {
        Path dir = copy("truncated");
        long size = Files.size(dir.resolve("runs/part-00003.parquet"));
        try (RandomAccessFile raf = new RandomAccessFile(dir.resolve("runs/part-00003.parquet").toFile(), "rw")) {
            raf.setLength(100);
        }
        assertRefusedNaming(dir, "runs/part-00003.parquet", "truncated to 100 bytes (" + size + " recorded)");
        Cli r = resume(dir);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Checked the parts against parts.jsonl (size and SHA-256): 86 whole.\n"
                + "  part runs/part-00003.parquet: truncated to 100 bytes (" + size + " recorded),"
                + " recomputed 3 runs\n", "Computed 3 runs (127 already done)");
        assertSameTables(dir);
    }

    @Test
    void aPartWith64BytesOverwritten_isNamedByQuery_andRecomputedByResume() throws Exception {
        Path dir = copy("overwritten");
        try (RandomAccessFile raf = new RandomAccessFile(dir.resolve("series/part-00010.parquet").toFile(), "rw")) {
            byte[] b = new byte[64];
            raf.seek(raf.length() / 2);
            raf.readFully(b);
            for (int i = 0; i < b.length; i++) {
                b[i] ^= 0x5a;
            }
            raf.seek(raf.length() / 2);
            raf.write(b);
        }
        assertRefusedNaming(dir, "series/part-00010.parquet", "checksum mismatch");
        Cli r = resume(dir);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("  part series/part-00010.parquet: checksum mismatch, recomputed 3 runs\n",
                "Computed 3 runs (127 already done)");
        assertSameTables(dir);
    }

    @Test
    void aDeletedPart_isNamedByQuery_andRecomputedByResume() throws Exception {
        Path dir = copy("deleted");
        Files.delete(dir.resolve("runs/part-00043.parquet"));
        assertRefusedNaming(dir, "runs/part-00043.parquet", "missing");
        Cli r = resume(dir);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("  part runs/part-00043.parquet: missing, recomputed 1 run\n",
                "Computed 1 runs (129 already done)");
        assertSameTables(dir);
    }

    @Test
    void aStrayPart_isNotRead_andResumeRemovesIt() throws Exception {
        Path dir = copy("stray");
        Files.copy(dir.resolve("runs/part-00001.parquet"), dir.resolve("runs/part-00044.parquet"));
        assertThat(query(dir, "SELECT count(*) AS n, count(DISTINCT run) AS runs FROM runs").out())
                .isEqualTo("n,runs\n130,130\n");
        Cli r = resume(dir);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Checked the parts against parts.jsonl (size and SHA-256): 88 whole.\n"
                + "  part runs/part-00044.parquet: not a part of this sweep (its parts are numbered 0 to"
                + " 43), removed\n", "Computed 0 runs (130 already done)");
        assertSameTables(dir);
    }

    @Test
    void aFolderWrittenBeforeManifests_namesADamagedPartWhenQueried_andResumeRepairsAndRecordsIt() throws Exception {
        Path dir = copy("legacy");
        Files.delete(dir.resolve("parts.jsonl"));
        Files.write(dir.resolve("runs/part-00020.parquet"), new byte[100]);
        Cli q = query(dir, "SELECT count(*) FROM runs");
        assertThat(q.status()).isEqualTo(2);
        assertThat(q.err()).contains("runs/part-00020.parquet", "--resume").doesNotContain("Exception:", "\tat ");
        Cli r = resume(dir);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("No parts.jsonl (a folder written before parts were recorded): read each part"
                + " whole; 86 whole, now recorded in parts.jsonl.\n  part runs/part-00020.parquet: unreadable: ",
                "Computed 3 runs (127 already done)");
        assertThat(Files.readAllLines(dir.resolve("parts.jsonl"))).hasSize(88);
        assertSameTables(dir);
    }

    @Test
    void anUndamagedFolder_resumesSayingEveryPartIsWhole() throws Exception {
        Cli r = resume(copy("whole"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Checked the parts against parts.jsonl (size and SHA-256): 88 whole.\n",
                "Computed 0 runs (130 already done)");
    }
}
