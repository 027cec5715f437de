package org.moneymen.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.moneymen.model.config.Scenario;
import org.moneymen.scenario.ScenarioException;
import org.moneymen.scenario.ScenarioLoader;

/** The scenarios the benchmarks run, packed from the repository's scenarios/ folder at build time. */
public final class BenchScenarios {
    private BenchScenarios() {
    }

    /** The text of a packed scenario file (world.yaml, baseline.yaml). */
    public static String text(String file) {
        try (InputStream in = BenchScenarios.class.getResourceAsStream("scenarios/" + file)) {
            if (in == null) {
                throw new IllegalStateException("scenario " + file + " is not packed in moneymen-bench");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The world scenario at a size and length. */
    public static Scenario world(int officials, int months) {
        try {
            return ScenarioLoader.parse("world.yaml", text("world.yaml"),
                    List.of("target_officials=" + officials, "months=" + months));
        } catch (ScenarioException e) {
            throw new IllegalStateException("world.yaml no longer loads: " + e.getMessage(), e);
        }
    }
}
