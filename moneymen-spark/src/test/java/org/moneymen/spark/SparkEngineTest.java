package org.moneymen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.cli.Main;
import org.moneymen.experiment.sweep.Batch;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.RunRecord;
import org.moneymen.experiment.sweep.LocalEngine;
import org.moneymen.experiment.sweep.SweepEngines;
import org.moneymen.experiment.sweep.SweepFiles;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.io.Stamp;
import org.moneymen.io.sweep.SweepProgress;
import org.moneymen.io.sweep.Sweeps;

/** The Spark engine in local mode writes the same tables, byte for byte, as the local engine on 1 and 4 threads. */
final class SparkEngineTest {
    /** One stamp for both engines' sweeps, so that their folders compare byte for byte. */
    static final Stamp STAMP = new Stamp("9.9.9-test", "0123456789abcdef0123456789abcdef01234567",
            "moneymen sweep tiny.yaml");

    @TempDir
    static Path tmp;
    static SparkSession spark;
    static SweepPlan plan;

    @BeforeAll
    static void startSpark() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("moneymen-test")
                .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        Path f = tmp.resolve("tiny.yaml");
        Files.writeString(f, """
                name: tiny
                scenario: %s
                set: [months=12]
                seed: 11
                replicas: 2
                design: {kind: latin_hypercube, points: 4}
                parameters:
                  - {path: quota.recall_line, range: {min: 0.8, max: 1.5}}
                  - {path: "companies[2].count", range: {min: 1, max: 4}}
                """.formatted(Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize()));
        plan = SweepFiles.load(f, List.of());
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
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

    @Test
    void sparkGivesTheSameRunsAndSeriesFilesAsTheLocalEngineOnOneAndFourThreads() throws Exception {
        Path viaSpark = tmp.resolve("spark");
        Sweeps.execute(plan, new SparkEngine(), EngineOptions.defaults(), viaSpark, false, SweepProgress.NONE, STAMP);
        assertThat(spark.sparkContext().isStopped()).as("a shared session is left running").isFalse();
        TreeMap<String, byte[]> sparkFiles = files(viaSpark);
        // The two resolved files, parts.jsonl (the same bytes whichever engine wrote the parts) and two parts a run.
        assertThat(sparkFiles.keySet()).hasSize(3 + 2 * plan.runs()).contains("parts.jsonl");
        for (int threads : new int[] {1, 4}) {
            Path local = tmp.resolve("local-" + threads);
            Sweeps.execute(plan, new LocalEngine(), new EngineOptions(threads, null), local, false, SweepProgress.NONE,
                    STAMP);
            TreeMap<String, byte[]> localFiles = files(local);
            assertThat(localFiles.keySet()).isEqualTo(sparkFiles.keySet());
            sparkFiles.forEach((k, v) -> assertThat(localFiles.get(k)).as(threads + " threads: " + k).isEqualTo(v));
        }
        assertThat(metadata(viaSpark)).as("every part Spark's sweep wrote carries the stamp")
                .containsOnlyKeys(sparkFiles.keySet().stream().filter(k -> k.endsWith(".parquet")).toList())
                .allSatisfy((part, keys) -> assertThat(keys).isEqualTo(Map.of("moneymen.version", STAMP.version(),
                        "moneymen.commit", STAMP.commit(), "moneymen.command", STAMP.command())));
    }

    /** The key-value metadata of every part in a sweep folder, by path in the folder. */
    static TreeMap<String, Map<String, String>> metadata(Path dir) throws Exception {
        TreeMap<String, Map<String, String>> out = new TreeMap<>();
        try (Connection c = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT file_name, decode(key), decode(value) FROM parquet_kv_metadata('"
                     + dir.toAbsolutePath() + "/*/*.parquet')")) {
            while (r.next()) {
                out.computeIfAbsent(dir.relativize(Path.of(r.getString(1))).toString(), k -> new TreeMap<>())
                        .put(r.getString(2), r.getString(3));
            }
        }
        return out;
    }

    @Test
    void theSweepCommandOnSparkWritesTheLocalEnginesFiles_exceptTheCommandLineItRecords() throws Exception {
        Path cli = tmp.resolve("cli-spark");
        List<String> args = List.of("sweep", tmp.resolve("tiny.yaml").toString(), "--engine", "spark", "--out",
                cli.toString());
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                args.toArray(String[]::new));
        assertThat(status).as(err.toString()).isZero();
        // The local engine, given the stamp the command recorded (this build, the command as typed), writes the same.
        Stamp typed = Stamp.of(args);
        assertThat(Files.readString(cli.resolve("sweep.resolved.yaml"))).endsWith(typed.toYaml());
        Path local = tmp.resolve("api-local");
        Sweeps.execute(plan, new LocalEngine(), new EngineOptions(2, null), local, false, SweepProgress.NONE, typed);
        TreeMap<String, byte[]> localFiles = files(local);
        TreeMap<String, byte[]> cliFiles = files(cli);
        assertThat(cliFiles.keySet()).isEqualTo(localFiles.keySet());
        cliFiles.forEach((k, v) -> assertThat(v).as(k).isEqualTo(localFiles.get(k)));
    }

    @Test
    void aBatchSplitOverSeveralTasksComesBackWholeAndInRunOrder() throws Exception {
        // One batch of every run: local[2] splits it over two tasks, each computing several runs.
        List<Batch> one = List.of(new Batch(0, 0, plan.runs()));
        List<RunRecord> viaSpark = new ArrayList<>();
        new SparkEngine().run(plan, one, EngineOptions.defaults(), (b, records) -> viaSpark.addAll(records));
        List<RunRecord> viaLocal = new ArrayList<>();
        new LocalEngine().run(plan, one, new EngineOptions(1, null), (b, records) -> viaLocal.addAll(records));
        assertThat(viaSpark).extracting(RunRecord::run).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, plan.runs()).boxed().toList());
        for (int i = 0; i < plan.runs(); i++) {
            assertThat(viaSpark.get(i).summary()).as("run " + i).isEqualTo(viaLocal.get(i).summary());
            // Bit for bit, NaN included (a month with no approval has a NaN lead time): Arrays.equals on doubles.
            assertThat(java.util.Arrays.deepEquals(viaSpark.get(i).series(), viaLocal.get(i).series()))
                    .as("series of run " + i).isTrue();
        }
    }

    @Test
    void anOpenedEngineKeepsItsSessionUpAcrossSweepsUntilClosed() throws Exception {
        spark.stop(); // this class's shared session; restarted below for the other tests
        try {
            SparkEngine engine = new SparkEngine();
            try (AutoCloseable up = engine.open(new EngineOptions(0, "local[2]"))) {
                SparkSession session = SparkSession.getActiveSession().get();
                engine.run(plan, List.of(new Batch(0, 0, 2)), EngineOptions.defaults(), (b, records) -> { });
                assertThat(session.sparkContext().isStopped()).as("left up after a sweep").isFalse();
                up.close();
                assertThat(session.sparkContext().isStopped()).as("stopped when closed").isTrue();
            }
        } finally {
            startSpark();
        }
    }

    @Test
    void theSparkEngineIsFoundByName() {
        assertThat(SweepEngines.find("spark")).get().isInstanceOf(SparkEngine.class);
    }
}
