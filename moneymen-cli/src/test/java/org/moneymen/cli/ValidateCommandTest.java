package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} reads scenarios, sweeps and calibrations each as what it is, and counts in words that agree. */
final class ValidateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aSweepIsReadAsASweep_andACalibrationAsACalibration() {
        Cli sweep = Cli.run("validate", Path.of("..", "sweeps", "smoke.yaml").toString());
        assertThat(sweep.status()).as(sweep.err()).isZero();
        assertThat(sweep.out()).contains("a valid sweep. smoke: 4 points x 4 replicas = 16 runs of baseline");
        Cli calibration = Cli.run("validate", Path.of("..", "calibration", "world.yaml").toString());
        assertThat(calibration.status()).as(calibration.err()).isZero();
        assertThat(calibration.out()).contains("a valid calibration. world: 2 free parameters, 2 targets");
    }

    @Test
    void aSweepsOwnMistakeIsLocatedInTheSweepFile() throws Exception {
        Path f = tmp.resolve("bad-sweep.yaml");
        Files.writeString(f, "name: bad\nscenario: " + Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath()
                + "\nreplicas: 0\nparameters: [{path: quota.recall_line, values: [1.0]}]\n");
        Cli c = Cli.run("validate", f.toString());
        assertThat(c.status()).isEqualTo(2);
        assertThat(c.err()).contains("bad-sweep.yaml:3:").contains("replicas").contains("in the sweep")
                .doesNotContain("unknown key 'scenario'");
    }

    @Test
    void oneCityIsOneCity() throws Exception {
        Path f = tmp.resolve("one.yaml");
        Files.writeString(f, "name: one\nstart: 2013-01-01\nmonths: 1\ncities:\n"
                + "  - {name: Dandong, kind: border, counterparts: 10}\ncompanies:\n"
                + "  - {city: Dandong, patron: gsd, count: 1, staff: 0}\n");
        Cli c = Cli.run("validate", f.toString(), "--no-provenance");
        assertThat(c.status()).as(c.err()).isZero();
        assertThat(c.out()).contains("1 month from", "1 city, 1 company, 1 post for officials");
    }
}
