package org.moneymen.io.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.sweep.Batch;
import org.moneymen.experiment.sweep.BatchSink;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.LocalEngine;
import org.moneymen.experiment.sweep.Point;
import org.moneymen.experiment.sweep.RunRecord;
import org.moneymen.experiment.sweep.SweepEngines;
import org.moneymen.experiment.sweep.SweepFiles;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.io.Stamp;
import org.moneymen.model.Column;

/**
 * The results store: identical parts for any core count, resume after an interruption, queries over the parts, and
 * the stamp of what wrote them.
 */
final class SweepStoreTest {
    /** One stamp for every sweep here, so that folders compare byte for byte. */
    static final Stamp STAMP = new Stamp("9.9.9-test", "0123456789abcdef0123456789abcdef01234567",
            "moneymen sweep tiny.yaml --out 'a folder'");

    @TempDir
    static Path tmp;
    static SweepPlan plan;
    static Path straight;

    @BeforeAll
    static void sweepOnceWithOneThread() throws Exception {
        plan = tinyPlan(tmp);
        straight = tmp.resolve("one-thread");
        Sweeps.execute(plan, new LocalEngine(), new EngineOptions(1, null), straight, false, SweepProgress.NONE, STAMP);
    }

    /** 3 points x 3 replicas of the baseline over 12 months: 9 runs, 9 batches of one. */
    static SweepPlan tinyPlan(Path dir) throws Exception {
        Path f = dir.resolve("tiny.yaml");
        Files.writeString(f, """
                name: tiny
                scenario: %s
                set: [months=12]
                seed: 5
                replicas: 3
                parameters:
                  - {path: quota.recall_line, values: [0.8, 1.0, 1.4]}
                """.formatted(Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize()));
        return SweepFiles.load(f, List.of());
    }

    static TreeMap<String, byte[]> files(Path dir) throws IOException {
        TreeMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    static void assertSameFiles(Path a, Path b) throws IOException {
        TreeMap<String, byte[]> fa = files(a);
        TreeMap<String, byte[]> fb = files(b);
        assertThat(fb.keySet()).isEqualTo(fa.keySet());
        fa.forEach((k, v) -> assertThat(fb.get(k)).as(k).isEqualTo(v));
    }

    @Test
    void fourThreadsWriteTheSameBytesAsOne() throws Exception {
        Path four = tmp.resolve("four-threads");
        Sweeps.execute(plan, new LocalEngine(), new EngineOptions(4, null), four, false, SweepProgress.NONE, STAMP);
        assertSameFiles(straight, four);
        assertThat(files(straight).keySet()).contains("runs/part-00000.parquet", "series/part-00008.parquet",
                "sweep.resolved.yaml", "scenario.resolved.yaml");
    }

    @Test
    void aDesignValueIsWrittenToTheRunsTableToTheLastBit() throws Exception {
        Path f = tmp.resolve("lhs.yaml");
        Files.writeString(f, """
                name: lhs
                scenario: %s
                set: [months=2, warmup_months=0]
                design: {kind: latin_hypercube, points: 4}
                parameters: [{path: quota.recall_line, range: {min: 0.8, max: 1.6}}]
                """.formatted(Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize()));
        SweepPlan lhs = SweepFiles.load(f, List.of());
        Path out = tmp.resolve("lhs-out");
        Sweeps.execute(lhs, new LocalEngine(), new EngineOptions(1, null), out, false, SweepProgress.NONE, STAMP);
        try (Connection c = ResultsDb.open(out); var s = c.createStatement()) {
            ResultSet r = s.executeQuery("SELECT point, quota_recall_line FROM runs ORDER BY run");
            int rows = 0;
            while (r.next()) {
                assertThat(r.getDouble(2)).isEqualTo((Double) lhs.points().get(r.getInt(1)).values().get(0));
                rows++;
            }
            assertThat(rows).isEqualTo(4);
        }
    }

    @Test
    void tablesHoldEveryRunOnceWithParametersSeedsFiguresAndEveryColumn() throws Exception {
        try (Connection c = ResultsDb.open(straight); var s = c.createStatement()) {
            ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT run), min(run), max(run) FROM runs");
            r.next();
            assertThat(List.of(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4))).containsExactly(9, 9, 0, 8);
            r = s.executeQuery("SELECT point, replica, seed, quota_recall_line, office39_inflow_usd, recalls_quota"
                    + " FROM runs WHERE run = 4");
            r.next();
            assertThat(r.getInt(1)).isEqualTo(1);
            assertThat(r.getInt(2)).isEqualTo(1);
            assertThat(r.getLong(3)).isEqualTo(SweepPlan.commonSeed(5, 1)).isEqualTo(plan.run(4).seed());
            assertThat(r.getDouble(4)).isEqualTo(1.0);
            assertThat(r.getDouble(5)).isPositive();
            r = s.executeQuery("SELECT count(*), count(DISTINCT run), min(date), max(month) FROM series");
            r.next();
            assertThat(r.getInt(1)).isEqualTo(9 * 12);
            assertThat(r.getInt(2)).isEqualTo(9);
            assertThat(r.getString(3)).isEqualTo("2012-01-01");
            assertThat(r.getInt(4)).isEqualTo(12);
            r = s.executeQuery("SELECT * FROM series LIMIT 1");
            for (Column col : Column.values()) {
                assertThat(r.findColumn(col.label())).isPositive();
            }
        }
    }

    @Test
    void aSweepInterruptedAfterThreeBatchesResumesToTheSameFilesWithoutRedoingThem() throws Exception {
        Path dir = tmp.resolve("interrupted");
        AtomicInteger written = new AtomicInteger();
        try (SweepStore store = SweepStore.open(dir, plan, false, STAMP)) {
            BatchSink stopping = new BatchSink() {
                @Override
                public void batchDone(Batch batch, List<RunRecord> records) throws IOException {
                    if (written.get() >= 3) {
                        throw new IOException("interrupted");
                    }
                    store.batchDone(batch, records);
                    written.incrementAndGet();
                }
            };
            assertThatThrownBy(() -> new LocalEngine().run(plan, store.pending(), new EngineOptions(1, null), stopping))
                    .hasMessageContaining("interrupted");
        }
        assertThat(SweepStore.parts(dir.resolve("runs"))).hasSize(3);
        // A kill during a write leaves at most a hidden temporary file, which resume removes.
        Files.write(dir.resolve("runs").resolve(".part-00007.parquet.tmp"), new byte[] {1, 2, 3});
        Sweeps.Outcome resumed = Sweeps.execute(plan, new LocalEngine(), new EngineOptions(2, null), dir, true,
                SweepProgress.NONE, STAMP);
        assertThat(resumed.computed()).isEqualTo(6);
        assertSameFiles(straight, dir);
        Sweeps.Outcome again = Sweeps.execute(plan, new LocalEngine(), new EngineOptions(2, null), dir, true,
                SweepProgress.NONE, STAMP);
        assertThat(again.computed()).isZero();
    }

    @Test
    void aFolderWithFilesIsRefusedWithoutResumeAndAnotherSweepIsRefusedWithIt() throws Exception {
        assertThatThrownBy(() -> SweepStore.open(straight, plan, false, STAMP)).isInstanceOf(StoreException.class)
                .hasMessageContaining("--resume");
        Path f = tmp.resolve("other.yaml");
        Files.writeString(f, Files.readString(tmp.resolve("tiny.yaml")).replace("seed: 5", "seed: 6"));
        SweepPlan other = SweepFiles.load(f, List.of());
        assertThatThrownBy(() -> SweepStore.open(straight, other, true, STAMP)).isInstanceOf(StoreException.class)
                .hasMessageContaining("another sweep");
    }

    /** The stamps of a sweep folder's parts of one table, as the view {@code stamps} has them: by part, key to value. */
    static TreeMap<String, Map<String, String>> metadata(Path dir, String table) throws Exception {
        TreeMap<String, Map<String, String>> out = new TreeMap<>();
        try (Connection c = ResultsDb.open(dir); var s = c.createStatement()) {
            ResultSet r = s.executeQuery("SELECT file, key, value FROM stamps");
            while (r.next()) {
                Path file = Path.of(r.getString(1));
                if (file.getParent().toString().equals(table)) {
                    out.computeIfAbsent(file.getFileName().toString(), k -> new TreeMap<>())
                            .put(r.getString(2), r.getString(3));
                }
            }
        }
        return out;
    }

    static Map<String, String> parquetKeys(Stamp stamp) {
        return Map.of("moneymen.version", stamp.version(), "moneymen.commit", stamp.commit(),
                "moneymen.command", stamp.command());
    }

    @Test
    void everyPartAndTheResolvedSweepCarryTheStamp_andTheResolvedSweepLoadsAsTheSameSweep() throws Exception {
        for (String table : List.of("runs", "series")) {
            TreeMap<String, Map<String, String>> kv = metadata(straight, table);
            assertThat(kv).as(table).hasSize(9);
            kv.forEach((part, keys) -> assertThat(keys).as(table + "/" + part).isEqualTo(parquetKeys(STAMP)));
        }
        String resolved = Files.readString(straight.resolve(SweepStore.RESOLVED));
        assertThat(resolved).startsWith(plan.resolvedYaml()).endsWith(STAMP.toYaml());
        SweepPlan again = SweepFiles.load(straight.resolve(SweepStore.RESOLVED), List.of());
        assertThat(again.resolvedYaml()).isEqualTo(plan.resolvedYaml());
        assertThat(again.scenarioText()).isEqualTo(plan.scenarioText());
        assertThat(again.points()).extracting(Point::values)
                .isEqualTo(plan.points().stream().map(Point::values).toList());
    }

    @Test
    void aResumeByAnotherCommandStampsThePartsItWrites_andTheResolvedSweepKeepsTheStartersStamp() throws Exception {
        Path dir = tmp.resolve("resumed-by-another");
        try (SweepStore store = SweepStore.open(dir, plan, false, STAMP)) {
            new LocalEngine().run(plan, store.pending().subList(0, 3), new EngineOptions(1, null), store);
        }
        Stamp resume = new Stamp("9.9.10-test", "fedcba9876543210fedcba9876543210fedcba98",
                "moneymen sweep tiny.yaml --out 'a folder' --resume");
        assertThat(Sweeps.execute(plan, new LocalEngine(), new EngineOptions(1, null), dir, true, SweepProgress.NONE,
                resume).computed()).isEqualTo(6);
        for (String table : List.of("runs", "series")) {
            metadata(dir, table).forEach((part, keys) -> assertThat(keys).as(table + "/" + part)
                    .isEqualTo(parquetKeys(part.compareTo("part-00003.parquet") < 0 ? STAMP : resume)));
        }
        assertThat(Files.readString(dir.resolve(SweepStore.RESOLVED))).endsWith(STAMP.toYaml());
        // A folder written before outputs were stamped (its sweep.resolved.yaml is the plan alone) resumes too.
        Files.writeString(dir.resolve(SweepStore.RESOLVED), plan.resolvedYaml());
        assertThat(Sweeps.execute(plan, new LocalEngine(), new EngineOptions(1, null), dir, true, SweepProgress.NONE,
                resume).computed()).isZero();
    }

    @Test
    void theLocalEngineIsFoundByName() {
        assertThat(SweepEngines.find("local")).isPresent();
        assertThat(SweepEngines.find("nope")).isEmpty();
    }
}
