package org.moneymen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.spark.cluster.ClusterRecord;

/** {@code cluster up} and {@code down}: a real Master and Worker, stopped exactly; bad input refused with status 2. */
final class ClusterCommandTest {

    @TempDir
    Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MoneymenMain.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void upStartsAMasterAndAWorkerThatDownStopsAndASecondUpIsRefusedWhileItRuns() throws Exception {
        Path dir = tmp.resolve("c");
        List<ProcessHandle> started = List.of();
        try {
            assertThat(run("cluster", "up", "--workers", "1", "--memory", "1g", "--dir", dir.toString()))
                    .as(err.toString()).isZero();
            assertThat(out.toString()).containsPattern("Cluster up: spark://127\\.0\\.0\\.1:\\d+").contains("logs");
            ClusterRecord record = ClusterRecord.read(dir).orElseThrow();
            started = record.running();
            assertThat(started).hasSize(2);
            assertThat(Files.readString(dir.resolve("logs/worker-1.log"))).contains("Successfully registered with master");
            assertThat(run("cluster", "up", "--dir", dir.toString())).isEqualTo(2);
            assertThat(err.toString()).contains("a cluster is already up at " + record.masterUrl());
            assertThat(run("cluster", "down", "--dir", dir.toString())).isZero();
            assertThat(out.toString()).contains("Stopped the cluster at " + record.masterUrl(), "worker-1", "master");
            for (ProcessHandle p : started) {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertThat(ClusterRecord.read(dir)).as("the record is gone, the logs stay").isEmpty();
            assertThat(dir.resolve("logs/master.log")).exists();
        } finally {
            started.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void downLeavesAloneARecordedPidThatIsNoLongerAProcessItStarted() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("stale"));
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            long start = other.toHandle().info().startInstant().orElseThrow().toEpochMilli();
            Files.writeString(dir.resolve(ClusterRecord.MARK), "made by moneymen cluster up\n");
            Files.writeString(dir.resolve(ClusterRecord.FILE), "master spark://127.0.0.1:1\nprocess master "
                    + other.pid() + " " + start + "\n");
            assertThat(run("cluster", "down", "--dir", dir.toString())).as(err.toString()).isZero();
            assertThat(out.toString()).contains("had already stopped");
            assertThat(other.isAlive()).as("a process without the cluster's folder on its command line").isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void badOptionsAndForeignFoldersAreRefusedWithStatus2AndNothingIsStarted() throws Exception {
        assertThat(run("cluster", "up", "--workers", "0", "--dir", tmp.resolve("a").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--workers must be 1 to 64, got 0");
        assertThat(run("cluster", "up", "--memory", "lots", "--dir", tmp.resolve("a").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--memory must be a size such as 2g or 1500m, got lots");
        assertThat(tmp.resolve("a")).doesNotExist();
        Path foreign = Files.createDirectories(tmp.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertThat(run("cluster", "up", "--dir", foreign.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("holds files moneymen did not write").doesNotContain("Exception");
        try (var s = Files.list(foreign)) {
            assertThat(s.toList()).containsExactly(foreign.resolve("notes.txt"));
        }
        assertThat(run("cluster")).isEqualTo(2);
        assertThat(err.toString()).contains("say up or down");
        assertThat(run("cluster", "down", "--dir", tmp.resolve("none").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no cluster recorded in");
    }
}
