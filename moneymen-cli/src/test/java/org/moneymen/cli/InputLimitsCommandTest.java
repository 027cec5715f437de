package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs too large, too long, endless or expanding are refused at once by every command that reads them: exit 2, the
 * file (and line) and the limit or what is allowed named, no stack trace, no output folder.
 */
final class InputLimitsCommandTest {
    static final String BASELINE = Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize().toString();

    @TempDir
    Path tmp;

    void refused(Cli r, String... words) {
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains(words).contains("nothing was run or written")
                .doesNotContain("Exception", "\tat ", "java.lang.");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    Path sweepOf(String scenario) throws Exception {
        Path f = tmp.resolve("w.yaml");
        Files.writeString(f, "name: w\nscenario: " + scenario + "\nparameters: [{path: months, values: [2]}]\n");
        return f;
    }

    @Test
    void anElevenMegabyteScenario_isRefusedByRunNamingTheLimit() throws Exception {
        Path f = tmp.resolve("big.yaml");
        Files.copy(Path.of(BASELINE), f);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(11L * 1024 * 1024);
        }
        refused(Cli.run("run", f.toString(), "--out", tmp.resolve("out").toString()),
                "error: " + f + ": is 11 MB (11,534,336 bytes); the most moneymen reads is 10 MB (10,485,760 bytes)");
    }

    @Test
    void aTwentyMegabyteOneLineName_isRefused_andALongLineUnderTheSizeLimitAtItsLine() throws Exception {
        Path f = tmp.resolve("long.yaml");
        Files.writeString(f, "name: " + "x".repeat(20_000_000) + "\n");
        refused(Cli.run("validate", f.toString()), f + ": is 19.1 MB", "the most moneymen reads is 10 MB");
        Path g = tmp.resolve("line.yaml");
        Files.writeString(g, "months: 2\nname: " + "x".repeat(5_000_000) + "\n");
        refused(Cli.run("run", g.toString(), "--out", tmp.resolve("out").toString()), g + ":2:100001: line 2 is"
                + " 5,000,006 characters long; a line may hold at most 100,000 characters");
        refused(Cli.run("validate", BASELINE, "--set", "name=" + "x".repeat(200_000)),
                "error: --set name=xxx", "an override (--set) may hold at most 100,000 characters");
    }

    @Test
    void devZeroAsASweepsScenario_isRefusedAtTheSweepFilesLine() throws Exception {
        Path f = sweepOf("/dev/zero");
        refused(Cli.run("sweep", f.toString(), "--out", tmp.resolve("out").toString()),
                "error: " + f + ":2:11: scenario: /dev/zero: is a device, pipe or socket, not a regular file; give a"
                        + " scenario file (YAML), such as scenarios/baseline.yaml");
        refused(Cli.run("validate", "/dev/zero"), "error: /dev/zero: is a device, pipe or socket");
        refused(Cli.run("sweep", "/dev/zero"), "error: /dev/zero: is a device, pipe or socket, not a regular file; give"
                + " a sweep file (YAML)");
    }

    @Test
    void aFolder_isRefusedAsAScenarioAndAsASweepsScenario() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("folder"));
        refused(Cli.run("run", dir.toString(), "--out", tmp.resolve("out").toString()),
                "error: " + dir + ": is a folder, not a regular file; give a scenario file (YAML)");
        Path f = sweepOf(dir.toString());
        refused(Cli.run("sweep", f.toString(), "--out", tmp.resolve("out").toString()),
                "error: " + f + ":2:11: scenario: " + dir + ": is a folder, not a regular file");
    }

    @Test
    void billionLaughs_isALocatedError() throws Exception {
        StringBuilder b = new StringBuilder("name: laughs\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            b.append("lol").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        Path f = tmp.resolve("laughs.yaml");
        Files.writeString(f, b.toString());
        refused(Cli.run("run", f.toString(), "--out", tmp.resolve("out").toString()),
                "error: " + f + ":3:12: '*a0' is a YAML alias; moneymen reads no aliases");
        Path w = tmp.resolve("laughs-sweep.yaml");
        Files.writeString(w, "name: w\nscenario: " + BASELINE + "\nx: &x [1, 2]\nparameters: [{path: months, values:"
                + " *x}]\n");
        refused(Cli.run("sweep", w.toString(), "--out", tmp.resolve("out").toString()),
                "error: " + w + ":4:", ": '*x' is a YAML alias");
    }
}
