package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed for real (the process destroyed without warning, mid-sweep) and resumed gives byte-identical
 * tables to a sweep run straight through: nothing lost, nothing doubled.
 */
class SweepKillResumeTest {

    @TempDir
    Path tmp;

    Path sweepFile() throws Exception {
        Path f = tmp.resolve("kill.yaml");
        Files.writeString(f, "name: kill\nscenario: " + Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath()
                + "\nset: [months=24]\nseed: 5\nreplicas: 16\ndesign: {kind: grid}\nparameters:\n"
                + "  - {path: quota.recall_line, values: [1.0, 1.2, 1.4, 1.6]}\n");
        return f;
    }

    static List<Path> parts(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    @Test
    void aSweepKilledMidwayResumesToTheSameTables() throws Exception {
        Path sweep = sweepFile();
        Path killed = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sweep", sweep.toString(), "--threads", "1", "--out", killed.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (parts(killed.resolve("runs")).size() < 3 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroyForcibly().waitFor();
        int done = parts(killed.resolve("runs")).size();
        assertThat(done).as("parts written before the kill (see child.log)").isBetween(3, 63);

        Cli resumed = Cli.run("sweep", sweep.toString(), "--threads", "2", "--out", killed.toString(), "--resume");
        assertThat(resumed.status()).as(resumed.err()).isZero();
        Path straight = tmp.resolve("straight");
        assertThat(Cli.run("sweep", sweep.toString(), "--out", straight.toString()).status()).isZero();

        for (String table : List.of("runs", "series")) {
            List<Path> a = parts(killed.resolve(table));
            List<Path> b = parts(straight.resolve(table));
            assertThat(a).extracting(x -> x.getFileName().toString())
                    .containsExactlyElementsOf(b.stream().map(x -> x.getFileName().toString()).toList());
            for (int i = 0; i < a.size(); i++) {
                assertThat(Files.readAllBytes(a.get(i))).as(table + "/" + a.get(i).getFileName())
                        .isEqualTo(Files.readAllBytes(b.get(i)));
            }
            try (Stream<Path> s = Files.list(killed.resolve(table))) {
                assertThat(s.map(x -> x.getFileName().toString()).filter(n -> !n.startsWith("part-")))
                        .as("no temporary files left in " + table).isEmpty();
            }
        }
        assertThat(new File(killed.toFile(), "runs").list()).hasSize(64);
    }
}
