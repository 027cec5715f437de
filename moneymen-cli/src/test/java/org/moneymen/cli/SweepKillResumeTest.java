package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.io.Stamp;

/**
 * A sweep killed for real (the process destroyed without warning, mid-sweep) and resumed gives the same tables as a
 * sweep run straight through, identical except for the command each part records: nothing lost, nothing doubled.
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
        List<String> killedArgs = List.of("sweep", sweep.toString(), "--threads", "1", "--out", killed.toString());
        List<String> child = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        child.addAll(killedArgs);
        Process p = new ProcessBuilder(child)
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (parts(killed.resolve("runs")).size() < 3 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroyForcibly().waitFor();
        int done = parts(killed.resolve("runs")).size();
        assertThat(done).as("parts written before the kill (see child.log)").isBetween(3, 63);

        List<String> resumedArgs = List.of("sweep", sweep.toString(), "--threads", "2", "--out", killed.toString(),
                "--resume");
        Cli resumed = Cli.run(resumedArgs.toArray(String[]::new));
        assertThat(resumed.status()).as(resumed.err()).isZero();
        Path straight = tmp.resolve("straight");
        assertThat(Cli.run("sweep", sweep.toString(), "--out", straight.toString()).status()).isZero();

        for (String table : List.of("runs", "series")) {
            List<Path> a = parts(killed.resolve(table));
            List<Path> b = parts(straight.resolve(table));
            assertThat(a).extracting(x -> x.getFileName().toString())
                    .containsExactlyElementsOf(b.stream().map(x -> x.getFileName().toString()).toList());
            for (int i = 0; i < a.size(); i++) {
                assertThat(StampedFiles.partWithoutCommand(a.get(i))).as(table + "/" + a.get(i).getFileName())
                        .isEqualTo(StampedFiles.partWithoutCommand(b.get(i)));
                // Parts the killed sweep finished name its command; the rest name the resume's.
                String command = StampedFiles.metadata(a.get(i)).get("moneymen.command");
                assertThat(command).isEqualTo(Stamp.of(i < done ? killedArgs : resumedArgs).command());
            }
            try (Stream<Path> s = Files.list(killed.resolve(table))) {
                assertThat(s.map(x -> x.getFileName().toString()).filter(n -> !n.startsWith("part-")))
                        .as("no temporary files left in " + table).isEmpty();
            }
        }
        assertThat(new File(killed.toFile(), "runs").list()).hasSize(64);
    }
}
