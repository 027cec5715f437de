package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioLoader;

/**
 * {@code calibrate}: located errors with nothing written, a real kill and resume giving the uninterrupted files byte
 * for byte, and a calibrated scenario that loads with every value sourced.
 */
class CalibrateCommandTest {
    static final Path BASELINE = Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    Path file(String name, String parameters, String method) throws Exception {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, "name: " + name + "\nscenario: " + BASELINE + "\nset: [months=24, warmup_months=12]\n"
                + "seed: 3\nreplicas: 1\nparameters:\n" + parameters
                + "targets:\n"
                + "  - {name: inflow, output: office39_inflow_usd, statistic: mean_per_year, from: 2010-01-01,"
                + " value: 4.0e7, sd: 2.0e6, source: a test figure}\n"
                + "  - {name: posting, output: mean_posting_years, statistic: summary, value: 2.5, sd: 0.2,"
                + " source: a test figure}\n"
                + "method: " + method + "\n");
        return f;
    }

    static final String PARAMS = "  - {path: deals.sign_probability_stranger, prior: {kind: uniform, min: 0.05, max: 0.6},"
            + " why: a test}\n  - {path: officials.term_years, prior: {kind: normal, mean: 3, sd: 1, min: 1}}\n";

    @Test
    void badFilesAreLocatedAndNothingIsWritten() throws Exception {
        Path f = file("bad", "  - {path: deals.no_such, prior: {kind: uniform, min: 0, max: 1}}\n"
                + "  - {path: officials.term_years, prior: {kind: uniform, min: -3, max: 2}}\n"
                + "  - {path: deals.sign_probability_stranger, prior: {kind: normal, mean: 0.2}}\n",
                "{kind: abc_smc, population: 10, generations: 2}");
        Path out = tmp.resolve("out-bad");
        Cli c = Cli.run("calibrate", f.toString(), "--out", out.toString());
        assertThat(c.status()).isEqualTo(2);
        assertThat(c.err()).contains("bad.yaml:7:").contains("'deals.no_such' is not a parameter")
                .contains("bad.yaml:8:").contains("allowed range")
                .contains("bad.yaml:9:").contains("a normal prior needs mean and sd")
                .contains("3 problems in the calibration; nothing was run or written").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        Path sd = tmp.resolve("sd.yaml");
        Files.writeString(sd, Files.readString(file("sd", PARAMS, "{kind: abc_smc}")).replace("sd: 0.2,", "sd: 0,")
                .replace("statistic: summary", "statistic: suммary"));
        Cli s = Cli.run("calibrate", sd.toString(), "--out", out.toString());
        assertThat(s.status()).isEqualTo(2);
        assertThat(s.err()).contains("sd.yaml:11:").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aKilledCalibrationResumesToTheSameFilesAndItsScenarioLoads() throws Exception {
        Path f = file("kill", PARAMS, "{kind: abc_smc, population: 40, generations: 5, predictive: 10}");
        Path whole = tmp.resolve("whole");
        Cli c = Cli.run("calibrate", f.toString(), "--threads", "1", "--out", whole.toString());
        assertThat(c.status()).as(c.err()).isZero();
        assertThat(c.out()).contains("generation 5:").contains("Posterior (generation 5").contains("Fit (10");
        assertThat(Cli.run("calibrate", f.toString(), "--out", whole.toString()).err())
                .contains("already holds files; add --resume");

        Path killed = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> child = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "calibrate", f.toString(), "--threads", "1", "--out", killed.toString()));
        Process p = new ProcessBuilder(child).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Path second = killed.resolve("posterior/generation-002.parquet");
        while (!Files.exists(second) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        p.destroyForcibly().waitFor();
        assertThat(killed.resolve("fit.csv")).as("killed before the end (see child.log)").doesNotExist();
        Cli r = Cli.run("calibrate", f.toString(), "--threads", "1", "--out", killed.toString(), "--resume");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("resumed: generation 1:");
        for (String name : List.of("generations.csv", "fit.csv", "parameters.csv", "calibrated.yaml",
                "scenario.resolved.yaml", "posterior/generation-001.parquet", "posterior/generation-003.parquet",
                "posterior/generation-005.parquet")) {
            assertThat(Files.readAllBytes(killed.resolve(name))).as(name).isEqualTo(Files.readAllBytes(whole.resolve(name)));
        }
        Scenario calibrated = ScenarioLoader.loadSourced(whole.resolve("calibrated.yaml"), List.of());
        assertThat(calibrated.provenance().get("deals.sign_probability_stranger").calibrated())
                .contains("90% interval [").contains("inflow = 40000000 (sd 2000000").contains(f.toString());
        assertThat(calibrated.months()).as("the calibration's own overrides stay out").isEqualTo(60);
        assertThat(Files.list(whole.resolve("charts")).map(x -> x.getFileName().toString()))
                .contains("fit.png", "marginal-officials_term_years.png",
                        "pairs-deals_sign_probability_stranger-officials_term_years.png");
    }
}
