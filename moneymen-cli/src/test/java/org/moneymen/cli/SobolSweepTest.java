package org.moneymen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Sobol sweep of the baseline over a parameter whose mechanism is off (the recall chance at the quota, with success
 * recalls switched off) and one that drives the money (the stranger signing probability): analyze --csv gives the
 * first one a total index whose interval holds 0 and the other a total index above 0.3.
 */
class SobolSweepTest {
    @TempDir
    Path tmp;

    @Test
    void anInertParameterHasTotalIndexZeroAndADriverAboveAThird() throws Exception {
        String shipped = Files.readString(Path.of("..", "sweeps", "sobol.yaml"));
        Path f = tmp.resolve("sobol.yaml");
        Files.writeString(f, shipped.replace("../scenarios/baseline.yaml",
                Path.of("..", "scenarios", "baseline.yaml").toAbsolutePath().toString()).replace("samples: 256", "samples: 48"));
        Path out = tmp.resolve("out");
        Cli s = Cli.run("sweep", f.toString(), "--out", out.toString());
        assertThat(s.status()).as(s.err()).isZero();
        Cli a = Cli.run("analyze", out.toString(), "--output", "office39_inflow_usd", "--csv");
        assertThat(a.status()).as(a.err()).isZero();
        List<String> lines = a.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("parameter,s1,s1_low,s1_high,st,st_low,st_high");
        String[] inert = lines.get(1).split(",");
        String[] driver = lines.get(2).split(",");
        assertThat(inert[0]).isEqualTo("quota.recall_base");
        assertThat(Double.parseDouble(inert[5])).isLessThanOrEqualTo(0.0);
        assertThat(Double.parseDouble(inert[6])).isGreaterThanOrEqualTo(0.0);
        assertThat(driver[0]).isEqualTo("deals.sign_probability_stranger");
        assertThat(Double.parseDouble(driver[4])).isGreaterThan(0.3);
        assertThat(Double.parseDouble(driver[5])).as("its interval's low end").isGreaterThan(0.3);
        Cli text = Cli.run("analyze", out.toString(), "--output", "office39_inflow_usd");
        assertThat(text.out()).contains("Sobol indices of office39_inflow_usd").contains("48 samples");
    }
}
