package org.moneymen.io.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.LocalEngine;
import org.moneymen.experiment.sweep.SweepPlan;

/**
 * Every part a sweep writes is recorded in parts.jsonl (rows, size, SHA-256); a resume checks each one and recomputes
 * the batches whose parts are missing, damaged or not recorded, saying which, so the folder ends byte for byte the
 * folder of a sweep never damaged; the readers refuse a damaged folder naming the part.
 */
final class ResumeVerifiesPartsTest {
    @TempDir
    static Path tmp;
    static SweepPlan plan;
    static Path straight;

    @BeforeAll
    static void sweepOnce() throws Exception {
        plan = SweepStoreTest.tinyPlan(tmp);
        straight = tmp.resolve("straight");
        Sweeps.execute(plan, new LocalEngine(), new EngineOptions(2, null), straight, false, SweepProgress.NONE,
                SweepStoreTest.STAMP);
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

    static Sweeps.Outcome resume(Path dir) throws Exception {
        return Sweeps.execute(plan, new LocalEngine(), new EngineOptions(2, null), dir, true, SweepProgress.NONE,
                SweepStoreTest.STAMP);
    }

    /** Overwrites 64 bytes in the middle of a file with other bytes: its size stays, its checksum does not. */
    static void overwrite64(Path f) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            long at = raf.length() / 2;
            byte[] b = new byte[64];
            raf.seek(at);
            raf.readFully(b);
            for (int i = 0; i < b.length; i++) {
                b[i] ^= 0x5a;
            }
            raf.seek(at);
            raf.write(b);
        }
    }

    static long count(Path dir, String table) throws Exception {
        try (Connection c = ResultsDb.open(dir); var s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void everyPartIsRecordedWithItsRowsSizeAndChecksum_inPartOrder() throws Exception {
        List<String> lines = Files.readAllLines(straight.resolve("parts.jsonl"));
        assertThat(lines).hasSize(18);
        assertThat(lines.get(0)).startsWith("{\"file\":\"series/part-00000.parquet\",\"rows\":12,\"bytes\":"
                + Files.size(straight.resolve("series/part-00000.parquet")) + ",\"sha256\":\"");
        assertThat(lines.get(17)).startsWith("{\"file\":\"runs/part-00008.parquet\",\"rows\":1,");
        assertThat(resume(copy("clean")).checks()).containsExactly(
                "Checked the parts against parts.jsonl (size and SHA-256): 18 whole.");
    }

    @Test
    void aTruncatedPartIsRecomputed_toTheSameBytes() throws Exception {
        Path dir = copy("truncated");
        try (RandomAccessFile raf = new RandomAccessFile(dir.resolve("runs/part-00003.parquet").toFile(), "rw")) {
            raf.setLength(100);
        }
        long size = Files.size(straight.resolve("runs/part-00003.parquet"));
        Sweeps.Outcome o = resume(dir);
        assertThat(o.computed()).isEqualTo(1);
        assertThat(o.checks()).containsExactly(
                "Checked the parts against parts.jsonl (size and SHA-256): 16 whole.",
                "  part runs/part-00003.parquet: truncated to 100 bytes (" + size + " recorded), recomputed 1 run");
        SweepStoreTest.assertSameFiles(straight, dir);
    }

    @Test
    void aPartWith64BytesOverwrittenIsRecomputed_runsOrSeries() throws Exception {
        Path dir = copy("overwritten");
        overwrite64(dir.resolve("runs/part-00002.parquet"));
        overwrite64(dir.resolve("series/part-00006.parquet"));
        assertThatThrownBy(() -> ResultsDb.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("2 damaged parts, runs/part-00002.parquet: checksum mismatch;"
                        + " series/part-00006.parquet: checksum mismatch")
                .hasMessageContaining("--resume");
        Sweeps.Outcome o = resume(dir);
        assertThat(o.computed()).isEqualTo(2);
        assertThat(o.checks()).contains("  part runs/part-00002.parquet: checksum mismatch, recomputed 1 run",
                "  part series/part-00006.parquet: checksum mismatch, recomputed 1 run");
        SweepStoreTest.assertSameFiles(straight, dir);
    }

    @Test
    void aDeletedPartIsRecomputed_andTheReadersNameItFirst() throws Exception {
        Path dir = copy("deleted");
        Files.delete(dir.resolve("series/part-00004.parquet"));
        assertThatThrownBy(() -> ResultsDb.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("a damaged part, series/part-00004.parquet: missing")
                .hasMessageContaining("./moneymen sweep " + dir + "/sweep.resolved.yaml --out " + dir + " --resume");
        Sweeps.Outcome o = resume(dir);
        assertThat(o.computed()).isEqualTo(1);
        assertThat(o.checks()).contains("  part series/part-00004.parquet: missing, recomputed 1 run");
        SweepStoreTest.assertSameFiles(straight, dir);
    }

    @Test
    void strayPartsAreNotRead_andResumeRemovesOrRecomputesThem() throws Exception {
        Path dir = copy("stray");
        Files.copy(dir.resolve("runs/part-00001.parquet"), dir.resolve("runs/part-00042.parquet"));
        // A part in place whose line is gone from the manifest: not what the sweep recorded.
        List<String> lines = Files.readAllLines(dir.resolve("parts.jsonl"));
        Files.write(dir.resolve("parts.jsonl"), lines.stream().filter(l -> !l.contains("runs/part-00005")).toList());
        assertThat(count(dir, "runs")).as("only recorded batches are read").isEqualTo(8);
        assertThat(count(dir, "series")).isEqualTo(8 * 12);
        Sweeps.Outcome o = resume(dir);
        assertThat(o.computed()).isEqualTo(1);
        assertThat(o.checks()).contains("  part runs/part-00005.parquet: not in parts.jsonl, recomputed 1 run",
                "  part runs/part-00042.parquet: not a part of this sweep (its parts are numbered 0 to 8), removed");
        SweepStoreTest.assertSameFiles(straight, dir);
    }

    @Test
    void aManifestLineCutShortByAKillIsIgnored() throws Exception {
        Path dir = copy("torn");
        Files.writeString(dir.resolve("parts.jsonl"), "{\"file\":\"runs/part-0", java.nio.file.StandardOpenOption.APPEND);
        Sweeps.Outcome o = resume(dir);
        assertThat(o.computed()).isZero();
        SweepStoreTest.assertSameFiles(straight, dir);
    }

    @Test
    void aFolderWithoutAManifestIsReadAsItIs_andResumeReadsEachPartWholeAndRecordsIt() throws Exception {
        Path dir = copy("legacy");
        Files.delete(dir.resolve("parts.jsonl"));
        assertThat(count(dir, "runs")).isEqualTo(9);
        Files.write(dir.resolve("runs/part-00007.parquet"), new byte[100]);
        Sweeps.Outcome o = resume(dir);
        assertThat(o.computed()).isEqualTo(1);
        assertThat(o.checks().get(0)).isEqualTo("No parts.jsonl (a folder written before parts were recorded): read"
                + " each part whole; 16 whole, now recorded in parts.jsonl.");
        assertThat(o.checks().get(1)).startsWith("  part runs/part-00007.parquet: unreadable: ")
                .endsWith(", recomputed 1 run");
        SweepStoreTest.assertSameFiles(straight, dir);
    }
}
