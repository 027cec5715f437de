package org.moneymen.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.ExecutorLostFailure;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.experiment.sweep.EngineOptions;
import org.moneymen.experiment.sweep.LocalEngine;
import org.moneymen.experiment.sweep.SweepFiles;
import org.moneymen.experiment.sweep.SweepPlan;
import org.moneymen.io.sweep.SweepProgress;
import org.moneymen.io.sweep.Sweeps;
import org.moneymen.spark.cluster.ClusterRecord;
import org.moneymen.spark.cluster.StandaloneCluster;

/**
 * A sweep on a real standalone cluster (a Master and two Workers, each its own JVM, as {@code cluster up} starts
 * them) survives one executor JVM killed with SIGKILL in the middle: Spark runs the lost tasks again and the runs
 * and series tables are byte for byte the local engine's, nothing lost and nothing doubled. Every process the test
 * started is stopped at the end, the executors included.
 */
final class ClusterFaultTest {

    @TempDir
    static Path tmp;
    static ClusterRecord cluster;

    @BeforeAll
    static void up() throws Exception {
        cluster = StandaloneCluster.start(tmp.resolve("cluster"), 2, 1, "1g", Duration.ofSeconds(180));
    }

    @AfterAll
    static void down() throws Exception {
        if (cluster == null) {
            return;
        }
        List<ProcessHandle> all = new java.util.ArrayList<>(cluster.running());
        cluster.running().forEach(p -> p.descendants().forEach(all::add));
        StandaloneCluster.stop(cluster);
        for (ProcessHandle p : all) {
            p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(all).as("every process the cluster started has ended").noneMatch(ProcessHandle::isAlive);
        assertThat(cluster.running()).isEmpty();
    }

    @Test
    void aSweepSurvivesAnExecutorKilledMidRunAndWritesTheLocalEnginesTables() throws Exception {
        Path f = tmp.resolve("fault.yaml");
        Files.writeString(f, """
                name: fault
                scenario: %s
                set: [months=12]
                seed: 5
                replicas: 8
                design: {kind: latin_hypercube, points: 32}
                parameters:
                  - {path: quota.recall_line, range: {min: 0.8, max: 1.5}}
                """.formatted(Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize()));
        SweepPlan plan = SweepFiles.load(f, List.of());
        SparkEngine engine = new SparkEngine();
        AtomicInteger added = new AtomicInteger();
        AtomicInteger removed = new AtomicInteger();
        AtomicInteger lostTasks = new AtomicInteger();
        AtomicReference<String> killed = new AtomicReference<>();
        Path viaCluster = tmp.resolve("cluster-sweep");
        try (AutoCloseable session = engine.open(new EngineOptions(0, cluster.masterUrl()))) {
            SparkSession spark = SparkSession.getActiveSession().get();
            spark.sparkContext().addSparkListener(new SparkListener() {
                @Override
                public void onExecutorAdded(SparkListenerExecutorAdded e) {
                    added.incrementAndGet();
                }

                @Override
                public void onExecutorRemoved(SparkListenerExecutorRemoved e) {
                    removed.incrementAndGet();
                }

                @Override
                public void onTaskEnd(SparkListenerTaskEnd e) {
                    if (e.reason() instanceof ExecutorLostFailure) {
                        lostTasks.incrementAndGet();
                    }
                }
            });
            // Both executors up before the sweep, so that the one killed has work and the other carries on.
            long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            while (spark.sparkContext().statusTracker().getExecutorInfos().length < 3 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(spark.sparkContext().statusTracker().getExecutorInfos()).as("driver and two executors").hasSize(3);
            int killAt = plan.runs() / 4;
            AtomicInteger done = new AtomicInteger();
            SweepProgress killer = new SweepProgress() {
                @Override
                public void runDone() {
                    if (done.incrementAndGet() == killAt) {
                        ProcessHandle executor = executors().get(0);
                        killed.set(executor.pid() + " " + commandLine(executor));
                        executor.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye to the driver
                    }
                }
            };
            Sweeps.execute(plan, engine, EngineOptions.defaults(), viaCluster, false, killer, SparkEngineTest.STAMP);
            assertThat(done.get()).isEqualTo(plan.runs());
        }
        assertThat(killed.get()).as("an executor was killed, started with the flags the driver sends")
                .contains("CoarseGrainedExecutorBackend", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                        "-XX:+UseParallelGC");
        assertThat(removed.get()).as("the driver saw the executor go").isGreaterThanOrEqualTo(1);
        System.out.printf("ClusterFaultTest: %d runs, executor killed after %d; executors added %d, removed %d;"
                + " tasks lost with it and run again %d%n", plan.runs(), plan.runs() / 4, added.get(), removed.get(),
                lostTasks.get());
        Path local = tmp.resolve("local-sweep");
        Sweeps.execute(plan, new LocalEngine(), new EngineOptions(2, null), local, false, SweepProgress.NONE,
                SparkEngineTest.STAMP);
        TreeMap<String, byte[]> localFiles = SparkEngineTest.files(local);
        TreeMap<String, byte[]> clusterFiles = SparkEngineTest.files(viaCluster);
        assertThat(clusterFiles.keySet()).isEqualTo(localFiles.keySet()).hasSize(3 + 2 * 64);
        clusterFiles.forEach((k, v) -> assertThat(v).as(k).isEqualTo(localFiles.get(k)));
    }

    /** The executor JVMs the cluster's Workers launched (a Worker launches nothing else). */
    static List<ProcessHandle> executors() {
        return cluster.running().stream().filter(p -> p.pid() != cluster.processes().get(0).pid())
                .flatMap(ProcessHandle::children).toList();
    }

    /** A process's whole command line (ProcessHandle.Info cuts it at 4,096 characters, before an executor's class). */
    static String commandLine(ProcessHandle p) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(p.pid()), "cmdline")),
                    java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (java.io.IOException e) {
            return p.info().commandLine().orElse("");
        }
    }
}
